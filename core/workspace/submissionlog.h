// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/workspace/submissionrecords.h"

namespace Wesog {

/// The submission side of a workspace: operations, each record's state with the snapshot it
/// was sent with, and each record's history. Every call is one transaction in the workspace's
/// database (its tables are made here, when it attaches). Thread: the database's.
class SubmissionLog final
{
public:
    explicit SubmissionLog(QSqlDatabase database);

    bool addOperation(const LoggedOperation &operation, QString *error);
    /// The operation and the states of the records it holds, in one transaction: a crash
    /// between the two would leave records the server took looking unsent.
    bool addOperation(const LoggedOperation &operation, const QHash<QString, RecordSubmission> &states, QString *error);
    bool updateOperation(const QString &server, qint64 opId, const OperationStatus &status, QString *error);
    /// The operation's status and the states it gives its records, in one transaction (one
    /// commit where there would be two).
    bool updateOperation(const QString &server, qint64 opId, const OperationStatus &status,
        const QHash<QString, RecordSubmission> &states, QString *error);
    QList<LoggedOperation> operations(QString *error = nullptr) const;

    /// Stores record states; terminal ones (accepted, failed, not sent) also join the history.
    bool setStates(const QHash<QString, RecordSubmission> &states, QString *error);
    QHash<QString, RecordSubmission> states(QString *error = nullptr) const;
    QList<SubmissionEvent> history(const QString &key, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace Wesog
