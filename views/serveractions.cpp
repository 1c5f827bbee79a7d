// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/serveractions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStyle>
#include <QUrl>

#include "models/collectionsession.h"
#include "views/leaveguard.h"
#include "views/openfromserverdialog.h"
#include "views/recentmenu.h"

namespace Wesog {

ServerActions::ServerActions(
    QMainWindow *window, CollectionSession *session, const LeaveGuard *leaveGuard, QMenu *serverMenu)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_leaveGuard(leaveGuard)
    , m_open(new QAction(this))
    , m_recent(new RecentMenu(serverMenu, RecentMenu::Kind::ServerCollections))
{
    m_open->setObjectName(QStringLiteral("openFromServerAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L)); // L for "load": Ctrl+Shift+O is the Operations panel
    m_open->setIcon(window->style()->standardIcon(QStyle::SP_DriveNetIcon));
    connect(m_open, &QAction::triggered, this, &ServerActions::showOpenDialog);
    connect(m_recent, &RecentMenu::chosen, this, &ServerActions::openRecent);
    QAction *first = serverMenu->actions().value(0);
    serverMenu->insertAction(first, m_open);
    serverMenu->insertMenu(first, m_recent);
    serverMenu->insertSeparator(first);
    retranslateUi();
}

OpenFromServerDialog *ServerActions::dialog() const
{
    return m_dialog;
}

void ServerActions::retranslateUi()
{
    m_open->setText(tr("Open from Ser&ver…"));
    m_open->setToolTip(tr("Search the server and load the matching images into the table (%1)")
                           .arg(m_open->shortcut().toString(QKeySequence::NativeText)));
    m_recent->retranslateUi();
}

void ServerActions::showOpenDialog()
{
    if (!m_session->submissions()->hasConnection()) {
        emit problem(tr("No Server Connection"),
            tr("Set up the connection to the server in Preferences first; its images are searched with that key."));
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new OpenFromServerDialog(m_session->network(), m_session->submissions()->endpoint(), m_window);
    connect(m_dialog, &OpenFromServerDialog::queryChosen, this, [this](const QString &query) {
        if (openQuery(query) && m_dialog)
            m_dialog->accept();
    });
    m_dialog->open();
}

bool ServerActions::openQuery(const QString &query)
{
    const ApiEndpoint endpoint = m_session->submissions()->endpoint();
    if (endpoint.baseUrl.isEmpty()) {
        emit problem(tr("No Server Connection"),
            tr("Set up the connection to the server in Preferences first; its images are searched with that key."));
        return false;
    }
    if (!m_leaveGuard->mayLeave(LeaveGuard::Leaving::OpenAnother))
        return false;
    if (!m_session->openServer(endpoint, query))
        return false; // the session said why
    m_recent->remember(RecentMenu::serverEntry(endpoint.baseUrl.toString(), query));
    emit opened();
    return true;
}

void ServerActions::openRecent(const QString &entry)
{
    const auto [server, query] = RecentMenu::splitServerEntry(entry);
    const QUrl current = m_session->submissions()->endpoint().baseUrl;
    if (current.adjusted(QUrl::StripTrailingSlash) != QUrl(server).adjusted(QUrl::StripTrailingSlash)) {
        emit problem(tr("Another Server"),
            tr("This collection is on %1, but the connection is set to %2. Connect to %1 in Preferences to "
               "open it.")
                .arg(server, current.isEmpty() ? tr("no server") : current.toString()));
        return;
    }
    openQuery(query);
}

} // namespace Wesog
