// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace's send bases and held-back conflicts (issue 15): what the server accepted and
// what a conflict holds survive closing and reopening the workspace exactly (every value type,
// unset values, Unicode); settling a conflict moves or drops the base with it.
#include <QTemporaryDir>
#include <QTest>

#include "core/workspace/sendbases.h"
#include "core/workspace/workspace.h"

using namespace Wesog;

namespace {

ImageRecord record(const QString &id, const QString &title)
{
    ImageRecord result;
    result.setId(id);
    result.setSrc(QStringLiteral("https://example.org/%1.jpg").arg(id));
    result.setValue(Field::Title, title);
    result.setValue(Field::Keywords, QStringList { QStringLiteral("Лиссабон"), QStringLiteral("市場 🐟") });
    result.setValue(Field::AiGenerated, false);
    return result;
}

} // namespace

class tst_SendBases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_folder = QStringLiteral("/photos/send-bases");

    bool reopen(Workspace *workspace)
    {
        QString error;
        return workspace->open(m_folder, m_dir.path(), &error);
    }

private slots:
    void survivesReopening()
    {
        const ImageRecord first = record(QStringLiteral("a"), QStringLiteral("Café — première"));
        const ImageRecord second = record(QStringLiteral("b"), QStringLiteral("Second"));
        HeldConflict conflict;
        conflict.imageId = QStringLiteral("b");
        conflict.base = second;
        conflict.server = record(QStringLiteral("b"), QStringLiteral("Theirs"));
        conflict.fields = { Field::Title, Field::City };
        HeldConflict gone;
        gone.imageId = QStringLiteral("c");
        gone.base = record(QStringLiteral("c"), QStringLiteral("Gone"));
        {
            Workspace workspace;
            QVERIFY(reopen(&workspace));
            SendBaseStore store(workspace.database());
            QString error;
            QVERIFY2(store.setBases({ { QStringLiteral("a"), first }, { QStringLiteral("b"), second } }, &error),
                qPrintable(error));
            QVERIFY2(store.setConflicts(
                         { { QStringLiteral("b.jpg"), conflict }, { QStringLiteral("c.jpg"), gone } }, &error),
                qPrintable(error));
        }
        Workspace workspace;
        QVERIFY(reopen(&workspace));
        SendBaseStore store(workspace.database());
        const QHash<QString, ImageRecord> bases = store.bases();
        QCOMPARE(bases.size(), 2);
        QCOMPARE(bases.value(QStringLiteral("a")), first);
        QCOMPARE(bases.value(QStringLiteral("b")), second);
        const QHash<QString, HeldConflict> conflicts = store.conflicts();
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts.value(QStringLiteral("b.jpg")), conflict);
        QCOMPARE(conflicts.value(QStringLiteral("c.jpg")), gone);
        QVERIFY(conflicts.value(QStringLiteral("c.jpg")).isWholeImage());
        QVERIFY(!conflicts.value(QStringLiteral("c.jpg")).server);

        // Settling b: the server's copy becomes its base. Settling c (deleted there): no base.
        QString error;
        QVERIFY2(
            store.settle(QStringLiteral("b.jpg"), QStringLiteral("b"), conflict.server, &error), qPrintable(error));
        QVERIFY2(store.setBases({ { QStringLiteral("c"), *gone.base } }, &error), qPrintable(error));
        QVERIFY2(store.settle(QStringLiteral("c.jpg"), QStringLiteral("c"), std::nullopt, &error), qPrintable(error));
        QVERIFY(store.conflicts().isEmpty());
        QCOMPARE(store.bases().value(QStringLiteral("b")), *conflict.server);
        QVERIFY(!store.bases().contains(QStringLiteral("c")));
        // Removing a base by setting none.
        QVERIFY2(store.setBases({ { QStringLiteral("a"), std::nullopt } }, &error), qPrintable(error));
        QCOMPARE(store.bases().keys(), QStringList { QStringLiteral("b") });
    }
};

QTEST_GUILESS_MAIN(tst_SendBases)
#include "tst_sendbases.moc"
