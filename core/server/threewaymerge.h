// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QStringList>
#include <QVector>

#include "core/record/imagerecord.h"

namespace Wesog {

/// Two editors changed one field of one image to different values since the base was read.
/// `field` is empty for a whole-image conflict: the image was deleted on the server since the
/// base was read, or we have no base but the server already holds the id; its three values are
/// unset (the records themselves are at hand). Unset values are std::monostate, never "" or [].
struct FieldConflict
{
    std::optional<Field> field; ///< nullopt: the whole image
    FieldValue base;
    FieldValue server;
    FieldValue ours;
};

/// The outcome of a three-way check of one image.
struct ThreeWayResult
{
    bool unchanged = false; ///< ours equals base (then nothing is to be sent)
    /// The full record to send when there are no conflicts: base with our edits, plus the
    /// server's changes to fields we did not touch. Meaningless when `unchanged` or conflicts.
    ImageRecord toSend;
    QList<Field> mergedFields; ///< fields where the server's change was kept, registry order
    QVector<FieldConflict> conflicts; ///< registry order; any entry holds the image back

    bool hasConflicts() const { return !conflicts.isEmpty(); }
};

/// The pure three-way rules of issue 15 point 4; safe on any thread.
class ThreeWayMerge
{
public:
    /// Absent, "" and [] are the same unset value (the server answers null for all of them);
    /// list order counts; flags compare as flags.
    static bool sameValue(const FieldValue &a, const FieldValue &b);
    /// Every one of the 27 fields of the two records is sameValue().
    static bool sameRecord(const ImageRecord &a, const ImageRecord &b);
    /// `value` with "" and [] turned into absent, so records built from it compare and encode
    /// alike whatever spelling of "unset" they came with.
    static FieldValue normalized(const FieldValue &value);

    /// Per field: ours equals base → the server's value is sent (merged when it differs from
    /// base); server equals base → ours; server equals ours → that value; else a conflict.
    /// `base` null = we had no base (a new image): a conflict when the server holds the id.
    /// `server` null = the image is not on the server: a whole-image conflict when we had a
    /// base (deleted since), else ours is sent as is.
    /// When ours equals base, `unchanged` is set and nothing else is computed: an unchanged
    /// image is never sent, whatever the server holds.
    static ThreeWayResult mergeImage(const StoredImage *base, const StoredImage *server, const StoredImage &ours);
    /// The same for callers that hold plain records.
    static ThreeWayResult mergeRecord(const ImageRecord *base, const ImageRecord *server, const ImageRecord &ours);
};

} // namespace Wesog
