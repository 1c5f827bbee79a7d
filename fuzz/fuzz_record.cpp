// SPDX-License-Identifier: GPL-3.0-or-later
// The image decoders (PUT items and GET replies) on arbitrary JSON: never a crash, and an item
// they accept encodes and decodes back to the same record.
#include <cstdlib>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/record/recordcodec.h"

namespace {

void check(const QJsonObject &json)
{
    Wesog::ImageRecord record;
    if (!Wesog::RecordCodec::decodeItem(json, &record)) {
        Wesog::ImageRecord again;
        if (Wesog::RecordCodec::decodeItem(Wesog::RecordCodec::encodeItem(record), &again) || !(again == record))
            std::abort();
    }
    Wesog::StoredImage image;
    Wesog::RecordCodec::decodeImageOut(json, &image);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject())
        check(document.object());
    for (const QJsonValue &item : document.array())
        check(item.toObject());
    return 0;
}
