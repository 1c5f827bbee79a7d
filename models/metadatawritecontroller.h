// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include "core/library/metadatawriter.h"

namespace Wesog {

class RecordTableModel;
class Workspace;
struct RecordRow;

/// What Preferences says about writing metadata into files, kept in QSettings under `writing/`.
struct WritingPreferences
{
    WriteTarget target = WriteTarget::Automatic;
    SidecarNaming newSidecar = SidecarNaming::BaseName;
    bool keepModificationTime = false;
    bool backup = false;

    static WritingPreferences load();
    void save() const;
    /// `read` with these preferences applied.
    WriteOptions writeOptions(const ReadOptions &read) const;
    friend bool operator==(const WritingPreferences &a, const WritingPreferences &b)
    {
        return a.target == b.target && a.newSidecar == b.newSidecar && a.keepModificationTime == b.keepModificationTime
            && a.backup == b.backup;
    }
};

/// What one run (a dry run, a write or an Undo Write) did, or in a dry run would do.
struct WriteSummary
{
    struct Failure
    {
        QString relativePath;
        WriteError error;
    };
    struct Warning
    {
        QString relativePath;
        WriteWarning warning;
    };

    bool dryRun = false;
    bool undo = false; ///< an Undo Write
    bool cancelled = false;
    int requested = 0; ///< rows asked for
    int written = 0; ///< rows whose files changed (or would)
    int unchanged = 0; ///< rows whose files already held the values
    int notAttempted = 0; ///< rows left alone by Cancel
    int fields = 0; ///< changed fields, summed over the rows
    QStringList imageFiles; ///< absolute paths of image files written into (or that would be)
    QStringList sidecars; ///< absolute paths of XMP sidecars written (or that would be)
    QList<Failure> failures;
    QList<Warning> warnings;
};

/// Writes the table's corrections back into the image files (issue 16) through MetadataWriter,
/// on worker threads so the window never stalls, and brings the rows in step afterwards.
///
/// A run takes rows (rowsToWrite() says which): for each, the file, the current values, the
/// fields edited relative to what was read (never id, src or the URL fields, which have no place
/// in a file) and the read stamp, so a file changed since it was read is refused. A written file
/// is read again on the same worker; its row then shows the values from the file, and an edit
/// the file now agrees with is dropped (from the workspace too). A refusal is kept on its row
/// (RecordRow::writeError) until the row is written or read again.
///
/// Undo Write rewrites, through the same writer, the values the rows had read from their files
/// before the last write, for the fields that write changed; the corrections become edits again
/// so they are not lost. Files it could not put back stay available to a later Undo Write. Cancel stops workers from
/// starting more files: a file being written is finished, every other one is untouched. Thread: GUI; the writes run on
/// an own QThreadPool. Lifetime: owned by CollectionSession, declared after the model and workspace it uses; its
/// destructor waits for running writes.
class MetadataWriteController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataWriteController)

public:
    MetadataWriteController(RecordTableModel *model, Workspace *workspace, QObject *parent = nullptr);
    ~MetadataWriteController() override;

    /// How files are read (the metadata language, the code page) when verifying and re-reading.
    void setReadOptions(const ReadOptions &options) { m_readOptions = options; }
    void setPreferences(const WritingPreferences &preferences) { m_preferences = preferences; }
    WritingPreferences preferences() const { return m_preferences; }

    /// The rows a write covers: the `selected` rows when there are two or more, else every edited
    /// row. Rows whose file could not be read, or with nothing to write, are left out.
    static QList<int> rowsToWrite(const RecordTableModel &model, const QList<int> &selected);
    /// The fields of `row` a write puts into its file: those edited, never id, src or the URLs.
    static QList<Field> fieldsToWrite(const RecordRow &row);

    /// Starts writing `rows` (a dry run only says what would change). False when a run is under
    /// way or there is nothing to write; else finished() follows.
    bool start(const QList<int> &rows, bool dryRun);
    /// Rewrites the values the last write replaced; false when there is none or a run is under way.
    bool undoLastWrite();
    bool canUndo() const { return !m_lastWrite.isEmpty() && !isRunning(); }
    /// Leaves the files not yet started untouched; finished() follows with `cancelled`.
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_total > 0; }
    /// A run that changes files is under way (a dry run changes none).
    bool isWritingFiles() const { return isRunning() && !m_summary.dryRun; }
    /// The run under way is an Undo Write.
    bool isUndoingWrite() const { return isRunning() && m_summary.undo; }
    /// Cancels and forgets the last write (the collection it named is closing). The files already
    /// written before it returns reach their rows first.
    void reset();
    /// At most this many files are written at once (tests use 1).
    void setMaxThreads(int count) { m_pool.setMaxThreadCount(count); }

signals:
    void started(int total, bool dryRun, bool undo);
    void progressChanged(int done, int total);
    void finished(const Wesog::WriteSummary &summary);
    void undoAvailableChanged(bool available);

private:
    /// One row's values before and after a write: what Undo Write puts back.
    struct WrittenRow
    {
        QString path;
        QList<Field> fields;
        ImageRecord before; ///< as read from the file before the write
        ImageRecord after; ///< as written
    };
    /// What a worker hands back for one request.
    struct Outcome
    {
        QString path;
        WriteRequest request;
        WriteResult result;
        bool attempted = false;
        /// The written file read again; unset if that failed (it was verified, so only a file
        /// changed meanwhile fails, and the next rescan shows that).
        std::optional<ImageMetadata> reread;
        qint64 size = -1;
        qint64 modifiedMs = -1;
    };

    bool run(const QList<WriteRequest> &requests, bool dryRun, bool undo);
    void handleOutcome(const Outcome &outcome);
    /// The row of `outcome` after its file was written and read again; `restore` names fields
    /// whose value (taken from `values`) becomes an edit again if the file differs (Undo Write).
    void applyReread(int row, const Outcome &outcome, const QList<Field> &restore, const ImageRecord &values);
    void setRowError(int row, const std::optional<WriteError> &error);

    RecordTableModel *m_model;
    Workspace *m_workspace;
    ReadOptions m_readOptions;
    WritingPreferences m_preferences;
    QThreadPool m_pool;
    std::atomic_bool m_cancelled { false };
    int m_generation = 0; ///< of the run under way; outcomes of an older one are dropped
    int m_total = 0;
    int m_done = 0;
    WriteSummary m_summary;
    QHash<QString, ImageRecord> m_undoValues; ///< by path, during an Undo Write: the corrections
    QList<WrittenRow> m_writing; ///< filled by the run under way, the next Undo Write's source
    QList<WrittenRow> m_lastWrite;
    QSet<QString> m_undone; ///< paths an Undo Write under way has put back
};

} // namespace Wesog

Q_DECLARE_METATYPE(Wesog::WriteSummary)
