// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/csv.h"

#include "core/record/tsv.h"

namespace Wesog {

namespace {

const QByteArray s_bom("\xEF\xBB\xBF");

} // namespace

QByteArray Csv::serialize(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row) {
            const bool needsQuotes = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
            cells << (needsQuotes ? QLatin1Char('"') + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\""))
                        + QLatin1Char('"')
                                  : cell);
        }
        text += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return s_bom + text.toUtf8();
}

QList<QStringList> Csv::parse(const QByteArray &bytes)
{
    // fromUtf8() drops one leading byte-order mark itself; dropping one more here would eat a
    // cell's own U+FEFF (found by fuzz_csv).
    return Tsv::parse(QString::fromUtf8(bytes), QLatin1Char(','));
}

} // namespace Wesog
