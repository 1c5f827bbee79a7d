// SPDX-License-Identifier: GPL-3.0-or-later
// The base of a server collection in its workspace (issue 15): pages are stored by a loader's
// worker through a connection of their own, and only for the load the base was last cleared
// for, so a page of a dropped load never lands in a newer one. What is stored reads back equal
// (computed fields, nulls and Unicode included).
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include "core/workspace/workspace.h"

using namespace Wesog;

namespace {

StoredImage image(const QString &id, const QString &title)
{
    StoredImage result;
    result.record.setId(id);
    result.record.setSrc(QStringLiteral("https://example.org/%1.jpg").arg(id));
    result.record.setValue(Field::Title, title);
    result.record.setValue(Field::Keywords, QStringList { QStringLiteral("Лиссабон"), QStringLiteral("市場 🐟") });
    result.width = 4000;
    result.nFaces = 0; // height stays unset
    return result;
}

/// Stores `images` from a worker thread, as ServerSource does, and waits for the answer.
bool storeFromWorker(
    const Workspace &workspace, const QString &loadId, int position, const QVector<StoredImage> &images)
{
    const QString file = workspace.fileName();
    return QtConcurrent::run([=] {
        QString error;
        return Workspace::appendServerBase(file, loadId, position, images, &error);
    }).result();
}

} // namespace

class tst_ServerBase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool open(Workspace *workspace)
    {
        QString error;
        return workspace->openServer(
            QUrl(QStringLiteral("https://api.example.org")), "key", QStringLiteral("k=harbour"), m_dir.path(), &error);
    }

private slots:
    void pagesStoredByAWorkerReadBackInOrder()
    {
        Workspace workspace;
        QVERIFY(open(&workspace));
        QString error;
        QVERIFY2(workspace.clearServerBase(QStringLiteral("load-1"), &error), qPrintable(error));
        const QVector<StoredImage> first { image(QStringLiteral("a"), QStringLiteral("Á")),
            image(QStringLiteral("b"), QStringLiteral("Б")) };
        const QVector<StoredImage> second { image(QStringLiteral("c"), QStringLiteral("市")) };
        QVERIFY(storeFromWorker(workspace, QStringLiteral("load-1"), 0, first));
        QVERIFY(storeFromWorker(workspace, QStringLiteral("load-1"), 2, second));
        const QList<StoredImage> stored = Workspace::serverBase(workspace.fileName(), 0, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.size(), 3);
        QVERIFY(stored.at(0) == first.at(0));
        QVERIFY(stored.at(1) == first.at(1));
        QVERIFY(stored.at(2) == second.at(0));
        QVERIFY(!stored.at(2).height.has_value());
    }

    void aPageOfAnEarlierLoadIsNeverStored()
    {
        Workspace workspace;
        QVERIFY(open(&workspace));
        QString error;
        QVERIFY(workspace.clearServerBase(QStringLiteral("load-1"), &error));
        QVERIFY(storeFromWorker(workspace, QStringLiteral("load-1"), 0, { image(QStringLiteral("old"), {}) }));
        // A new load starts while a page of the first is still on its way.
        QVERIFY(workspace.clearServerBase(QStringLiteral("load-2"), &error));
        QVERIFY(storeFromWorker(workspace, QStringLiteral("load-1"), 1, { image(QStringLiteral("late"), {}) }));
        QVERIFY(Workspace::serverBase(workspace.fileName(), 0, 10, &error).isEmpty());
        QVERIFY(storeFromWorker(workspace, QStringLiteral("load-2"), 0, { image(QStringLiteral("new"), {}) }));
        const QList<StoredImage> stored = Workspace::serverBase(workspace.fileName(), 0, 10, &error);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().record.id(), QStringLiteral("new"));
    }

    void aNewLoadKeepsTheBasesOfEditedImagesUntilOneCompletes()
    {
        QTemporaryDir dir;
        Workspace workspace;
        QString error;
        QVERIFY(workspace.openServer(
            QUrl(QStringLiteral("https://api.example.org")), "key", QString(), dir.path(), &error));
        QVERIFY(workspace.clearServerBase(QStringLiteral("load-1"), &error));
        const StoredImage edited = image(QStringLiteral("a"), QStringLiteral("as edited"));
        QVERIFY(storeFromWorker(workspace, QStringLiteral("load-1"), 0,
            { edited, image(QStringLiteral("b"), {}), image(QStringLiteral("c"), {}) }));
        QVERIFY(workspace.write({ { QStringLiteral("a"), Field::Title, QStringLiteral("mine") },
                                    { QStringLiteral("c"), Field::Title, QStringLiteral("mine too") } },
            &error));
        { // c's stored base is damaged: it cannot be kept, but the others still are
            QSqlQuery damage(workspace.database());
            QVERIFY(damage.exec(QStringLiteral("UPDATE server_base SET image = '{\"image_id\": \"c\"' "
                                               "WHERE position = 2")));
        }
        QVERIFY2(workspace.clearServerBase(QStringLiteral("load-2"), &error), qPrintable(error));
        QVERIFY(Workspace::serverBase(workspace.fileName(), 0, 10, &error).isEmpty());
        QHash<QString, StoredImage> kept = workspace.editedBases(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(kept.keys(), QList<QString> { QStringLiteral("a") }); // b has no edits
        QVERIFY(kept.value(QStringLiteral("a")) == edited);

        // Another restart, before the load reached a: a's base is still kept.
        QVERIFY(workspace.clearServerBase(QStringLiteral("load-3"), &error));
        kept = workspace.editedBases(&error);
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.value(QStringLiteral("a")) == edited);

        // Its edits are undone, the restarted load reaches a (no longer kept for it) and stores
        // the server's newer copy, and a is edited again: that copy is the base now.
        QVERIFY(workspace.write({ { QStringLiteral("a"), Field::Title, std::nullopt } }, &error));
        const StoredImage newer = image(QStringLiteral("a"), QStringLiteral("changed by another editor"));
        QVERIFY(storeFromWorker(workspace, QStringLiteral("load-3"), 0, { newer }));
        QVERIFY(workspace.write({ { QStringLiteral("a"), Field::Title, QStringLiteral("mine again") } }, &error));
        QVERIFY(workspace.clearServerBase(QStringLiteral("load-4"), &error));
        kept = workspace.editedBases(&error);
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.value(QStringLiteral("a")) == newer);
        // Undone again before a restart that never reaches a: nothing is kept for it.
        QVERIFY(workspace.write({ { QStringLiteral("a"), Field::Title, std::nullopt } }, &error));
        QVERIFY(workspace.clearServerBase(QStringLiteral("load-5"), &error));
        QVERIFY(workspace.editedBases(&error).isEmpty());
        QVERIFY(workspace.write({ { QStringLiteral("a"), Field::Title, QStringLiteral("mine") } }, &error));
        QVERIFY(storeFromWorker(workspace, QStringLiteral("load-5"), 0, { edited }));
        QVERIFY(workspace.clearServerBase(QStringLiteral("load-6"), &error));
        QCOMPARE(workspace.editedBases(&error).size(), 1);

        // A complete base holds them: they are dropped.
        QVERIFY2(workspace.markServerBaseComplete(&error), qPrintable(error));
        QVERIFY(workspace.isServerBaseComplete());
        QVERIFY(workspace.editedBases(&error).isEmpty());
    }

    void aFileThatIsNotAWorkspaceIsAnError()
    {
        QString error;
        QVERIFY(!Workspace::appendServerBase(
            m_dir.filePath(QStringLiteral("missing/none.sqlite")), QStringLiteral("load-1"), 0, {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ServerBase)
#include "tst_serverbase.moc"
