// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;

namespace Wesog {

class AboutDialog;
class LanguageManager;
class RecordTableModel;

/// The main window: menus, the record table, the inspector dock and the status bar. Remembers
/// its geometry and dock layout across runs.
/// Thread: GUI. Lifetime: owned by the composition root; does not own the model or languages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(LanguageManager *languages, RecordTableModel *model, QWidget *parent = nullptr);

    /// The folder the window shows (its name goes in the title).
    void setFolder(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void restoreLayout();
    void saveLayout() const;
    void updateStatusText();
    void handleLanguageChanged();
    void showAbout();

    LanguageManager *m_languages;
    RecordTableModel *m_model;
    QString m_folder;

    QTableView *m_table = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QLabel *m_inspectorPlaceholder = nullptr;
    QLabel *m_countLabel = nullptr;
    AboutDialog *m_about = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_statusBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Wesog
