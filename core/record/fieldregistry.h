// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>

#include <QString>
#include <QStringView>

namespace Wesog {

/// The fields of a `PUT /imgs` item, in the API's order. The order matches the rows of
/// FieldRegistry::all(); a static_assert in fieldregistry.cpp keeps the two in step.
enum class Field : int {
    Id,
    Src,
    UrlImgWatermark,
    UrlImgThumbnail,
    Title,
    Headline,
    Caption,
    AltText,
    AiGenerated,
    ModelRelease,
    PropertyRelease,
    Nsfw,
    Status,
    Date,
    Location,
    City,
    Country,
    Event,
    Author,
    Provider,
    Shot,
    Scene,
    Technique,
    Medium,
    Keywords,
    Categories,
    Collections,
};
inline constexpr int FieldCount = 27;

/// How a field's value is stored, edited and validated.
enum class FieldType { Text, Url, TextList, Bool, Date, Status };

/// One row of the field registry.
struct FieldInfo
{
    Field field;
    const char *jsonKey; ///< key in API JSON bodies
    FieldType type;
    bool nullable; ///< false: the API needs a value on PUT (id, src)
    const char *label; ///< untranslated; use FieldRegistry::label() to show it
    int iimByteLimit; ///< IIM dataset limit in bytes (per item for lists); 0 when IIM has none
};

/// The single table of API fields. Codec, validation, table columns and the sandbox's schema
/// checks all iterate it, so a new field is one enum value plus one row in fieldregistry.cpp.
/// Thread: immutable, safe everywhere.
class FieldRegistry
{
public:
    static const std::array<FieldInfo, FieldCount> &all();
    static const FieldInfo &info(Field field);
    static std::optional<Field> fromJsonKey(QStringView key);
    static QString jsonKey(Field field);
    /// The label translated into the current language; never cache the result.
    static QString label(Field field);
    static bool isList(Field field) { return info(field).type == FieldType::TextList; }
    static bool isBool(Field field) { return info(field).type == FieldType::Bool; }
};

} // namespace Wesog
