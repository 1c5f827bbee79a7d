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
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

#include "core/library/exiv2session.h"
#include "core/library/metadatareader.h"
#include "tests/support/testenvironment.h"
#include "tests/views/desktopsession.h"
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

} // namespace

class tst_WriteDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    std::unique_ptr<Exiv2Session> m_exiv2;

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
        QTemporaryDir folder;
        QTemporaryDir other;
        QTemporaryDir workspaces;
        QTemporaryDir keys;
        // Enough files, written one at a time, that the write is still under way when asked.
        const QString sample = QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/harbour-dawn.jpg");
        for (int i = 0; i < 100; ++i)
            QVERIFY(
                QFile::copy(sample, folder.filePath(QStringLiteral("photo-%1.jpg").arg(i, 3, 10, QLatin1Char('0')))));
        QVERIFY(Test::copySamples(other.path()));
        Test::DesktopSession desktop(workspaces.path(), keys.path());
        QVERIFY(desktop.open(folder.path()));
        desktop.loader().setWatchDelayMs(3'600'000); // only the write changes rows here
        MainWindow &window = desktop.window;
        MetadataWriteController *writer = desktop.session.writer();
        writer->setMaxThreads(1);
        QSignalSpy finished(writer, &MetadataWriteController::finished);
        QList<int> rows(desktop.model.rowCount());
        std::iota(rows.begin(), rows.end(), 0);
        QVERIFY(desktop.model.editCells(rows, Field::Title, QStringLiteral("First"), QStringLiteral("t")));

        // A dry run changes no file: the window closes without a question.
        QVERIFY(writer->start(rows, true));
        bool closed = false;
        QCOMPARE(Test::leaveAndAnswer(&window, "keepWorking", [&] { closed = window.close(); }), QString());
        QVERIFY(closed);
        window.show();
        QVERIFY(finished.wait(60000));

        // Writing: Keep Working leaves the window open and the write goes on to the end.
        QVERIFY(writer->start(rows, false));
        const QString asked = Test::leaveAndAnswer(&window, "keepWorking", [&] { closed = window.close(); });
        QVERIFY2(asked.contains(QStringLiteral("Metadata is still being written to files."))
                && asked.contains(QStringLiteral("Files not yet written keep their old metadata")),
            qPrintable(asked));
        QVERIFY(!closed);
        QVERIFY(window.isVisible());
        QVERIFY(writer->isWritingFiles());
        QVERIFY(!Test::leaveAndAnswer(&window, "keepWorking", [&] { window.openFolder(other.path()); }).isEmpty());
        QCOMPARE(desktop.session.location(), folder.path());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().at(0).value<WriteSummary>().written, int(rows.size()));
        QCOMPARE(titleInFile(folder.filePath(QStringLiteral("photo-099.jpg"))), QStringLiteral("First"));

        // Open Anyway: the other folder opens; each file holds the old title or the new one,
        // never a damaged mix.
        QVERIFY(desktop.model.editCells(rows, Field::Title, QStringLiteral("Second"), QStringLiteral("t")));
        QVERIFY(writer->start(rows, false));
        QSignalSpy loaded(&desktop.session, &CollectionSession::loaded);
        QVERIFY(!Test::leaveAndAnswer(&window, "leaveAnyway", [&] { window.openFolder(other.path()); }).isEmpty());
        QCOMPARE(desktop.session.location(), other.path());
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!writer->isRunning(), 60000);
        for (int i = 0; i < 100; ++i) {
            const QString title
                = titleInFile(folder.filePath(QStringLiteral("photo-%1.jpg").arg(i, 3, 10, QLatin1Char('0'))));
            QVERIFY2(title == QStringLiteral("First") || title == QStringLiteral("Second"), qPrintable(title));
        }
    }
};

QTEST_MAIN(tst_WriteDialog)
#include "tst_writedialog.moc"
