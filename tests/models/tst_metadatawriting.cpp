// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the table's corrections back into the files (issue 16) through the session's
// MetadataWriteController: what a run covers, the files afterwards (read back by our reader),
// the rows afterwards, refusals, Undo Write and Cancel.
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/library/exiv2session.h"
#include "core/library/metadatareader.h"
#include "core/workspace/workspace.h"
#include "models/metadatawritecontroller.h"
#include "models/recordtablemodel.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testpaths.h"

using namespace Wesog;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/") + QLatin1String(name);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The file's fields as our reader sees them, in English.
ImageRecord readBack(const QString &path)
{
    const MetadataReader::Result result = MetadataReader::readFile(path, ReadOptions());
    const auto *metadata = std::get_if<ImageMetadata>(&result);
    return metadata ? metadata->record : ImageRecord();
}

} // namespace

class tst_MetadataWriting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    std::unique_ptr<Exiv2Session> m_exiv2;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_workspaces;
    std::unique_ptr<Test::SessionFixture> m_session;
    RecordTableModel *m_model = nullptr;
    MetadataWriteController *m_writer = nullptr;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    int rowOf(const QString &name) const { return m_model->rowOfPath(path(name)); }

    bool open()
    {
        m_session = std::make_unique<Test::SessionFixture>(m_workspaces->path());
        m_model = &m_session->model;
        m_writer = m_session->session.writer();
        // Only the writes under test change the rows, not a rescan the folder watcher starts.
        if (!m_session->open(m_dir->path()))
            return false;
        m_session->loader().setWatchDelayMs(3'600'000);
        return true;
    }

    bool editTitle(const QString &name, const QString &title)
    {
        return m_model->editCells({ rowOf(name) }, Field::Title, title, QStringLiteral("test"));
    }

    /// Runs the writer over `rows` and waits for its summary.
    std::optional<WriteSummary> run(const QList<int> &rows, bool dryRun)
    {
        QSignalSpy finished(m_writer, &MetadataWriteController::finished);
        if (!m_writer->start(rows, dryRun) || !finished.wait(60000))
            return std::nullopt;
        return finished.first().first().value<WriteSummary>();
    }

    std::optional<WriteSummary> undo()
    {
        QSignalSpy finished(m_writer, &MetadataWriteController::finished);
        if (!m_writer->undoLastWrite() || !finished.wait(60000))
            return std::nullopt;
        return finished.first().first().value<WriteSummary>();
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<Test::TestEnvironment>();
        m_exiv2 = std::make_unique<Exiv2Session>();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspaces = std::make_unique<QTemporaryDir>();
        QVERIFY(QFile::copy(sample("harbour-dawn.jpg"), path(QStringLiteral("harbour.jpg"))));
        QVERIFY(QFile::copy(sample("parade-moscow.jpg"), path(QStringLiteral("parade.jpg"))));
        QVERIFY(QFile::copy(sample("market-lisbon.jpg"), path(QStringLiteral("market.jpg"))));
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files))
            QVERIFY(QFile::setPermissions(path(name), QFile::permissions(path(name)) | QFileDevice::WriteOwner));
    }

    void cleanup()
    {
        m_session.reset();
        m_writer = nullptr;
        m_model = nullptr;
    }

    void rowsAreTheSelectionOrEveryEditedRow()
    {
        QVERIFY(open());
        QVERIFY(editTitle(QStringLiteral("harbour.jpg"), QStringLiteral("Harbour at dawn, corrected")));
        QVERIFY(editTitle(QStringLiteral("parade.jpg"), QStringLiteral("Парад, исправлено")));
        const int harbour = rowOf(QStringLiteral("harbour.jpg"));
        const int parade = rowOf(QStringLiteral("parade.jpg"));
        const int market = rowOf(QStringLiteral("market.jpg"));
        const QList<int> edited = { std::min(harbour, parade), std::max(harbour, parade) };
        // Nothing or one row selected: every edited row, so a single current row is no trap.
        QCOMPARE(MetadataWriteController::rowsToWrite(*m_model, {}), edited);
        QCOMPARE(MetadataWriteController::rowsToWrite(*m_model, { market }), edited);
        // Two or more selected: those of them with edits.
        QCOMPARE(MetadataWriteController::rowsToWrite(*m_model, { harbour, market }), QList<int> { harbour });
    }

    void idAndUrlsAreNeverWritten()
    {
        QVERIFY(open());
        const int harbour = rowOf(QStringLiteral("harbour.jpg"));
        QVERIFY(m_model->editCells({ harbour }, Field::Id, QStringLiteral("renamed"), QStringLiteral("test")));
        QVERIFY(m_model->editCells(
            { harbour }, Field::UrlImgThumbnail, QStringLiteral("https://cdn.example.com/t.jpg"), QStringLiteral("t")));
        QVERIFY(MetadataWriteController::fieldsToWrite(m_model->row(harbour)).isEmpty());
        QVERIFY(MetadataWriteController::rowsToWrite(*m_model, {}).isEmpty());
        QVERIFY(!m_writer->start({ harbour }, false)); // nothing to write: no run starts
        QVERIFY(editTitle(QStringLiteral("harbour.jpg"), QStringLiteral("New title")));
        QCOMPARE(MetadataWriteController::fieldsToWrite(m_model->row(harbour)), QList<Field> { Field::Title });
    }

    void preferencesRoundTrip()
    {
        WritingPreferences preferences;
        QCOMPARE(WritingPreferences::load(), preferences); // defaults: automatic, NAME.xmp, time updated, no backup
        preferences.target = WriteTarget::SidecarOnly;
        preferences.newSidecar = SidecarNaming::FullName;
        preferences.keepModificationTime = true;
        preferences.backup = true;
        preferences.save();
        QCOMPARE(WritingPreferences::load(), preferences);
        const WriteOptions options = preferences.writeOptions(ReadOptions());
        QCOMPARE(options.target, WriteTarget::SidecarOnly);
        QCOMPARE(options.newSidecar, SidecarNaming::FullName);
        QVERIFY(options.keepModificationTime && options.backup && !options.dryRun);
        WritingPreferences().save();

        // The metadata language picks alternatives instead of the interface language once set.
        ReadingPreferences reading = ReadingPreferences::load(QStringLiteral("en"));
        QString problem;
        QCOMPARE(reading.readOptions(QStringLiteral("es"), &problem).language, QStringLiteral("es"));
        reading.metadataLanguage = QStringLiteral("pt-BR");
        reading.save();
        QCOMPARE(ReadingPreferences::load(QStringLiteral("en")).metadataLanguage, QStringLiteral("pt-BR"));
        QCOMPARE(reading.readOptions(QStringLiteral("es"), &problem).language, QStringLiteral("pt-BR"));
        reading.metadataLanguage.clear();
        reading.save();
    }

    void dryRunSaysWhatChangesAndWritesNothing()
    {
        QVERIFY(open());
        const QString file = path(QStringLiteral("harbour.jpg"));
        const QByteArray before = bytesOf(file);
        QVERIFY(editTitle(QStringLiteral("harbour.jpg"), QStringLiteral("Harbour at dawn, corrected")));
        QVERIFY(m_model->editCells({ rowOf(QStringLiteral("harbour.jpg")) }, Field::Keywords,
            QStringList { QStringLiteral("harbour"), QStringLiteral("café") }, QStringLiteral("test")));
        const std::optional<WriteSummary> plan = run(MetadataWriteController::rowsToWrite(*m_model, {}), true);
        QVERIFY(plan);
        QVERIFY(plan->dryRun);
        QCOMPARE(plan->written, 1);
        QCOMPARE(plan->fields, 2);
        QCOMPARE(plan->imageFiles, QStringList { file });
        QVERIFY(plan->failures.isEmpty());
        QCOMPARE(bytesOf(file), before);
        QVERIFY(m_model->row(rowOf(QStringLiteral("harbour.jpg"))).isEdited(Field::Title));
        QVERIFY(!m_writer->canUndo()); // a dry run wrote nothing to undo
    }

    void writtenFilesReadBackAndRowsAreNoLongerEdited()
    {
        QVERIFY(open());
        const QString title = QStringLiteral("Парад на Красной площади");
        const QStringList keywords { QStringLiteral("parade"), QStringLiteral("Москва") };
        const int parade = rowOf(QStringLiteral("parade.jpg"));
        QVERIFY(editTitle(QStringLiteral("parade.jpg"), title));
        QVERIFY(m_model->editCells({ parade }, Field::Keywords, keywords, QStringLiteral("test")));
        const QByteArray untouched = bytesOf(path(QStringLiteral("market.jpg")));
        // What a crashed write would have left: removed before this write.
        const QString stale = path(QStringLiteral(".parade.jpg.wesogdesk-Ab12Cd"));
        QVERIFY(QFile::copy(path(QStringLiteral("parade.jpg")), stale));

        const std::optional<WriteSummary> summary = run(MetadataWriteController::rowsToWrite(*m_model, {}), false);
        QVERIFY(summary);
        QCOMPARE(summary->written, 1);
        QVERIFY(summary->failures.isEmpty());
        const ImageRecord file = readBack(path(QStringLiteral("parade.jpg")));
        QCOMPARE(file.value(Field::Title), FieldValue(title));
        QCOMPARE(file.value(Field::Keywords), FieldValue(keywords));
        QCOMPARE(bytesOf(path(QStringLiteral("market.jpg"))), untouched); // not edited, not written
        QVERIFY(!QFile::exists(stale));

        // The row now shows the values from the file, not edited, and the workspace agrees.
        const RecordRow &row = m_model->row(parade);
        QVERIFY(row.editedFields.isEmpty());
        QCOMPARE(row.record().value(Field::Title), FieldValue(title));
        QCOMPARE(row.loaded.value(Field::Title), FieldValue(title));
        QVERIFY(!row.writeError);
        QCOMPARE(row.metadata.stamp, FileStamp::of(path(QStringLiteral("parade.jpg"))));
        QString error;
        QVERIFY(m_session->workspace.edits(&error).value(QStringLiteral("parade.jpg")).isEmpty());
        QCOMPARE(m_model->editedCount(), 0);
        QVERIFY(m_writer->canUndo());
    }

    void refusalShowsOnTheRowAndLeavesTheFile()
    {
        QVERIFY(open());
        // A second hard link outside the folder: replacing the file by a rename would split them.
        QTemporaryDir elsewhere;
        const QString file = path(QStringLiteral("harbour.jpg"));
        QVERIFY(::link(QFile::encodeName(file).constData(),
                    QFile::encodeName(elsewhere.filePath(QStringLiteral("harbour.jpg"))).constData())
            == 0);
        const QByteArray before = bytesOf(file);
        QVERIFY(editTitle(QStringLiteral("harbour.jpg"), QStringLiteral("Harbour at dawn, corrected")));

        const std::optional<WriteSummary> summary = run(MetadataWriteController::rowsToWrite(*m_model, {}), false);
        QVERIFY(summary);
        QCOMPARE(summary->written, 0);
        QCOMPARE(summary->failures.size(), 1);
        QCOMPARE(summary->failures.first().error.code, QStringLiteral("hard-linked"));
        QCOMPARE(bytesOf(file), before);
        const int harbour = rowOf(QStringLiteral("harbour.jpg"));
        const RecordRow &row = m_model->row(harbour);
        QVERIFY(row.writeError);
        QCOMPARE(row.writeError->code, QStringLiteral("hard-linked"));
        QVERIFY(row.isEdited(Field::Title)); // the correction is kept for another try
        const QString state = m_model->index(harbour, RecordTableModel::StateColumn).data().toString();
        QVERIFY2(state.contains(row.writeError->userMessage()) && state.contains(QStringLiteral("hard-linked")),
            qPrintable(state));
        QVERIFY(!m_writer->canUndo());
    }

    void undoWriteRestoresThePreviousValues()
    {
        QVERIFY(open());
        const QString file = path(QStringLiteral("harbour.jpg"));
        const ImageRecord original = readBack(file);
        const QString corrected = QStringLiteral("Harbour at dawn, corrected");
        QVERIFY(editTitle(QStringLiteral("harbour.jpg"), corrected));
        QVERIFY(run(MetadataWriteController::rowsToWrite(*m_model, {}), false));
        QCOMPARE(readBack(file).value(Field::Title), FieldValue(corrected));

        const std::optional<WriteSummary> summary = undo();
        QVERIFY(summary);
        QVERIFY(summary->undo);
        QCOMPARE(summary->written, 1);
        QCOMPARE(readBack(file).value(Field::Title), original.value(Field::Title));
        // The file holds the old value again; the correction is an edit again, not lost.
        const RecordRow &row = m_model->row(rowOf(QStringLiteral("harbour.jpg")));
        QCOMPARE(row.loaded.value(Field::Title), original.value(Field::Title));
        QVERIFY(row.isEdited(Field::Title));
        QCOMPARE(row.record().value(Field::Title), FieldValue(corrected));
        QVERIFY(!m_writer->canUndo()); // one level: the write is undone
    }

    void cancelStopsBeforeEveryFileIsWritten()
    {
        constexpr int count = 24;
        QHash<QString, QByteArray> originals;
        for (int i = 0; i < count; ++i) {
            const QString name = QStringLiteral("copy-%1.jpg").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY(QFile::copy(sample("mountain-lake.jpg"), path(name)));
            QVERIFY(QFile::setPermissions(path(name), QFile::permissions(path(name)) | QFileDevice::WriteOwner));
            originals.insert(path(name), bytesOf(path(name)));
        }
        QVERIFY(open());
        QList<int> rows;
        for (auto it = originals.cbegin(); it != originals.cend(); ++it)
            rows.append(m_model->rowOfPath(it.key()));
        QVERIFY(m_model->editCells(rows, Field::Title, QStringLiteral("Lake, corrected"), QStringLiteral("test")));

        // One worker and Cancel at once: at most the file it has begun is written.
        m_writer->setMaxThreads(1);
        QSignalSpy finished(m_writer, &MetadataWriteController::finished);
        QVERIFY(m_writer->start(MetadataWriteController::rowsToWrite(*m_model, rows), false));
        m_writer->cancel();
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().first().value<WriteSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.written + summary.unchanged + int(summary.failures.size()) + summary.notAttempted, count);
        QVERIFY(summary.notAttempted >= count - 1);
        int changed = 0;
        for (auto it = originals.cbegin(); it != originals.cend(); ++it) {
            if (bytesOf(it.key()) == it.value())
                continue; // untouched
            ++changed; // else written whole
            QCOMPARE(readBack(it.key()).value(Field::Title), FieldValue(QStringLiteral("Lake, corrected")));
        }
        QCOMPARE(changed, summary.written);
    }
};

QTEST_MAIN(tst_MetadataWriting)
#include "tst_metadatawriting.moc"
