// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>
#include <optional>

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPixmap>

#include "core/library/imagemetadata.h"
#include "core/library/metadatawriter.h"
#include "core/record/rarevalues.h"
#include "core/record/validation.h"
#include "core/submit/submitstate.h"
#include "core/workspace/celledit.h"
#include "models/rowindex.h"

class QUndoStack;

namespace Wesog {

class CodeReplacements;
class LanguageManager;
class Workspace;

/// The states the filter offers, with a count each; a row can be in several.
enum class RecordState { All, Edited, Invalid, NotSent, Sent, Failed, Conflicts, Unreadable, Misspelled };
constexpr int RecordStateCount = 9;

/// One image of the open folder: where it is, what was read, and what went wrong.
struct RecordRow
{
    QString absolutePath; ///< empty for a row without a file (a server collection's image)
    QString relativePath; ///< unique in the collection; a server row's image id
    /// Where a row without a file shows its image from (the server's thumbnail, watermark or src).
    QString imageUrl;
    ImageMetadata metadata; ///< record with id and src from the templates
    HeapOptional<ScanError> error; ///< set when the file could not be read
    QString sha1; ///< for {sha1} templates, when they are used
    qint64 size = -1; ///< the file as it was read, to notice changes on disk
    qint64 modifiedMs = -1;
    ImageRecord loaded; ///< the values as read (and templated), before any edit
    QSet<int> editedFields; ///< fields (as int) whose value is an edit
    bool changedOnDisk = false; ///< the file changed after it was edited: a conflict
    HeapOptional<WriteError> writeError; ///< the last write into the file was refused
    QList<FieldIssue> issues; ///< validation findings of the current values
    RareValue<RecordSubmission> submission; ///< where it is on its way to the server
    /// A row of a server collection: the record as the server held it when loaded, the base of
    /// its three-way check until a send of it is accepted (SubmissionController::baseForSending).
    std::optional<ImageRecord> serverBase;
    /// Sent before, and its values now differ from what was sent. Kept by the model where values
    /// and submissions change, so painting never serialises a record.
    bool editedSinceSent = false;
    quint16 stateBits = 0; ///< RecordState bits this row is counted in (kept by the model)
    /// Bits (1 << int(Field)) of the spell-checked fields holding a misspelling, as the
    /// SpellMarkUpdater last found them; painting reads them, it never checks spelling.
    quint32 misspelledFields = 0;

    const ImageRecord &record() const { return metadata.record; }
    bool hasFile() const { return !absolutePath.isEmpty(); }
    /// What its thumbnail is known by: the file, or the image URL of a row without a file.
    const QString &thumbnailKey() const { return hasFile() ? absolutePath : imageUrl; }
    bool isEdited(Field field) const { return editedFields.contains(int(field)); }
    bool isInvalid() const { return hasErrors(issues); }
    bool isIn(RecordState state) const;
};

} // namespace Wesog

// The table's list of rows grows by moving its memory, not row by row: appending a part to
// 91,500 rows took 29 ms when each row was moved on its own. Every member moves by memcpy (Qt's
// implicitly shared types and containers, unique_ptr, optional of those); a std::string,
// std::map or std::function member would not, and would have to go behind a pointer.
Q_DECLARE_TYPEINFO(Wesog::RecordRow, Q_RELOCATABLE_TYPE);

namespace Wesog {

/// One row per image; a File column, a State column, then one column per field of the field
/// registry. Keeps a record-id → row hash for mapping server answers to rows. Thumbnails
/// arrive asynchronously; their dataChanged signals are coalesced into contiguous ranges.
/// Thread: GUI only. Lifetime: owned by the composition root; holds rows by value.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Column { FileColumn, StateColumn, FirstFieldColumn };
    /// Raw value for sorting (dates as text sort correctly in ISO form, flags as bool).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// True for rows whose file could not be read.
    static constexpr int HasErrorRole = Qt::UserRole + 2;
    /// The File column's thumbnail as a QImage at the service's size (for the grid); null
    /// until it has been made.
    static constexpr int ThumbnailRole = Qt::UserRole + 3;
    /// True for a cell holding a misspelled word (from setSpellMarks(); never checked in data()).
    static constexpr int SpellMarkRole = Qt::UserRole + 4;

