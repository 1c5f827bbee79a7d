// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QObject>

#include "app/desktop/connectionmanager.h"
#include "app/desktop/localsandbox.h"
#include "core/connection/keystore.h"
#include "models/collectionsession.h"
#include "views/mainwindow.h"

namespace Wesog {

class LanguageManager;

/// The composition root of the desktop app, in a library so tests build exactly what main()
/// runs: the collection session, the key store, the connection manager with the in-process
/// Local sandbox (the default connection), and the main window.
/// Thread: GUI. Lifetime: main()'s, or a test's; members are destroyed window first.
class DesktopApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    struct Paths
    {
        QString workspaces; ///< one workspace file per collection
        QString keyFiles; ///< the 0600 key files, when no keychain answers
    };
    /// The standard places in the app data folder.
    static Paths standardPaths();

    explicit DesktopApp(LanguageManager *languages, const Paths &paths = standardPaths(), QObject *parent = nullptr);
    ~DesktopApp() override;

    /// Connects as the saved settings say, shows the window and opens `folder` if given.
    void start(const QString &folder = {});

    LanguageManager *languages() const { return m_languages; }
    KeyStore *keys() { return &m_keys; }
    CollectionSession *session() { return &m_session; }
    LocalSandbox *sandbox() { return &m_sandbox; }
    ConnectionManager *connections() { return &m_connections; }
    MainWindow *window() { return &m_window; }

private:
    void showConnection();

    LanguageManager *m_languages;
    QNetworkAccessManager m_network;
    KeyStore m_keys;
    CollectionSession m_session;
    LocalSandbox m_sandbox;
    ConnectionManager m_connections;
    MainWindow m_window;
};

} // namespace Wesog
