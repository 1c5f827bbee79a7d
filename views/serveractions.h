// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace Wesog {

class CollectionSession;
class LeaveGuard;
class OpenFromServerDialog;
class RecentMenu;

/// Server → Open from Server… (also on the toolbar) and Server → Recent Collections, the last server
/// collections opened (server URL and query), at the top of the Server menu. A collection opens on the connection set
/// in Preferences, whose key it is loaded with; a recent entry of another server asks to connect to that server first,
/// so no key is ever sent where it was not chosen for. Thread: GUI. Lifetime: a child of the main window.
class ServerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerActions)

public:
    /// Puts its entries at the top of `serverMenu` (the one SubmissionUi installs).
    /// `leaveGuard` (the window's) asks before a collection opens in place of one still at work.
    ServerActions(QMainWindow *window, CollectionSession *session, const LeaveGuard *leaveGuard, QMenu *serverMenu);

    QAction *openAction() const { return m_open; }
    RecentMenu *recentMenu() const { return m_recent; }
    /// The dialog while it is open (for tests and screenshots).
    OpenFromServerDialog *dialog() const;
    void retranslateUi();

    /// Shows Open from Server (or says why it cannot: no connection).
    void showOpenDialog();
    /// Opens the collection `query` matches on the current connection; false, with a message, or
    /// when the user chose to keep working on the open collection (see LeaveGuard).
    bool openQuery(const QString &query);

signals:
    /// A server collection started loading.
    void opened();
    void problem(const QString &title, const QString &message);

private:
    void openRecent(const QString &entry);

    QMainWindow *m_window;
    CollectionSession *m_session;
    const LeaveGuard *m_leaveGuard;
    QAction *m_open;
    RecentMenu *m_recent;
    QPointer<OpenFromServerDialog> m_dialog;
};

} // namespace Wesog
