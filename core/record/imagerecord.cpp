// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagerecord.h"

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

bool ImageRecord::setValue(Field field, FieldValue value)
{
    if (!fitsType(field, value))
        return false;
    d->values[index(field)] = std::move(value);
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

} // namespace Wesog
