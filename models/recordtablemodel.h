// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "record/imagerecord.h"

namespace Wesog {

class LanguageManager;

/// One row per image, one column per field of the field registry.
/// Thread: GUI only. Lifetime: owned by the composition root; holds records by value.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    /// Raw value for sorting (dates as text sort correctly in ISO form, flags as bool).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RecordTableModel(LanguageManager *languages, QObject *parent = nullptr);

    static Field fieldForColumn(int column) { return static_cast<Field>(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(QList<ImageRecord> records);
    const ImageRecord &record(int row) const { return m_records.at(row); }

private:
    void handleLanguageChanged();
    QString displayText(const FieldValue &value) const;

    QList<ImageRecord> m_records;
};

} // namespace Wesog
