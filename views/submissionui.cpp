// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/submissionui.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>

#include "core/i18n/languagemanager.h"
#include "models/submissioncontroller.h"
#include "views/connectiondialog.h"
#include "views/leaveguard.h"
#include "views/operationspanel.h"
#include "views/recordlistwidget.h"
#include "views/submitdialog.h"

namespace Wesog {

SubmissionUi::SubmissionUi(QMainWindow *window, SubmissionController *controller, KeyStore *keys,
    LanguageManager *languages, RecordListWidget *list)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_keys(keys)
    , m_languages(languages)
    , m_list(list)
{
    m_submitAction = new QAction(this);
    m_submitAction->setObjectName(QStringLiteral("submitAction"));
    m_submitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancelAction = new QAction(this);
    m_cancelAction->setObjectName(QStringLiteral("cancelSubmissionAction"));
    m_connectionAction = new QAction(this);
    m_connectionAction->setObjectName(QStringLiteral("connectionAction"));
    connect(m_submitAction, &QAction::triggered, this, &SubmissionUi::showSubmitDialog);
    connect(m_cancelAction, &QAction::triggered, m_controller, &SubmissionController::cancel);
    connect(m_connectionAction, &QAction::triggered, this, &SubmissionUi::showConnectionDialog);

    m_panel = new OperationsPanel(m_controller->operations(), window);
    m_dock = new QDockWidget(window);
    m_dock->setObjectName(QStringLiteral("operationsDock"));
    m_dock->setWidget(m_panel);
    m_dock->toggleViewAction()->setObjectName(QStringLiteral("operationsAction"));
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectionLabel = new QLabel(window);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));

    connect(m_controller, &SubmissionController::busyChanged, this, [this](bool busy) {
        updateActions();
        if (busy)
            m_dock->show(); // progress is worth seeing when it starts
        else
            hideCheckProgress(); // a check stopped by closing the collection ends without a summary
    });
    connect(m_controller, &SubmissionController::submissionFinished, this, &SubmissionUi::notifyFinished);
    // The pre-send check reads every changed image again, which takes a while for thousands:
    // a bar with Cancel in the status bar, as when a folder is read.
    m_checkLabel = new QLabel(window);
    m_checkLabel->setObjectName(QStringLiteral("checkProgressLabel"));
    m_checkBar = new QProgressBar(window);
    m_checkBar->setObjectName(QStringLiteral("checkProgress"));
    m_checkBar->setMaximumWidth(220);
    m_checkBar->setTextVisible(false);
    m_checkCancelButton = new QToolButton(window);
    m_checkCancelButton->setObjectName(QStringLiteral("cancelCheckButton"));
    m_checkCancelButton->setDefaultAction(m_cancelAction);
    connect(m_controller, &SubmissionController::checkProgress, this, &SubmissionUi::showCheckProgress);
    // A cancelled or failed check ends the submission; a finished one hands over to sending.
    connect(m_controller, &SubmissionController::submissionFinished, this, &SubmissionUi::hideCheckProgress);
    connect(m_controller, &SubmissionController::connectionChanged, this, &SubmissionUi::updateActions);
    connect(m_controller, &SubmissionController::problem, this,
        [this](const QString &message) { m_window->statusBar()->showMessage(message, 15000); });
}

void SubmissionUi::install(QAction *before)
{
    m_menu = new QMenu(m_window);
    m_menu->setObjectName(QStringLiteral("serverMenu"));
    m_menu->addAction(m_submitAction);
    m_menu->addAction(m_cancelAction);
    m_menu->addSeparator();
    m_menu->addAction(m_dock->toggleViewAction());
    m_menu->addSeparator();
    m_menu->addAction(m_connectionAction);
    m_window->menuBar()->insertMenu(before, m_menu);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_window->statusBar()->addPermanentWidget(m_checkLabel);
    m_window->statusBar()->addPermanentWidget(m_checkBar);
    m_window->statusBar()->addPermanentWidget(m_checkCancelButton);
    hideCheckProgress();
    m_window->statusBar()->addPermanentWidget(m_connectionLabel);
    retranslateUi();
    updateActions();
}

void SubmissionUi::setConnectionInfo(
    const QString &description, KeyStore::Backend keyBackend, const ApiEndpoint &localSandbox)
{
    m_connectionDescription = description;
    m_keyBackend = keyBackend;
    m_localSandbox = localSandbox;
    retranslateUi();
    updateActions();
}

