// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/desktopapp.h"

#include <QNetworkProxyFactory>
#include <QStatusBar>

#include "core/connection/apppaths.h"
#include "views/submissionui.h"

namespace Wesog {

DesktopApp::Paths DesktopApp::standardPaths()
{
    return { AppPaths::workspaceDirectory(), AppPaths::keyFileDirectory() };
}

DesktopApp::DesktopApp(LanguageManager *languages, const Paths &paths, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_keys(paths.keyFiles)
    , m_session(languages, &m_network, paths.workspaces)
    , m_connections(&m_session, &m_sandbox, &m_keys)
    , m_window(languages, &m_session, &m_keys)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true); // corporate proxies are honoured
    connect(&m_connections, &ConnectionManager::connectionChanged, this, &DesktopApp::showConnection);
    connect(&m_connections, &ConnectionManager::problem, &m_window,
        [this](const QString &message) { m_window.statusBar()->showMessage(message, 15000); });
    connect(
        m_window.submissionUi(), &SubmissionUi::connectionSettingsChanged, &m_connections, &ConnectionManager::apply);
    // The Local sandbox serves the open folder at /files/, so {sandbox} sources resolve.
    connect(&m_session, &CollectionSession::loaded, this, [this] {
        if (m_session.folderSource() && m_sandbox.filesRoot() != m_session.location())
            m_connections.setFolder(m_session.location());
    });
}

DesktopApp::~DesktopApp()
{
    m_session.close(); // stop reading before the window and the sandbox go
}

void DesktopApp::start(const QString &folder)
{
    m_connections.apply();
    m_window.show();
    if (!folder.isEmpty())
        m_window.openFolder(folder);
}

void DesktopApp::showConnection()
{
    m_window.submissionUi()->setConnectionInfo(m_connections.description(), m_connections.keyBackend(),
        m_sandbox.isRunning() ? m_session.submissions()->endpoint() : ApiEndpoint {});
}

} // namespace Wesog
