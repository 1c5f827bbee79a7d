// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/recordlistwidget.h"

#include <QAction>
#include <QActionGroup>
#include <climits>

#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "core/caption/codereplacements.h"
#include "core/caption/spellchecker.h"
#include "core/library/thumbnailservice.h"
#include "core/record/preset.h"
#include "models/collectionsession.h"
#include "models/keywordvocabulary.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "models/remotethumbnails.h"
#include "models/spellmarkupdater.h"
#include "models/thumbnailupdater.h"
#include "views/codeexpansion.h"
#include "views/findreplacedialog.h"
#include "views/listitemdialog.h"
#include "views/presetdialog.h"
#include "views/previewwindow.h"
#include "views/recorddelegate.h"
#include "views/shortcuts.h"
#include "views/tableeditor.h"
#include "views/thumbnaildelegate.h"
#include "views/vocabularyeditors.h"

namespace Wesog {

namespace {
const auto s_headerKey = QStringLiteral("window/tableHeader");
const auto s_viewModeKey = QStringLiteral("window/viewMode");
const auto s_splitterKey = QStringLiteral("window/splitter");
const auto s_presetsKey = QStringLiteral("presets/list");

QList<Preset> savedPresets()
{
    return Preset::listFromJson(QSettings().value(s_presetsKey).toByteArray());
}
} // namespace

RecordListWidget::RecordListWidget(CollectionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(session->model())
{
    setObjectName(QStringLiteral("recordList"));
    createViews();
    createActions();
    rebuildPresetsMenu();
    retranslateUi();
}

void RecordListWidget::createViews()
{
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
    QHeaderView *header = m_table->horizontalHeader();
    // Right-click on the header: choose which columns to show (kept with the layout).
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &RecordListWidget::showColumnMenu);
    auto rememberHeader = [this] { m_headerState = m_table->horizontalHeader()->saveState(); };
    connect(header, &QHeaderView::sectionResized, this, rememberHeader);
    connect(header, &QHeaderView::sectionMoved, this, rememberHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, rememberHeader);
    // A model reset (a new collection) lays the header out afresh; put the user's layout back.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_headerState.isEmpty())
            m_table->horizontalHeader()->restoreState(m_headerState);
    });
    m_delegate = new RecordDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    m_vocabularies = new VocabularyEditors(m_model, this);
    m_vocabularies->keywords()->setUserTermsFile(KeywordVocabulary::defaultUserTermsFile());
    m_delegate->setVocabularies(m_vocabularies);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    // Fixed row height keeps scrolling through 100,000 rows cheap (design.md §3.3).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide(); // sorted rows make source row numbers meaningless
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->setIconSize(QSize(52, 40));
    header->setDefaultSectionSize(150);
    header->setTextElideMode(Qt::ElideRight);
    header->setSectionsMovable(true);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            emit currentRowChanged(current.isValid() ? m_filter->mapToSource(current).row() : -1);
        });

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
    connect(m_grid, &QAbstractItemView::doubleClicked, this, &RecordListWidget::showPreview);

    // Thumbnails are made for what is on screen, as it comes on screen.
    m_thumbnails = new ThumbnailService(160, this);
    auto *remote
        = new RemoteThumbnailLoader(m_session->network(), RemoteThumbnailLoader::defaultCacheDirectory(), 160, this);
    m_thumbnailUpdater = new ThumbnailUpdater(m_model, m_thumbnails, remote, m_table->iconSize(), this);
    m_remotePreviews
        = new RemoteThumbnailLoader(m_session->network(), RemoteThumbnailLoader::defaultCacheDirectory(), 2048, this);
    const auto refreshPreview = [this](const QString &url) {
        const int row = currentSourceRow();
        if (m_preview && m_preview->isVisible() && row >= 0 && m_model->row(row).imageUrl == url)
            m_preview->showFetched(
                m_remotePreviews->thumbnail(url), m_model->row(row).relativePath, m_remotePreviews->failureReason(url));
    };
    connect(m_remotePreviews, &RemoteThumbnailLoader::thumbnailReady, this, refreshPreview);
    connect(m_remotePreviews, &RemoteThumbnailLoader::thumbnailFailed, this, refreshPreview);
    m_spellMarks = new SpellMarkUpdater(m_model, this);
    // A word added or ignored in an editor may be in any row.
    connect(m_delegate, &RecordDelegate::spellingDictionaryChanged, m_spellMarks, &SpellMarkUpdater::recheckAll);
    m_visibleTimer = new QTimer(this);
    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(20);
    connect(m_visibleTimer, &QTimer::timeout, this, &RecordListWidget::requestVisibleThumbnails);
    auto visibleChanged = [this] { m_visibleTimer->start(); };
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, visibleChanged);
    connect(m_grid->verticalScrollBar(), &QScrollBar::valueChanged, this, visibleChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, visibleChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, visibleChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, visibleChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, visibleChanged);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("viewSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_grid);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_visibleTimer->start(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter);

    // The model keeps the state counts; the labels follow them at most every quarter second.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(250);
    connect(m_countsTimer, &QTimer::timeout, this, &RecordListWidget::updateFilterCounts);
    connect(m_model, &QAbstractItemModel::modelReset, m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (!RecordTableModel::onlyThumbnails(roles))
                m_countsTimer->start();
        });
}

