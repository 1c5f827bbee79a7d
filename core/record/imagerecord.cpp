// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/imagerecord.h"

namespace Wesog {

ImageRecord::ImageRecord()
    : d(new Values)
{
}

bool ImageRecord::fitsType(Field field, const FieldValue &value)
{
    switch (FieldRegistry::info(field).type) {
    case FieldType::Bool:
        return std::holds_alternative<std::monostate>(value) || std::holds_alternative<bool>(value);
    case FieldType::TextList:
        return std::holds_alternative<std::monostate>(value) || std::holds_alternative<QStringList>(value);
    case FieldType::Text:
    case FieldType::Url:
    case FieldType::Date:
    case FieldType::Status:
        return std::holds_alternative<std::monostate>(value) || std::holds_alternative<QString>(value);
    }
    return false;
}

const FieldValue &ImageRecord::value(Field field) const
{
    static const FieldValue unset;
    const quint8 slot = d->positions[index(field)];
    return slot == s_unset ? unset : d->values[slot];
}

bool ImageRecord::setValue(Field field, FieldValue value)
{
    if (!fitsType(field, value))
        return false;
    const quint8 slot = d->positions[index(field)];
    if (slot != s_unset) {
        d->values[slot] = std::move(value);
    } else if (!std::holds_alternative<std::monostate>(value)) {
        d->positions[index(field)] = quint8(d->values.size());
        d->values.push_back(std::move(value));
    }
    return true;
}

bool operator==(const ImageRecord &a, const ImageRecord &b)
{
    if (a.d == b.d)
        return true;
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (a.value(info.field) != b.value(info.field))
            return false;
    }
    return true;
}

std::optional<QString> ImageRecord::text(Field field) const
{
    if (const auto *s = std::get_if<QString>(&value(field)))
        return *s;
    return std::nullopt;
}

std::optional<bool> ImageRecord::flag(Field field) const
{
    if (const auto *b = std::get_if<bool>(&value(field)))
        return *b;
    return std::nullopt;
}

std::optional<QStringList> ImageRecord::list(Field field) const
{
    if (const auto *l = std::get_if<QStringList>(&value(field)))
        return *l;
    return std::nullopt;
}

QString displayText(const FieldValue &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        return *text;
    if (const auto *list = std::get_if<QStringList>(&value))
        return list->join(QStringLiteral("; "));
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag ? QStringLiteral("true") : QStringLiteral("false");
    return QString();
}

} // namespace Wesog
