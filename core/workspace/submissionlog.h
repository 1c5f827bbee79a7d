// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/api/operationstatus.h"
#include "core/submit/submitoptions.h"
#include "core/submit/submitstate.h"

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

/// The submission side of a workspace: operations, each record's state with the snapshot it
/// was sent with, and each record's history. Every call is one transaction in the workspace's
/// database (tables made by Workspace::open). Thread: the database's.
class SubmissionLog final
{
public:
    explicit SubmissionLog(QSqlDatabase database);

    bool addOperation(const LoggedOperation &operation, QString *error);
    /// The operation and the states of the records it holds, in one transaction: a crash
    /// between the two would leave records the server took looking unsent.
    bool addOperation(const LoggedOperation &operation, const QHash<QString, RecordSubmission> &states, QString *error);
    bool updateOperation(const QString &server, qint64 opId, const OperationStatus &status, QString *error);
    QList<LoggedOperation> operations(QString *error = nullptr) const;

    /// Stores record states; terminal ones (accepted, failed, not sent) also join the history.
    bool setStates(const QHash<QString, RecordSubmission> &states, QString *error);
    QHash<QString, RecordSubmission> states(QString *error = nullptr) const;
    QList<SubmissionEvent> history(const QString &key, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace Wesog