void SubmissionUi::retranslateUi()
{
    if (m_menu)
        m_menu->setTitle(tr("&Server"));
    m_submitAction->setText(tr("&Submit…"));
    m_submitAction->setToolTip(
        tr("Send images to the server (%1)").arg(m_submitAction->shortcut().toString(QKeySequence::NativeText)));
    m_cancelAction->setText(tr("&Cancel Submission"));
    m_connectionAction->setText(tr("Co&nnection…"));
    m_dock->setWindowTitle(tr("Operations"));
    m_dock->toggleViewAction()->setText(tr("&Operations"));
    QString label = m_connectionDescription;
    if (m_keyBackend == KeyStore::Backend::File)
        label += QStringLiteral(" ⚠ ") + tr("key in a file (no keychain)");
    m_connectionLabel->setText(label);
    m_connectionLabel->setToolTip(m_keyBackend == KeyStore::Backend::File
            ? tr("No system keychain is available, so the API key is kept in a file only you can read.")
            : QString());
}

void SubmissionUi::updateActions()
{
    m_submitAction->setEnabled(m_controller->hasConnection() && !m_controller->isSending());
    m_cancelAction->setEnabled(m_controller->isSending());
}

void SubmissionUi::showCheckProgress(int checked, int total)
{
    if (checked >= total) { // every copy read: the check is over, sending (if any) follows
        hideCheckProgress();
        return;
    }
    m_checkBar->setRange(0, total);
    m_checkBar->setValue(checked);
    m_checkLabel->setText(tr("Checking the server's current copies: %1 of %2")
                              .arg(QLocale().toString(checked), QLocale().toString(total)));
    m_checkCancelButton->setToolTip(tr("Stop the check. Nothing is sent and your edits stay."));
    m_checkLabel->setVisible(true);
    m_checkBar->setVisible(true);
    m_checkCancelButton->setVisible(true);
}

void SubmissionUi::hideCheckProgress()
{
    m_checkLabel->setVisible(false);
    m_checkBar->setVisible(false);
    m_checkCancelButton->setVisible(false);
}

void SubmissionUi::showSubmitDialog()
{
    openSubmitDialog(std::nullopt);
}

void SubmissionUi::openSubmitDialog(const std::optional<SubmitOptions> &repeated)
{
    if (!m_controller->hasConnection()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Not Connected"),
            tr("Choose a server in Server ▸ Connection first."), QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto *dialog
        = new SubmitDialog(m_controller, m_list->selectedSourceRows(), m_languages->currentLanguage(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (repeated)
        dialog->choose(SubmitScope::Failed, *repeated);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_controller->submit(dialog->plan(), dialog->options()))
            m_window->statusBar()->showMessage(tr("Nothing was sent: a submission is still being sent."), 8000);
        updateActions();
    });
    dialog->open();
}

void SubmissionUi::resubmitFailed()
{
    // Failed images that never reached an operation (held back, not sent) repeat nothing:
    // the dialog then offers the usual defaults, still with the Failed scope.
    SubmitOptions options;
    options.lang = SubmitOptions::languages().contains(m_languages->currentLanguage()) ? m_languages->currentLanguage()
                                                                                       : QStringLiteral("en");
    openSubmitDialog(m_controller->failedOptions().value_or(options));
}

void SubmissionUi::showConnectionDialog()
{
    auto *dialog = new ConnectionDialog(m_keys, m_controller->network(), m_localSandbox, m_keyBackend, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_leaveGuard)
        dialog->setMayChangeConnection(
            [guard = m_leaveGuard, dialog] { return guard->mayLeave(LeaveGuard::Leaving::ChangeConnection, dialog); });
    connect(dialog, &QDialog::accepted, this, &SubmissionUi::connectionSettingsChanged);
    dialog->open();
}

void SubmissionUi::notifyFinished(int accepted, int failed, int notSent)
{
    QString message
        = tr("Submission finished: %1 accepted, %2 failed, %3 not sent.").arg(accepted).arg(failed).arg(notSent);
    const CheckSummary check = m_controller->lastCheck();
    if (check.unchanged + check.merged + check.conflicts > 0)
        message += QLatin1Char(' ')
            + tr("%1 unchanged (not sent), %2 merged with the server's changes, %3 held back by conflicts.")
                  .arg(check.unchanged)
                  .arg(check.merged)
                  .arg(check.conflicts);
    m_window->statusBar()->showMessage(message, 30000);
    updateActions();
    if (m_window->isActiveWindow() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
    }
    m_tray->showMessage(
        tr("Wesog Desk"), message, failed + notSent > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace Wesog
