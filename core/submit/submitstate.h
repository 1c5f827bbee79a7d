// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "core/submit/statusmessage.h"

namespace Wesog {

/// Where a record is on its way to the server. Stored by name; shown translated by the models.
enum class SubmitState {
    None, ///< never submitted from this workspace
    Queued, ///< waiting for its batch to go
    Sent, ///< in an operation the server took
    Processing, ///< its operation is running
    Accepted, ///< the server said so
    Failed, ///< refused (422), or its item failed in the operation
    NotSent, ///< cancelled, or the submission stopped before its batch went
};

QString submitStateName(SubmitState state);
SubmitState submitStateFromName(const QString &name);
/// Queued, Sent or Processing: its result is still to come.
inline bool isPending(SubmitState state)
{
    return state == SubmitState::Queued || state == SubmitState::Sent || state == SubmitState::Processing;
}

/// One record's submission state, keyed elsewhere by the record's workspace key.
struct RecordSubmission
{
    SubmitState state = SubmitState::None;
    QString imageId; ///< the id it was sent with
    StatusMessage message; ///< the server's words or ours, as a code translated when shown
    QString field; ///< the API field a refusal named, if any
    std::optional<qint64> opId;
    int index = -1; ///< position in its operation's batch
    QDateTime at; ///< when the state was reached
    QByteArray sent; ///< the item's JSON as last sent: "edited since sent" compares to it

    friend bool operator==(const RecordSubmission &a, const RecordSubmission &b)
    {
        return a.state == b.state && a.imageId == b.imageId && a.message == b.message && a.field == b.field
            && a.opId == b.opId && a.index == b.index && a.at == b.at && a.sent == b.sent;
    }
};

} // namespace Wesog
