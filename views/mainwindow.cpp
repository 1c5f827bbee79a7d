// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/mainwindow.h"
#include "models/errorreviewmodel.h"
#include "models/submissioncontroller.h"
#include "views/csvactions.h"
#include "views/errorreviewpanel.h"
#include "views/submissionui.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/i18n/languagemanager.h"
#include "core/library/thumbnailservice.h"
#include "models/folderloader.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "views/aboutdialog.h"
#include "views/findreplacedialog.h"
#include "views/inspectorpanel.h"
#include "views/listitemdialog.h"
#include "views/presetdialog.h"
#include "views/previewwindow.h"
#include "views/recorddelegate.h"
#include "views/settingsdialog.h"
#include "views/tableeditor.h"
#include "views/thumbnaildelegate.h"

namespace Wesog {

namespace {
const auto s_geometryKey = QStringLiteral("window/geometry");
const auto s_stateKey = QStringLiteral("window/state");
const auto s_recentKey = QStringLiteral("folders/recent");
const auto s_headerKey = QStringLiteral("window/tableHeader");
const auto s_viewModeKey = QStringLiteral("window/viewMode");
const auto s_presetsKey = QStringLiteral("presets/list");
const auto s_splitterKey = QStringLiteral("window/splitter");
enum ViewMode { TableOnly, GridOnly, TableAndGrid };
const auto s_subfoldersKey = QStringLiteral("folders/includeSubfolders");
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
} // namespace

MainWindow::MainWindow(LanguageManager *languages, RecordTableModel *model, FolderLoader *loader,
    SubmissionController *submissions, KeyStore *keys, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_model(model)
    , m_loader(loader)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordTable"));
    // Sorting and filtering go through a proxy on the raw values, so rows arrive in any order.
    m_filter = new RecordFilterModel(m_model, this);
    m_filter->setObjectName(QStringLiteral("recordFilter"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RecordTableModel::FileColumn, Qt::AscendingOrder);
    // A model reset (a new folder) lays the header out afresh; put the user's layout back.
    QHeaderView *header = m_table->horizontalHeader();
    // Right-click on the header: choose which columns to show (kept with the layout).
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &position) {
        QHeaderView *header = m_table->horizontalHeader();
        auto *menu = new QMenu(this);
        menu->setObjectName(QStringLiteral("columnMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            action->setEnabled(column != RecordTableModel::FileColumn); // never hide every way to tell rows apart
            connect(action, &QAction::toggled, this, [this, column](bool shown) {
                m_table->horizontalHeader()->setSectionHidden(column, !shown);
                m_headerState = m_table->horizontalHeader()->saveState();
            });
        }
        menu->popup(header->mapToGlobal(position));
    });
    auto rememberHeader = [this] { m_headerState = m_table->horizontalHeader()->saveState(); };
    connect(header, &QHeaderView::sectionResized, this, rememberHeader);
    connect(header, &QHeaderView::sectionMoved, this, rememberHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, rememberHeader);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_headerState.isEmpty())
            m_table->horizontalHeader()->restoreState(m_headerState);
    });
    m_delegate = new RecordDelegate(m_table);
    m_delegate->setVocabularyFile(QSettings().value(QStringLiteral("editing/vocabularyFile")).toString());
    m_table->setItemDelegate(m_delegate);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    // Fixed row height keeps scrolling through 100,000 rows cheap (design.md §3.3).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide(); // sorted rows make source row numbers meaningless
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->setIconSize(QSize(52, 40));
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(QStringLiteral("stateFilterCombo"));
    for (int i = 0; i < RecordFilterModel::StateCount; ++i)
        m_stateFilter->addItem(QString(), i);
    connect(m_search, &QLineEdit::textChanged, m_filter, &RecordFilterModel::setSearchText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
        [this](int index) { m_filter->setState(static_cast<RecordFilterModel::State>(index)); });
    auto *filterBar = new QHBoxLayout;
    filterBar->setContentsMargins(4, 4, 4, 0);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_stateFilter);
    // The thumbnail grid shows the same rows, through the same proxy and selection.
    m_grid = new QListView(this);
    m_grid->setObjectName(QStringLiteral("thumbnailGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true); // a fixed cell: layout stays cheap for 100,000 images
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setSpacing(4);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setItemDelegate(new ThumbnailDelegate(160, m_grid));
    m_grid->setModel(m_filter);
    m_grid->setModelColumn(RecordTableModel::FileColumn);
    m_grid->setSelectionModel(m_table->selectionModel());
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("viewSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_grid);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    centralLayout->addLayout(filterBar);
    centralLayout->addWidget(m_splitter);
    setCentralWidget(central);
    // State counts follow edits and loading, recounted at most every quarter second.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(250);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateFilterCounts);
    connect(m_model, &QAbstractItemModel::modelReset, m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, m_countsTimer, qOverload<>(&QTimer::start));

    m_inspector = new InspectorPanel(m_model, new ThumbnailService(320, this), this);
    m_inspectorDock = new QDockWidget(this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock")); // saveState() keys on it
    m_inspector->setMinimumWidth(280);
    m_inspectorDock->setWidget(m_inspector);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            m_inspector->showRow(current.isValid() ? m_filter->mapToSource(current).row() : -1);
        });
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_errorReview = new ErrorReviewModel(m_model, this);
    m_errorPanel = new ErrorReviewPanel(m_model, m_errorReview, this);
    m_errorDock = new QDockWidget(this);
    m_errorDock->setObjectName(QStringLiteral("errorReviewDock"));
    m_errorDock->setWidget(m_errorPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_errorDock);
    m_errorDock->hide(); // until there is something to review, or the user asks
    connect(m_errorPanel, &ErrorReviewPanel::imageChosen, this, &MainWindow::showProblem);

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

    createActions();
    m_csv = new CsvActions(
        this, m_model, [this] { return selectedSourceRows(); }, [this] { return m_folder; });
    createMenus();
    if (submissions && keys) {
        m_submissionUi
            = new SubmissionUi(this, submissions, keys, m_languages, [this] { return selectedSourceRows(); });
        m_submissionUi->install(m_helpMenu->menuAction()); // before restoreLayout(), which places its dock
        connect(m_errorPanel, &ErrorReviewPanel::resubmitRequested, m_submissionUi, &SubmissionUi::resubmitFailed);
        m_inspector->setHistorySource([submissions](const QString &path) { return submissions->history(path); });
        // A finished submission with failures opens the review.
        connect(submissions, &SubmissionController::submissionFinished, this, [this](int, int failed, int notSent) {
            if (failed + notSent > 0) {
                m_errorDock->show();
                m_errorDock->raise();
            }
        });
    }
    m_errorPanel->setResubmitEnabled(m_submissionUi != nullptr);
    if (m_submissionUi) // one bottom area, two tabs: each gets the window's width
        tabifyDockWidget(m_submissionUi->dock(), m_errorDock);
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() keys on it
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_subfoldersAction);
    m_toolBar->addAction(m_rescanAction);
    if (m_submissionUi)
        m_toolBar->addAction(m_submissionUi->menu()->actions().constFirst());
    m_cancelButton->setDefaultAction(m_cancelLoadAction);
    setLoading(false);
    retranslateUi();
    restoreLayout();
    rebuildRecentMenu();
    rebuildPresetsMenu();
    applyReadingPreferences(true);

    connect(m_loader, &FolderLoader::progressChanged, this, &MainWindow::handleLoadProgress);
    connect(m_loader, &FolderLoader::rescanned, this, &MainWindow::handleRescanned);
    connect(m_loader, &FolderLoader::folderLost, this, &MainWindow::handleFolderLost);
    connect(m_loader, &FolderLoader::workspaceFailed, this, [this](const QString &error) {
        showWarning(tr("Edits Cannot Be Kept"),
            tr("The workspace that keeps your edits could not be opened, so edits would be lost: %1").arg(error));
    });
    connect(m_loader, &FolderLoader::workspaceRecovered, this,
        [this](const QString &message) { showWarning(tr("Saved Edits Could Not Be Read"), message); });
    connect(m_model, &RecordTableModel::editFailed, this,
        [this](const QString &message) { showWarning(tr("Change Not Made"), message); });
    connect(m_loader, &FolderLoader::finished, this, &MainWindow::handleLoadFinished);

    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusText);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusText);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusText);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::handleLanguageChanged);
}

