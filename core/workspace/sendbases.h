// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/record/imagerecord.h"
#include "core/workspace/heldconflict.h"

namespace Wesog {

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
