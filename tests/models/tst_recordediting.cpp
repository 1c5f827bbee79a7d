// SPDX-License-Identifier: GPL-3.0-or-later
// Editing cells: stored in the workspace before it shows, one undo step per action, restored
// when the folder is opened again, never overwritten by changes on disk.
#include <QAbstractItemModelTester>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QPixmap>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/library/thumbnailservice.h"
#include "core/workspace/workspace.h"
#include "models/errorreviewmodel.h"
#include "models/foldersource.h"
#include "models/recordtablemodel.h"
#include "models/remotethumbnails.h"
#include "models/thumbnailupdater.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/testpaths.h"

using namespace Wesog;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/") + QLatin1String(name);
}

/// The app's session over one folder, with its model checked by QAbstractItemModelTester.
struct Session : Wesog::Test::SessionFixture
{
    using SessionFixture::SessionFixture;

    QString cell(const char *id, Field field) const
    {
        return model.index(row(id), RecordTableModel::columnForField(field)).data().toString();
    }

    QAbstractItemModelTester tester { &model, QAbstractItemModelTester::FailureReportingMode::QtTest };
};

} // namespace

class tst_RecordEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QTemporaryDir m_workspaces;

private slots:
    void initTestCase()
    {
        for (const char *name : { "harbour-dawn.jpg", "parade-moscow.jpg", "market-lisbon.jpg" })
            QVERIFY(QFile::copy(sample(name), m_folder.filePath(QString::fromLatin1(name))));
    }

    void init() { QDir(m_workspaces.path()).removeRecursively(); }

    void editIsStoredShownAndUndoable()
    {
        Session session(m_workspaces.path());
        QVERIFY(session.open(m_folder.path()));
        const int harbour = session.row("harbour-dawn");
        const QModelIndex title = session.model.index(harbour, RecordTableModel::columnForField(Field::Title));
        QVERIFY(title.flags() & Qt::ItemIsEditable);
        QSignalSpy changed(&session.model, &QAbstractItemModel::dataChanged);

        QVERIFY(session.model.setData(title, QStringLiteral("  Harbour, early  ")));
        QCOMPARE(title.data().toString(), QStringLiteral("Harbour, early"));
        QVERIFY(title.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(title.data(Qt::ToolTipRole).toString().contains(QLatin1String("Harbour at dawn")));
        QVERIFY(session.model.index(harbour, RecordTableModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Edited (1 field")));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(session.workspace.edits().value(QStringLiteral("harbour-dawn.jpg")).size(), 1);
        QCOMPARE(session.undo.count(), 1);
        QCOMPARE(session.undo.undoText(), QStringLiteral("Edit Title"));

        session.undo.undo();
        QCOMPARE(title.data().toString(), QStringLiteral("Harbour at dawn"));
        QVERIFY(!title.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(session.workspace.edits().isEmpty());
        session.undo.redo();
        QCOMPARE(title.data().toString(), QStringLiteral("Harbour, early"));
        QCOMPARE(session.workspace.edits().size(), 1);

        // Typing the loaded value again drops the edit instead of storing a copy.
        QVERIFY(session.model.setData(title, QStringLiteral("Harbour at dawn")));
        QVERIFY(session.workspace.edits().isEmpty());
        QCOMPARE(session.model.editedCount(), 0);
    }

    void indexesExistOnlyForTheTablesCells()
    {
        Session session(m_workspaces.path());
        QVERIFY(session.open(m_folder.path()));
        const QAbstractItemModel &model = session.model;
        const int rows = model.rowCount();
        const int columns = model.columnCount();
        QCOMPARE(rows, 3);
        const QModelIndex last = model.index(rows - 1, columns - 1);
        QVERIFY(last.isValid());
        QCOMPARE(last.row(), rows - 1);
        QCOMPARE(last.column(), columns - 1);
        QCOMPARE(last.model(), &model);
        QVERIFY(!model.index(rows, 0).isValid());
        QVERIFY(!model.index(0, columns).isValid());
        QVERIFY(!model.index(-1, 0).isValid());
        QVERIFY(!model.index(0, -1).isValid());
        QVERIFY(!model.index(0, 0, last).isValid()); // a table: no cell has children
    }

    void valuesFollowTheFieldType()
    {
        Session session(m_workspaces.path());
        QVERIFY(session.open(m_folder.path()));
        const int row = session.row("market-lisbon");
        QVERIFY(session.model.setData(session.model.index(row, RecordTableModel::columnForField(Field::Keywords)),
            QStringLiteral(" fruit ; market;;stall ")));
        QCOMPARE(session.model.row(row).record().list(Field::Keywords),
            std::optional<QStringList>({ QStringLiteral("fruit"), QStringLiteral("market"), QStringLiteral("stall") }));
        QVERIFY(session.model.setData(session.model.index(row, RecordTableModel::columnForField(Field::Nsfw)), false));
        QCOMPARE(session.model.row(row).record().flag(Field::Nsfw), std::optional<bool>(false));
        QVERIFY(
            session.model.setData(session.model.index(row, RecordTableModel::columnForField(Field::City)), QString()));
        QVERIFY(!session.model.row(row).record().has(Field::City)); // cleared: PUT will leave it out
        QCOMPARE(session.undo.count(), 3);
    }

    void multiRowEditIsOneStep()
    {
        Session session(m_workspaces.path());
        QVERIFY(session.open(m_folder.path()));
        const QList<int> rows { 0, 1, 2 };
        QVERIFY(session.model.editCells(
            rows, Field::Provider, QStringLiteral("Wesog Agency"), QStringLiteral("Set Provider")));
        QCOMPARE(session.undo.count(), 1);
        for (int row : rows)
            QCOMPARE(session.model.row(row).record().text(Field::Provider),
                std::optional<QString>(QStringLiteral("Wesog Agency")));
        QCOMPARE(session.workspace.edits().size(), 3);
        session.undo.undo();
        QVERIFY(session.workspace.edits().isEmpty());
        QCOMPARE(session.cell("parade-moscow", Field::Provider), QString());

        session.undo.redo();
        QVERIFY(session.model.revertCells({ { 0, Field::Provider }, { 2, Field::Provider } }));
        QCOMPARE(session.model.editedCount(), 1);
        QCOMPARE(session.undo.count(), 2);
    }

    void editsComeBackWhenTheFolderIsOpenedAgain()
    {
        {
            Session session(m_workspaces.path());
            QVERIFY(session.open(m_folder.path()));
            QVERIFY(session.model.setData(
                session.model.index(session.row("parade-moscow"), RecordTableModel::columnForField(Field::Caption)),
                QStringLiteral("Парад Победы\nМосква")));
            QVERIFY(session.model.setData(
                session.model.index(session.row("harbour-dawn"), RecordTableModel::columnForField(Field::Id)),
                QStringLiteral("HARBOUR-001")));
        }
        Session again(m_workspaces.path());
        QVERIFY(again.open(m_folder.path()));
        QCOMPARE(again.cell("parade-moscow", Field::Caption), QStringLiteral("Парад Победы\nМосква"));
        QVERIFY(again.model.row(again.row("parade-moscow")).isEdited(Field::Caption));
        QVERIFY(again.row("HARBOUR-001") >= 0);
        QCOMPARE(again.undo.count(), 0); // history is per session; the values are kept

        // A new id template does not touch the hand-edited id.
        again.session.setTemplates({ QStringLiteral("x-{basename}"), QStringLiteral("{sandbox}/files/{relpath}") });
        QVERIFY(again.row("HARBOUR-001") >= 0);
        QVERIFY(again.row("x-parade-moscow") >= 0);
    }

    void changesOnDiskNeverOverwriteEdits()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(sample("harbour-dawn.jpg"), folder.filePath(QStringLiteral("a.jpg"))));
        QVERIFY(QFile::copy(sample("parade-moscow.jpg"), folder.filePath(QStringLiteral("b.jpg"))));
        Session session(m_workspaces.path());
        QVERIFY(session.open(folder.path()));
        session.loader().setWatchDelayMs(60000);
        QVERIFY(
            session.model.setData(session.model.index(session.row("a"), RecordTableModel::columnForField(Field::Title)),
                QStringLiteral("My title")));
        // Both files change on disk; only b has no edits.
        for (const char *name : { "a.jpg", "b.jpg" }) {
            QVERIFY(QFile::remove(folder.filePath(QString::fromLatin1(name))));
            QVERIFY(QFile::copy(sample("festival-night.jpg"), folder.filePath(QString::fromLatin1(name))));
            QFile file(folder.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(120), QFileDevice::FileModificationTime));
        }
        QSignalSpy rescanned(&session.loader(), &FolderSource::rescanned);
        QVERIFY(session.loader().rescan());
        QVERIFY(rescanned.wait(20000));
        const RecordRow &a = session.model.row(session.row("a"));
        QVERIFY(a.changedOnDisk);
        QCOMPARE(session.cell("a", Field::Title), QStringLiteral("My title"));
        QCOMPARE(a.loaded.text(Field::Title),
            std::optional<QString>(QStringLiteral("Harbour at dawn"))); // not silently replaced either
        QVERIFY(session.model.index(session.row("a"), RecordTableModel::StateColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Changed on disk")));
        QCOMPARE(session.cell("b", Field::Title), QStringLiteral("Festival night")); // unedited: simply read again
        QVERIFY(!session.model.row(session.row("b")).changedOnDisk);
    }

    void findingsShowOnCellsAndRows()
    {
        Session session(m_workspaces.path());
        QVERIFY(session.open(m_folder.path()));
        const int harbour = session.row("harbour-dawn");
        QVERIFY(!session.model.row(harbour).isInvalid()); // {sandbox}/files/… is a valid src to be
        const QModelIndex date = session.model.index(harbour, RecordTableModel::columnForField(Field::Date));
        QVERIFY(session.model.setData(date, QStringLiteral("2024-13-45")));
        QVERIFY(session.model.row(harbour).isInvalid());
        QVERIFY(!date.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(date.data(Qt::ToolTipRole).toString().contains(QLatin1String("YYYY-MM-DD")));
        QVERIFY(session.model.index(harbour, RecordTableModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Invalid:")));
        QCOMPARE(session.model.invalidCount(), 1);
        session.undo.undo();
        QCOMPARE(session.model.invalidCount(), 0);

        // The agency's rules run through the same validation.
        session.model.setValidationRules(ValidationRules::fromString(QStringLiteral("keywords:3")));
        QCOMPARE(session.model.invalidCount(), 1); // market has 2 keywords; harbour and parade have 3
        QVERIFY(session.model.row(session.row("market-lisbon")).isInvalid());
        QVERIFY(!session.model.row(harbour).isInvalid());
        session.model.setValidationRules({});
        QCOMPARE(session.model.invalidCount(), 0);
    }

    void datesShowInTheLocaleAndSortAsWritten()
    {
        Session session(m_workspaces.path());
        QVERIFY(session.open(m_folder.path()));
        const QModelIndex date
            = session.model.index(session.row("harbour-dawn"), RecordTableModel::columnForField(Field::Date));
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("ru")));
        QCOMPARE(date.data().toString(), QLocale().toString(QDate(2024, 6, 23), QLocale::ShortFormat));
        QVERIFY(date.data().toString().contains(QLatin1String("23.06")));
        QCOMPARE(date.data(Qt::EditRole).toString(), QStringLiteral("2024-06-23")); // edited as the API wants it
        QCOMPARE(date.data(RecordTableModel::SortRole).toString(), QStringLiteral("2024-06-23"));
        // A partial date is shown as written.
        QVERIFY(session.model.setData(date, QStringLiteral("2024-06")));
        QCOMPARE(date.data().toString(), QStringLiteral("2024-06"));
        QLocale::setDefault(before);
    }

    void aFailedSaveChangesNothing()
    {
        Session session(m_workspaces.path());
        QVERIFY(session.open(m_folder.path()));
        session.workspace.close(); // as if the disk went away
        QSignalSpy failed(&session.model, &RecordTableModel::editFailed);
        const QModelIndex title = session.model.index(0, RecordTableModel::columnForField(Field::Title));
        const QString before = title.data().toString();
        QVERIFY(!session.model.setData(title, QStringLiteral("lost?")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(title.data().toString(), before);
        QCOMPARE(session.undo.count(), 0);
    }

    void aFullDiskLosesNothingAndWritesNoHalfEdit()
    {
        Session session(m_workspaces.path());
        QVERIFY(session.open(m_folder.path()));
        QVERIFY(session.model.editCells(
            { session.row("harbour-dawn") }, Field::City, QStringLiteral("Before"), QStringLiteral("city")));
        const QString captionBefore = session.cell("parade-moscow", Field::Caption);
        // The disk fills up: the workspace may not grow by a single page.
        QSqlDatabase db = session.workspace.database();
        QSqlQuery pages(db);
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages.value(0).toInt())));
        QSignalSpy failed(&session.model, &RecordTableModel::editFailed);
        const int steps = session.undo.count();
        QList<int> all;
        for (int row = 0; row < session.model.rowCount(); ++row)
            all << row;
        QVERIFY(!session.model.editCells(
            all, Field::Caption, QString(200000, QLatin1Char('x')), QStringLiteral("caption")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("could not be saved")));
        QCOMPARE(session.undo.count(), steps); // no step for an edit that did not happen
        QCOMPARE(session.cell("parade-moscow", Field::Caption), captionBefore); // nothing shown that is not stored
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count=1073741823")));

        Session reopened(m_workspaces.path());
        QVERIFY(reopened.open(m_folder.path()));
        QCOMPARE(reopened.cell("harbour-dawn", Field::City), QStringLiteral("Before"));
        QCOMPARE(reopened.cell("parade-moscow", Field::Caption), captionBefore); // and nothing half-written
    }

    void newerWorkspaceIsKeptAsideUntouched()
    {
        QString file;
        {
            Session session(m_workspaces.path());
            QVERIFY(session.open(m_folder.path()));
            QVERIFY(session.model.editCells(
                { session.row("harbour-dawn") }, Field::City, QStringLiteral("Newer"), QStringLiteral("city")));
            file = session.workspace.fileName();
        }
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        Session session(m_workspaces.path());
        QSignalSpy recovered(&session.session, &CollectionSession::problem);
        QVERIFY(session.open(m_folder.path()));
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(recovered.first().first().toString(), QStringLiteral("Saved Edits Could Not Be Read"));
        QVERIFY(recovered.first().at(1).toString().contains(QLatin1String("newer")));
        QVERIFY(session.cell("harbour-dawn", Field::City)
            != QStringLiteral("Newer")); // not read from a file it cannot trust
        const QStringList kept
            = QDir(m_workspaces.path()).entryList({ QFileInfo(file).fileName() + QStringLiteral(".kept-*") });
        QVERIFY(!kept.isEmpty());
        // The kept copy is the newer version's, unchanged; editing goes on in the new file.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kept"));
        db.setDatabaseName(QDir(m_workspaces.path()).filePath(kept.first()));
        QVERIFY(db.open());
        QSqlQuery version(db);
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), 99);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("kept"));
        QVERIFY(session.model.editCells(
            { session.row("harbour-dawn") }, Field::City, QStringLiteral("Again"), QStringLiteral("city")));
    }

    void damagedWorkspaceIsKeptAsideAndEditingGoesOn_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("garbage") << false;
        QTest::newRow("truncated") << true;
    }

    void damagedWorkspaceIsKeptAsideAndEditingGoesOn()
    {
        QFETCH(bool, truncate);
        QString file;
        {
            Session session(m_workspaces.path());
            QVERIFY(session.open(m_folder.path()));
            for (int i = 0; i < 50; ++i) // enough pages that a cut one is noticed
                QVERIFY(session.model.editCells({ session.row("harbour-dawn") }, Field::Caption,
                    QString(400, QChar(u'a' + i % 26)), QStringLiteral("c")));
            file = session.workspace.fileName();
        }
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const qint64 size = damaged.size();
        if (truncate) {
            QVERIFY(damaged.resize(size / 3));
        } else {
            damaged.seek(0);
            damaged.write(QByteArray(4096, '\x5a'));
        }
        damaged.close();
        QFile::remove(file + QStringLiteral("-wal"));
        QFile::remove(file + QStringLiteral("-shm"));

        Session session(m_workspaces.path());
        QSignalSpy recovered(&session.session, &CollectionSession::problem);
        QVERIFY(session.open(m_folder.path()));
        QCOMPARE(recovered.size(), 1); // recovered, not failed
        QCOMPARE(recovered.first().first().toString(), QStringLiteral("Saved Edits Could Not Be Read"));
        QVERIFY(recovered.first().at(1).toString().contains(QLatin1String(".kept-")));
        // The images' own metadata is there; editing works and is kept.
        QVERIFY(!session.cell("harbour-dawn", Field::Title).isEmpty());
        QVERIFY(session.model.editCells(
            { session.row("harbour-dawn") }, Field::City, QStringLiteral("Faro"), QStringLiteral("city")));
        Session reopened(m_workspaces.path());
        QVERIFY(reopened.open(m_folder.path()));
        QCOMPARE(reopened.cell("harbour-dawn", Field::City), QStringLiteral("Faro"));
    }

    void stateCountsFollowEveryChangeWithoutARecount()
    {
        Session session(m_workspaces.path());
        QVERIFY(session.open(m_folder.path()));
        RecordTableModel &model = session.model;
        // What a fresh count over every row says; the model's counts are kept per change.
        auto freshCount = [&model](RecordState state) {
            int count = 0;
            for (int row = 0; row < model.rowCount(); ++row)
                count += model.row(row).isIn(state) ? 1 : 0;
            return count;
        };
        auto countsAgree = [&] {
            for (int state = 0; state < RecordStateCount; ++state) {
                if (model.stateCount(RecordState(state)) != freshCount(RecordState(state)))
                    return false;
            }
            return true;
        };
        QCOMPARE(model.stateCount(RecordState::All), 3);
        QCOMPARE(model.stateCount(RecordState::Edited), 0);
        QVERIFY(model.editCells({ session.row("harbour-dawn"), session.row("market-lisbon") }, Field::City,
            QStringLiteral("Faro"), QStringLiteral("city")));
        QCOMPARE(model.stateCount(RecordState::Edited), 2);
        QVERIFY(countsAgree());
        QVERIFY(model.editCells({ session.row("parade-moscow") }, Field::Date, QStringLiteral("spring"),
            QStringLiteral("date"))); // not a date: invalid
        QCOMPARE(model.stateCount(RecordState::Invalid), 1);
        QVERIFY(countsAgree());
        session.undo.undo();
        QCOMPARE(model.stateCount(RecordState::Invalid), 0);
        session.undo.undo();
        QCOMPARE(model.stateCount(RecordState::Edited), 0);
        model.setValidationRules(ValidationRules::fromString(QStringLiteral("event")));
        QCOMPARE(model.stateCount(RecordState::Invalid), freshCount(RecordState::Invalid));
        QVERIFY(model.stateCount(RecordState::Invalid) > 0);
        RecordRow gone = model.row(0);
        gone.error = ScanError { QStringLiteral("file-missing"), QStringLiteral("gone") };
        model.replaceRow(0, gone);
        QCOMPARE(model.stateCount(RecordState::Unreadable), 1);
        QVERIFY(countsAgree());
        model.clear();
        for (int state = 0; state < RecordStateCount; ++state)
            QCOMPARE(model.stateCount(RecordState(state)), 0);
    }

    void replacingARowMovesOnlyItsOwnIndexEntries()
    {
        Session session(m_workspaces.path());
        auto row = [](const char *id, const char *file) {
            RecordRow made;
            made.absolutePath = QStringLiteral("/photos/") + QLatin1String(file);
            made.relativePath = QLatin1String(file);
            made.metadata.record.setId(QLatin1String(id));
            made.loaded = made.metadata.record;
            return made;
        };
        RecordTableModel &model = session.model;
        model.setRows({ row("a", "1.jpg"), row("b", "2.jpg"), row("a", "3.jpg") });
        QCOMPARE(model.rowOfId(QStringLiteral("a")), 0); // duplicate ids: the first row owns the id
        model.replaceRow(0, row("c", "1b.jpg"));
        QCOMPARE(model.rowOfId(QStringLiteral("c")), 0);
        QCOMPARE(model.rowOfId(QStringLiteral("a")), 2); // the later duplicate takes the id over
        QCOMPARE(model.rowOfId(QStringLiteral("b")), 1);
        QCOMPARE(model.rowOfPath(QStringLiteral("/photos/1b.jpg")), 0);
        QCOMPARE(model.rowOfPath(QStringLiteral("/photos/1.jpg")), -1);
        QCOMPARE(model.rowOfRelativePath(QStringLiteral("1b.jpg")), 0);
        RecordRow unreadable = row("b", "2.jpg");
        unreadable.error = ScanError { QStringLiteral("corrupt-image"), QStringLiteral("broken") };
        model.replaceRow(1, unreadable);
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.rowOfId(QStringLiteral("b")), -1); // unreadable rows own no id
        model.replaceRow(1, row("a", "2.jpg"));
        QCOMPARE(model.errorCount(), 0);
        QCOMPARE(model.rowOfId(QStringLiteral("a")), 1); // now the first row with it
    }

    void aLargeFolderIsCheckedAndIndexedLikeASmallOne()
    {
        // Past ParallelRows, findings and indexes are made on workers: the result must be what
        // the rows say, row by row.
        Session session(m_workspaces.path());
        constexpr int rows = 25000;
        QList<RecordRow> made;
        for (int i = 0; i < rows; ++i) {
            RecordRow row;
            row.absolutePath = QStringLiteral("/photos/%1.jpg").arg(i);
            row.relativePath = QStringLiteral("%1.jpg").arg(i);
            row.metadata.record.setId(i % 1000 == 999 ? QStringLiteral("dup") : QStringLiteral("id-%1").arg(i));
            row.metadata.record.setSrc(QStringLiteral("https://example.org/%1.jpg").arg(i));
            row.metadata.record.setValue(Field::Title, QStringLiteral("Title %1").arg(i));
            row.metadata.record.setValue(
                Field::Date, i % 7 == 0 ? QStringLiteral("spring") : QStringLiteral("2024-05-01")); // every 7th invalid
            if (i % 5000 == 1)
                row.error = ScanError { QStringLiteral("corrupt-image"), QStringLiteral("broken") };
            row.loaded = row.metadata.record;
            made.append(row);
        }
        RecordTableModel &model = session.model;
        model.setRows(made);
        int invalid = 0;
        for (int i = 0; i < rows; ++i) {
            const bool unreadable = i % 5000 == 1;
            const bool badDate = !unreadable && i % 7 == 0;
            invalid += badDate ? 1 : 0;
            QCOMPARE(model.row(i).isInvalid(), badDate);
            QCOMPARE(model.rowOfPath(QStringLiteral("/photos/%1.jpg").arg(i)), i);
            QCOMPARE(model.rowOfRelativePath(QStringLiteral("%1.jpg").arg(i)), i);
            if (!unreadable && i % 1000 != 999)
                QCOMPARE(model.rowOfId(QStringLiteral("id-%1").arg(i)), i);
        }
        QCOMPARE(model.stateCount(RecordState::Invalid), invalid);
        QCOMPARE(model.errorCount(), rows / 5000);
        QCOMPARE(model.rowOfId(QStringLiteral("dup")), 999); // the first row with it
        QCOMPARE(model.rowOfId(QStringLiteral("id-1")), -1); // unreadable rows own no id
    }

    void theReviewGroupsEveryKindOfProblemAndOnlyThose()
    {
        // The review skips rows by the model's state bits; each kind of problem must still reach
        // its group, a row must leave its group once fixed, and a clean row must never appear.
        Session session(m_workspaces.path());
        auto row = [](int i) {
            RecordRow made;
            made.absolutePath = QStringLiteral("/photos/%1.jpg").arg(i);
            made.relativePath = QStringLiteral("%1.jpg").arg(i);
            made.metadata.record.setId(QStringLiteral("id-%1").arg(i));
            made.metadata.record.setSrc(QStringLiteral("https://example.org/%1.jpg").arg(i));
            made.loaded = made.metadata.record;
            return made;
        };
        enum { Clean, Unreadable, Invalid, DiskConflict, SourcesDisagree, Failed, Stopped, HeldBack, Accepted };
        QList<RecordRow> rows;
        for (int i = 0; i <= Accepted; ++i)
            rows << row(i);
        rows[Unreadable].error = ScanError { QStringLiteral("corrupt-image"), QStringLiteral("broken") };
        rows[Invalid].metadata.record.setValue(Field::Date, QStringLiteral("someday"));
        rows[DiskConflict].changedOnDisk = true;
        FieldSource disagreeing;
        disagreeing.conflict = true;
        rows[SourcesDisagree].metadata.sources.set(size_t(Field::City), disagreeing);
        rows[Failed].submission.edit().state = SubmitState::Failed;
        rows[Failed].submission.edit().message = StatusMessage::fromServer(QStringLiteral("image 'id-5' is too large"));
        rows[Stopped].submission.edit().state = SubmitState::NotSent;
        rows[Stopped].submission.edit().message = StatusMessage::noOperation();
        rows[HeldBack].submission.edit().state = SubmitState::NotSent;
        rows[HeldBack].submission.edit().message = StatusMessage::sendConflict({ QStringLiteral("title") });
        rows[Accepted].submission.edit().state = SubmitState::Accepted;
        QTemporaryDir photos;
        QString error;
        QVERIFY2(session.workspace.open(photos.path(), m_workspaces.path(), &error), qPrintable(error));
        RecordTableModel &model = session.model;
        model.setRows(rows);
        ErrorReviewModel review(&model);
        review.refreshNow();
        auto rowsOf = [&](ErrorGroup::Kind kind) {
            QList<int> found;
            for (const ErrorGroup &group : review.groups()) {
                if (group.kind == kind)
                    found += group.rows;
            }
            return found;
        };
        QCOMPARE(rowsOf(ErrorGroup::Kind::SendConflict), QList<int> { HeldBack });
        QCOMPARE(rowsOf(ErrorGroup::Kind::Server), QList<int> { Failed });
        QCOMPARE(review.groups().at(1).cause, QStringLiteral("image '…' is too large"));
        QCOMPARE(rowsOf(ErrorGroup::Kind::NotSent), QList<int> { Stopped });
        QCOMPARE(rowsOf(ErrorGroup::Kind::Invalid), QList<int> { Invalid });
        QCOMPARE(rowsOf(ErrorGroup::Kind::Unreadable), QList<int> { Unreadable });
        QCOMPARE(rowsOf(ErrorGroup::Kind::MetadataConflict), QList<int> { SourcesDisagree });
        QCOMPARE(rowsOf(ErrorGroup::Kind::DiskConflict), QList<int> { DiskConflict });
        QCOMPARE(review.problemCount(), 7);

        // Fixing the date takes the row out; a clean row that fails later comes in.
        QVERIFY(model.editCells({ Invalid }, Field::Date, QStringLiteral("2024-05-01"), QStringLiteral("date")));
        RecordSubmission failed = *rows[Failed].submission;
        model.setSubmissions({ { model.row(Clean).relativePath, failed } });
        review.refreshNow();
        QCOMPARE(rowsOf(ErrorGroup::Kind::Invalid), QList<int> {});
        QCOMPARE(rowsOf(ErrorGroup::Kind::Server), (QList<int> { Clean, Failed }));
        QCOMPARE(review.problemCount(), 7);
    }

    void thumbnailsAreMadeForTheVisibleRowsOnlyAndChangeNothingElse()
    {
        Session session(m_workspaces.path());
        QVERIFY(session.open(m_folder.path()));
        RecordTableModel &model = session.model;
        ErrorReviewModel review(&model);
        review.refreshNow();
        QSignalSpy reviewReset(&review, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ThumbnailService service(64);
        QNetworkAccessManager network;
        RemoteThumbnailLoader remote(&network, m_workspaces.filePath(QStringLiteral("thumbs")), 64);
        ThumbnailUpdater updater(&model, &service, &remote);
        const int harbour = session.row("harbour-dawn");
        // data() alone starts nothing.
        QVERIFY(model.index(harbour, RecordTableModel::FileColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(service.queuedCount(), 0);
        updater.setVisibleRows({ harbour });
        QTRY_VERIFY(model.hasThumbnail(model.row(harbour).absolutePath));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(RecordTableModel::FileColumn));
        QVERIFY(RecordTableModel::onlyThumbnails(changed.first().at(2).value<QList<int>>()));
        QVERIFY(!model.index(harbour, RecordTableModel::FileColumn).data(Qt::DecorationRole).value<QPixmap>().isNull());
        QVERIFY(!model.index(harbour, RecordTableModel::FileColumn)
                     .data(RecordTableModel::ThumbnailRole)
                     .value<QImage>()
                     .isNull());
        QTest::qWait(400); // qWait-ok: the review regroups 150 ms after a change; none may come
        QCOMPARE(reviewReset.size(), 0);
        QVERIFY(!model.hasThumbnail(model.row(session.row("parade-moscow")).absolutePath));
        QVERIFY(!model.hasThumbnail(model.row(session.row("market-lisbon")).absolutePath));
    }
};

QTEST_MAIN(tst_RecordEditing)
#include "tst_recordediting.moc"
