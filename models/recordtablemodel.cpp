// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/recordtablemodel.h"
#include "core/workspace/workspace.h"

#include "core/caption/codereplacements.h"
#include "core/library/pathtemplate.h"
#include "core/record/recordcodec.h"

#include <algorithm>
#include <functional>
#include <vector>

#include <QDate>
#include <QFont>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentMap>

#include "core/caption/countrynames.h"
#include "core/caption/vocabularies.h"
#include "core/i18n/languagemanager.h"
#include "models/parallelranges.h"

// The state icons live in this static library's resources; unreferenced, the linker would drop
// them, so the model registers them itself (Q_INIT_RESOURCE cannot be used inside a namespace).
static void initStateIcons()
{
    Q_INIT_RESOURCE(icons);
}

namespace Wesog {

namespace {

/// The row's image id where the record keeps it (a view into it, for RowIndex; null when unset).
QStringView idOf(const RecordRow &row)
{
    const auto *id = std::get_if<QString>(&row.record().value(Field::Id));
    return id ? QStringView(*id) : QStringView();
}

} // namespace

const QIcon &RecordTableModel::stateIcon(const QString &name) const
{
    auto it = m_stateIcons.find(name);
    if (it == m_stateIcons.end())
        it = m_stateIcons.insert(name, QIcon(QStringLiteral(":/icons/%1.png").arg(name)));
    return *it;
}

RecordTableModel::RecordTableModel(LanguageManager *languages, Workspace *workspace, QUndoStack *undo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rowById([this](int row) { return idOf(m_rows.at(row)); })
    , m_rowByPath([this](int row) { return QStringView(m_rows.at(row).thumbnailKey()); })
    , m_rowByRelativePath([this](int row) { return QStringView(m_rows.at(row).relativePath); })
    , m_workspace(workspace)
    , m_undo(undo)
{
    initStateIcons();
    if (languages)
        connect(languages, &LanguageManager::languageChanged, this, &RecordTableModel::handleLanguageChanged);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && fieldForColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const std::optional<Field> field = fieldForColumn(index.column());
    if (role != Qt::EditRole || !field || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return editCells(
        { index.row() }, *field, parseEditValue(*field, value), tr("Edit %1").arg(FieldRegistry::label(*field)));
}

FieldValue RecordTableModel::parseEditValue(Field field, const QVariant &value)
{
    switch (FieldRegistry::info(field).type) {
    case FieldType::Bool:
        if (value.typeId() == QMetaType::Bool)
            return value.toBool();
        return std::monostate {};
    case FieldType::TextList: {
        QStringList items = value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                                     : value.toString().split(QLatin1Char(';'));
        QStringList cleaned;
        for (const QString &item : items) {
            if (!item.trimmed().isEmpty() && !cleaned.contains(item.trimmed()))
                cleaned << item.trimmed();
        }
        if (cleaned.isEmpty())
            return std::monostate {};
        return cleaned;
    }
    default: {
        const QString text = value.toString();
        if (text.trimmed().isEmpty())
            return std::monostate {};
        // A caption keeps its line breaks; single-line fields lose stray outer spaces.
        return field == Field::Caption ? text : text.trimmed();
    }
    }
}

std::optional<FieldValue> RecordTableModel::parseText(Field field, const QString &text)
{
    if (!FieldRegistry::isBool(field))
        return parseEditValue(field, text);
    const QString value = text.trimmed().toCaseFolded();
    if (value.isEmpty())
        return FieldValue {};
    const QStringList yes { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1"), QStringLiteral("y"),
        tr("Yes").toCaseFolded() };
    const QStringList no { QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0"), QStringLiteral("n"),
        tr("No").toCaseFolded() };
    if (yes.contains(value))
        return FieldValue { true };
    if (no.contains(value))
        return FieldValue { false };
    return std::nullopt;
}

namespace {

/// Undo step for a group of cell edits; applying failed → obsolete, so nothing is recorded.
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(RecordTableModel *model, QList<CellEdit> before, QList<CellEdit> after, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void redo() override
    {
        if (!m_model->writeCells(m_after))
            setObsolete(true);
    }
    void undo() override { m_model->writeCells(m_before); }

private:
    RecordTableModel *m_model;
    QList<CellEdit> m_before;
    QList<CellEdit> m_after;
};

} // namespace

bool RecordTableModel::editCells(const QList<int> &rows, Field field, const FieldValue &value, const QString &action)
{
    QList<CellValue> cells;
    for (int row : rows)
        cells.append({ row, field, value });
    return editCellValues(cells, action);
}

bool RecordTableModel::editCellValues(const QList<CellValue> &cells, const QString &action)
{
    QList<CellEdit> before;
    QList<CellEdit> after;
    for (const CellValue &cell : cells) {
        if (cell.row < 0 || cell.row >= rowCount() || !ImageRecord::fitsType(cell.field, cell.value))
            return false; // the caller checks values before; a bad one changes nothing
        const RecordRow &current = m_rows.at(cell.row);
        if (current.record().value(cell.field) == cell.value)
            continue; // already so: not a change
        before.append({ current.relativePath, cell.field,
            current.isEdited(cell.field) ? std::optional<FieldValue>(current.record().value(cell.field))
                                         : std::nullopt });
        after.append({ current.relativePath, cell.field,
            current.loaded.value(cell.field) == cell.value ? std::nullopt : std::optional<FieldValue>(cell.value) });
    }
    if (after.isEmpty())
        return true;
    // The index, not the count: after an undo, a push drops the step that could be redone, so the
    // count stays the same although the edit is made. A step whose edit failed is not kept.
    const int index = m_undo->index();
    m_undo->push(new EditCommand(this, before, after, action));
    return m_undo->index() > index;
}

bool RecordTableModel::revertCells(const QList<QPair<int, Field>> &cells)
{
    QList<CellEdit> before;
    QList<CellEdit> after;
    for (const auto &[row, field] : cells) {
        if (row < 0 || row >= rowCount() || !m_rows.at(row).isEdited(field))
            continue;
        before.append({ m_rows.at(row).relativePath, field, m_rows.at(row).record().value(field) });
        after.append({ m_rows.at(row).relativePath, field, std::nullopt });
    }
    if (after.isEmpty())
        return true;
    const int index = m_undo->index(); // as in editCellValues()
    m_undo->push(new EditCommand(this, before, after, tr("Revert %n cell(s)", nullptr, int(after.size()))));
    return m_undo->index() > index;
}

bool RecordTableModel::writeCells(const QList<CellEdit> &cells)
{
    QString error;
    if (!m_workspace->write(cells, &error)) {
        emit editFailed(tr("The change could not be saved, so it was not made: %1").arg(error));
        return false;
    }
    // The id index reads its keys from the rows, whose ids change below: emptied first, made again after.
    const bool idsChange
        = std::any_of(cells.cbegin(), cells.cend(), [](const CellEdit &cell) { return cell.field == Field::Id; });
    if (idsChange)
        m_rowById.clear();
    QList<int> changed;
    QSet<Field> fields;
    for (const CellEdit &cell : cells) {
        const int row = m_rowByRelativePath.row(cell.relativePath);
        if (row < 0)
            continue;
        RecordRow &target = m_rows[row];
        target.metadata.record.setValue(cell.field, cell.value ? *cell.value : target.loaded.value(cell.field));
        if (cell.value)
            target.editedFields.insert(int(cell.field));
        else
            target.editedFields.remove(int(cell.field));
        fields.insert(cell.field);
        changed.append(row);
    }
    if (changed.isEmpty())
        return true;
    const auto [firstIt, lastIt] = std::minmax_element(changed.cbegin(), changed.cend());
    const int first = *firstIt;
    const int last = *lastIt;
    settleRows(std::move(changed));
    if (idsChange) // only ids move in the indexes; paths stay
        indexIds(0);
    // The state column and the edited columns only, so a sort on another column stays as it is.
    emit dataChanged(index(first, StateColumn), index(last, StateColumn));
    for (Field field : std::as_const(fields))
        emit dataChanged(index(first, columnForField(field)), index(last, columnForField(field)));
    return true;
}

void RecordTableModel::settleRows(int first, int last, bool validate)
{
    first = std::max(0, first);
    last = std::min(last, int(m_rows.size()) - 1);
    if (first > last)
        return;
    // A row's findings and its edited-since-sent flag depend on that row alone, so a folder of
    // 100,000 images is checked on every core; the counts are shared and kept on this thread.
    m_rows.detach(); // the workers write their own rows; none may detach the list under another
    forRanges(last - first + 1, [this, first, validate](int begin, int end) {
        for (int i = first + begin; i < first + end; ++i)
            settleRow(i, validate);
    });
    for (int i = first; i <= last; ++i)
        recount(m_rows[i]);
}

void RecordTableModel::settleRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    m_rows.detach(); // as in settleRows(first, last)
    // Checking a row costs about 10 µs, so an edit of a few thousand rows is worth the workers.
    constexpr int parallelFrom = 1000;
    forRanges(
        int(rows.size()),
        [this, &rows](int begin, int end) {
            for (int i = begin; i < end; ++i)
                settleRow(rows.at(i), true);
        },
        parallelFrom);
    for (int row : std::as_const(rows))
        recount(m_rows[row]);
}

void RecordTableModel::settleRow(int i, bool validate)
{
    RecordRow &row = m_rows.data()[i]; // no detach check: settleRows() detached the list
    if (validate && row.error)
        row.issues.clear();
    else if (validate) { // {sandbox} is filled in when sending; any valid base stands in for it here
        row.issues = validateRecord(row.record(), m_rules, QStringLiteral("http://127.0.0.1"));
        // The warning `wesogctl check` gives too: the same function, so the two agree.
        if (const std::optional<FieldIssue> country = Vocabularies::countryIssue(row.record(), *CountryNames::shared()))
            row.issues.append(*country);
        static const CodeReplacements noCodes;
        row.issues += (m_codes ? *m_codes : noCodes).unknownCodes(row.record());
    }
    row.editedSinceSent = false;
    if (!row.submission->sent.isEmpty()) {
        QByteArray now;
        RecordCodec::appendItemJson(recordToSend(i), &now);
        row.editedSinceSent = now != row.submission->sent;
    }
}

void RecordTableModel::recount(RecordRow &row)
{
    quint16 bits = 0;
    for (int state = 0; state < RecordStateCount; ++state)
        bits |= row.isIn(RecordState(state)) ? quint16(1U << state) : 0;
    for (int state = 0; state < RecordStateCount; ++state)
        m_stateCounts[size_t(state)] += int((bits >> state) & 1U) - int((row.stateBits >> state) & 1U);
    row.stateBits = bits;
}

void RecordTableModel::setSpellMarks(const QList<QPair<int, quint32>> &marks)
{
    for (const auto &[rowIndex, fields] : marks) {
        if (rowIndex < 0 || rowIndex >= m_rows.size() || m_rows.at(rowIndex).misspelledFields == fields)
            continue;
        RecordRow &row = m_rows[rowIndex];
        const quint32 changed = row.misspelledFields ^ fields;
        row.misspelledFields = fields;
        recount(row);
        // Only the spell-checked columns that changed; they lie side by side (title … alt text).
        int first = FieldCount, last = -1;
        for (int field = 0; field < FieldCount; ++field) {
            if (changed & (1U << field)) {
                first = std::min(first, field);
                last = std::max(last, field);
            }
        }
        emit dataChanged(index(rowIndex, columnForField(Field(first))), index(rowIndex, columnForField(Field(last))),
            { SpellMarkRole });
    }
}

void RecordTableModel::uncount(RecordRow &row)
{
    for (int state = 0; state < RecordStateCount; ++state)
        m_stateCounts[size_t(state)] -= int((row.stateBits >> state) & 1U);
    row.stateBits = 0;
}

bool RecordTableModel::onlyThumbnails(const QList<int> &roles)
{
    return !roles.isEmpty() && std::all_of(roles.cbegin(), roles.cend(), [](int role) {
        return role == Qt::DecorationRole || role == ThumbnailRole;
    });
}

bool RecordTableModel::changesNoValue(const QList<int> &roles)
{
    return !roles.isEmpty() && std::all_of(roles.cbegin(), roles.cend(), [](int role) {
        return role == Qt::DecorationRole || role == ThumbnailRole || role == SpellMarkRole;
    });
}

void RecordTableModel::setSandboxBaseUrl(const QString &baseUrl)
{
    if (baseUrl == m_sandboxBaseUrl)
        return;
    m_sandboxBaseUrl = baseUrl;
    settleRows(0, rowCount() - 1, false); // what "sent" compares with resolves {sandbox} anew
    if (!m_rows.isEmpty()) // the URL columns show the resolved address
        emit dataChanged(index(0, FirstFieldColumn), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole });
}

QString RecordTableModel::sandboxTemplate(const FieldValue &value)
{
    const auto *text = std::get_if<QString>(&value);
    return text && text->contains(QLatin1String("{sandbox}")) ? *text : QString();
}

bool RecordTableModel::isFailedField(const RecordRow &row, Field field)
{
    // A 422 names the field; until the record is sent again the cell carries the refusal.
    return row.submission->state == SubmitState::Failed && !row.submission->field.isEmpty()
        && row.submission->field == FieldRegistry::jsonKey(field);
}

QVariant RecordTableModel::submissionData(const RecordRow &row, int rowIndex, int role) const
{
    const RecordSubmission &submission = *row.submission;
    const QString operation = submission.opId ? tr(" (operation %1)").arg(*submission.opId) : QString();
    QString text;
    QString icon;
    QString sortKey;
    switch (submission.state) {
    case SubmitState::Failed:
        text = tr("Failed: %1").arg(submission.message.text());
        icon = QStringLiteral("state-error");
        sortKey = QStringLiteral("0-failed");
        break;
    case SubmitState::Queued:
        text = tr("Queued");
        icon = QStringLiteral("state-pending");
        sortKey = QStringLiteral("3-queued");
        break;
    case SubmitState::Sent:
        text = tr("Sent") + operation;
        icon = QStringLiteral("state-pending");
        sortKey = QStringLiteral("3-sent");
        break;
    case SubmitState::Processing:
        text = tr("Processing") + operation;
        icon = QStringLiteral("state-pending");
        sortKey = QStringLiteral("3-processing");
        break;
    case SubmitState::Accepted:
    case SubmitState::NotSent:
        if (isEditedSinceSent(rowIndex) && !submission.message.isSendConflict())
            return {}; // the edit is the news; the edited state says it (a held-back one is news too)
        if (submission.state == SubmitState::Accepted) {
            text = tr("Accepted") + operation;
            if (!submission.message.isEmpty()) // what the pre-send check merged from the server
                text += QStringLiteral("; ") + submission.message.text();
            icon = QStringLiteral("state-accepted");
            sortKey = QStringLiteral("4-accepted");
        } else {
            text = tr("Not sent: %1").arg(submission.message.text());
            icon = QStringLiteral("state-error");
            sortKey = QStringLiteral("0-not-sent");
        }
        break;
    case SubmitState::None:
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        return submission.at.isValid()
            ? text + QLatin1Char('\n') + QLocale().toString(submission.at.toLocalTime(), QLocale::ShortFormat)
            : text;
    case Qt::DecorationRole:
        // An icon as well as text, so the state is not told by colour alone.
        return stateIcon(icon);
    case SortRole:
        return sortKey;
    default:
        return {};
    }
}

void RecordTableModel::setSubmissions(const QHash<QString, RecordSubmission> &byRelativePath)
{
    int first = int(m_rows.size());
    int last = -1;
    for (auto it = byRelativePath.cbegin(); it != byRelativePath.cend(); ++it) {
        const int row = rowOfRelativePath(it.key());
        if (row < 0)
            continue;
        // The same snapshot sent (a state moving on): editedSinceSent stands, and the row is not
        // encoded again to compare, which is most of the cost for a large submission.
        const bool sameSent = m_rows.at(row).submission->sent == it.value().sent;
        m_rows[row].submission = it.value();
        if (sameSent)
            recount(m_rows[row]);
        else
            settleRows(row, row, false);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0) // the State column, and a field cell a refusal names
        emit dataChanged(index(first, StateColumn), index(last, columnCount() - 1));
}

ImageRecord RecordTableModel::recordToSend(int row) const
{
    return PathTemplate::resolveSandbox(m_rows.at(row).record(), m_sandboxBaseUrl);
}

void RecordTableModel::setValidationRules(const ValidationRules &rules)
{
    m_rules = rules;
    settleRows(0, rowCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RecordTableModel::setCodeReplacements(std::shared_ptr<const CodeReplacements> codes)
{
    m_codes = std::move(codes);
    settleRows(0, rowCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RecordTableModel::setThumbnail(const QString &path, const QImage &thumbnail, const QPixmap &decoration)
{
    const int row = m_rowByPath.row(path);
    if (row < 0)
        return;
    m_thumbnails.insert(path, new QImage(thumbnail), std::max<qsizetype>(1, thumbnail.sizeInBytes() / 1024));
    m_decorations.insert(path, new QPixmap(decoration));
    if (m_changedThumbnailRows.isEmpty())
        QTimer::singleShot(30, this, &RecordTableModel::flushThumbnailChanges); // coalesce a burst
    m_changedThumbnailRows.append(row);
}

void RecordTableModel::flushThumbnailChanges()
{
    QList<int> rows = m_changedThumbnailRows;
    m_changedThumbnailRows.clear();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // One dataChanged per contiguous range of rows.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        if (rows.at(j) < rowCount())
            emit dataChanged(
                index(rows.at(i), FileColumn), index(rows.at(j), FileColumn), { Qt::DecorationRole, ThumbnailRole });
        i = j + 1;
    }
}

std::optional<Field> RecordTableModel::fieldForColumn(int column)
{
    if (column < FirstFieldColumn || column >= FirstFieldColumn + FieldCount)
        return std::nullopt;
    return static_cast<Field>(column - FirstFieldColumn);
}

QModelIndex RecordTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size())
        || column >= FirstFieldColumn + FieldCount)
        return {};
    return createIndex(row, column);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFieldColumn + FieldCount;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordRow &row = m_rows.at(index.row());
    if (role == HasErrorRole)
        return row.error.has_value();
    if (role == SpellMarkRole)
        return index.column() >= FirstFieldColumn && (row.misspelledFields >> (index.column() - FirstFieldColumn)) & 1U;

    if (index.column() == FileColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.relativePath;
        case Qt::ToolTipRole:
            return row.hasFile() ? row.absolutePath : row.imageUrl;
        case Qt::DecorationRole:
            if (const QPixmap *pixmap = m_decorations.object(row.thumbnailKey()))
                return *pixmap;
            return {};
        case ThumbnailRole:
            if (const QImage *image = m_thumbnails.object(row.thumbnailKey()))
                return *image;
            return {};
        default:
            return {};
        }
    }
    if (index.column() == StateColumn) {
        if (!row.error && row.changedOnDisk) {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return tr("Changed on disk after you edited it; your edits are kept");
            if (role == Qt::DecorationRole)
                return stateIcon(QStringLiteral("state-conflict"));
            return role == SortRole ? QVariant(QStringLiteral("1-conflict")) : QVariant();
        }
        if (!row.error && row.writeError) {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return tr("Not written to the file: %1 (%2)").arg(row.writeError->userMessage(), row.writeError->code);
            if (role == Qt::DecorationRole)
                return stateIcon(QStringLiteral("state-error"));
            return role == SortRole ? QVariant(QStringLiteral("0-not-written")) : QVariant();
        }
        if (!row.error && row.isInvalid()) {
            QStringList messages;
            for (const FieldIssue &issue : row.issues) {
                if (issue.severity == Severity::Error)
                    messages << issue.message();
            }
            if (role == Qt::DisplayRole)
                return tr("Invalid: %1").arg(messages.first());
            if (role == Qt::ToolTipRole)
                return messages.join(QLatin1Char('\n'));
            if (role == Qt::DecorationRole)
                return stateIcon(QStringLiteral("state-error"));
            return role == SortRole ? QVariant(QStringLiteral("0-invalid")) : QVariant();
        }
        if (!row.error && row.submission->state != SubmitState::None) {
            const QVariant submission = submissionData(row, index.row(), role);
            if (submission.isValid())
                return submission;
        }
        if (!row.error && !row.editedFields.isEmpty()) {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return tr("Edited (%n field(s))", nullptr, int(row.editedFields.size()));
            if (role == Qt::DecorationRole)
                return stateIcon(QStringLiteral("state-edited"));
            return role == SortRole ? QVariant(QStringLiteral("2-edited")) : QVariant();
        }
        if (!row.error)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return tr("Not readable: %1").arg(row.error->userMessage());
        case Qt::DecorationRole:
            // An icon as well as text, so the state is not told by colour alone.
            return stateIcon(QStringLiteral("state-error"));
        case SortRole:
            return row.error->code;
        default:
            return {};
        }
    }
    const Field field = *fieldForColumn(index.column());
    const FieldValue &value = row.record().value(field);
    switch (role) {
    case Qt::DisplayRole:
        if (const auto *text = std::get_if<QString>(&value); text && field == Field::Date) {
            // Full dates in the reader's own format; partial ones (2024-06) as written.
            const QDate date = QDate::fromString(*text, Qt::ISODate);
            if (date.isValid() && text->size() == 10)
                return QLocale().toString(date, QLocale::ShortFormat);
        }
        // The URL that will be sent; until a sandbox address is known the template says more.
        if (const QString template_ = sandboxTemplate(value); !template_.isEmpty() && !m_sandboxBaseUrl.isEmpty())
            return PathTemplate::resolveSandbox(template_, m_sandboxBaseUrl);
        return displayText(value);
    case Qt::EditRole:
        if (const auto *flag = std::get_if<bool>(&value))
            return *flag;
        return displayText(value);
    case Qt::FontRole:
        if (row.isEdited(field)) { // bold as well as the State column's icon and text
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const FieldIssue &issue : row.issues) {
            if (issue.field == field)
                lines << issue.message();
        }
        if (isFailedField(row, field))
            lines << tr("The server refused it: %1").arg(row.submission->message.text());
        if (const QString template_ = sandboxTemplate(value); !template_.isEmpty())
            lines << tr("Template: %1").arg(template_);
        if (row.isEdited(field))
            lines << tr("Edited. Loaded value: %1")
                         .arg(displayText(row.loaded.value(field)).isEmpty() ? tr("(empty)")
                                                                             : displayText(row.loaded.value(field)));
        else
            lines << sourcesTooltip(row, field);
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole: {
        Severity worst = Severity::Info;
        bool found = false;
        for (const FieldIssue &issue : row.issues) {
            if (issue.field == field && issue.severity != Severity::Info) {
                found = true;
                worst = std::max(worst, issue.severity);
            }
        }
        if ((found && worst == Severity::Error) || isFailedField(row, field))
            return stateIcon(QStringLiteral("state-error"));
        if (found || row.metadata.sources.isConflict(size_t(field)))
            return stateIcon(QStringLiteral("state-conflict"));
        return {};
    }
    case SortRole:
        if (const auto *flag = std::get_if<bool>(&value))
            return *flag;
        return displayText(value);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == FileColumn)
        return tr("File");
    if (section == StateColumn)
        return tr("State");
    const Field field = *fieldForColumn(section);
    return role == Qt::DisplayRole ? FieldRegistry::label(field) : FieldRegistry::jsonKey(field);
}

