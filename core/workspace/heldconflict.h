// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/record/imagerecord.h"

namespace Wesog {

/// An image the pre-send check held back, kept until the user settles it in the error review:
/// the base it was edited from and the server's copy read by the check, so the three values of
/// each field can be shown (ours is the row's current value) after a restart too.
struct HeldConflict
{
    QString imageId;
    std::optional<ImageRecord> base; ///< none: never sent from here nor loaded from the server
    std::optional<ImageRecord> server; ///< none: not on the server (deleted since the base was read)
    QList<Field> fields; ///< fields still to settle; empty for a whole-image conflict

    bool isWholeImage() const { return fields.isEmpty(); }

    friend bool operator==(const HeldConflict &a, const HeldConflict &b)
    {
        return a.imageId == b.imageId && a.base == b.base && a.server == b.server && a.fields == b.fields;
    }
};

} // namespace Wesog
