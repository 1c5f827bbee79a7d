// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/putbatch.h"

#include <algorithm>

#include "core/record/recordcodec.h"

namespace Wesog {

QList<PutBatch> PutBatch::split(const QList<ImageRecord> &records, int batchSize)
{
    const qsizetype size = std::clamp(batchSize, 1, 1000);
    QList<PutBatch> batches;
    batches.reserve((records.size() + size - 1) / size);
    for (qsizetype first = 0; first < records.size(); first += size) {
        QList<const ImageRecord *> batch;
        batch.reserve(std::min(size, records.size() - first));
        for (qsizetype i = first; i < std::min(first + size, records.size()); ++i)
            batch.append(&records.at(i));
        batches.append(make(batch));
    }
    return batches;
}

PutBatch PutBatch::make(const QList<const ImageRecord *> &records)
{
    PutBatch batch;
    // Room for a typical agency record up front: growing an 1.9 MB body step by step copies it.
    batch.body.reserve(records.size() * 2048);
    batch.ids.reserve(records.size());
    batch.body.append('[');
    for (const ImageRecord *record : records) {
        if (!batch.ids.isEmpty())
            batch.body.append(',');
        batch.ids.append(record->id());
        RecordCodec::appendItemJson(*record, &batch.body);
    }
    batch.body.append(']');
    return batch;
}

} // namespace Wesog
