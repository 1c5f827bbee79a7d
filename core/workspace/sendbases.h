// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QSqlDatabase>

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

/// The sending side of a workspace's three-way check (issue 15): per image id, the record the
/// server was last known to hold (the one it accepted from us, or the copy read when a conflict
/// was settled), and the held-back conflicts by workspace key. Its tables are its own, made
/// when it attaches; every call is one transaction. Thread: the database's (the GUI).
class SendBaseStore final
{
public:
    explicit SendBaseStore(QSqlDatabase database);

    /// Sets (or, with nullopt, removes) the bases of these ids.
    bool setBases(const QHash<QString, std::optional<ImageRecord>> &byImageId, QString *error);
    QHash<QString, ImageRecord> bases(QString *error = nullptr) const;

    bool setConflicts(const QHash<QString, HeldConflict> &byKey, QString *error);
    QHash<QString, HeldConflict> conflicts(QString *error = nullptr) const;
    /// Drops the conflict of `key` and sets (or removes) the base of its image, together: a
    /// crash between the two would leave a settled image with its old base.
    bool settle(const QString &key, const QString &imageId, const std::optional<ImageRecord> &base, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace Wesog
