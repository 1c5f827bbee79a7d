// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csvexchange.h"

#include "core/caption/codereplacements.h"
#include "core/record/csv.h"
#include "core/record/fieldregistry.h"

namespace Wesog {

namespace {

const QString s_fileColumn = QStringLiteral("file");

} // namespace

QString CsvExchange::cellText(const FieldValue &value)
{
    return displayText(value);
}

QByteArray CsvExchange::exportRows(const RecordTableModel &records, const QList<int> &rows)
{
    QList<QStringList> table;
    QStringList header { s_fileColumn };
    for (const FieldInfo &info : FieldRegistry::all())
        header << FieldRegistry::jsonKey(info.field);
    table << header;
    const int count = rows.isEmpty() ? records.rowCount() : int(rows.size());
    for (int i = 0; i < count; ++i) {
        const RecordRow &row = records.row(rows.isEmpty() ? i : rows.at(i));
        if (row.error)
            continue; // nothing was read from it
        QStringList cells { row.relativePath };
        for (const FieldInfo &info : FieldRegistry::all())
            cells << cellText(row.record().value(info.field));
        table << cells;
    }
    return Csv::serialize(table);
}

CsvImportPlan CsvExchange::planImport(
    const RecordTableModel &records, const QByteArray &csv, const CodeReplacements *codes)
{
    CsvImportPlan plan;
    const QList<QStringList> table = Csv::parse(csv);
    if (table.isEmpty()) {
        plan.problems << tr("The file is empty.");
        return plan;
    }
    const QStringList header = table.first();
    const int fileColumn = int(header.indexOf(s_fileColumn));
    const int idColumn = int(header.indexOf(QStringLiteral("id")));
    if (fileColumn < 0 && idColumn < 0) {
        plan.problems << tr("The first line must name the columns, with \"file\" or \"id\" among them.");
        return plan;
    }
    QList<std::pair<int, Field>> columns;
    for (int column = 0; column < header.size(); ++column) {
        if (column == fileColumn)
            continue;
        if (const std::optional<Field> field = FieldRegistry::fromJsonKey(header.at(column).trimmed()))
            columns.append({ column, *field });
        else
            plan.problems << tr("Column \"%1\" is not a field; it is ignored.").arg(header.at(column));
    }
    for (int line = 1; line < table.size(); ++line) {
        const QStringList &cells = table.at(line);
        if (cells.size() == 1 && cells.first().isEmpty())
            continue; // a blank line
        int row = fileColumn >= 0 ? records.rowOfRelativePath(cells.value(fileColumn)) : -1;
        if (row < 0 && idColumn >= 0)
            row = records.rowOfId(cells.value(idColumn));
        if (row < 0 || records.row(row).error) {
            plan.problems << tr("Line %1: no image with this file or id.").arg(line + 1);
            continue;
        }
        ++plan.matchedRows;
        const ImageRecord &current = records.row(row).record();
        for (const auto &[column, field] : std::as_const(columns)) {
            if (column >= cells.size())
                continue; // a short line leaves the rest as it is
            std::optional<FieldValue> value = RecordTableModel::parseText(field, cells.at(column));
            if (value && codes)
                value = codes->expandValue(field, *value);
            if (!value) {
                plan.problems << tr("Line %1, %2: \"%3\" is not true, false or empty.")
                                     .arg(line + 1)
                                     .arg(FieldRegistry::jsonKey(field), cells.at(column));
                continue;
            }
            if (*value != current.value(field))
                plan.changes.append({ row, field, current.value(field), *value });
        }
    }
    return plan;
}

bool CsvExchange::apply(RecordTableModel *records, const CsvImportPlan &plan)
{
    QList<RecordTableModel::CellValue> cells;
    cells.reserve(plan.changes.size());
    for (const CsvImportPlan::Change &change : plan.changes)
        cells.append({ change.row, change.field, change.after });
    return records->editCellValues(cells, tr("Import %n cell(s) from CSV", nullptr, int(cells.size())));
}

} // namespace Wesog
