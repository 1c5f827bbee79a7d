// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QUndoStack>

#include "core/library/imagemetadata.h"
#include "models/foldersource.h"
#include "models/metadatawritecontroller.h"
#include "models/recordtablemodel.h"
#include "models/submissioncontroller.h"

class QNetworkAccessManager;

namespace Wesog {

class LanguageManager;
class RecordSource;
class ServerSource;
class Workspace;

/// What is open (design.md §1.4): one collection of records with its workspace, undo stack,
/// record model, source and submission controller. Views and the app talk to the session, never
/// to the wiring inside it, and a new kind of source (a server query) plugs in through open()
/// without touching them.
///
/// open() replaces what was open: the old source stops, the model and the undo stack empty,
/// then the new source opens its workspace and fills the model. loaded() follows when it has
/// read everything (or was cancelled); the submission controller then follows the operations
/// the workspace left running.
/// Thread: GUI. Lifetime: owned by the app's composition root (DesktopApp) or a test fixture.
class CollectionSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionSession)

public:
    /// `network` carries every API request; workspaces are kept in `workspaceDirectory`;
    /// `languages` (optional) retranslates model texts when the language changes.
    CollectionSession(LanguageManager *languages, QNetworkAccessManager *network, const QString &workspaceDirectory,
        QObject *parent = nullptr);
    ~CollectionSession() override;

    /// Opens `source` in place of what was open; false (and nothing open) if it cannot start.
    bool open(std::unique_ptr<RecordSource> source);
    /// Opens an image folder (subfolders too if `recursive`) with the session's templates and
    /// reading options.
    bool openFolder(const QString &folder, bool recursive);
    /// Opens the images `query` matches on `endpoint` as a server collection (rows without files).
    bool openServer(const ApiEndpoint &endpoint, const QString &query);
    /// Stops the source and empties the model; the workspace keeps every edit.
    void close();
    void cancelLoading();
    bool isOpen() const { return m_source != nullptr; }
    bool isLoading() const;

    /// Where submissions go; see SubmissionController::setConnection().
    void setConnection(const ApiEndpoint &endpoint, const QString &server, const QString &sandboxBaseUrl);

    /// Ids and sources of folder rows, applied to the open folder at once. Templates that need
    /// file hashes the rows lack read the folder again, which stops a write under way.
    void setTemplates(const RecordTemplates &templates);
    RecordTemplates templates() const { return m_templates; }
    /// How files are read (and written files verified and read again); used from the next read on.
    void setReadOptions(const ReadOptions &options);

    RecordSource *source() const { return m_source.get(); }
    /// The open folder's source, or null when what is open is not a folder.
    FolderSource *folderSource() const;
    /// The open server collection's source, or null when what is open is not one.
    ServerSource *serverSource() const;
    /// Where the open collection is (a folder path); empty when nothing is open.
    QString location() const;

    /// The app's network access: API requests and image fetches of server collections.
    QNetworkAccessManager *network() const { return m_network; }

    RecordTableModel *model() { return &m_model; }
    const RecordTableModel *model() const { return &m_model; }
    QUndoStack *undoStack() { return &m_undo; }
    Workspace *workspace() { return m_workspace.get(); }
    SubmissionController *submissions() { return &m_submissions; }
    /// Writes corrections back into the files (Edit → Write Metadata to Files).
    MetadataWriteController *writer() { return &m_writer; }

signals:
    void loadingStarted();
    void progressChanged(int done, int found, bool walking);
    void loaded(bool cancelled);
    void closed();
    /// Something the user must read (a workspace that cannot keep edits, a rejected key).
    void problem(const QString &title, const QString &message);

private:
    void handleLoaded(bool cancelled);

    QString m_workspaceDirectory;
    QNetworkAccessManager *m_network;
    std::unique_ptr<Workspace> m_workspace; ///< first made, last gone: everything else writes to it
    QUndoStack m_undo;
    RecordTableModel m_model;
    SubmissionController m_submissions;
    MetadataWriteController m_writer;
    RecordTemplates m_templates;
    ReadOptions m_readOptions;
    std::unique_ptr<RecordSource> m_source;
};

} // namespace Wesog
