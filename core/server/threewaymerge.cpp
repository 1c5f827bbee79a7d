// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/threewaymerge.h"

namespace Wesog {

namespace {

bool isUnset(const FieldValue &value)
{
    if (std::holds_alternative<std::monostate>(value))
        return true;
    if (const auto *text = std::get_if<QString>(&value))
        return text->isEmpty();
    if (const auto *list = std::get_if<QStringList>(&value))
        return list->isEmpty();
    return false;
}

} // namespace

FieldValue ThreeWayMerge::normalized(const FieldValue &value)
{
    return isUnset(value) ? FieldValue() : value;
}

bool ThreeWayMerge::sameValue(const FieldValue &a, const FieldValue &b)
{
    const bool unsetA = isUnset(a);
    const bool unsetB = isUnset(b);
    if (unsetA || unsetB)
        return unsetA == unsetB;
    return a == b;
}

bool ThreeWayMerge::sameRecord(const ImageRecord &a, const ImageRecord &b)
{
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (!sameValue(a.value(info.field), b.value(info.field)))
            return false;
    }
    return true;
}

ThreeWayResult ThreeWayMerge::mergeImage(const StoredImage *base, const StoredImage *server, const StoredImage &ours)
{
    return mergeRecord(base ? &base->record : nullptr, server ? &server->record : nullptr, ours.record);
}

ThreeWayResult ThreeWayMerge::mergeRecord(const ImageRecord *base, const ImageRecord *server, const ImageRecord &ours)
{
    ThreeWayResult result;
    if (base && sameRecord(*base, ours)) {
        result.unchanged = true;
        return result;
    }
    // No base and the id is taken, or a base and the image is gone: either way someone else
    // decided about this image since we looked, and sending would overwrite or resurrect it.
    if ((!base && server) || (base && !server)) {
        result.conflicts.append(FieldConflict {});
        return result;
    }
    if (!base) {
        // A new image: nothing to merge with.
        for (const FieldInfo &info : FieldRegistry::all())
            result.toSend.setValue(info.field, normalized(ours.value(info.field)));
        return result;
    }
    for (const FieldInfo &info : FieldRegistry::all()) {
        const FieldValue &b = base->value(info.field);
        const FieldValue &s = server->value(info.field);
        const FieldValue &o = ours.value(info.field);
        if (sameValue(s, b) || sameValue(s, o)) {
            result.toSend.setValue(info.field, normalized(o));
        } else if (sameValue(o, b)) {
            result.toSend.setValue(info.field, normalized(s));
            result.mergedFields.append(info.field);
        } else {
            result.conflicts.append(FieldConflict { info.field, normalized(b), normalized(s), normalized(o) });
        }
    }
    return result;
}

} // namespace Wesog
