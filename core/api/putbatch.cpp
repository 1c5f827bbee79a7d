// SPDX-License-Identifier: GPL-3.0-or-later
#include "putbatch.h"

#include <algorithm>

#include "record/recordcodec.h"

namespace Wesog {

QList<PutBatch> PutBatch::split(const QList<ImageRecord> &records, int batchSize)
{
    const qsizetype size = std::clamp(batchSize, 1, 1000);
    QList<PutBatch> batches;
    batches.reserve((records.size() + size - 1) / size);
    for (qsizetype first = 0; first < records.size(); first += size)
        batches.append(make(records.mid(first, size)));
    return batches;
}

PutBatch PutBatch::make(const QList<ImageRecord> &records)
{
    PutBatch batch;
    batch.body.append('[');
    for (const ImageRecord &record : records) {
        if (!batch.ids.isEmpty())
            batch.body.append(',');
        batch.ids.append(record.id());
        RecordCodec::appendItemJson(record, &batch.body);
    }
    batch.body.append(']');
    return batch;
}

} // namespace Wesog
