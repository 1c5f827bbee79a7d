// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QObject>

#include "core/api/apiendpoint.h"
#include "core/connection/keystore.h"
#include "core/submit/submitoptions.h"

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QToolButton;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;

namespace Wesog {

class LanguageManager;
class LeaveGuard;
class OperationsPanel;
class RecordListWidget;
class SubmissionController;

/// The main window's server side: the Server menu (Submit…, Cancel Submission, Operations,
/// Connection…), the Operations dock, the connection label in the status bar and the tray
/// message when a submission ends while the window is in the background.
/// Thread: GUI. Lifetime: a child of the main window.
class SubmissionUi final : public QObject
{
    Q_OBJECT

public:
    /// Submit… offers `list`'s selection as one of its scopes.
    SubmissionUi(QMainWindow *window, SubmissionController *controller, KeyStore *keys, LanguageManager *languages,
        RecordListWidget *list);

    /// Adds the menu before `before` and the dock; call before the window restores its layout.
    void install(QAction *before);
    QDockWidget *dock() const { return m_dock; }
    QMenu *menu() const { return m_menu; }
    /// What the status bar says about the connection, where the key is kept, and the Local
    /// sandbox's endpoint for Test connection.
    void setConnectionInfo(const QString &description, KeyStore::Backend keyBackend, const ApiEndpoint &localSandbox);
    void retranslateUi();
    /// Asked before new connection settings stop a submission that is being sent.
    void setLeaveGuard(const LeaveGuard *guard) { m_leaveGuard = guard; }
    /// Error review's Resubmit Failed: the Submit dialog with the failed and unsent images and
    /// the options of the submission they failed in, to check before sending.
    void resubmitFailed();

signals:
    /// The user saved new connection settings.
    void connectionSettingsChanged();

private:
    void showSubmitDialog();
    /// The Submit dialog; with `repeated`, the Failed scope and those options already chosen.
    void openSubmitDialog(const std::optional<SubmitOptions> &repeated);
    void showConnectionDialog();
    void updateActions();
    void notifyFinished(int accepted, int failed, int notSent);
    /// The status bar's check progress: `checked` of `total` server copies read.
    void showCheckProgress(int checked, int total);
    void hideCheckProgress();

    QMainWindow *m_window;
    SubmissionController *m_controller;
    KeyStore *m_keys;
    LanguageManager *m_languages;
    RecordListWidget *m_list;
    const LeaveGuard *m_leaveGuard = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_submitAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_connectionAction = nullptr;
    QDockWidget *m_dock = nullptr;
    OperationsPanel *m_panel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_checkLabel = nullptr;
    QProgressBar *m_checkBar = nullptr;
    QToolButton *m_checkCancelButton = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_connectionDescription;
    KeyStore::Backend m_keyBackend = KeyStore::Backend::None;
    ApiEndpoint m_localSandbox;
};

} // namespace Wesog
