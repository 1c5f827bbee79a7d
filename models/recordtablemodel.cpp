// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtablemodel.h"

#include <QIcon>
#include <QImage>
#include <QTimer>

#include "i18n/languagemanager.h"
#include "library/thumbnailservice.h"

namespace Wesog {

RecordTableModel::RecordTableModel(LanguageManager *languages, QObject *parent)
    : QAbstractTableModel(parent)
{
    if (languages)
        connect(languages, &LanguageManager::languageChanged, this, &RecordTableModel::handleLanguageChanged);
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
            emit dataChanged(index(rows.at(i), FileColumn), index(rows.at(j), FileColumn), {Qt::DecorationRole});
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
    auto *pixmap = new QPixmap(QPixmap::fromImage(image.scaled(m_decorationSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
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
        default:
            return {};
        }
    }
    if (index.column() == StateColumn) {
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
        return displayText(value);
    case Qt::ToolTipRole:
        return sourcesTooltip(row, field);
    case Qt::DecorationRole:
        if (row.metadata.sources[size_t(field)].conflict)
            return QIcon(QStringLiteral(":/icons/state-conflict.png"));
        return {};
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
    m_rowById.clear();
    m_rowByPath.clear();
    m_changedThumbnailRows.clear();
    m_decorations.clear();
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
    indexRows(first);
    endInsertRows();
}

void RecordTableModel::replaceRow(int row, RecordRow replacement)
{
    if (row < 0 || row >= rowCount())
        return;
    m_rows[row] = std::move(replacement);
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
        m_rows[i].metadata.record.setId(idAndSrcPerRow.at(i).first);
        m_rows[i].metadata.record.setSrc(idAndSrcPerRow.at(i).second);
    }
    m_rowById.clear();
    m_errorCount = 0;
    indexRows(0);
    emit dataChanged(index(0, columnForField(Field::Id)), index(rowCount() - 1, columnForField(Field::Src)));
}

void RecordTableModel::indexRows(int first)
{
    for (int i = first; i < m_rows.size(); ++i) {
        const RecordRow &row = m_rows.at(i);
        m_rowByPath.insert(row.absolutePath, i);
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
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
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
    QStringList lines{tr("From %1 %2").arg(provenanceName(source.provenance), source.key)};
    for (const SourceValue &other : source.others)
        lines << QStringLiteral("%1 %2: %3").arg(provenanceName(other.source), other.key, other.text);
    if (source.conflict)
        lines.prepend(tr("The sources disagree:"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Wesog