void RecordTableModel::setRows(QList<RecordRow> rows)
{
    beginResetModel();
    // Emptied first: the indexes read their keys from m_rows, so none may name a row of the old list.
    m_rowById.clear();
    m_rowByPath.clear();
    m_rowByRelativePath.clear();
    m_rows = std::move(rows);
    m_stateCounts = {};
    for (RecordRow &row : m_rows)
        row.stateBits = 0;
    settleRows(0, int(m_rows.size()) - 1);
    m_changedThumbnailRows.clear();
    m_decorations.clear();
    m_thumbnails.clear();
    m_undo->clear(); // its steps name rows of the folder that is going away
    m_errorCount = 0;
    indexRows(0);
    endResetModel();
}

void RecordTableModel::appendRows(const QList<RecordRow> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows += rows;
    for (int i = first; i < m_rows.size(); ++i)
        m_rows[i].stateBits = 0; // counted once, below
    settleRows(first, int(m_rows.size()) - 1);
    indexRows(first);
    endInsertRows();
}

void RecordTableModel::replaceRow(int row, RecordRow replacement)
{
    if (row < 0 || row >= rowCount())
        return;
    RecordRow &current = m_rows[row];
    uncount(current);
    const QString oldId = current.error ? QString() : current.record().id();
    const QString oldPath = current.thumbnailKey();
    const bool ownedId = !oldId.isEmpty() && m_rowById.row(oldId) == row;
    // Out of the indexes while the row still holds its old keys (RowIndex reads keys from rows).
    m_rowByPath.remove(oldPath, row);
    m_rowByRelativePath.remove(current.relativePath, row);
    if (ownedId)
        m_rowById.remove(oldId, row);
    m_errorCount -= current.error ? 1 : 0;
    current = std::move(replacement);
    current.stateBits = 0;
    settleRows(row, row);
    m_decorations.remove(oldPath); // the file may have changed: its thumbnail is made again
    m_thumbnails.remove(oldPath);
    // Only this row's entries move in the indexes (a rescan replaces rows one by one).
    m_errorCount += current.error ? 1 : 0;
    m_rowByPath.insert(current.thumbnailKey(), row);
    m_rowByRelativePath.insert(current.relativePath, row);
    const QString newId = current.error ? QString() : current.record().id();
    if (ownedId && oldId != newId) { // a later row with the same id takes its place, if any
        for (int i = row + 1; i < m_rows.size(); ++i) {
            if (!m_rows.at(i).error && idOf(m_rows.at(i)) == oldId) {
                m_rowById.insert(oldId, i);
                break;
            }
        }
    }
    if (!newId.isEmpty()) {
        const int owner = m_rowById.row(newId);
        if (owner < 0 || owner > row)
            m_rowById.insert(newId, row); // the first row with an id owns it
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

bool RecordRow::isIn(RecordState state) const
{
    switch (state) {
    case RecordState::All:
        return true;
    case RecordState::Edited:
        return !editedFields.isEmpty();
    case RecordState::Invalid:
        return isInvalid();
    case RecordState::NotSent: // never sent, or its submission stopped before it went
        return !error
            && (submission->state == SubmitState::None || submission->state == SubmitState::NotSent
                || submission->state == SubmitState::Queued);
    case RecordState::Sent:
        return submission->state == SubmitState::Sent || submission->state == SubmitState::Processing
            || submission->state == SubmitState::Accepted;
    case RecordState::Failed:
        return submission->state == SubmitState::Failed;
    case RecordState::Conflicts:
        return changedOnDisk || (submission->state == SubmitState::NotSent && submission->message.isSendConflict())
            || metadata.sources.hasConflict();
    case RecordState::Unreadable:
        return error.has_value();
    case RecordState::Misspelled:
        return misspelledFields != 0;
    }
    return true;
}

void RecordTableModel::setIdsAndSources(const QList<QPair<QString, QString>> &idAndSrcPerRow)
{
    if (idAndSrcPerRow.size() != m_rows.size() || m_rows.isEmpty())
        return;
    m_rowById.clear(); // its keys are read from the rows, whose ids change here
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        RecordRow &row = m_rows[i];
        row.loaded.setId(idAndSrcPerRow.at(i).first);
        row.loaded.setSrc(idAndSrcPerRow.at(i).second);
        // Templates never touch a hand-edited cell.
        if (!row.isEdited(Field::Id))
            row.metadata.record.setId(idAndSrcPerRow.at(i).first);
        if (!row.isEdited(Field::Src))
            row.metadata.record.setSrc(idAndSrcPerRow.at(i).second);
    }
    settleRows(0, rowCount() - 1);
    m_errorCount = 0;
    indexRows(0);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RecordTableModel::indexRows(int first)
{
    const auto size = m_rows.size();
    const auto byPath = [this, first, size] {
        m_rowByPath.reserve(size);
        for (auto i = first; i < size; ++i)
            m_rowByPath.insert(m_rows.at(i).thumbnailKey(), int(i));
    };
    const auto byRelativePath = [this, first, size] {
        m_rowByRelativePath.reserve(size);
        for (auto i = first; i < size; ++i)
            m_rowByRelativePath.insert(m_rows.at(i).relativePath, int(i));
    };
    const auto byId = [this, first, size] {
        indexIds(int(first));
        for (auto i = first; i < size; ++i)
            m_errorCount += m_rows.at(i).error ? 1 : 0;
    };
    if (size - first < ParallelRows) {
        byPath();
        byRelativePath();
        byId();
        return;
    }
    // Three independent indexes, each on its own core (a million rows take a second each).
    std::vector<std::function<void()>> builds { byPath, byRelativePath, byId };
    QtConcurrent::blockingMap(builds, [](const std::function<void()> &build) { build(); });
}

void RecordTableModel::indexIds(int first)
{
    m_rowById.reserve(m_rows.size());
    for (int i = first; i < m_rows.size(); ++i) {
        const RecordRow &row = m_rows.at(i);
        if (!row.error && !idOf(row).isEmpty())
            m_rowById.insertIfAbsent(idOf(row), i);
    }
}

void RecordTableModel::handleLanguageChanged()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    // Yes/No cells, states and tooltips are translated text.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

QString RecordTableModel::displayText(const FieldValue &value) const
{
    if (const auto *text = std::get_if<QString>(&value))
        return *text;
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag ? tr("Yes") : tr("No");
    if (const auto *list = std::get_if<QStringList>(&value))
        return list->join(QStringLiteral("; "));
    return QString();
}

QString RecordTableModel::sourcesTooltip(const RecordRow &row, Field field) const
{
    const FieldSource source = row.metadata.sources[static_cast<size_t>(field)];
    if (source.provenance == Provenance::None)
        return displayText(row.record().value(field));
    QStringList lines { tr("From %1 %2").arg(provenanceName(source.provenance), source.key) };
    for (const SourceValue &other : source.others)
        lines << QStringLiteral("%1 %2: %3").arg(provenanceName(other.source), other.key, other.text);
    if (source.conflict)
        lines.prepend(tr("The sources disagree:"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Wesog
