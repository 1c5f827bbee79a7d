// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "core/record/imagerecord.h"

namespace Wesog {

/// One cell's new state: an edited value, or nullopt to drop the edit (back to the loaded value).
struct CellEdit
{
    QString relativePath;
    Field field = Field::Title;
    std::optional<FieldValue> value;
};

} // namespace Wesog
