// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/tsv.h"

namespace Wesog {

QList<QStringList> Tsv::parse(const QString &text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false; // inside a quoted cell
    bool cellStart = true; // nothing of this cell read yet
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cellStart) {
            quoted = true;
            cellStart = false;
        } else if (c == separator) {
            row << cell;
            cell.clear();
            cellStart = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStart = true;
        } else {
            cell += c;
            cellStart = false;
        }
    }
    if (!cellStart || !row.isEmpty() || quoted)
        rows << (row << cell); // the last line may lack its newline
    return rows;
}

QString Tsv::serialize(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool needsQuotes = cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n'))
                || cell.contains(QLatin1Char('\r')) || cell.startsWith(QLatin1Char('"'));
            cells << (needsQuotes ? QLatin1Char('"') + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\""))
                        + QLatin1Char('"')
                                  : cell);
        }
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace Wesog