void RecordListWidget::createActions()
{
    auto action = [this](const char *name, const QKeySequence &shortcut, auto slot) {
        auto *created = new QAction(this);
        created->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            created->setShortcut(shortcut);
        created->setShortcutContext(Qt::WindowShortcut);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_copyAction = action("copyAction", {}, &RecordListWidget::copySelection);
    setDocumentedShortcut(m_copyAction, QKeySequence(Qt::CTRL | Qt::Key_C), QKeySequence::Copy);
    m_pasteAction = action("pasteAction", {}, &RecordListWidget::pasteClipboard);
    setDocumentedShortcut(m_pasteAction, QKeySequence(Qt::CTRL | Qt::Key_V), QKeySequence::Paste);
    m_fillDownAction = action("fillDownAction", QKeySequence(Qt::CTRL | Qt::Key_D), &RecordListWidget::fillDown);
    m_expandCodesAction = action("expandCodesAction", {}, &RecordListWidget::expandCodes);
    for (const auto mode : { ListItemDialog::Mode::Add, ListItemDialog::Mode::Remove }) {
        const bool add = mode == ListItemDialog::Mode::Add;
        QAction *created = action(add ? "addToListAction" : "removeFromListAction",
            add ? QKeySequence(Qt::CTRL | Qt::Key_K) : QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this, mode] {
                auto *dialog = new ListItemDialog(mode, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
        (add ? m_addToListAction : m_removeFromListAction) = created;
    }
    m_revertAction = action("revertAction", {}, &RecordListWidget::revertSelection);
    m_managePresetsAction = action("managePresetsAction", {}, [this] {
        auto *dialog = new PresetDialog(savedPresets(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            QSettings().setValue(s_presetsKey, Preset::listToJson(dialog->presets()));
            rebuildPresetsMenu();
        });
        dialog->open();
    });
    m_presetsMenu = new QMenu(this);
    m_presetsMenu->setObjectName(QStringLiteral("presetsMenu"));
    m_findAction = action("findAction", {}, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    setDocumentedShortcut(m_findAction, QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence::Find);
    m_replaceAction = action("replaceAction", {}, &RecordListWidget::showFindReplace);
    setDocumentedShortcut(m_replaceAction, QKeySequence(Qt::CTRL | Qt::Key_H), QKeySequence::Replace);
    m_selectAllAction = action("selectAllAction", {}, [this] { m_table->selectAll(); });
    setDocumentedShortcut(m_selectAllAction, QKeySequence(Qt::CTRL | Qt::Key_A), QKeySequence::SelectAll);
    m_previewAction = action("previewAction", QKeySequence(Qt::Key_Space), &RecordListWidget::showPreview);
    auto *viewModes = new QActionGroup(this);
    for (int mode : { TableOnly, GridOnly, TableAndGrid }) {
        QAction *created = action("", QKeySequence(Qt::CTRL | (Qt::Key_1 + mode)), [this, mode] { setViewMode(mode); });
        created->setObjectName(QStringLiteral("viewModeAction%1").arg(mode));
        created->setCheckable(true);
        created->setActionGroup(viewModes);
        m_viewModeActions << created;
    }
    // Window-wide shortcuts: the actions live here, the main window's menus show them.
    addActions({ m_copyAction, m_pasteAction, m_fillDownAction, m_expandCodesAction, m_addToListAction,
        m_removeFromListAction, m_revertAction, m_findAction, m_replaceAction, m_selectAllAction, m_previewAction });
    addActions(m_viewModeActions);
}

QList<QAction *> RecordListWidget::editActions() const
{
    return { m_copyAction, m_pasteAction, m_fillDownAction, m_expandCodesAction, m_addToListAction,
        m_removeFromListAction, m_presetsMenu->menuAction(), m_revertAction, nullptr, m_findAction, m_replaceAction,
        m_selectAllAction };
}

QItemSelectionModel *RecordListWidget::selectionModel() const
{
    return m_table->selectionModel();
}

QList<int> RecordListWidget::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_filter->mapToSource(index).row();
    return rows;
}

int RecordListWidget::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void RecordListWidget::showCell(int sourceRow, std::optional<Field> field)
{
    const int column = field ? RecordTableModel::columnForField(*field) : RecordTableModel::FileColumn;
    QModelIndex cell = m_filter->mapFromSource(m_model->index(sourceRow, column));
    if (!cell.isValid()) { // hidden by the search or the state filter: show everything
        m_search->clear();
        m_stateFilter->setCurrentIndex(0);
        cell = m_filter->mapFromSource(m_model->index(sourceRow, RecordTableModel::FileColumn));
    }
    m_table->setCurrentIndex(cell);
    m_table->selectionModel()->select(cell, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(cell);
}

void RecordListWidget::setViewMode(int mode)
{
    m_viewMode = std::clamp(mode, int(TableOnly), int(TableAndGrid));
    m_table->setVisible(m_viewMode != GridOnly);
    m_grid->setVisible(m_viewMode != TableOnly);
    m_viewModeActions.at(m_viewMode)->setChecked(true);
    m_visibleTimer->start();
    QSettings().setValue(s_viewModeKey, m_viewMode);
}

void RecordListWidget::setCodeReplacements(std::shared_ptr<const CodeReplacements> codes)
{
    m_codes = std::move(codes);
    m_delegate->setCodeReplacements(m_codes);
    m_model->setCodeReplacements(m_codes); // the unknown codes become row warnings
    // ...and their words are no misspelling (the editors read the delegate's codes).
    m_spellMarks->setCodeDelimiter(m_codes ? m_codes->delimiter() : CodeReplacements::defaultDelimiter());
    if (m_findReplace)
        m_findReplace->setCodeReplacements(m_codes);
}

void RecordListWidget::setSpellChecker(std::shared_ptr<SpellChecker> checker)
{
    if (checker && m_delegate->spellChecker())
        checker->keepSessionWordsOf(*m_delegate->spellChecker());
    m_delegate->setSpellChecker(checker);
    m_spellMarks->setSpellChecker(std::move(checker));
}

void RecordListWidget::setVocabularyFile(const QString &path)
{
    m_delegate->setVocabularyFile(path);
    m_vocabularies->keywords()->setAgencyFile(path); // the agency's keywords rank with the folder's
}

void RecordListWidget::restoreLayout(const QSettings &settings)
{
    setViewMode(settings.value(s_viewModeKey, TableOnly).toInt());
    m_splitter->restoreState(settings.value(s_splitterKey).toByteArray());
    m_headerState = settings.value(s_headerKey).toByteArray();
    if (m_headerState.isEmpty() || !m_table->horizontalHeader()->restoreState(m_headerState)) {
        m_table->horizontalHeader()->resizeSection(RecordTableModel::FileColumn, 240); // thumbnail and name
        m_headerState = m_table->horizontalHeader()->saveState();
    }
}

void RecordListWidget::saveLayout(QSettings &settings) const
{
    settings.setValue(s_headerKey, m_headerState);
    settings.setValue(s_splitterKey, m_splitter->saveState());
}

void RecordListWidget::showColumnMenu(const QPoint &position)
{
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
}

void RecordListWidget::updateFilterCounts()
{
    // In RecordFilterModel::State order.
    const QStringList names { tr("All images (%1)"), tr("Edited (%1)"), tr("Invalid (%1)"), tr("Not sent (%1)"),
        tr("Sent (%1)"), tr("Failed (%1)"), tr("Conflicts (%1)"), tr("Unreadable (%1)"), tr("Misspelled (%1)") };
    for (int i = 0; i < names.size(); ++i)
        m_stateFilter->setItemText(
            i, names.at(i).arg(QLocale().toString(m_filter->count(static_cast<RecordFilterModel::State>(i)))));
}

void RecordListWidget::copySelection()
{
    const TableEditor editor(m_model, m_filter, m_table->horizontalHeader());
    const QString text = editor.copy(m_table->selectionModel()->selectedIndexes());
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void RecordListWidget::pasteClipboard()
{
    TableEditor editor(m_model, m_filter, m_table->horizontalHeader());
    editor.setCodeReplacements(m_codes.get());
    const QStringList problems = editor.paste(
        QGuiApplication::clipboard()->text(), m_table->currentIndex(), m_table->selectionModel()->selectedIndexes());
    if (!problems.isEmpty())
        showWarning(tr("Nothing Pasted"),
            tr("The clipboard does not fit here, so nothing was changed:\n%1")
                .arg(problems.mid(0, 8).join(QLatin1Char('\n'))));
}

void RecordListWidget::fillDown()
{
    TableEditor(m_model, m_filter, m_table->horizontalHeader()).fillDown(m_table->selectionModel()->selectedIndexes());
}

void RecordListWidget::expandCodes()
{
    if (!m_codes)
        return;
    QModelIndexList cells;
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        cells << m_filter->mapToSource(index);
    CodeExpander::expandCells(m_model, *m_codes, cells);
}

void RecordListWidget::revertSelection()
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

void RecordListWidget::rebuildPresetsMenu()
{
    m_presetsMenu->clear();
    for (const Preset &preset : savedPresets()) {
        QAction *action = m_presetsMenu->addAction(preset.name);
        action->setObjectName(QStringLiteral("presetAction"));
        connect(action, &QAction::triggered, this, [this, name = preset.name] { applyPreset(name); });
    }
    m_presetsMenu->addSeparator();
    m_presetsMenu->addAction(m_managePresetsAction);
}

void RecordListWidget::applyPreset(const QString &name)
{
    const QList<Preset> presets = savedPresets();
    const auto preset
        = std::find_if(presets.cbegin(), presets.cend(), [&name](const Preset &p) { return p.name == name; });
    if (preset == presets.cend())
        return;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Preset expanded = m_codes ? m_codes->expandedPreset(*preset) : *preset;
    QList<RecordTableModel::CellValue> cells;
    for (int row : selectedSourceRows()) {
        const RecordRow &current = m_model->row(row);
        // A server row has no file: its src URL names the image instead.
        const ImageRecord applied = expanded.applied(current.record(),
            current.hasFile() ? Preset::Context::forFile(current.absolutePath, today)
                              : Preset::Context::forUrl(current.record().src(), today));
        for (const Preset::Entry &entry : expanded.entries)
            cells.append({ row, entry.field, applied.value(entry.field) });
    }
    m_model->editCellValues(cells, tr("Apply preset \"%1\"").arg(name));
}

void RecordListWidget::showPreview()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    if (!m_preview) {
        m_preview = new PreviewWindow(this);
        connect(m_preview, &PreviewWindow::stepRequested, this, &RecordListWidget::stepPreview);
    }
    const RecordRow &current = m_model->row(row);
    if (current.hasFile())
        m_preview->showImage(current.absolutePath);
    else
        m_preview->showFetched(m_remotePreviews->thumbnail(current.imageUrl), current.relativePath,
            m_remotePreviews->failureReason(current.imageUrl));
}

void RecordListWidget::stepPreview(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    const int next = (current.isValid() ? current.row() : 0) + delta;
    if (next < 0 || next >= m_filter->rowCount())
        return;
    m_table->setCurrentIndex(m_filter->index(next, current.isValid() ? current.column() : 0));
    showPreview();
}

void RecordListWidget::showFindReplace()
{
    if (!m_findReplace) {
        m_findReplace = new FindReplaceDialog(m_model, m_filter, m_table, this);
        m_findReplace->setCodeReplacements(m_codes);
    }
    m_findReplace->show(); // modeless: the table stays usable
    m_findReplace->raise();
    m_findReplace->activateWindow();
}

void RecordListWidget::showWarning(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("warningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void RecordListWidget::requestVisibleThumbnails()
{
    QList<int> proxyRows = visibleTableRows() + visibleGridRows();
    std::sort(proxyRows.begin(), proxyRows.end());
    proxyRows.erase(std::unique(proxyRows.begin(), proxyRows.end()), proxyRows.end());
    QList<int> sourceRows;
    sourceRows.reserve(proxyRows.size());
    for (int row : std::as_const(proxyRows))
        sourceRows.append(m_filter->mapToSource(m_filter->index(row, RecordTableModel::FileColumn)).row());
    m_thumbnailUpdater->setVisibleRows(sourceRows);
    m_spellMarks->setVisibleRows(sourceRows);
}

QList<int> RecordListWidget::visibleTableRows() const
{
    QList<int> rows;
    if (!m_table->isVisible() || m_filter->rowCount() == 0)
        return rows;
    const int first = std::max(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_filter->rowCount() - 1;
    for (int row = first; row <= last; ++row)
        rows.append(row);
    return rows;
}

QList<int> RecordListWidget::visibleGridRows() const
{
    QList<int> rows;
    if (!m_grid->isVisible() || m_filter->rowCount() == 0)
        return rows;
    // Icon mode keeps the proxy's order: the visible cells are one run of rows. Sampling the
    // viewport at half-cell steps finds its first and last.
    const QSize cell = m_grid->visualRect(m_filter->index(0, RecordTableModel::FileColumn)).size();
    const int stepX = std::max(8, cell.width() / 2);
    const int stepY = std::max(8, cell.height() / 2);
    const QRect area = m_grid->viewport()->rect();
    int first = INT_MAX;
    int last = -1;
    for (int y = area.top(); y <= area.bottom(); y += stepY) {
        for (int x = area.left(); x <= area.right(); x += stepX) {
            const QModelIndex index = m_grid->indexAt(QPoint(x, y));
            if (index.isValid()) {
                first = std::min(first, index.row());
                last = std::max(last, index.row());
            }
        }
    }
    for (int row = first; row <= last; ++row)
        rows.append(row);
    return rows;
}

void RecordListWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_visibleTimer->start();
}

void RecordListWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_visibleTimer->start();
}

void RecordListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordListWidget::retranslateUi()
{
    m_copyAction->setText(tr("&Copy"));
    m_pasteAction->setText(tr("&Paste"));
    m_fillDownAction->setText(tr("Fill &Down"));
    m_fillDownAction->setToolTip(tr("Copy the top selected value to the other selected rows"));
    m_expandCodesAction->setText(tr("E&xpand Codes"));
    m_expandCodesAction->setToolTip(tr("Replace the code replacement codes in the selected cells"));
    m_addToListAction->setText(tr("Add to &List…"));
    m_addToListAction->setToolTip(tr("Add a keyword, category or collection to every selected image"));
    m_removeFromListAction->setText(tr("Remove from Li&st…"));
    m_removeFromListAction->setToolTip(tr("Remove a keyword, category or collection from every selected image"));
    m_revertAction->setText(tr("Re&vert to Loaded Values"));
    m_revertAction->setToolTip(tr("Put the selected cells back to the values read from the files"));
    m_presetsMenu->setTitle(tr("Pre&sets"));
    m_managePresetsAction->setText(tr("&Manage Presets…"));
    m_findAction->setText(tr("&Find…"));
    m_replaceAction->setText(tr("Find and &Replace…"));
    m_selectAllAction->setText(tr("Select &All"));
    m_previewAction->setText(tr("Full-Window &Preview"));
    m_viewModeActions.at(TableOnly)->setText(tr("&Table"));
    m_viewModeActions.at(GridOnly)->setText(tr("Thumbnail &Grid"));
    m_viewModeActions.at(TableAndGrid)->setText(tr("Table &and Grid"));
    m_search->setPlaceholderText(
        tr("Search file names and metadata (%1)").arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    updateFilterCounts();
}

} // namespace Wesog
