// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/jsonfielderror.h"

namespace Wesog {

QString JsonFieldError::typeName(JsonType type)
{
    switch (type) {
    case JsonType::String:
        return tr("text");
    case JsonType::Boolean:
        return tr("true, false or null");
    case JsonType::StringList:
        return tr("a list of texts");
    case JsonType::Integer:
        return tr("a whole number");
    case JsonType::Number:
        return tr("a number");
    case JsonType::Object:
        return tr("a JSON object");
    case JsonType::Array:
        return tr("a JSON array");
    }
    return QString();
}

QString JsonFieldError::message() const
{
    switch (kind) {
    case Kind::Missing:
        return tr("Field \"%1\" is missing.").arg(key);
    case Kind::OutOfRange:
        return tr("Field \"%1\" is out of range; it should be %2.").arg(key, typeName(expected));
    case Kind::WrongType:
        break;
    }
    return tr("Field \"%1\" has the wrong type; it should be %2.").arg(key, typeName(expected));
}

QString JsonFieldError::pydanticType() const
{
    if (kind == Kind::Missing)
        return QStringLiteral("missing");
    switch (expected) {
    case JsonType::String:
        return QStringLiteral("string_type");
    case JsonType::Boolean:
        return QStringLiteral("bool_type");
    case JsonType::StringList:
    case JsonType::Array:
        return QStringLiteral("list_type");
    case JsonType::Integer:
        return QStringLiteral("int_type");
    case JsonType::Number:
        return QStringLiteral("float_type");
    case JsonType::Object:
        return QStringLiteral("dict_type");
    }
    return QStringLiteral("value_error");
}

} // namespace Wesog
