// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Write Metadata to Files and Edit → Undo Write in the main window: the dry run's plan,
// Write, the summary with Undo Write, the preferences the writer follows, and the question
// before leaving a collection whose files are being written.
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

#include "core/library/exiv2session.h"
#include "core/library/metadatareader.h"
#include "tests/support/testenvironment.h"
#include "tests/views/desktopsession.h"
#include "views/preferences.h"
#include "views/writeactions.h"
#include "views/writemetadatadialog.h"

using namespace Wesog;

namespace {

QString titleInFile(const QString &path)
{
    const MetadataReader::Result result = MetadataReader::readFile(path, ReadOptions());
    const auto *metadata = std::get_if<ImageMetadata>(&result);
    return metadata ? std::get<QString>(metadata->record.value(Field::Title)) : QString();
}

/// A folder of 100 copies of one sample (photo-000.jpg …), another folder of the samples, and
/// the workspace and key folders of a session.
struct WriteFolder
{
    WriteFolder()
    {
        const QString sample = QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/harbour-dawn.jpg");
        for (int i = 0; i < 100; ++i)
            ready = ready && QFile::copy(sample, file(i));
        ready = ready && Test::copySamples(other.path());
    }
    QString file(int i) const
    {
        return folder.filePath(QStringLiteral("photo-%1.jpg").arg(i, 3, 10, QLatin1Char('0')));
    }

