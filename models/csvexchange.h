// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "models/recordtablemodel.h"

namespace Wesog {

class CodeReplacements;

/// What a CSV import would change, found before anything changes.
struct CsvImportPlan
{
    struct Change
    {
        int row = -1;
        Field field = Field::Title;
        FieldValue before;
        FieldValue after;
    };
    QList<Change> changes; ///< only cells whose value differs
    int matchedRows = 0;
    QStringList problems; ///< rows not matched, values that cannot be read, unknown columns
    bool usable() const { return !changes.isEmpty(); }
};

/// CSV export and import of the table, for spreadsheets: a `file` column (the path below the
/// folder), then one column per API field named by its JSON key; lists joined with "; ", flags
/// as true/false. Import matches rows by `file`, else by `id`, and shows what will change before
/// it is applied as one undo step. Thread: GUI (it reads the model).
class CsvExchange final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExchange)

public:
    /// The rows (all when empty) as CSV bytes (UTF-8 with BOM).
    static QByteArray exportRows(const RecordTableModel &records, const QList<int> &rows = {});
    /// With `codes`, the codes in the text fields' cells are expanded (takesCodeExpansion()), as
    /// if the cells had been typed; the plan shows the expanded values.
    static CsvImportPlan planImport(
        const RecordTableModel &records, const QByteArray &csv, const CodeReplacements *codes = nullptr);
    /// Applies the plan's changes as one undo step; false if they could not be stored.
    static bool apply(RecordTableModel *records, const CsvImportPlan &plan);
    /// A value as the CSV writes it.
    static QString cellText(const FieldValue &value);
};

} // namespace Wesog
