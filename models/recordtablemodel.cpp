// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtablemodel.h"

#include "i18n/languagemanager.h"

namespace Wesog {

RecordTableModel::RecordTableModel(LanguageManager *languages, QObject *parent)
    : QAbstractTableModel(parent)
{
    if (languages)
        connect(languages, &LanguageManager::languageChanged, this, &RecordTableModel::handleLanguageChanged);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldValue &value = m_records.at(index.row()).value(fieldForColumn(index.column()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayText(value);
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
    if (orientation != Qt::Horizontal || section < 0 || section >= FieldCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return FieldRegistry::label(fieldForColumn(section));
    if (role == Qt::ToolTipRole)
        return FieldRegistry::jsonKey(fieldForColumn(section));
    return {};
}

void RecordTableModel::setRecords(QList<ImageRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

void RecordTableModel::handleLanguageChanged()
{
    emit headerDataChanged(Qt::Horizontal, 0, FieldCount - 1);
    // Yes/No cells are translated text.
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, FieldCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
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

} // namespace Wesog
