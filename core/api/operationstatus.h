// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/record/jsonfielderror.h"

namespace Wesog {

/// One `errors[]` entry of an operation. `index` is the 0-based position of the item in the
/// submitted array when the server sent an integer; `rawId` keeps whatever it sent.
struct OperationItemError
{
    std::optional<qint64> index;
    QString rawId;
    QString message; ///< the server's text, shown verbatim

    friend bool operator==(const OperationItemError &a, const OperationItemError &b)
    {
        return a.index == b.index && a.rawId == b.rawId && a.message == b.message;
    }
};

/// The Operation object of `GET /ops/{op_id}` and of mutation replies, parsed leniently as
/// docs/wesog-api.md §9 asks: `op_id` optional, `is_finished` or a non-null `finished_at`,
/// `all_good` possibly null, ISO timestamps with or without zone and fractions (no zone = UTC),
/// numbers as integers or floats. A plain value; safe on any thread.
struct OperationStatus
{
    std::optional<qint64> opId;
    QString method;
    QString resource;
    qint64 numTotal = 0;
    qint64 numGood = 0;
    qint64 numBad = 0;
    bool isStarted = false;
    bool isFinished = false;
    std::optional<bool> allGood; ///< null: not judged yet, never a failure
    bool doWait = false;
    bool doUrgent = false;
    bool doStrict = false;
    double idleMs = 0;
    double execMs = 0;
    QDateTime createdAt; ///< invalid when null
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<OperationItemError> errors;

    /// Parses a JSON object. A missing key takes its default; a key of the wrong type is an error
    /// that names it, and `status` is left unchanged.
    static std::optional<JsonFieldError> fromJson(const QJsonObject &json, OperationStatus *status);
    /// Parses a reply body; anything but a JSON object is an error.
    static std::optional<JsonFieldError> fromBody(const QByteArray &body, OperationStatus *status);
    /// The object in the API's shape, so fromJson() reads it back unchanged (kept in the workspace).
    QJsonObject toJson() const;
    /// Lenient ISO-8601: `2025-01-31T09:15:02.123Z`, `2025-01-31 09:15:02`, `…+01:00`, any fraction.
    static QDateTime parseTimestamp(const QString &text);
};

} // namespace Wesog