    QTemporaryDir folder;
    QTemporaryDir other;
    QTemporaryDir workspaces;
    QTemporaryDir keys;
    bool ready = true;
};

QList<int> allRows(const RecordTableModel &model)
{
    QList<int> rows(model.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

/// The titles the table shows (the file's, or the edit over it).
QSet<QString> titles(const RecordTableModel &model)
{
    QSet<QString> found;
    for (int row = 0; row < model.rowCount(); ++row)
        found.insert(displayText(model.row(row).record().value(Field::Title)));
    return found;
}

} // namespace

class tst_WriteDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    std::unique_ptr<Exiv2Session> m_exiv2;

    /// Opens the folder (not watched), writes "Boats" into every file, one at a time, then starts
    /// Undo Write and returns once it has put the first file back with the others still to come.
    void undoHalfWay(Test::DesktopSession &desktop, const WriteFolder &photos)
    {
        const QString original = titleInFile(photos.file(0));
        QVERIFY(desktop.open(photos.folder.path()));
        desktop.loader().setWatchDelayMs(3'600'000);
        MetadataWriteController *writer = desktop.session.writer();
        writer->setMaxThreads(1);
        QSignalSpy finished(writer, &MetadataWriteController::finished);
        const QList<int> rows = allRows(desktop.model);
        QVERIFY(desktop.model.editCells(rows, Field::Title, QStringLiteral("Boats"), QStringLiteral("t")));
        QVERIFY(writer->start(rows, false));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(titleInFile(photos.file(0)), QStringLiteral("Boats"));
        QVERIFY(writer->undoLastWrite());
        QTRY_COMPARE_WITH_TIMEOUT(titleInFile(photos.file(0)), original, 60000);
        QVERIFY(writer->isUndoingWrite());
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<Test::TestEnvironment>();
        m_exiv2 = std::make_unique<Exiv2Session>();
    }

    void dryRunThenWriteThenUndo()
    {
        QTemporaryDir folder;
        QTemporaryDir workspaces;
        QTemporaryDir keys;
        QVERIFY(Test::copySamples(folder.path()));
        Test::DesktopSession desktop(workspaces.path(), keys.path());
        QVERIFY(desktop.open(folder.path()));
        desktop.loader().setWatchDelayMs(3'600'000); // only the write changes rows here
        const QString file = folder.filePath(QStringLiteral("harbour-dawn.jpg"));
        const QString original = titleInFile(file);
        const QByteArray before = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const int row = desktop.model.rowOfPath(file);
        QVERIFY(desktop.model.editCells({ row }, Field::Title, QStringLiteral("Boats at dawn"), QStringLiteral("t")));

        auto *undoAction = desktop.window.findChild<QAction *>(QStringLiteral("undoWriteAction"));
        QVERIFY(undoAction && !undoAction->isEnabled());
        MetadataWriteController *writer = desktop.session.writer();
        QSignalSpy finished(writer, &MetadataWriteController::finished);
        desktop.window.findChild<QAction *>(QStringLiteral("writeMetadataAction"))->trigger();
        auto *dialog = desktop.window.findChild<WriteMetadataDialog *>(QStringLiteral("writeMetadataDialog"));
        QVERIFY(dialog);
        // Nothing selected: every edited row, and the dialog says so.
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("writeScopeLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Every edited image: 1.")));
        QVERIFY(finished.wait(60000));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("writeSummaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("1 file will change (1 field in all).")),
            qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("Into the image files (1): harbour-dawn.jpg.")),
            qPrintable(summary->text()));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before); // the plan wrote nothing
        }

        auto *write = dialog->findChild<QPushButton *>(QStringLiteral("writeButton"));
        QVERIFY(write->isVisible() && write->isEnabled());
        finished.clear();
        write->click();
        QVERIFY(finished.wait(60000));
        QVERIFY2(summary->text().startsWith(QStringLiteral("1 file written.")), qPrintable(summary->text()));
        QCOMPARE(titleInFile(file), QStringLiteral("Boats at dawn"));
        QVERIFY(!desktop.model.row(row).isEdited(Field::Title));
        QVERIFY(undoAction->isEnabled());

        auto *undoButton = dialog->findChild<QPushButton *>(QStringLiteral("undoWriteButton"));
        QVERIFY(undoButton->isVisible());
        finished.clear();
        undoButton->click();
        QVERIFY(finished.wait(60000));
        QVERIFY2(summary->text().startsWith(QStringLiteral("Previous values written back into 1 file.")),
            qPrintable(summary->text()));
        QCOMPARE(titleInFile(file), original);
        QVERIFY(!undoAction->isEnabled());
        dialog->findChild<QPushButton *>(QStringLiteral("cancelWriteButton"))->click(); // Close
        QVERIFY(!dialog->isVisible());
    }

    void preferencesDialogKeepsWritingChoices()
    {
        QTemporaryDir workspaces;
        QTemporaryDir keys;
        Test::DesktopSession desktop(workspaces.path(), keys.path());
        desktop.window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
        auto *dialog = desktop.window.findChild<QDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("writeTargetCombo"));
        auto *naming = dialog->findChild<QComboBox *>(QStringLiteral("sidecarNamingCombo"));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("metadataLanguageCombo"));
        QCOMPARE(target->currentIndex(), 0); // Automatic
        QCOMPARE(language->currentData().toString(), QString()); // the interface language
        target->setCurrentIndex(1);
        naming->setCurrentIndex(1);
        language->setCurrentIndex(language->findData(QStringLiteral("pt-PT")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(desktop.session.writer()->preferences().target, WriteTarget::SidecarOnly);
        QCOMPARE(desktop.session.writer()->preferences().newSidecar, SidecarNaming::FullName);
        QCOMPARE(ReadingPreferences::load(QStringLiteral("en")).metadataLanguage, QStringLiteral("pt-PT"));
        m_env->clearSettings();
    }

    void asksBeforeLeavingWhileFilesAreWritten()
    {
        WriteFolder photos;
        QVERIFY(photos.ready);
        Test::DesktopSession desktop(photos.workspaces.path(), photos.keys.path());
        QVERIFY(desktop.open(photos.folder.path()));
        desktop.loader().setWatchDelayMs(3'600'000); // only the write changes rows here
        MainWindow &window = desktop.window;
        MetadataWriteController *writer = desktop.session.writer();
        writer->setMaxThreads(1); // one file at a time: the write is still under way when asked
        QSignalSpy finished(writer, &MetadataWriteController::finished);
        const QList<int> rows = allRows(desktop.model);
        QVERIFY(desktop.model.editCells(rows, Field::Title, QStringLiteral("First"), QStringLiteral("t")));

        // A dry run changes no file: the window closes without a question.
        QVERIFY(writer->start(rows, true));
        bool closed = false;
        QCOMPARE(Test::leaveAndAnswer(&window, "keepWorking", [&] { closed = window.close(); }), QString());
        QVERIFY(closed);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

        // Writing: Keep Working leaves the window open, and the write goes on to the end.
        QVERIFY(writer->start(rows, false));
        const QString asked = Test::leaveAndAnswer(&window, "keepWorking", [&] { closed = window.close(); });
        QVERIFY2(asked.contains(QStringLiteral("Metadata is still being written to files."))
                && asked.contains(QStringLiteral("Files not yet written keep their old metadata")),
            qPrintable(asked));
        QVERIFY(!closed);
        QVERIFY(window.isVisible());
        QVERIFY(writer->isWritingFiles());
        QVERIFY(
            !Test::leaveAndAnswer(&window, "keepWorking", [&] { window.openFolder(photos.other.path()); }).isEmpty());
        QCOMPARE(desktop.session.location(), photos.folder.path());
        // New reading settings read the folder again: asked too, and said when kept.
        QVERIFY(writer->isWritingFiles());
        auto *preferences = window.findChild<Preferences *>();
        QVERIFY(preferences);
        QVERIFY(!Test::leaveAndAnswer(&window, "keepWorking", [&] { emit preferences->rereadNeeded(); }).isEmpty());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("not read again")));
        // A folder that cannot be opened is refused before any question: nothing closes for it.
        QVERIFY(writer->isWritingFiles());
        const QString missing = photos.other.filePath(QStringLiteral("gone"));
        QCOMPARE(Test::leaveAndAnswer(&window, "keepWorking", [&] { window.openFolder(missing); }), QString());
        QCOMPARE(desktop.session.location(), photos.folder.path());
        auto *refusal = window.findChild<QMessageBox *>(QStringLiteral("openFolderError"));
        QVERIFY(refusal && refusal->isVisible());
        refusal->close();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.last().at(0).value<WriteSummary>().written, int(rows.size()));
        QCOMPARE(titleInFile(photos.file(99)), QStringLiteral("First"));

        // Open Anyway: the other folder opens. Opened again, every image shows the correction,
        // whether its file was written before the write stopped or not.
        QVERIFY(desktop.model.editCells(rows, Field::Title, QStringLiteral("Second"), QStringLiteral("t")));
        QVERIFY(writer->start(rows, false));
        QVERIFY(
            !Test::leaveAndAnswer(&window, "leaveAnyway", [&] { window.openFolder(photos.other.path()); }).isEmpty());
        QCOMPARE(desktop.session.location(), photos.other.path());
        QVERIFY(!writer->isRunning());
        QVERIFY(desktop.open(photos.folder.path()));
        QCOMPARE(titles(desktop.model), QSet<QString> { QStringLiteral("Second") });
    }

    void leavingDuringUndoWriteKeepsTheCorrections()
    {
        WriteFolder photos;
        QVERIFY(photos.ready);
        Test::DesktopSession desktop(photos.workspaces.path(), photos.keys.path());
        // Undo Write puts the files back one by one, and each correction becomes an edit again.
        // Leaving half-way: the files put back before it stopped keep their corrections as edits.
        undoHalfWay(desktop, photos);
        if (QTest::currentTestFailed())
            return;
        const QString asked = Test::leaveAndAnswer(
            &desktop.window, "leaveAnyway", [&] { desktop.window.openFolder(photos.other.path()); });
        QVERIFY2(
            asked.contains(QStringLiteral("Files not yet put back keep the values written last")), qPrintable(asked));
        QCOMPARE(desktop.session.location(), photos.other.path());
        QVERIFY(desktop.open(photos.folder.path()));
        QCOMPARE(titles(desktop.model), QSet<QString> { QStringLiteral("Boats") });
    }

    void newTemplatesThatReadTheFolderAgainKeepAnUndoWritesCorrections()
    {
        WriteFolder photos;
        QVERIFY(photos.ready);
        Test::DesktopSession desktop(photos.workspaces.path(), photos.keys.path());
        // Ids made from file hashes the rows do not have yet: the folder is read again, which
        // empties the rows while Undo Write is putting files back.
        undoHalfWay(desktop, photos);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy loaded(&desktop.session, &CollectionSession::loaded);
        RecordTemplates templates = desktop.session.templates();
        templates.id = QStringLiteral("{sha1}");
        desktop.session.setTemplates(templates);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(titles(desktop.model), QSet<QString> { QStringLiteral("Boats") });
    }
};

QTEST_MAIN(tst_WriteDialog)
#include "tst_writedialog.moc"
