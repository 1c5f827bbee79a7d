// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QStringList>

#include "core/api/operationstatus.h"
#include "core/submit/submitoptions.h"
#include "core/submit/submitstate.h"

// What SubmissionLog keeps, as values: the job, the controller and the views use them without
// seeing the log's storage (Qt Sql).
namespace Wesog {

/// An operation as the workspace remembers it: which records went into it, in batch order,
/// and the last status seen, so watching resumes after a restart.
struct LoggedOperation
{
    QString server; ///< which connection it belongs to
    qint64 opId = 0;
    QDateTime submittedAt;
    SubmitOptions options;
    QStringList keys; ///< workspace keys of the items, in the order sent
    QStringList imageIds; ///< their ids as sent
    OperationStatus status;
    bool finished = false;
};

/// One past result of a record, for its history.
struct SubmissionEvent
{
    QDateTime at;
    std::optional<qint64> opId;
    SubmitState state = SubmitState::None;
    StatusMessage message;
};

} // namespace Wesog
