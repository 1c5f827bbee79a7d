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
    for (qsizetype first = 0; first < records.size(); first += size) {
        PutBatch batch;
        batch.body.append('[');
        for (qsizetype i = first; i < std::min(first + size, records.size()); ++i) {
            if (i > first)
                batch.body.append(',');
            batch.ids.append(records.at(i).id());
            RecordCodec::appendItemJson(records.at(i), &batch.body);
        }
        batch.body.append(']');
        batches.append(std::move(batch));
    }
    return batches;
}

} // namespace Wesog
