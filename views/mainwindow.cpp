// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include "core/i18n/languagemanager.h"
#include "core/library/thumbnailservice.h"
#include "models/collectionsession.h"
#include "models/errorreviewmodel.h"
#include "models/remotethumbnails.h"
#include "models/serversource.h"
#include "views/aboutdialog.h"
#include "views/csvactions.h"
#include "views/errorreviewpanel.h"
#include "views/inspectorpanel.h"
#include "views/languagemenu.h"
#include "views/loadprogress.h"
#include "views/preferences.h"
#include "views/recentmenu.h"
#include "views/recordlistwidget.h"
#include "views/serveractions.h"
#include "views/shortcuts.h"
#include "views/submissionui.h"
#include "views/writeactions.h"

namespace Wesog {

namespace {
const auto s_geometryKey = QStringLiteral("window/geometry");
const auto s_stateKey = QStringLiteral("window/state");
const auto s_subfoldersKey = QStringLiteral("folders/includeSubfolders");

/// The first local folder among dropped URLs, if any.
QString droppedFolder(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir())
            return url.toLocalFile();
    }
    return QString();
}
} // namespace

MainWindow::MainWindow(LanguageManager *languages, CollectionSession *session, KeyStore *keys, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_session(session)
    , m_leaveGuard(session, this)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_list = new RecordListWidget(session, this);
    setCentralWidget(m_list);
    createDocks();
    createActions();
    m_loadProgress = new LoadProgress(statusBar(), m_cancelLoadAction, this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("recordCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    m_preferences = new Preferences(session, m_list, languages, this);
    connect(m_preferences, &Preferences::problem, this, &MainWindow::showWarning);
    connect(m_preferences, &Preferences::rereadNeeded, this, &MainWindow::readFolderAgain);
    m_csv = new CsvActions(this, session, m_list);
    m_write = new WriteActions(this, session, m_list);
    createMenus();
    m_submissionUi = new SubmissionUi(this, session->submissions(), keys, m_languages, m_list);
    m_submissionUi->setLeaveGuard(&m_leaveGuard);
    m_submissionUi->install(m_helpMenu->menuAction()); // before restoreLayout(), which places its dock
    m_server = new ServerActions(this, session, &m_leaveGuard, m_submissionUi->menu());
    connect(m_server, &ServerActions::problem, this, &MainWindow::showWarning);
    connect(m_server, &ServerActions::opened, this, [this] {
        m_rescanAction->setEnabled(false); // no files to read again
        m_loadProgress->start();
        retranslateUi();
    });
    connect(m_errorPanel, &ErrorReviewPanel::resubmitRequested, m_submissionUi, &SubmissionUi::resubmitFailed);
    m_inspector->setVocabularies(m_list->vocabularies());
    m_inspector->setHistorySource(
        [submissions = session->submissions()](const QString &path) { return submissions->history(path); });
    // A finished submission with failures opens the review.
    connect(
        session->submissions(), &SubmissionController::submissionFinished, this, [this](int, int failed, int notSent) {
            if (failed + notSent > 0) {
                m_errorDock->show();
                m_errorDock->raise();
            }
        });
    tabifyDockWidget(m_submissionUi->dock(), m_errorDock); // one bottom area, two tabs
    createToolBar();
    m_rescanAction->setEnabled(false);
    retranslateUi();
    restoreLayout();
    m_preferences->applySaved();
    m_preferences->applyReading(true);

    connect(session, &CollectionSession::progressChanged, m_loadProgress, &LoadProgress::update);
    connect(session, &CollectionSession::loaded, this, [this](bool cancelled) {
        m_loadProgress->finish(cancelled, m_session->model()->rowCount(), m_session->model()->errorCount());
    });
    connect(session, &CollectionSession::problem, this, &MainWindow::showWarning);
    connect(session->model(), &RecordTableModel::editFailed, this,
        [this](const QString &message) { showWarning(tr("Change Not Made"), message); });
    connect(session->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusText);
    connect(session->model(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusText);
    connect(session->model(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusText);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::handleLanguageChanged);
}

void MainWindow::createDocks()
{
    RecordTableModel *model = m_session->model();
    m_inspector = new InspectorPanel(model, new ThumbnailService(512, this),
        new RemoteThumbnailLoader(m_session->network(), RemoteThumbnailLoader::defaultCacheDirectory(), 512, this),
        this);
    m_inspector->setMinimumWidth(280);
    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock")); // saveState() keys on it
    m_inspectorDock->setWidget(m_inspector);
    connect(m_list, &RecordListWidget::currentRowChanged, m_inspector, &InspectorPanel::showRow);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_errorReview = new ErrorReviewModel(model, this);
    m_errorPanel = new ErrorReviewPanel(model, m_errorReview, m_session->submissions(), this);
    m_errorPanel->setResubmitEnabled(true);
    m_errorDock = new QDockWidget(this);
    m_errorDock->setObjectName(QStringLiteral("errorReviewDock"));
    m_errorDock->setWidget(m_errorPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_errorDock);
    m_errorDock->hide(); // until there is something to review, or the user asks
    connect(m_errorPanel, &ErrorReviewPanel::imageChosen, this, &MainWindow::showProblem);
}

void MainWindow::openFolder(const QString &path)
{
    const QString folder = QDir(path).absolutePath();
    // Checked before asking to leave: the open collection must not close for a folder that
    // cannot be opened.
    if (const QFileInfo info(folder); !info.isDir() || !info.isReadable()) {
        showCannotOpen(folder);
        return;
    }
    if (m_leaveGuard.mayLeave(LeaveGuard::Leaving::OpenAnother))
        loadFolder(folder);
}

void MainWindow::readFolderAgain()
{
    if (!m_session->folderSource())
        return;
    if (m_leaveGuard.mayLeave(LeaveGuard::Leaving::ReadAgain))
        loadFolder(m_session->location());
    else
        statusBar()->showMessage(
            tr("The folder was not read again; the new reading settings apply when it is next opened."));
}

void MainWindow::showCannotOpen(const QString &folder)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Folder"),
        tr("The folder \"%1\" does not exist or cannot be read.").arg(QDir::toNativeSeparators(folder)),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openFolderError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::loadFolder(const QString &folder)
{
    if (!m_session->openFolder(folder, m_subfoldersAction->isChecked())) {
        showCannotOpen(folder);
        return;
    }
    FolderSource *source = m_session->folderSource();
    connect(source, &FolderSource::rescanned, this, &MainWindow::handleRescanned);
    connect(source, &FolderSource::folderLost, this, [this](const QString &lost) {
        statusBar()->showMessage(
            tr("The folder %1 is no longer there; its images stay listed.").arg(QDir::toNativeSeparators(lost)));
    });
    m_recentMenu->remember(folder);
    m_rescanAction->setEnabled(true);
    m_loadProgress->start();
    retranslateUi();
}

void MainWindow::showOpenDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open Image Folder"), m_session->location());
    dialog->setObjectName(QStringLiteral("openFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the question openFolder() may ask is not asked from inside the closing dialog.
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openFolder, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::handleRescanned(int added, int missing, int changed)
{
    if (added + missing + changed == 0)
        statusBar()->showMessage(tr("No changes on disk."), 5000);
    else
        statusBar()->showMessage(
            tr("Changes on disk: %1 new, %2 gone, %3 changed.")
                .arg(QLocale().toString(added), QLocale().toString(missing), QLocale().toString(changed)));
}

void MainWindow::showWarning(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("warningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFolder(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString folder = droppedFolder(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    // Queued: the drag ends first, and only then may openFolder() ask its question.
    QMetaObject::invokeMethod(
        this, [this, folder] { openFolder(folder); }, Qt::QueuedConnection);
}

void MainWindow::createActions()
{
    auto action = [this](const char *name, const QKeySequence &shortcut) {
        auto *created = new QAction(this);
        created->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            created->setShortcut(shortcut);
        return created;
    };
    m_openAction = action("openFolderAction", {});
    setDocumentedShortcut(m_openAction, QKeySequence(Qt::CTRL | Qt::Key_O), QKeySequence::Open);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_subfoldersAction = action("includeSubfoldersAction", {});
    m_subfoldersAction->setCheckable(true);
    m_subfoldersAction->setChecked(QSettings().value(s_subfoldersKey, true).toBool());
    connect(m_subfoldersAction, &QAction::toggled, this, [](bool on) { QSettings().setValue(s_subfoldersKey, on); });

    m_rescanAction = action("rescanAction", {});
    setDocumentedShortcut(m_rescanAction, QKeySequence(Qt::Key_F5), QKeySequence::Refresh);
    m_rescanAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_rescanAction, &QAction::triggered, this, [this] {
        if (FolderSource *folder = m_session->folderSource())
            folder->rescan();
    });

    // The stack names each step ("Undo Edit Title") with Qt's own translated template.
    m_undoAction = m_session->undoStack()->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    setDocumentedShortcut(m_undoAction, QKeySequence(Qt::CTRL | Qt::Key_Z), QKeySequence::Undo);
    m_redoAction = m_session->undoStack()->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    setDocumentedShortcut(m_redoAction, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo);

    m_settingsAction = action("settingsAction", {});
    setDocumentedShortcut(m_settingsAction, QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { m_preferences->showDialog(); });

    m_cancelLoadAction = action("cancelLoadAction", QKeySequence(Qt::Key_Escape));
    m_cancelLoadAction->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    connect(m_cancelLoadAction, &QAction::triggered, m_session, &CollectionSession::cancelLoading);
    addAction(m_cancelLoadAction);

    m_quitAction = action("quitAction", {});
    setDocumentedShortcut(m_quitAction, QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_statusBarAction = action("statusBarAction", {});
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);
    connect(m_statusBarAction, &QAction::toggled, statusBar(), &QStatusBar::setVisible);

    m_fullScreenAction = action("fullScreenAction", {});
    setDocumentedShortcut(m_fullScreenAction, QKeySequence(Qt::Key_F11), QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    m_aboutAction = action("aboutAction", {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        if (!m_about)
            m_about = new AboutDialog(this);
        m_about->open();
    });
    m_aboutQtAction = action("aboutQtAction", {});
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    for (const int step : { 1, -1 }) {
        QAction *created = action(step > 0 ? "nextProblemAction" : "previousProblemAction",
            step > 0 ? QKeySequence(Qt::Key_F8) : QKeySequence(Qt::SHIFT | Qt::Key_F8));
        connect(created, &QAction::triggered, this, [this, step] {
            m_errorDock->show();
            m_errorReview->refreshNow();
            m_errorPanel->step(step);
        });
        (step > 0 ? m_nextProblemAction : m_previousProblemAction) = created;
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = new RecentMenu(m_fileMenu);
    connect(m_recentMenu, &RecentMenu::chosen, this, &MainWindow::openFolder);
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addAction(m_subfoldersAction);
    m_fileMenu->addAction(m_rescanAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_csv->importAction());
    m_fileMenu->addAction(m_csv->exportAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    for (QAction *action : m_list->editActions()) {
        if (action)
            m_editMenu->addAction(action);
        else
            m_editMenu->addSeparator();
    }
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_write->writeAction());
    m_editMenu->addAction(m_write->undoAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *inspectorAction = m_inspectorDock->toggleViewAction();
    inspectorAction->setObjectName(QStringLiteral("inspectorAction"));
    inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_viewMenu->addActions(m_list->viewModeActions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_list->previewAction());
    m_viewMenu->addAction(inspectorAction);
    QAction *reviewAction = m_errorDock->toggleViewAction();
    reviewAction->setObjectName(QStringLiteral("errorReviewAction"));
    reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_viewMenu->addAction(reviewAction);
    m_viewMenu->addAction(m_nextProblemAction);
    m_viewMenu->addAction(m_previousProblemAction);
    m_viewMenu->addAction(m_statusBarAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);

    m_languageMenu = new LanguageMenu(m_languages, this);
    menuBar()->addMenu(m_languageMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() keys on it
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_subfoldersAction);
    m_toolBar->addAction(m_rescanAction);
    m_toolBar->addAction(m_server->openAction());
    m_toolBar->addAction(m_submissionUi->menu()->actions().constFirst());
}

void MainWindow::retranslateUi()
{
    const RecordSource *source = m_session->source();
    setWindowTitle(source ? tr("%1 — Wesog Desk").arg(source->displayName()) : tr("Wesog Desk"));
    m_fileMenu->setTitle(tr("&File"));
    m_csv->retranslateUi();
    m_write->retranslateUi();
    m_server->retranslateUi();
    m_submissionUi->retranslateUi();
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_openAction->setText(tr("&Open Folder…"));
    m_openAction->setToolTip(
        tr("Open a folder of images (%1)").arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_recentMenu->retranslateUi();
    m_subfoldersAction->setText(tr("Include &Subfolders"));
    m_cancelLoadAction->setText(tr("Cancel"));
    m_cancelLoadAction->setToolTip(tr("Stop reading the folder (Esc)"));
    m_rescanAction->setText(tr("&Rescan Folder"));
    m_rescanAction->setToolTip(m_session->serverSource()
            ? ServerSource::noFilesReason()
            : tr("Read the folder again and pick up files added, removed or changed (%1)")
                  .arg(m_rescanAction->shortcut().toString(QKeySequence::NativeText)));
    m_settingsAction->setText(tr("&Preferences…"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_statusBarAction->setText(tr("&Status Bar"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_aboutAction->setText(tr("&About Wesog Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_inspectorDock->toggleViewAction()->setText(tr("&Inspector"));
    m_errorDock->setWindowTitle(tr("Error Review"));
    m_errorDock->toggleViewAction()->setText(tr("&Error Review"));
    m_nextProblemAction->setText(tr("&Next Problem"));
    m_previousProblemAction->setText(tr("Pre&vious Problem"));
    updateStatusText();
}

void MainWindow::updateStatusText()
{
    m_countLabel->setText(tr("%n image(s)", nullptr, m_session->model()->rowCount()));
    m_countLabel->setToolTip(QDir::toNativeSeparators(m_session->location()));
}

void MainWindow::handleLanguageChanged()
{
    m_preferences->applyReading(false); // lang-alt values and the default code page follow the language
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_leaveGuard.mayLeave(LeaveGuard::Leaving::Quit)) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(s_geometryKey).toByteArray()))
        resize(1200, 760);
    if (!restoreState(settings.value(s_stateKey).toByteArray())) {
        resizeDocks({ m_inspectorDock }, { 380 }, Qt::Horizontal);
        resizeDocks({ m_errorDock }, { 270 }, Qt::Vertical);
    }
    m_list->restoreLayout(settings);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState());
    m_list->saveLayout(settings);
}

void MainWindow::showProblem(int sourceRow, std::optional<Field> field)
{
    m_list->showCell(sourceRow, field);
    m_inspectorDock->show();
    m_inspector->showRow(sourceRow);
    m_inspector->focusField(field);
}

} // namespace Wesog
