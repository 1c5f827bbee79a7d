// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QMainWindow>

#include "core/record/fieldregistry.h"

class QAction;
class QActionGroup;
class QComboBox;
class QLineEdit;
class QListView;
class QSplitter;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTableView;
class QToolBar;
class QTimer;
class QToolButton;

namespace Wesog {

class AboutDialog;
class FindReplaceDialog;
class InspectorPanel;
class PreviewWindow;
class RecordDelegate;
class FolderLoader;
class LanguageManager;
class RecordFilterModel;
class RecordTableModel;
class KeyStore;
class SubmissionController;
class SubmissionUi;
class CsvActions;
class ErrorReviewModel;
class ErrorReviewPanel;

/// The main window: menus, toolbar, the record table, the inspector dock and the status bar
/// with the loading progress. Opens folders from the menu, the recent list, drag and drop or
/// the command line. Remembers its geometry, dock layout and recent folders across runs.
/// Thread: GUI. Lifetime: owned by the composition root; does not own the model or languages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `submissions` and `keys` (both or neither) add the Server menu and the Operations dock.
    MainWindow(LanguageManager *languages, RecordTableModel *model, FolderLoader *loader,
        SubmissionController *submissions = nullptr, KeyStore *keys = nullptr, QWidget *parent = nullptr);

    /// The server side of the window; null without a SubmissionController.
    SubmissionUi *submissionUi() const { return m_submissionUi; }
    CsvActions *csvActions() const { return m_csv; }
    /// Source rows of the selection, in no particular order.
    QList<int> selectedSourceRows() const;

    /// Starts loading `path` (with subfolders if that option is on); reports a folder that
    /// cannot be read.
    void openFolder(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void restoreLayout();
    void saveLayout() const;
    void updateStatusText();
    void handleLanguageChanged();
    void showAbout();
    void showOpenDialog();
    void rebuildRecentMenu();
    void rememberRecent(const QString &path);
    void handleLoadProgress(int done, int found, bool walking);
    void handleLoadFinished(bool cancelled);
    void setLoading(bool loading);
    void showSettings();
    /// Hands the loader the read options of Preferences and the interface language.
    void applyReadingPreferences(bool reportProblem);
    void handleRescanned(int added, int missing, int changed);
    void handleFolderLost(const QString &folder);
    void revertSelection();
    void copySelection();
    void pasteClipboard();
    void fillDown();
    void updateFilterCounts();
    void setViewMode(int mode);
    void showPreview();
    void rebuildPresetsMenu();
    void applyPreset(const QString &name);
    void stepPreview(int delta);
    void showWarning(const QString &title, const QString &text);
    /// Shows an image with a problem: its row selected, the inspector on the failing field.
    void showProblem(int sourceRow, std::optional<Field> field);

    LanguageManager *m_languages;
    RecordTableModel *m_model;
    FolderLoader *m_loader;
    QString m_folder;

    QTableView *m_table = nullptr;
    RecordDelegate *m_delegate = nullptr;
    QListView *m_grid = nullptr;
    QSplitter *m_splitter = nullptr;
    QActionGroup *m_viewModeGroup = nullptr;
    QList<QAction *> m_viewModeActions;
    RecordFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTimer *m_countsTimer = nullptr;
    QByteArray m_headerState; ///< column order, widths and sort, kept across folder loads and runs
    QDockWidget *m_inspectorDock = nullptr;
    InspectorPanel *m_inspector = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QToolBar *m_toolBar = nullptr;
    AboutDialog *m_about = nullptr;
    SubmissionUi *m_submissionUi = nullptr;
    CsvActions *m_csv = nullptr;
    ErrorReviewModel *m_errorReview = nullptr;
    ErrorReviewPanel *m_errorPanel = nullptr;
    QDockWidget *m_errorDock = nullptr;
    QAction *m_nextProblemAction = nullptr;
    QAction *m_previousProblemAction = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_subfoldersAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_cancelLoadAction = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_fillDownAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_addToListAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_managePresetsAction = nullptr;
    QMenu *m_presetsMenu = nullptr;
    PreviewWindow *m_preview = nullptr;
    QAction *m_removeFromListAction = nullptr;
    FindReplaceDialog *m_findReplace = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Wesog
