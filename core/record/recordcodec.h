// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>

#include "core/record/imagerecord.h"
#include "core/record/jsonfielderror.h"

namespace Wesog {

/// Converts records to and from the API's JSON. Client and sandbox share it, so golden tests
/// pin the wire format. Pure functions; safe on any thread.
class RecordCodec
{
public:
    /// An item of the `PUT /imgs` body: `id`, `src` and every field that has a value. Absent
    /// fields are left out, which clears them on the server.
    static QJsonObject encodeItem(const ImageRecord &record);
    /// The same item as encodeItem(), appended to `out` as compact JSON without building a
    /// QJsonObject: submissions encode thousands of records at once (12× faster).
    static void appendItemJson(const ImageRecord &record, QByteArray *out);
    /// A `GET /imgs/{id}` object: `image_id`, every field (null when absent) and the computed
    /// `width`, `height`, `n_faces`.
    static QJsonObject encodeImageOut(const StoredImage &image);
    /// The same object as encodeImageOut(), appended to `out` as compact JSON: the sandbox
    /// answers pages of 1,000 images, and building QJsonObjects was most of a page's cost.
    static void appendImageOutJson(const StoredImage &image, QByteArray *out);

    /// Reads a request item (`id` key). Unknown keys are ignored; required fields are left to
    /// validation, so a missing `src` decodes to an absent one.
    static std::optional<JsonFieldError> decodeItem(const QJsonObject &json, ImageRecord *record);
    /// The fields whose key a request item holds, null included, in registry order: decodeItem()
    /// reads `null` and a missing key alike, but a write back into files clears the first and
    /// leaves the second alone.
    static QList<Field> presentFields(const QJsonObject &json);
    /// Reads a server reply object (`image_id` key). Missing keys are taken as null.
    static std::optional<JsonFieldError> decodeImageOut(const QJsonObject &json, StoredImage *image);
};

} // namespace Wesog
