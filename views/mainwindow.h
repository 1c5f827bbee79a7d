// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QMainWindow>

#include "core/record/fieldregistry.h"
#include "views/leaveguard.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace Wesog {

class AboutDialog;
class CollectionSession;
class CsvActions;
class ErrorReviewModel;
class ErrorReviewPanel;
class InspectorPanel;
class KeyStore;
class LanguageMenu;
class LoadProgress;
class Preferences;
class RecentMenu;
class LanguageManager;
class RecordListWidget;
class ServerActions;
class SubmissionUi;
class WriteActions;

/// The main window: menus, toolbar, docks (inspector, operations, error review), the status bar
/// with the loading progress, and the layout kept across runs. The records and the actions on
/// their selection are the RecordListWidget's; what is open is the CollectionSession's. Opens
/// folders from the menu, the recent list, drag and drop or the command line.
/// Thread: GUI. Lifetime: owned by the composition root; does not own the session.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(LanguageManager *languages, CollectionSession *session, KeyStore *keys, QWidget *parent = nullptr);

    RecordListWidget *recordList() const { return m_list; }
    SubmissionUi *submissionUi() const { return m_submissionUi; }
    CsvActions *csvActions() const { return m_csv; }
    WriteActions *writeActions() const { return m_write; }
    ServerActions *serverActions() const { return m_server; }
    /// Starts loading `path` (with subfolders if that option is on); reports a folder that
    /// cannot be read. While the open collection is sending or writing, asks first.
    void openFolder(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslateUi();
    void restoreLayout();
    void saveLayout() const;
    void updateStatusText();
    void handleLanguageChanged();
    void showOpenDialog();
    /// Reads the open folder again (new reading settings); asks first while work is under way.
    void readFolderAgain();
    /// Opens `folder` in place of what is open, without asking.
    void loadFolder(const QString &folder);
    void showCannotOpen(const QString &folder);
    void handleRescanned(int added, int missing, int changed);
    void showWarning(const QString &title, const QString &text);
    /// Shows an image with a problem: its row selected, the inspector on the failing field.
    void showProblem(int sourceRow, std::optional<Field> field);

    LanguageManager *m_languages;
    CollectionSession *m_session;
    LeaveGuard m_leaveGuard;
    RecordListWidget *m_list = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    InspectorPanel *m_inspector = nullptr;
    ErrorReviewModel *m_errorReview = nullptr;
    ErrorReviewPanel *m_errorPanel = nullptr;
    QDockWidget *m_errorDock = nullptr;
    SubmissionUi *m_submissionUi = nullptr;
    CsvActions *m_csv = nullptr;
    WriteActions *m_write = nullptr;
    ServerActions *m_server = nullptr;
    AboutDialog *m_about = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    RecentMenu *m_recentMenu = nullptr;
    LoadProgress *m_loadProgress = nullptr;
    Preferences *m_preferences = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_subfoldersAction = nullptr;
    QAction *m_cancelLoadAction = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_nextProblemAction = nullptr;
    QAction *m_previousProblemAction = nullptr;
};

} // namespace Wesog
