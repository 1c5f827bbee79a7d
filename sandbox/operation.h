// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Wesog::Sandbox {

/// The HTTP method of a mutation; it decides the strict semantics and the Operation `method`.
enum class Verb { Post, Put, Patch, Delete };

/// The query flags every mutation takes (docs/wesog-api.md §5, defaults from §10).
struct MutationFlags
{
    bool wait = false;
    bool urgent = false;
    bool strict = false;
    QString lang = QStringLiteral("es");
};

/// A validated mutation request: its items are JSON objects, each with an `id`.
struct Mutation
{
    Verb verb = Verb::Put;
    bool single = false; ///< /imgs/{id} rather than /imgs
    MutationFlags flags;
    QJsonArray items;
};

/// One operation: what was asked, and how far processing has come. The engine owns these;
/// the store persists them. Times are milliseconds since the epoch, 0 while unset.
struct Operation
{
    qint64 id = 0;
    QString tenant;
    Verb verb = Verb::Put;
    MutationFlags flags;
    QJsonArray items; ///< dropped from memory once finished
    qint64 nextIndex = 0; ///< the first item not yet processed
    qint64 numTotal = 0;
    qint64 numGood = 0;
    qint64 numBad = 0;
    bool started = false;
    bool finished = false;
    std::optional<bool> allGood;
    qint64 createdMs = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QJsonArray errors;

    /// The Operation object of the API; `op_id` only where the contract includes it.
    QJsonObject toJson(bool withOpId) const;
    static QString methodName(Verb verb);
};

} // namespace Wesog::Sandbox
