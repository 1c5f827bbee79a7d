// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the client side of a submission. Prints `metric<TAB>value<TAB>unit<TAB>target`.
// Usage: api_bench

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "core/api/putbatch.h"
#include "core/record/fieldregistry.h"

using namespace Wesog;

namespace {

/// A record as an agency would send it: every text field filled, 15 keywords.
ImageRecord typicalRecord(int i)
{
    ImageRecord record;
    for (const FieldInfo &row : FieldRegistry::all()) {
        switch (row.type) {
        case FieldType::Bool:
            record.setValue(row.field, i % 2 == 0);
            break;
        case FieldType::TextList: {
            QStringList items;
            for (int k = 0; k < 15; ++k)
                items << QStringLiteral("keyword %1").arg(k);
            record.setValue(row.field, items);
            break;
        }
        case FieldType::Date:
            record.setValue(row.field, QStringLiteral("2026-11-27"));
            break;
        case FieldType::Url:
            record.setValue(row.field, QStringLiteral("https://cdn.example.com/photos/%1.jpg").arg(i));
            break;
        default:
            record.setValue(row.field, QStringLiteral("Harbour at dawn, fishing boats return — picture %1").arg(i));
        }
    }
    record.setId(QStringLiteral("IMG_%1").arg(i, 6, 10, QLatin1Char('0')));
    return record;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<ImageRecord> records;
    for (int i = 0; i < 10000; ++i)
        records.append(typicalRecord(i));
    double bestMs = 1e9;
    qint64 bytes = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<PutBatch> batches = PutBatch::split(records, 500);
        bestMs = std::min(bestMs, timer.nsecsElapsed() / 1e6);
        bytes = 0;
        for (const PutBatch &batch : batches)
            bytes += batch.body.size();
    }
    std::printf("encoding 10,000 full records into `PUT /imgs` bodies of 500 (%.1f MB), best of 5\t%.1f\tms\t< 50 ms\n",
        bytes / 1e6, bestMs);
    return 0;
}
