// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QTimer>

#include "core/library/folderscanner.h"
#include "core/workspace/celledit.h"
#include "models/recordsource.h"

namespace Wesog {

class RecordTableModel;
class Workspace;
struct RecordRow;

/// The id and src templates of a workspace (docs/metadata-fields.md §3).
struct RecordTemplates
{
    QString id = QStringLiteral("{basename}");
    QString src = QStringLiteral("{sandbox}/files/{relpath}");
};

/// Loads a folder into the table and keeps it in step with the disk.
///
/// load() runs a FolderScanner, fills id and src from the templates and appends each batch to
/// the model as one insert. rescan() reads the folder again and applies the difference: new
/// files are appended, files that are gone keep their row (marked "file-missing", so nothing
/// is lost), and files whose size or modification time changed are read again, unless the
/// row has edits: then the row keeps every value and is flagged as a conflict. A
/// QFileSystemWatcher on the folders triggers a rescan after a short quiet period, so files
/// added or removed by other programs appear without a click; in-place edits of a file's
/// bytes do not touch its folder, which is what Rescan (F5) is for.
/// Thread: GUI. Lifetime: owned by the composition root; does not own the model.
class FolderSource final : public RecordSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderSource)

public:
    /// A source for `folder` (with subfolders if `recursive`) that fills `model` and keeps its
    /// edits in `workspace`, one file per folder inside `workspaceDirectory`.
    FolderSource(RecordTableModel *model, Workspace *workspace, const QString &workspaceDirectory,
        const QString &folder, bool recursive, QObject *parent = nullptr);

    bool start() override { return load(m_folder, m_recursive); }
    void cancel() override;
    bool isLoading() const override { return m_scanner.isRunning(); }
    QString location() const override { return m_folder; }
    QString displayName() const override;

    /// Clears the model and starts reading `folder`; false if it cannot be read.
    bool load(const QString &folder, bool recursive);
    /// Reads the open folder again and applies what changed (once more after a read already
    /// under way); false if nothing is open or the folder can no longer be read.
    bool rescan();
    bool isRescanning() const { return m_rescanner.isRunning(); }
    QString folder() const { return m_folder; }

    RecordTemplates templates() const { return m_templates; }
    /// Sets the templates and applies them to every row at once.
    void setTemplates(const RecordTemplates &templates);
    /// Whether setTemplates(`templates`) reads the folder again (they need hashes the rows lack).
    bool rereadsFor(const RecordTemplates &templates) const;
    void setReadOptions(const ReadOptions &options) { m_readOptions = options; }
    void setWatchDelayMs(int ms) { m_watchDelay.setInterval(ms); }

signals:
    /// A rescan ended: how many rows were added, marked missing and read again.
    void rescanned(int added, int missing, int changed);
    /// The open folder itself disappeared or became unreadable.
    void folderLost(const QString &folder);

private:
    FolderScanner::Options scanOptions() const;
    RecordRow rowFor(const ScannedFile &file) const;
    void handleBatch(const QList<ScannedFile> &batch);
    void handleRescanFinished(bool cancelled);
    void watch(const QList<ScannedFile> &files);
    void handleFolderChanged();

    RecordTableModel *m_model;
    FolderScanner m_scanner;
    FolderScanner m_rescanner;
    QList<ScannedFile> m_rescanned;
    QFileSystemWatcher m_watcher;
    QTimer m_watchDelay;
    RecordTemplates m_templates;
    ReadOptions m_readOptions;
    QString m_folder;
    Workspace *m_workspace;
    QString m_workspaceDirectory;
    QHash<QString, QList<CellEdit>> m_savedEdits; ///< by relative path, applied as rows arrive
    bool m_recursive = true;
    bool m_rescanAgain = false;
};

} // namespace Wesog
