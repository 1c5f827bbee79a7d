// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QWidget>

#include "core/record/fieldregistry.h"

class QAction;
class QComboBox;
class QItemSelectionModel;
class QLineEdit;
class QListView;
class QMenu;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;

namespace Wesog {

class CollectionSession;
class FindReplaceDialog;
class CodeReplacements;
class SpellChecker;
class SpellMarkUpdater;
class PreviewWindow;
class RecordDelegate;
class VocabularyEditors;
class RecordFilterModel;
class RecordTableModel;
class RemoteThumbnailLoader;
class ThumbnailService;
class ThumbnailUpdater;

/// The open collection's records as a table and a thumbnail grid sharing one filter and one
/// selection, the search box and the state filter with its counts, and every edit action that
/// works on the selection (copy, paste, fill down, revert, presets, list items, find and
/// replace, preview). The main window puts the actions in its menus; the widget does the work
/// (qBittorrent's TransferListWidget pattern).
/// Thread: GUI. Lifetime: a child of the main window; does not own the session.
class RecordListWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListWidget)

public:
    enum ViewMode { TableOnly, GridOnly, TableAndGrid };

    explicit RecordListWidget(CollectionSession *session, QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    RecordFilterModel *filter() const { return m_filter; }
    QItemSelectionModel *selectionModel() const;
    QTableView *table() const { return m_table; }
    /// Source rows of the selection, in no particular order.
    QList<int> selectedSourceRows() const;
    /// The source row of the current image, or -1.
    int currentSourceRow() const;
    /// Makes a row current and selected, on `field`'s cell if given; clears the search and the
    /// state filter if they hide it.
    void showCell(int sourceRow, std::optional<Field> field);

    void setViewMode(int mode);
    int viewMode() const { return m_viewMode; }
    void setVocabularyFile(const QString &path);
    /// The code replacements expanded in the table's text editors, in pasted text and by
    /// Edit → Expand Codes (never null once set; empty for none).
    void setCodeReplacements(std::shared_ptr<const CodeReplacements> codes);
    /// Those code replacements, for the editors and imports that work on this list; null before set.
    std::shared_ptr<const CodeReplacements> codeReplacements() const { return m_codes; }
    /// The metadata language's spell checker for the editors and the table's marks (every row is
    /// checked again); null when it has no dictionary. It keeps the words the user added or
    /// ignored in the one it replaces (SpellChecker::keepSessionWordsOf).
    void setSpellChecker(std::shared_ptr<SpellChecker> checker);
    SpellMarkUpdater *spellMarkUpdater() const { return m_spellMarks; }
    /// The controlled vocabularies of the editors (the inspector shows them too).
    VocabularyEditors *vocabularies() const { return m_vocabularies; }

    /// The edit actions on the selection, for the Edit menu (in menu order; null = separator).
    QList<QAction *> editActions() const;
    QMenu *presetsMenu() const { return m_presetsMenu; }
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *selectAllAction() const { return m_selectAllAction; }
    QAction *previewAction() const { return m_previewAction; }
    /// Table, Thumbnail Grid, Table and Grid (Ctrl+1, 2, 3), in ViewMode order.
    QList<QAction *> viewModeActions() const { return m_viewModeActions; }

    /// Column order, widths, hidden columns, sort, view mode and the table/grid split.
    void restoreLayout(const QSettings &settings);
    void saveLayout(QSettings &settings) const;

signals:
    /// The current image changed (-1: none).
    void currentRowChanged(int sourceRow);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createViews();
    void createActions();
    void retranslateUi();
    void showColumnMenu(const QPoint &position);
    void updateFilterCounts();
    void copySelection();
    void pasteClipboard();
    void fillDown();
    void expandCodes();
    void revertSelection();
    void rebuildPresetsMenu();
    void applyPreset(const QString &name);
    void showPreview();
    void stepPreview(int delta);
    void showFindReplace();
    void showWarning(const QString &title, const QString &text);
    /// Tells the thumbnail and spell-mark updaters which rows the table and the grid show now.
    void requestVisibleThumbnails();
    QList<int> visibleTableRows() const;
    QList<int> visibleGridRows() const;

    CollectionSession *m_session;
    RecordTableModel *m_model;
    RecordFilterModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    RecordDelegate *m_delegate = nullptr;
    VocabularyEditors *m_vocabularies = nullptr;
    QListView *m_grid = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QTimer *m_countsTimer = nullptr;
    ThumbnailService *m_thumbnails = nullptr;
    ThumbnailUpdater *m_thumbnailUpdater = nullptr;
    SpellMarkUpdater *m_spellMarks = nullptr;
    QTimer *m_visibleTimer = nullptr; ///< one request per burst of scrolling
    QByteArray m_headerState; ///< kept across collections and runs
    int m_viewMode = TableOnly;
    PreviewWindow *m_preview = nullptr;
    RemoteThumbnailLoader *m_remotePreviews = nullptr; ///< the preview of rows without files
    FindReplaceDialog *m_findReplace = nullptr;
    QMenu *m_presetsMenu = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_fillDownAction = nullptr;
    QAction *m_expandCodesAction = nullptr;
    std::shared_ptr<const CodeReplacements> m_codes;
    QAction *m_addToListAction = nullptr;
    QAction *m_removeFromListAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_managePresetsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_previewAction = nullptr;
    QList<QAction *> m_viewModeActions;
};

} // namespace Wesog