    /// Every change is one undo step on `undo`, written to `workspace` in one transaction
    /// before it shows. `languages` (optional) retranslates the headers and states.
    RecordTableModel(LanguageManager *languages, Workspace *workspace, QUndoStack *undo, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Sets `field` of every row in `rows` to `value` as one undo step named `action`. A value
    /// equal to the loaded one drops the edit. Returns false if nothing could be stored.
    bool editCells(const QList<int> &rows, Field field, const FieldValue &value, const QString &action);
    /// One cell's new value, for edits that differ per cell (paste, fill down).
    struct CellValue
    {
        int row = 0;
        Field field = Field::Title;
        FieldValue value;
    };
    /// Sets each cell to its value as one undo step; false, changing nothing, if any value
    /// does not fit its field.
    bool editCellValues(const QList<CellValue> &cells, const QString &action);
    /// Puts the given cells back to their loaded values, as one undo step.
    bool revertCells(const QList<QPair<int, Field>> &cells);
    /// Applies cell states (used by undo commands): stored first, then shown.
    bool writeCells(const QList<CellEdit> &cells);
    /// Turns an editor's value into a field value (text, list "a; b", yes/no/unset).
    static FieldValue parseEditValue(Field field, const QVariant &value);
    /// Reads a value typed or pasted as text (TSV, CSV): lists "a; b", flags yes/no/true/false/
    /// 1/0 (or the translated Yes/No), empty for unset. nullopt if a flag is none of those.
    static std::optional<FieldValue> parseText(Field field, const QString &text);

    /// A file's thumbnail, made for the grid, and its scaled copy for the File column; both roles
    /// of its row change (coalesced with others arriving at the same time). From ThumbnailUpdater.
    void setThumbnail(const QString &path, const QImage &thumbnail, const QPixmap &decoration);
    bool hasThumbnail(const QString &path) const { return m_decorations.contains(path); }
    /// The misspelled-field bits of rows (row → RecordRow::misspelledFields), as the
    /// SpellMarkUpdater found them; the Misspelled count moves by the rows that changed, and
    /// the changed cells emit dataChanged with SpellMarkRole only.
    void setSpellMarks(const QList<QPair<int, quint32>> &marks);

    static std::optional<Field> fieldForColumn(int column);
    static int columnForField(Field field) { return FirstFieldColumn + static_cast<int>(field); }

    /// Without the base class's two virtual calls: a sort of 1,000,000 rows asks for 40,000,000
    /// indexes.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row (a new folder).
    void setRows(QList<RecordRow> rows);
    /// Appends a batch with one insert, as a scan delivers it.
    void appendRows(const QList<RecordRow> &rows);
    void clear() { setRows({}); }
    /// Replaces one row in place (a file re-read after it changed on disk).
    void replaceRow(int row, RecordRow replacement);
    /// Re-applies the id and src of every row (the templates changed).
    void setIdsAndSources(const QList<QPair<QString, QString>> &idAndSrcPerRow);
    /// The row of a file path, or of the image URL of a row without a file (its thumbnailKey()).
    int rowOfPath(const QString &absolutePath) const { return m_rowByPath.row(absolutePath); }
    const RecordRow &row(int row) const { return m_rows.at(row); }
    /// The row of a record id, or -1 (always for an empty id). Duplicate ids map to their first row.
    int rowOfId(const QString &id) const { return m_rowById.row(id); }
    int errorCount() const { return m_errorCount; }
    int editedCount() const { return stateCount(RecordState::Edited); }
    int invalidCount() const { return stateCount(RecordState::Invalid); }
    /// How many rows are in `state`; kept up to date per changed row, never recounted.
    int stateCount(RecordState state) const { return m_stateCounts[size_t(state)]; }
    /// True when every role of a dataChanged is a thumbnail: nothing a count, a filter or the
    /// review depends on changed.
    static bool onlyThumbnails(const QList<int> &roles);
    /// True when every role of a dataChanged is a thumbnail or a spell mark: no value changed,
    /// so nothing validation, sorting or the review depends on (the state counts may have).
    static bool changesNoValue(const QList<int> &roles);
    /// The agency's extra required-field rules; every row is checked again.
    void setValidationRules(const ValidationRules &rules);
    /// The code replacements whose unknown codes are row warnings (`unknown-replacement-code`);
    /// every row is checked again. Null: no file, so every code in a text field is unknown.
    void setCodeReplacements(std::shared_ptr<const CodeReplacements> codes);

    /// Sets submission states by relative path (keys without a row are ignored).
    void setSubmissions(const QHash<QString, RecordSubmission> &byRelativePath);
    int rowOfRelativePath(const QString &relativePath) const { return m_rowByRelativePath.row(relativePath); }
    /// The Local sandbox's address, which {sandbox} stands for when a record is sent.
    void setSandboxBaseUrl(const QString &baseUrl);
    /// The record as it would be sent: {sandbox} resolved.
    ImageRecord recordToSend(int row) const;
    /// True if the row was sent and its values differ from what was sent.
    bool isEditedSinceSent(int row) const { return m_rows.at(row).editedSinceSent; }

signals:
    /// An edit could not be stored: nothing changed (the message is for the user).
    void editFailed(const QString &message);

private:
    void handleLanguageChanged();
    QString displayText(const FieldValue &value) const;
    QString sourcesTooltip(const RecordRow &row, Field field) const;
    void indexRows(int first);
    /// Adds the ids of the rows from `first` on to m_rowById (the first row with an id owns it).
    void indexIds(int first);
    /// After rows changed: validation (unless only their submission changed), the edited-since-
    /// sent flag, and the state counts, moved by the difference of each row's state bits.
    void settleRows(int first, int last, bool validate = true);
    /// The same for the rows listed (in any order, repeats allowed), as an edit changes them.
    void settleRows(QList<int> rows);
    /// One row's findings and edited-since-sent flag; touches that row only (any thread).
    void settleRow(int i, bool validate);
    void uncount(RecordRow &row);
    /// Moves the state counts by the difference of the row's state bits.
    void recount(RecordRow &row);
    void flushThumbnailChanges();

    QList<RecordRow> m_rows;
    RowIndex m_rowById; ///< the first row holding each id; rows without an id are not in it
    RowIndex m_rowByPath; ///< by thumbnailKey()
    RowIndex m_rowByRelativePath; ///< unique in a collection
    ValidationRules m_rules;
    std::shared_ptr<const CodeReplacements> m_codes;
    QString m_sandboxBaseUrl;
    Workspace *m_workspace;
    QUndoStack *m_undo;
    QVariant submissionData(const RecordRow &row, int rowIndex, int role) const;
    /// A text value holding `{sandbox}`, which the table shows resolved; empty for any other value.
    static QString sandboxTemplate(const FieldValue &value);
    static bool isFailedField(const RecordRow &row, Field field);
    /// The state icons, loaded once: data() is called for every painted cell.
    const QIcon &stateIcon(const QString &name) const;
    mutable QHash<QString, QIcon> m_stateIcons;

    QCache<QString, QPixmap> m_decorations { 3000 }; ///< by path, scaled once, painted many times
    QCache<QString, QImage> m_thumbnails { 64 * 1024 }; ///< by path, for the grid; cost in KiB
    QList<int> m_changedThumbnailRows;
    int m_errorCount = 0;
    std::array<int, RecordStateCount> m_stateCounts {};
};

} // namespace Wesog
