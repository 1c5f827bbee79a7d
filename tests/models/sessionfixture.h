// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUrl>

#include "models/collectionsession.h"

namespace Wesog::Test {

/// One collection session as the app builds it (DesktopApp), with workspaces in `workspaces`.
/// The references name the session's parts for short test code.
struct SessionFixture
{
    /// `network` replaces the fixture's own (a FakeNetwork for fault paths).
    explicit SessionFixture(
        const QString &workspaces, LanguageManager *languages = nullptr, QNetworkAccessManager *network = nullptr)
        : session(languages, network ? network : &ownNetwork, workspaces)
    {
    }

    /// Sends to the sandbox at `baseUrl` (key "k1") with fast polling and one retry.
    void connectTo(const QString &baseUrl, const QString &server = QStringLiteral("test-sandbox"))
    {
        controller.setTuning({ 20, 200, 4 }, RetryPolicy(1));
        session.setConnection({ QUrl(baseUrl), "k1" }, server, baseUrl);
    }

    /// Opens `folder` and waits until it is read (and the workspace's operations followed).
    bool open(const QString &folder, bool recursive = true)
    {
        QSignalSpy loaded(&session, &CollectionSession::loaded);
        return session.openFolder(folder, recursive) && loaded.wait(20000);
    }

    FolderSource &loader() { return *session.folderSource(); }
    int row(const char *id) const { return model.rowOfId(QString::fromLatin1(id)); }

    QNetworkAccessManager ownNetwork;
    CollectionSession session;
    RecordTableModel &model = *session.model();
    Workspace &workspace = *session.workspace();
    QUndoStack &undo = *session.undoStack();
    SubmissionController &controller = *session.submissions();
};

} // namespace Wesog::Test
