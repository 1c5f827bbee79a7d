// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Wesog {

/// The JSON types our decoders expect, named in error messages.
enum class JsonType { String, Boolean, StringList, Integer, Number, Object, Array };

/// A JSON value that is missing or of the wrong type at a named key, such as `keywords[2]`
/// or `errors[1].msg`. Decoders return it instead of throwing or guessing; the message is
/// translated when it is shown.
struct JsonFieldError
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldError)

public:
    enum class Kind { Missing, WrongType, OutOfRange };

    QString key;
    Kind kind = Kind::WrongType;
    JsonType expected = JsonType::String;

    /// For example: Field "keywords[2]" should be text.
    QString message() const;
    /// The FastAPI/Pydantic error `type` for a 422 `detail` entry (`string_type`, `missing`, …).
    QString pydanticType() const;

    static QString typeName(JsonType type);
};

} // namespace Wesog
