// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/recordtablemodel.h"

#include "core/library/pathtemplate.h"
#include "core/record/recordcodec.h"

#include <QDate>
#include <QFont>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include "core/i18n/languagemanager.h"
#include "core/library/thumbnailservice.h"

// The state icons live in this static library's resources; unreferenced, the linker would drop
// them, so the model registers them itself (Q_INIT_RESOURCE cannot be used inside a namespace).
static void initStateIcons()
{
    Q_INIT_RESOURCE(icons);
}

namespace Wesog {

RecordTableModel::RecordTableModel(LanguageManager *languages, QObject *parent)
    : QAbstractTableModel(parent)
{
    initStateIcons();
    if (languages)
        connect(languages, &LanguageManager::languageChanged, this, &RecordTableModel::handleLanguageChanged);
}

void RecordTableModel::setEditing(Workspace *workspace, QUndoStack *undo)
{
    m_workspace = workspace;
    m_undo = undo;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_undo && index.isValid() && fieldForColumn(index.column()))
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
    if (!m_undo)
        return false;
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
    const int count = m_undo->count();
    m_undo->push(new EditCommand(this, before, after, action));
    return m_undo->count() > count;
}

bool RecordTableModel::revertCells(const QList<QPair<int, Field>> &cells)
{
    if (!m_undo)
        return false;
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
    const int count = m_undo->count();
    m_undo->push(new EditCommand(this, before, after, tr("Revert %n cell(s)", nullptr, int(after.size()))));
    return m_undo->count() > count;
}

bool RecordTableModel::writeCells(const QList<CellEdit> &cells)
{
    QString error;
    if (m_workspace && !m_workspace->write(cells, &error)) {
        emit editFailed(tr("The change could not be saved, so it was not made: %1").arg(error));
        return false;
    }
    int first = rowCount();
    int last = -1;
    QSet<Field> fields;
    for (const CellEdit &cell : cells) {
        const int row = m_rowByRelativePath.value(cell.relativePath, -1);
        if (row < 0)
            continue;
        RecordRow &target = m_rows[row];
        target.metadata.record.setValue(cell.field, cell.value ? *cell.value : target.loaded.value(cell.field));
        if (cell.value)
            target.editedFields.insert(int(cell.field));
        else
            target.editedFields.remove(int(cell.field));
        validateRows(row, row);
        fields.insert(cell.field);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last < 0)
        return true;
    if (fields.contains(Field::Id)) { // only ids move in the indexes; paths stay
        m_rowById.clear();
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!m_rows.at(i).error && !m_rowById.contains(m_rows.at(i).record().id()))
                m_rowById.insert(m_rows.at(i).record().id(), i);
        }
    }
    // The state column and the edited columns only, so a sort on another column stays as it is.
    emit dataChanged(index(first, StateColumn), index(last, StateColumn));
    for (Field field : std::as_const(fields))
        emit dataChanged(index(first, columnForField(field)), index(last, columnForField(field)));
    return true;
}

void RecordTableModel::validateRows(int first, int last)
{
    for (int i = std::max(0, first); i <= last && i < m_rows.size(); ++i) {
        RecordRow &row = m_rows[i];
        if (row.error) {
            row.issues.clear();
            continue;
        }
        // {sandbox} is filled in when sending; any valid base stands in for it here.
        row.issues
            = validateRecord(PathTemplate::resolveSandbox(row.record(), QStringLiteral("http://127.0.0.1")), m_rules);
    }
}

bool RecordTableModel::isFailedField(const RecordRow &row, Field field)
{
    // A 422 names the field; until the record is sent again the cell carries the refusal.
    return row.submission.state == SubmitState::Failed && !row.submission.field.isEmpty()
        && row.submission.field == FieldRegistry::jsonKey(field);
}