void MainWindow::openFolder(const QString &path)
{
    const QString folder = QDir(path).absolutePath();
    if (!m_loader->load(folder, m_subfoldersAction->isChecked())) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Folder"),
            tr("The folder \"%1\" does not exist or cannot be read.").arg(QDir::toNativeSeparators(folder)),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("openFolderError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_folder = folder;
    rememberRecent(folder);
    setLoading(true);
    retranslateUi();
}

void MainWindow::showOpenDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open Image Folder"), m_folder);
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

void MainWindow::handleLoadFinished(bool cancelled)
{
    setLoading(false);
    const int rows = m_model->rowCount();
    const int problems = m_model->errorCount();
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

void MainWindow::handleFolderLost(const QString &folder)
{
    statusBar()->showMessage(
        tr("The folder %1 is no longer there; its images stay listed.").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::showWarning(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("warningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::revertSelection()
{
    QList<QPair<int, Field>> cells;
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (const std::optional<Field> field = RecordTableModel::fieldForColumn(source.column()))
            cells.append({ source.row(), *field });
    }
    m_model->revertCells(cells);
}

void MainWindow::rebuildPresetsMenu()
{
    m_presetsMenu->clear();
    for (const Preset &preset : Preset::listFromJson(QSettings().value(s_presetsKey).toByteArray())) {
        QAction *action = m_presetsMenu->addAction(preset.name);
        action->setObjectName(QStringLiteral("presetAction"));
        connect(action, &QAction::triggered, this, [this, name = preset.name] { applyPreset(name); });
    }
    m_presetsMenu->addSeparator();
    m_presetsMenu->addAction(m_managePresetsAction);
}

void MainWindow::applyPreset(const QString &name)
{
    const QList<Preset> presets = Preset::listFromJson(QSettings().value(s_presetsKey).toByteArray());
    const auto preset
        = std::find_if(presets.cbegin(), presets.cend(), [&name](const Preset &p) { return p.name == name; });
    if (preset == presets.cend())
        return;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QList<RecordTableModel::CellValue> cells;
    for (int row : selectedSourceRows()) {
        const RecordRow &current = m_model->row(row);
        const ImageRecord applied = preset->applied(current.record(),
            { QFileInfo(current.absolutePath).fileName(), QFileInfo(current.absolutePath).dir().dirName(), today });
        for (const Preset::Entry &entry : preset->entries)
            cells.append({ row, entry.field, applied.value(entry.field) });
    }
    m_model->editCellValues(cells, tr("Apply preset \"%1\"").arg(name));
}

void MainWindow::showPreview()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const RecordRow &row = m_model->row(m_filter->mapToSource(current).row());
    if (!m_preview) {
        m_preview = new PreviewWindow(this);
        connect(m_preview, &PreviewWindow::stepRequested, this, &MainWindow::stepPreview);
    }
    m_preview->showImage(row.absolutePath);
}

void MainWindow::stepPreview(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    const int next = (current.isValid() ? current.row() : 0) + delta;
    if (next < 0 || next >= m_filter->rowCount())
        return;
    m_table->setCurrentIndex(m_filter->index(next, current.isValid() ? current.column() : 0));
    showPreview();
}

QList<int> MainWindow::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_filter->mapToSource(index).row();
    return rows;
}

void MainWindow::setViewMode(int mode)
{
    m_table->setVisible(mode != GridOnly);
    m_grid->setVisible(mode != TableOnly);
    m_viewModeActions.value(mode)->setChecked(true);
    QSettings().setValue(s_viewModeKey, mode);
}

void MainWindow::updateFilterCounts()
{
    // In RecordFilterModel::State order.
    const QStringList names { tr("All images (%1)"), tr("Edited (%1)"), tr("Invalid (%1)"), tr("Not sent (%1)"),
        tr("Sent (%1)"), tr("Failed (%1)"), tr("Conflicts (%1)"), tr("Unreadable (%1)") };
    for (int i = 0; i < names.size(); ++i)
        m_stateFilter->setItemText(
            i, names.at(i).arg(QLocale().toString(m_filter->count(static_cast<RecordFilterModel::State>(i)))));
}

void MainWindow::copySelection()
{
    const TableEditor editor(m_model, m_filter, m_table->horizontalHeader());
    const QString text = editor.copy(m_table->selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void MainWindow::pasteClipboard()
{
    const TableEditor editor(m_model, m_filter, m_table->horizontalHeader());
    const QStringList problems = editor.paste(
        QGuiApplication::clipboard()->text(), m_table->currentIndex(), m_table->selectionModel()->selectedIndexes());
    if (!problems.isEmpty())
        showWarning(tr("Nothing Pasted"),
            tr("The clipboard does not fit here, so nothing was changed:\n%1")
                .arg(problems.mid(0, 8).join(QLatin1Char('\n'))));
}

void MainWindow::fillDown()
{
    TableEditor(m_model, m_filter, m_table->horizontalHeader()).fillDown(m_table->selectionModel()->selectedIndexes());
}

void MainWindow::showSettings()
{
    QSettings settings;
    const ReadingPreferences reading = ReadingPreferences::load(m_languages->currentLanguage());
    auto *dialog = new SettingsDialog(m_loader->templates(), reading,
        settings.value(QStringLiteral("validation/required")).toString(),
        settings.value(QStringLiteral("editing/vocabularyFile")).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reading] {
        QSettings settings;
        const RecordTemplates templates = dialog->templates();
        settings.setValue(QStringLiteral("templates/id"), templates.id);
        settings.setValue(QStringLiteral("templates/src"), templates.src);
        settings.setValue(QStringLiteral("validation/required"), dialog->requiredFields());
        settings.setValue(QStringLiteral("editing/vocabularyFile"), dialog->vocabularyFile());
        dialog->reading().save();
        m_delegate->setVocabularyFile(dialog->vocabularyFile());
        m_model->setValidationRules(ValidationRules::fromString(dialog->requiredFields()));
        m_loader->setTemplates(templates);
        if (dialog->reading() != reading) {
            applyReadingPreferences(true);
            if (!m_folder.isEmpty())
                openFolder(m_folder); // the metadata must be read again
        }
    });
    dialog->open();
}

void MainWindow::applyReadingPreferences(bool reportProblem)
{
    QString problem;
    const QString language = m_languages->currentLanguage();
    m_loader->setReadOptions(ReadingPreferences::load(language).readOptions(language, &problem));
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
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openFolderAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::showOpenDialog);

    m_subfoldersAction = new QAction(this);
    m_subfoldersAction->setObjectName(QStringLiteral("includeSubfoldersAction"));
    m_subfoldersAction->setCheckable(true);
    m_subfoldersAction->setChecked(QSettings().value(s_subfoldersKey, true).toBool());
    connect(m_subfoldersAction, &QAction::toggled, this, [](bool on) { QSettings().setValue(s_subfoldersKey, on); });

    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings().remove(s_recentKey);
        rebuildRecentMenu();
    });

    m_rescanAction = new QAction(this);
    m_rescanAction->setObjectName(QStringLiteral("rescanAction"));
    m_rescanAction->setShortcut(QKeySequence::Refresh);
    m_rescanAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(m_rescanAction, &QAction::triggered, m_loader, &FolderLoader::rescan);

    if (QUndoStack *undo = m_model->undoStack()) {
        // The stack names each step ("Undo Edit Title") with Qt's own translated template.
        m_undoAction = undo->createUndoAction(this);
        m_undoAction->setObjectName(QStringLiteral("undoAction"));
        m_undoAction->setShortcut(QKeySequence::Undo);
        m_redoAction = undo->createRedoAction(this);
        m_redoAction->setObjectName(QStringLiteral("redoAction"));
        m_redoAction->setShortcuts(
            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    }
    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);
    m_pasteAction = new QAction(this);
    m_pasteAction->setObjectName(QStringLiteral("pasteAction"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteClipboard);
    m_fillDownAction = new QAction(this);
    m_fillDownAction->setObjectName(QStringLiteral("fillDownAction"));
    m_fillDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_fillDownAction, &QAction::triggered, this, &MainWindow::fillDown);
    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_replaceAction = new QAction(this);
    m_replaceAction->setObjectName(QStringLiteral("replaceAction"));
    m_replaceAction->setShortcut(QKeySequence::Replace);
    connect(m_replaceAction, &QAction::triggered, this, [this] {
        if (!m_findReplace)
            m_findReplace = new FindReplaceDialog(m_model, m_filter, m_table, this);
        m_findReplace->show(); // modeless: the table stays usable
        m_findReplace->raise();
        m_findReplace->activateWindow();
    });

    for (const auto mode : { ListItemDialog::Mode::Add, ListItemDialog::Mode::Remove }) {
        auto *action = new QAction(this);
        action->setObjectName(mode == ListItemDialog::Mode::Add ? QStringLiteral("addToListAction")
                                                                : QStringLiteral("removeFromListAction"));
        action->setShortcut(mode == ListItemDialog::Mode::Add ? QKeySequence(Qt::CTRL | Qt::Key_K)
                                                              : QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        connect(action, &QAction::triggered, this, [this, mode] {
            auto *dialog = new ListItemDialog(mode, m_model, selectedSourceRows(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
        (mode == ListItemDialog::Mode::Add ? m_addToListAction : m_removeFromListAction) = action;
    }

    m_revertAction = new QAction(this);
    m_revertAction->setObjectName(QStringLiteral("revertAction"));
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revertSelection);

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_cancelLoadAction = new QAction(this);
    m_cancelLoadAction->setObjectName(QStringLiteral("cancelLoadAction"));
    m_cancelLoadAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelLoadAction->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    connect(m_cancelLoadAction, &QAction::triggered, m_loader, &FolderLoader::cancel);
    addAction(m_cancelLoadAction);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_selectAllAction = new QAction(this);
    m_selectAllAction->setObjectName(QStringLiteral("selectAllAction"));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, m_table, &QTableView::selectAll);

    m_statusBarAction = new QAction(this);
    m_statusBarAction->setObjectName(QStringLiteral("statusBarAction"));
    m_statusBarAction->setCheckable(true);
    m_statusBarAction->setChecked(true);
    connect(m_statusBarAction, &QAction::toggled, statusBar(), &QStatusBar::setVisible);

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_managePresetsAction = new QAction(this);
    m_managePresetsAction->setObjectName(QStringLiteral("managePresetsAction"));
    connect(m_managePresetsAction, &QAction::triggered, this, [this] {
        auto *dialog = new PresetDialog(Preset::listFromJson(QSettings().value(s_presetsKey).toByteArray()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            QSettings().setValue(s_presetsKey, Preset::listToJson(dialog->presets()));
            rebuildPresetsMenu();
        });
        dialog->open();
    });

    m_previewAction = new QAction(this);
    m_previewAction->setObjectName(QStringLiteral("previewAction"));
    m_previewAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_previewAction, &QAction::triggered, this, &MainWindow::showPreview);
    connect(m_grid, &QAbstractItemView::doubleClicked, this, &MainWindow::showPreview);

    m_viewModeGroup = new QActionGroup(this);
    for (int mode : { TableOnly, GridOnly, TableAndGrid }) {
        auto *action = new QAction(m_viewModeGroup);
        action->setObjectName(QStringLiteral("viewModeAction%1").arg(mode));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + mode)));
        connect(action, &QAction::triggered, this, [this, mode] { setViewMode(mode); });
        m_viewModeActions << action;
    }

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : LanguageManager::availableLanguages()) {
        // Each language is named in itself, so nobody is lost in a language they cannot read.
        auto *action = new QAction(LanguageManager::nativeName(language), m_languageGroup);
        action->setObjectName(QStringLiteral("languageAction_") + language);
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == m_languages->currentLanguage());
        connect(action, &QAction::triggered, this, [this, language] { m_languages->setLanguage(language); });
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
    if (m_undoAction) {
        m_editMenu->addAction(m_undoAction);
        m_editMenu->addAction(m_redoAction);
        m_editMenu->addSeparator();
    }
    m_editMenu->addAction(m_copyAction);
    m_editMenu->addAction(m_pasteAction);
    m_editMenu->addAction(m_fillDownAction);
    m_editMenu->addAction(m_addToListAction);
    m_editMenu->addAction(m_removeFromListAction);
    m_presetsMenu = m_editMenu->addMenu(QString());
    m_presetsMenu->setObjectName(QStringLiteral("presetsMenu"));
    m_editMenu->addAction(m_revertAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_replaceAction);
    m_editMenu->addAction(m_selectAllAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *inspectorAction = m_inspectorDock->toggleViewAction();
    inspectorAction->setObjectName(QStringLiteral("inspectorAction"));
    inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    for (QAction *action : m_viewModeActions)
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_previewAction);
    m_viewMenu->addAction(inspectorAction);
    QAction *reviewAction = m_errorDock->toggleViewAction();
    reviewAction->setObjectName(QStringLiteral("errorReviewAction"));
    reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_viewMenu->addAction(reviewAction);
    for (const int step : { 1, -1 }) {
        auto *action = new QAction(this);
        action->setObjectName(step > 0 ? QStringLiteral("nextProblemAction") : QStringLiteral("previousProblemAction"));
        action->setShortcut(step > 0 ? QKeySequence(Qt::Key_F8) : QKeySequence(Qt::SHIFT | Qt::Key_F8));
        connect(action, &QAction::triggered, this, [this, step] {
            m_errorDock->show();
            m_errorReview->refreshNow();
            m_errorPanel->step(step);
        });
        (step > 0 ? m_nextProblemAction : m_previousProblemAction) = action;
        m_viewMenu->addAction(action);
    }
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

