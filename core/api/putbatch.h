// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include "core/record/imagerecord.h"

namespace Wesog {

/// One `PUT /imgs` body and the ids in it, in order: the server's `errors[].id` is an index
/// into `ids`.
struct PutBatch
{
    QStringList ids;
    QByteArray body;

    /// Splits `records` in order into bodies of at most `batchSize` items (clamped to 1..1000,
    /// the API's limit). Records are encoded as they are; validation happens before.
    static QList<PutBatch> split(const QList<ImageRecord> &records, int batchSize);
    /// One body holding the records pointed to, in order, whatever their number. Pointers, so a
    /// batch is encoded without copying its records.
    static PutBatch make(const QList<const ImageRecord *> &records);
};

} // namespace Wesog
