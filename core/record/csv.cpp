// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include "tsv.h"

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
            cells << (needsQuotes ? QLatin1Char('"') + QString(cell).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"')
                                  : cell);
        }
        text += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return s_bom + text.toUtf8();
}

QList<QStringList> Csv::parse(const QByteArray &bytes)
{
    const QByteArray body = bytes.startsWith(s_bom) ? bytes.mid(s_bom.size()) : bytes;
    return Tsv::parse(QString::fromUtf8(body), QLatin1Char(','));
}

} // namespace Wesog