void MainWindow::retranslateUi()
{
    setWindowTitle(m_folder.isEmpty() ? tr("Wesog Desk") : tr("%1 — Wesog Desk").arg(QDir(m_folder).dirName()));
    m_fileMenu->setTitle(tr("&File"));
    m_csv->retranslateUi();
    if (m_submissionUi)
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
    m_rescanAction->setText(tr("&Rescan Folder"));
    m_rescanAction->setToolTip(tr("Read the folder again and pick up files added, removed or changed (%1)")
                                   .arg(m_rescanAction->shortcut().toString(QKeySequence::NativeText)));
    m_settingsAction->setText(tr("&Preferences…"));
    m_revertAction->setText(tr("Re&vert to Loaded Values"));
    m_copyAction->setText(tr("&Copy"));
    m_pasteAction->setText(tr("&Paste"));
    m_fillDownAction->setText(tr("Fill &Down"));
    m_fillDownAction->setToolTip(tr("Copy the top selected value to the other selected rows"));
    m_findAction->setText(tr("&Find…"));
    m_previewAction->setText(tr("Full-Window &Preview"));
    m_presetsMenu->setTitle(tr("Pre&sets"));
    m_managePresetsAction->setText(tr("&Manage Presets…"));
    m_viewModeActions.at(TableOnly)->setText(tr("&Table"));
    m_viewModeActions.at(GridOnly)->setText(tr("Thumbnail &Grid"));
    m_viewModeActions.at(TableAndGrid)->setText(tr("Table &and Grid"));
    m_replaceAction->setText(tr("Find and &Replace…"));
    m_addToListAction->setText(tr("Add to &List…"));
    m_addToListAction->setToolTip(tr("Add a keyword, category or collection to every selected image"));
    m_removeFromListAction->setText(tr("Remove from Li&st…"));
    m_removeFromListAction->setToolTip(tr("Remove a keyword, category or collection from every selected image"));
    m_search->setPlaceholderText(tr("Search file names and metadata (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    updateFilterCounts();
    m_revertAction->setToolTip(tr("Put the selected cells back to the values read from the files"));

    m_cancelLoadAction->setToolTip(tr("Stop reading the folder (Esc)"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_selectAllAction->setText(tr("Select &All"));
    m_statusBarAction->setText(tr("&Status Bar"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_aboutAction->setText(tr("&About Wesog Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_errorDock->setWindowTitle(tr("Error Review"));
    m_errorDock->toggleViewAction()->setText(tr("&Error Review"));
    m_nextProblemAction->setText(tr("&Next Problem"));
    m_previousProblemAction->setText(tr("Pre&vious Problem"));
    m_inspectorDock->toggleViewAction()->setText(tr("&Inspector"));
    updateStatusText();
}

void MainWindow::updateStatusText()
{
    const int count = m_model->rowCount();
    m_countLabel->setText(tr("%n image(s)", nullptr, count));
    m_countLabel->setToolTip(m_folder.isEmpty() ? QString() : QDir::toNativeSeparators(m_folder));
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
    setViewMode(std::clamp(settings.value(s_viewModeKey, TableOnly).toInt(), int(TableOnly), int(TableAndGrid)));
    m_splitter->restoreState(settings.value(s_splitterKey).toByteArray());
    m_headerState = settings.value(s_headerKey).toByteArray();
    if (m_headerState.isEmpty() || !m_table->horizontalHeader()->restoreState(m_headerState)) {
        m_table->horizontalHeader()->resizeSection(RecordTableModel::FileColumn, 240); // room for thumbnail and name
        m_headerState = m_table->horizontalHeader()->saveState();
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState());
    settings.setValue(s_headerKey, m_headerState);
    settings.setValue(s_splitterKey, m_splitter->saveState());
}

void MainWindow::showProblem(int sourceRow, std::optional<Field> field)
{
    QModelIndex cell = m_filter->mapFromSource(
        m_model->index(sourceRow, field ? RecordTableModel::columnForField(*field) : RecordTableModel::FileColumn));
    if (!cell.isValid()) { // hidden by the search or the state filter: show everything
        m_search->clear();
        m_stateFilter->setCurrentIndex(0);
        cell = m_filter->mapFromSource(m_model->index(sourceRow, RecordTableModel::FileColumn));
    }
    m_table->setCurrentIndex(cell);
    m_table->selectionModel()->select(cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(cell);
    m_inspectorDock->show();
    m_inspector->showRow(sourceRow);
    m_inspector->focusField(field);
}

void MainWindow::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(this);
    m_about->open();
}

} // namespace Wesog
