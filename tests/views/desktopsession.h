// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUndoStack>

#include "core/connection/keystore.h"
#include "core/i18n/languagemanager.h"
#include "core/workspace/workspace.h"
#include "models/folderloader.h"
#include "models/recordtablemodel.h"
#include "models/submissioncontroller.h"
#include "tests/support/testpaths.h"
#include "views/mainwindow.h"

namespace Wesog::Test {

/// Copies the bundled sample photos into `folder`, leaving out `except`; false if one fails.
inline bool copySamples(const QString &folder, const QString &except = {})
{
    const QDir samples(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples"));
    for (const QString &name : samples.entryList({ QStringLiteral("*.jpg") }, QDir::Files)) {
        if (name != except && !QFile::copy(samples.filePath(name), QDir(folder).filePath(name)))
            return false;
    }
    return true;
}

/// The application as main() wires it, in English, sending to `baseUrl` (a sandbox with key
/// "k1") with fast polling, keys kept in files under `keyDirectory`, the window shown.
struct DesktopSession
{
    DesktopSession(const QString &workspaces, const QString &keyDirectory, const QString &baseUrl)
        : keys(keyDirectory)
    {
        languages.setLanguage(QStringLiteral("en"));
        model.setEditing(&workspace, &undo);
        loader.setWorkspace(&workspace, workspaces);
        controller.setTuning({ 20, 200, 4 }, RetryPolicy(1));
        controller.setConnection({ QUrl(baseUrl), "k1" }, QStringLiteral("sandbox"), baseUrl);
        keys.setKeychainEnabled(false);
        window.show();
    }

    /// Opens `folder` in the window and waits until it is read and its workspace followed.
    bool open(const QString &folder)
    {
        QSignalSpy loaded(&loader, &FolderLoader::finished);
        window.openFolder(folder);
        if (!loaded.wait(20000))
            return false;
        controller.workspaceReady();
        return true;
    }

    int row(const char *id) const { return model.rowOfId(QString::fromLatin1(id)); }

    LanguageManager languages;
    Workspace workspace;
    QUndoStack undo;
    RecordTableModel model { &languages };
    FolderLoader loader { &model };
    QNetworkAccessManager network;
    SubmissionController controller { &model, &workspace, &network, &languages };
    KeyStore keys;
    MainWindow window { &languages, &model, &loader, &controller, &keys };
};

} // namespace Wesog::Test