QVariant RecordTableModel::submissionData(const RecordRow &row, int rowIndex, int role) const
{
    const RecordSubmission &submission = row.submission;
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
        if (isEditedSinceSent(rowIndex))
            return {}; // the edit is the news; the edited state says it
        if (submission.state == SubmitState::Accepted) {
            text = tr("Accepted") + operation;
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
        return QIcon(QStringLiteral(":/icons/%1.png").arg(icon));
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
        m_rows[row].submission = it.value();
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

bool RecordTableModel::isEditedSinceSent(int row) const
{
    const RecordSubmission &submission = m_rows.at(row).submission;
    if (submission.sent.isEmpty())
        return false;
    QByteArray now;
    RecordCodec::appendItemJson(recordToSend(row), &now);
    return now != submission.sent;
}

void RecordTableModel::setValidationRules(const ValidationRules &rules)
{
    m_rules = rules;
    validateRows(0, rowCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RecordTableModel::invalidCount() const
{
    int count = 0;
    for (const RecordRow &row : m_rows)
        count += row.isInvalid() ? 1 : 0;
    return count;
}

int RecordTableModel::editedCount() const
{
    int count = 0;
    for (const RecordRow &row : m_rows)
        count += row.editedFields.isEmpty() ? 0 : 1;
    return count;
}

void RecordTableModel::setThumbnailService(ThumbnailService *thumbnails, const QSize &decorationSize)
{
    m_thumbnails = thumbnails;
    m_decorationSize = decorationSize;
    m_decorations.setMaxCost(3000);
    connect(thumbnails, &ThumbnailService::thumbnailReady, this, &RecordTableModel::handleThumbnailReady);
}

void RecordTableModel::handleThumbnailReady(const QString &path)
{
    const int row = m_rowByPath.value(path, -1);
    if (row < 0)
        return;
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

QVariant RecordTableModel::decoration(const RecordRow &row) const
{
    if (!m_thumbnails || row.error)
        return {};
    if (const QPixmap *cached = m_decorations.object(row.absolutePath))
        return *cached;
    const QImage image = m_thumbnails->thumbnail(row.absolutePath);
    if (image.isNull())
        return {};
    auto *pixmap = new QPixmap(
        QPixmap::fromImage(image.scaled(m_decorationSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    const QPixmap result = *pixmap;
    m_decorations.insert(row.absolutePath, pixmap);
    return result;
}

std::optional<Field> RecordTableModel::fieldForColumn(int column)
{
    if (column < FirstFieldColumn || column >= FirstFieldColumn + FieldCount)
        return std::nullopt;
    return static_cast<Field>(column - FirstFieldColumn);
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

    if (index.column() == FileColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.relativePath;
        case Qt::ToolTipRole:
            return row.absolutePath;
        case Qt::DecorationRole:
            return decoration(row);
        case ThumbnailRole:
            if (!m_thumbnails || row.error)
                return {};
            return m_thumbnails->thumbnail(row.absolutePath);
        default:
            return {};
        }
    }
    if (index.column() == StateColumn) {
        if (!row.error && row.changedOnDisk) {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return tr("Changed on disk after you edited it; your edits are kept");
            if (role == Qt::DecorationRole)
                return QIcon(QStringLiteral(":/icons/state-conflict.png"));
            return role == SortRole ? QVariant(QStringLiteral("1-conflict")) : QVariant();
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
                return QIcon(QStringLiteral(":/icons/state-error.png"));
            return role == SortRole ? QVariant(QStringLiteral("0-invalid")) : QVariant();
        }
        if (!row.error && row.submission.state != SubmitState::None) {
            const QVariant submission = submissionData(row, index.row(), role);
            if (submission.isValid())
                return submission;
        }
        if (!row.error && !row.editedFields.isEmpty()) {
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return tr("Edited (%n field(s))", nullptr, int(row.editedFields.size()));
            if (role == Qt::DecorationRole)
                return QIcon(QStringLiteral(":/icons/state-edited.png"));
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
            return QIcon(QStringLiteral(":/icons/state-error.png"));
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
            lines << tr("The server refused it: %1").arg(row.submission.message.text());
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
            return QIcon(QStringLiteral(":/icons/state-error.png"));
        if (found || row.metadata.sources[size_t(field)].conflict)
            return QIcon(QStringLiteral(":/icons/state-conflict.png"));
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
    m_rows = std::move(rows);
    validateRows(0, int(m_rows.size()) - 1);
    m_rowById.clear();
    m_rowByPath.clear();
    m_rowByRelativePath.clear();
    m_changedThumbnailRows.clear();
    m_decorations.clear();
    if (m_undo)
        m_undo->clear(); // its steps name rows of the folder that is going away
    if (m_thumbnails)
        m_thumbnails->clear();
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
    validateRows(first, int(m_rows.size()) - 1);
    indexRows(first);
    endInsertRows();
}

void RecordTableModel::replaceRow(int row, RecordRow replacement)
{
    if (row < 0 || row >= rowCount())
        return;
    m_rows[row] = std::move(replacement);
    validateRows(row, row);
    m_decorations.remove(m_rows.at(row).absolutePath);
    m_rowById.clear();
    m_errorCount = 0;
    indexRows(0);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void RecordTableModel::setIdsAndSources(const QList<QPair<QString, QString>> &idAndSrcPerRow)
{
    if (idAndSrcPerRow.size() != m_rows.size() || m_rows.isEmpty())
        return;
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
    validateRows(0, rowCount() - 1);
    m_rowById.clear();
    m_errorCount = 0;
    indexRows(0);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RecordTableModel::indexRows(int first)
{
    for (int i = first; i < m_rows.size(); ++i) {
        const RecordRow &row = m_rows.at(i);
        m_rowByPath.insert(row.absolutePath, i);
        m_rowByRelativePath.insert(row.relativePath, i);
        if (row.error)
            ++m_errorCount;
        else if (!m_rowById.contains(row.record().id()))
            m_rowById.insert(row.record().id(), i);
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
    const FieldSource &source = row.metadata.sources[static_cast<size_t>(field)];
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
