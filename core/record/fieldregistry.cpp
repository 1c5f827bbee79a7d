// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/fieldregistry.h"

#include <QCoreApplication>

namespace Wesog {

namespace {

using T = FieldType;

// IIM limits from docs/metadata-fields.md §2 (bytes, per item for repeatable datasets).
constexpr std::array<FieldInfo, FieldCount> s_fields = { {
    { Field::Id, "id", T::Text, false, QT_TRANSLATE_NOOP("Field", "ID"), 0 },
    { Field::Src, "src", T::Url, false, QT_TRANSLATE_NOOP("Field", "Source URL"), 0 },
    { Field::UrlImgWatermark, "url_img_watermark", T::Url, true, QT_TRANSLATE_NOOP("Field", "Watermarked URL"), 0 },
    { Field::UrlImgThumbnail, "url_img_thumbnail", T::Url, true, QT_TRANSLATE_NOOP("Field", "Thumbnail URL"), 0 },
    { Field::Title, "title", T::Text, true, QT_TRANSLATE_NOOP("Field", "Title"), 64 },
    { Field::Headline, "headline", T::Text, true, QT_TRANSLATE_NOOP("Field", "Headline"), 256 },
    { Field::Caption, "caption", T::Text, true, QT_TRANSLATE_NOOP("Field", "Caption"), 2000 },
    { Field::AltText, "alt_text", T::Text, true, QT_TRANSLATE_NOOP("Field", "Alt text"), 0 },
    { Field::AiGenerated, "ai_generated", T::Bool, true, QT_TRANSLATE_NOOP("Field", "AI generated"), 0 },
    { Field::ModelRelease, "model_release", T::Bool, true, QT_TRANSLATE_NOOP("Field", "Model release"), 0 },
    { Field::PropertyRelease, "property_release", T::Bool, true, QT_TRANSLATE_NOOP("Field", "Property release"), 0 },
    { Field::Nsfw, "nsfw", T::Bool, true, QT_TRANSLATE_NOOP("Field", "NSFW"), 0 },
    { Field::Status, "status", T::Status, true, QT_TRANSLATE_NOOP("Field", "Status"), 0 },
    { Field::Date, "date", T::Date, true, QT_TRANSLATE_NOOP("Field", "Date"), 8 },
    { Field::Location, "location", T::Text, true, QT_TRANSLATE_NOOP("Field", "Location"), 32 },
    { Field::City, "city", T::Text, true, QT_TRANSLATE_NOOP("Field", "City"), 32 },
    { Field::Country, "country", T::Text, true, QT_TRANSLATE_NOOP("Field", "Country"), 64 },
    { Field::Event, "event", T::Text, true, QT_TRANSLATE_NOOP("Field", "Event"), 0 },
    { Field::Author, "author", T::Text, true, QT_TRANSLATE_NOOP("Field", "Author"), 32 },
    { Field::Provider, "provider", T::Text, true, QT_TRANSLATE_NOOP("Field", "Provider"), 32 },
    { Field::Shot, "shot", T::Text, true, QT_TRANSLATE_NOOP("Field", "Shot"), 0 },
    { Field::Scene, "scene", T::Text, true, QT_TRANSLATE_NOOP("Field", "Scene"), 0 },
    { Field::Technique, "technique", T::Text, true, QT_TRANSLATE_NOOP("Field", "Technique"), 0 },
    { Field::Medium, "medium", T::Text, true, QT_TRANSLATE_NOOP("Field", "Medium"), 0 },
    { Field::Keywords, "keywords", T::TextList, true, QT_TRANSLATE_NOOP("Field", "Keywords"), 64 },
    { Field::Categories, "categories", T::TextList, true, QT_TRANSLATE_NOOP("Field", "Categories"), 32 },
    { Field::Collections, "collections", T::TextList, true, QT_TRANSLATE_NOOP("Field", "Collections"), 0 },
} };

constexpr bool rowsFollowEnumOrder()
{
    for (int i = 0; i < FieldCount; ++i) {
        if (static_cast<int>(s_fields[static_cast<size_t>(i)].field) != i)
            return false;
    }
    return true;
}
static_assert(rowsFollowEnumOrder(), "s_fields rows must follow the order of enum Field");

} // namespace

const std::array<FieldInfo, FieldCount> &FieldRegistry::all()
{
    return s_fields;
}

const FieldInfo &FieldRegistry::info(Field field)
{
    return s_fields[static_cast<size_t>(field)];
}

std::optional<Field> FieldRegistry::fromJsonKey(QStringView key)
{
    for (const FieldInfo &row : s_fields) {
        if (key == QLatin1String(row.jsonKey))
            return row.field;
    }
    return std::nullopt;
}

QString FieldRegistry::jsonKey(Field field)
{
    return QLatin1String(info(field).jsonKey);
}

QString FieldRegistry::label(Field field)
{
    return QCoreApplication::translate("Field", info(field).label);
}

} // namespace Wesog
