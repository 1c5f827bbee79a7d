// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/record/fieldregistry.h"

namespace Wesog {

/// The text fields where code replacements expand: free text a person types (title, headline,
/// caption, alt text, location, city, country, event, author, provider, shot, scene, technique,
/// medium, keywords, categories, collections). Never id, src, the URLs, the date, the flags or
/// status, whose values are identifiers a code must not change.
inline bool takesCodeExpansion(Field field)
{
    switch (field) {
    case Field::Title:
    case Field::Headline:
    case Field::Caption:
    case Field::AltText:
    case Field::Location:
    case Field::City:
    case Field::Country:
    case Field::Event:
    case Field::Author:
    case Field::Provider:
    case Field::Shot:
    case Field::Scene:
    case Field::Technique:
    case Field::Medium:
    case Field::Keywords:
    case Field::Categories:
    case Field::Collections:
        return true;
    default:
        return false;
    }
}

/// The fields spell-checked: the prose ones (title, headline, caption, alt text). Names and
/// terms in the other fields would be flagged far more often than they are wrong.
inline bool isSpellChecked(Field field)
{
    return field == Field::Title || field == Field::Headline || field == Field::Caption || field == Field::AltText;
}

} // namespace Wesog
