// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/mainwindow.h"

#include <QAction>
#include <QActionGroup>
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
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include "core/i18n/languagemanager.h"
#include "core/library/thumbnailservice.h"
#include "models/collectionsession.h"
#include "models/errorreviewmodel.h"
#include "views/aboutdialog.h"
#include "views/csvactions.h"
#include "views/errorreviewpanel.h"
#include "views/inspectorpanel.h"
#include "views/recordlistwidget.h"
#include "views/settingsdialog.h"
#include "views/shortcuts.h"
#include "views/submissionui.h"

namespace Wesog {

namespace {
const auto s_geometryKey = QStringLiteral("window/geometry");
const auto s_stateKey = QStringLiteral("window/state");
const auto s_recentKey = QStringLiteral("folders/recent");
const auto s_subfoldersKey = QStringLiteral("folders/includeSubfolders");
const auto s_requiredKey = QStringLiteral("validation/required");
const auto s_vocabularyKey = QStringLiteral("editing/vocabularyFile");
constexpr int s_maxRecent = 10;

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

RecordTemplates savedTemplates()
{
    QSettings settings;
    RecordTemplates templates;
    templates.id = settings.value(QStringLiteral("templates/id"), templates.id).toString();
    templates.src = settings.value(QStringLiteral("templates/src"), templates.src).toString();
    return templates;
}
} // namespace

MainWindow::MainWindow(LanguageManager *languages, CollectionSession *session, KeyStore *keys, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_list = new RecordListWidget(session, this);
    setCentralWidget(m_list);
    createDocks();
    createStatusBar();
    createActions();
    m_csv = new CsvActions(this, session, m_list);
    createMenus();
    m_submissionUi = new SubmissionUi(this, session->submissions(), keys, m_languages, m_list);
    m_submissionUi->install(m_helpMenu->menuAction()); // before restoreLayout(), which places its dock
    connect(m_errorPanel, &ErrorReviewPanel::resubmitRequested, m_submissionUi, &SubmissionUi::resubmitFailed);
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
    setLoading(false);
    retranslateUi();
    restoreLayout();
    rebuildRecentMenu();
    applySavedPreferences();
    applyReadingPreferences(true);

    connect(session, &CollectionSession::progressChanged, this, &MainWindow::handleLoadProgress);
    connect(session, &CollectionSession::loaded, this, &MainWindow::handleLoaded);
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
    m_inspector = new InspectorPanel(model, new ThumbnailService(512, this), this);
    m_inspector->setMinimumWidth(280);
    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock")); // saveState() keys on it
    m_inspectorDock->setWidget(m_inspector);
    connect(m_list, &RecordListWidget::currentRowChanged, m_inspector, &InspectorPanel::showRow);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_errorReview = new ErrorReviewModel(model, this);
    m_errorPanel = new ErrorReviewPanel(model, m_errorReview, this);
    m_errorPanel->setResubmitEnabled(true);
    m_errorDock = new QDockWidget(this);
    m_errorDock->setObjectName(QStringLiteral("errorReviewDock"));
    m_errorDock->setWidget(m_errorPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_errorDock);
    m_errorDock->hide(); // until there is something to review, or the user asks
    connect(m_errorPanel, &ErrorReviewPanel::imageChosen, this, &MainWindow::showProblem);
}

void MainWindow::createStatusBar()
{
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("loadProgressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("recordCountLabel"));
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::openFolder(const QString &path)
{
    const QString folder = QDir(path).absolutePath();
    if (!m_session->openFolder(folder, m_subfoldersAction->isChecked())) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Folder"),
            tr("The folder \"%1\" does not exist or cannot be read.").arg(QDir::toNativeSeparators(folder)),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openFolderError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    FolderSource *source = m_session->folderSource();
    connect(source, &FolderSource::rescanned, this, &MainWindow::handleRescanned);
    connect(source, &FolderSource::folderLost, this, [this](const QString &lost) {
        statusBar()->showMessage(
            tr("The folder %1 is no longer there; its images stay listed.").arg(QDir::toNativeSeparators(lost)));
    });
    rememberRecent(folder);
    setLoading(true);
    retranslateUi();
}

void MainWindow::showOpenDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open Image Folder"), m_session->location());
    dialog->setObjectName(QStringLiteral("openFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openFolder);
    dialog->open();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(s_recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(s_recentKey, recent.mid(0, s_maxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(s_recentKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // &1 … &9 and &0 give keyboard access to the first ten.
        auto *action
            = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(QDir::toNativeSeparators(path)));
        action->setObjectName(QStringLiteral("recentFolderAction"));
        connect(action, &QAction::triggered, this, [this, path] { openFolder(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::setLoading(bool loading)
{
    m_progressLabel->setVisible(loading);
    m_progress->setVisible(loading);
    m_cancelButton->setVisible(loading);
    m_cancelLoadAction->setEnabled(loading);
    m_rescanAction->setEnabled(m_session->folderSource() != nullptr);
    if (loading) {
        m_progress->setRange(0, 0); // busy until the first count arrives
        m_progressLabel->setText(tr("Reading images…"));
    }
}

void MainWindow::handleLoadProgress(int done, int found, bool walking)
{
    // While the folder is still being listed the total is unknown: keep the bar busy.
    m_progress->setRange(0, walking ? 0 : std::max(found, 1));
    m_progress->setValue(done);
    m_progressLabel->setText(walking
            ? tr("Reading images… %1 so far").arg(QLocale().toString(done))
            : tr("Reading images… %1 of %2").arg(QLocale().toString(done), QLocale().toString(found)));
}

void MainWindow::handleLoaded(bool cancelled)
{
    setLoading(false);
    const int rows = m_session->model()->rowCount();
    const int problems = m_session->model()->errorCount();
    QString message = cancelled ? tr("Loading cancelled after %n image(s).", nullptr, rows)
                                : tr("%n image(s) read.", nullptr, rows);
    if (problems > 0)
        message += QLatin1Char(' ') + tr("%n file(s) could not be read.", nullptr, problems);
    statusBar()->showMessage(message);
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

void MainWindow::setViewMode(int mode)
{
    m_list->setViewMode(mode);
    m_viewModeActions.value(m_list->viewMode())->setChecked(true);
}

void MainWindow::showSettings()
{
    QSettings settings;
    const ReadingPreferences reading = ReadingPreferences::load(m_languages->currentLanguage());
    auto *dialog = new SettingsDialog(m_session->templates(), reading, settings.value(s_requiredKey).toString(),
        settings.value(s_vocabularyKey).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reading] {
        QSettings settings;
        const RecordTemplates templates = dialog->templates();
        settings.setValue(QStringLiteral("templates/id"), templates.id);
        settings.setValue(QStringLiteral("templates/src"), templates.src);
        settings.setValue(s_requiredKey, dialog->requiredFields());
        settings.setValue(s_vocabularyKey, dialog->vocabularyFile());
        dialog->reading().save();
        applySavedPreferences();
        if (dialog->reading() != reading) {
            applyReadingPreferences(true);
            if (m_session->folderSource())
                openFolder(m_session->location()); // the metadata must be read again
        }
    });
    dialog->open();
}

void MainWindow::applySavedPreferences()
{
    const QSettings settings;
    m_list->setVocabularyFile(settings.value(s_vocabularyKey).toString());
    m_session->model()->setValidationRules(ValidationRules::fromString(settings.value(s_requiredKey).toString()));
    m_session->setTemplates(savedTemplates());
}

void MainWindow::applyReadingPreferences(bool reportProblem)
{
    QString problem;
    const QString language = m_languages->currentLanguage();
    m_session->setReadOptions(ReadingPreferences::load(language).readOptions(language, &problem));
    if (reportProblem && !problem.isEmpty()) // after the window is up when called while it is built
        QTimer::singleShot(0, this, [this, problem] { showWarning(tr("Reading Profile Not Used"), problem); });
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
    openFolder(folder);
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

    m_clearRecentAction = action("clearRecentAction", {});
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings().remove(s_recentKey);
        rebuildRecentMenu();
    });

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
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

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

    auto *viewModes = new QActionGroup(this);
    for (int mode : { RecordListWidget::TableOnly, RecordListWidget::GridOnly, RecordListWidget::TableAndGrid }) {
        QAction *created = action("", QKeySequence(Qt::CTRL | (Qt::Key_1 + mode)));
        created->setObjectName(QStringLiteral("viewModeAction%1").arg(mode));
        created->setCheckable(true);
        created->setActionGroup(viewModes);
        connect(created, &QAction::triggered, this, [this, mode] { setViewMode(mode); });
        m_viewModeActions << created;
    }
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

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : LanguageManager::availableLanguages()) {
        // Each language is named in itself, so nobody is lost in a language they cannot read.
        auto *created = new QAction(LanguageManager::nativeName(language), m_languageGroup);
        created->setObjectName(QStringLiteral("languageAction_") + language);
        created->setData(language);
        created->setCheckable(true);
        created->setChecked(language == m_languages->currentLanguage());
        connect(created, &QAction::triggered, this, [this, language] { m_languages->setLanguage(language); });
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
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
    m_editMenu->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *inspectorAction = m_inspectorDock->toggleViewAction();
    inspectorAction->setObjectName(QStringLiteral("inspectorAction"));
    inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_viewMenu->addActions(m_viewModeActions);
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

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

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
    m_toolBar->addAction(m_submissionUi->menu()->actions().constFirst());
    m_cancelButton->setDefaultAction(m_cancelLoadAction);
}

void MainWindow::retranslateUi()
{
    const QString location = m_session->location();
    setWindowTitle(location.isEmpty() ? tr("Wesog Desk") : tr("%1 — Wesog Desk").arg(QDir(location).dirName()));
    m_fileMenu->setTitle(tr("&File"));
    m_csv->retranslateUi();
    m_submissionUi->retranslateUi();
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_openAction->setText(tr("&Open Folder…"));
    m_openAction->setToolTip(
        tr("Open a folder of images (%1)").arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_subfoldersAction->setText(tr("Include &Subfolders"));
    m_clearRecentAction->setText(tr("&Clear Recent Folders"));
    m_cancelLoadAction->setText(tr("Cancel"));
    m_cancelLoadAction->setToolTip(tr("Stop reading the folder (Esc)"));
    m_rescanAction->setText(tr("&Rescan Folder"));
    m_rescanAction->setToolTip(tr("Read the folder again and pick up files added, removed or changed (%1)")
                                   .arg(m_rescanAction->shortcut().toString(QKeySequence::NativeText)));
    m_settingsAction->setText(tr("&Preferences…"));
    m_viewModeActions.at(RecordListWidget::TableOnly)->setText(tr("&Table"));
    m_viewModeActions.at(RecordListWidget::GridOnly)->setText(tr("Thumbnail &Grid"));
    m_viewModeActions.at(RecordListWidget::TableAndGrid)->setText(tr("Table &and Grid"));
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
    applyReadingPreferences(false); // lang-alt values and the default code page follow the language
    // The language actions are named in their own languages; only the check mark moves.
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages->currentLanguage());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
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
    m_viewModeActions.value(m_list->viewMode())->setChecked(true);
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
