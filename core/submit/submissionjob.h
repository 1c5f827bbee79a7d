// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <map>

#include <QHash>
#include <QObject>
#include <QPointer>

#include "core/submit/operationwatcher.h"
#include "core/submit/submitstate.h"
#include "core/submit/submitter.h"
#include "core/workspace/submissionrecords.h"

namespace Wesog {

class SubmissionLog;
class SubmissionLogWriter;

/// One record to send: its workspace key (the relative path for folders) and the record with
/// `id` and `src` already resolved.
struct SubmitItem
{
    QString key;
    ImageRecord record;
};

/// A submission from start to result: sends with a Submitter, follows each operation with an
/// OperationWatcher, maps every answer onto the records' states, and keeps operations and states
/// in the workspace's SubmissionLog, so a restarted process resumes watching where the last one
/// stopped. A record becomes Accepted only when its finished operation confirms it.
/// With a SubmissionLogWriter the log is written off this thread (the GUI's): a change is shown
/// (statesChanged, operationChanged) and idle() reported only once the write holding it is
/// committed, so the workspace holds every operation a row shows as sent. The rows read states()
/// then, which may already hold a newer change still being written (committed next, in order).
/// Thread: the thread of the log's database (the GUI's, or wesogctl's main).
class SubmissionJob : public QObject
{
    Q_OBJECT

public:
    /// `server` names the connection in the log (operations of another server are not resumed);
    /// `log` may be null (nothing kept). With a `writer` (on the same workspace) the log is only
    /// read, at resume(), and every write goes to the writer.
    SubmissionJob(QNetworkAccessManager *manager, ApiEndpoint endpoint, QString server, SubmissionLog *log,
        SubmissionLogWriter *writer = nullptr, QObject *parent = nullptr);

    void setPacing(const OperationWatcher::Pacing &pacing) { m_watcher.setPacing(pacing); }
    void setRetryPolicy(const RetryPolicy &policy);
    void setLimits(const ApiLimits &limits, const ApiLimits &waitLimits);

    /// Loads the log and watches this server's unfinished operations; returns how many.
    int resume();
    /// Takes out of `items` the records an operation of this server already holds as they are
    /// now (accepted, or still on their way) with the same language and strictness, and counts
    /// them among involvedKeys(): after a crash, a rerun sends only what the operations of the
    /// first run do not hold. Returns how many were taken out.
    int dropHeld(QList<SubmitItem> *items, const SubmitOptions &options);
    /// Starts sending; false if a submission is still sending. `notes` (by key) is what an
    /// item's state says on its way and once accepted (the fields merged from the server); a
    /// failure replaces it.
    bool submit(
        const QList<SubmitItem> &items, const SubmitOptions &options, const QHash<QString, StatusMessage> &notes = {});
    /// Stops the batches not yet sent; operations already created are still followed.
    void cancel();
    /// For a job that has to go while it is still sending (RetiredSends): stops the batches not
    /// yet sent and stops following operations; the batches on their way are still answered, and
    /// the operations they create are logged through `writer` (on the same workspace) but not
    /// followed: the job that reads the log next, or adopt(), follows them.
    void retire(SubmissionLogWriter *writer);
    /// Takes over what a retired job logged after this one read the log: `states` newer than
    /// this job's, and the `operations` of this job's server, followed unless finished.
    void adopt(const QList<LoggedOperation> &operations, const QHash<QString, RecordSubmission> &states);

    bool isSending() const { return m_submitter != nullptr; }
    bool isIdle() const { return !isSending() && m_watcher.watchedCount() == 0 && m_unshown == 0; }
    const QHash<QString, RecordSubmission> &states() const { return m_states; }
    const std::map<qint64, LoggedOperation> &operations() const { return m_operations; }
    /// Keys of the records in the submissions of this run and of the operations resumed.
    const QStringList &involvedKeys() const { return m_involved; }

signals:
    void statesChanged(const QStringList &keys);
    void operationChanged(qint64 opId);
    /// Sending is over (not the operations). `stopReason` is None unless it stopped early.
    void sendingFinished(const Wesog::ApiError &stopReason);
    /// Nothing is being sent or followed any more.
    void idle();
    void watchFailed(qint64 opId, const Wesog::ApiError &error);
    void retrying(int attempt, int delayMs, const Wesog::ApiError &error);
    /// The workspace could not store something; the job goes on, the user must be told.
    void storageFailed(const QString &message);

private:
    void batchAccepted(const AcceptedBatch &batch);
    void recordsRejected(const QList<RecordRejection> &rejections);
    void recordsNotSent(const QList<int> &records, const ApiError &reason);
    void follow(qint64 opId, const OperationStatus &status, bool finished);
    void operationLost(qint64 opId, const ApiError &error);
    void sendingDone(const ApiError &stopReason);
    /// Merges `changes` into the states; `persist` writes them to the log in one transaction
    /// and shows them once committed, else they are shown at once.
    void apply(const QHash<QString, RecordSubmission> &changes, bool persist);
    /// Writes to the log (now, or through the writer) and then runs `shown` and checks for idle;
    /// a failure is reported with storageFailed() first.
    void store(std::function<bool(SubmissionLog &log, QString *error)> write, std::function<void()> shown);
    RecordSubmission outcome(
        const LoggedOperation &operation, int index, const OperationStatus &status, bool othersConfirmed) const;
    void checkIdle();
    /// Marks the items before `upTo` Queued, those not marked yet, and shows them.
    void markQueued(qsizetype upTo);
    /// Marks the next slice, and schedules the one after for the next event-loop turn.
    void markQueuedSlice();

    QNetworkAccessManager *m_manager;
    ApiEndpoint m_endpoint;
    QString m_server;
    SubmissionLog *m_log;
    SubmissionLogWriter *m_writer;
    int m_unshown = 0; ///< writes stored whose `shown` has not run yet
    RetryPolicy m_policy;
    ApiLimits m_limits;
    ApiLimits m_waitLimits;
    OperationWatcher m_watcher;
    Submitter *m_submitter = nullptr;
    QList<SubmitItem> m_items;
    SubmitOptions m_options;
    QHash<QString, StatusMessage> m_notes; ///< of the submission sending, by key
    QDateTime m_queuedAt;
    qsizetype m_queuedUpTo = 0; ///< m_items before this are marked Queued
    bool m_queueScheduled = false;
    QHash<QString, RecordSubmission> m_states;
    std::map<qint64, LoggedOperation> m_operations;
    QStringList m_involved;
    bool m_retired = false; ///< retire(): what is accepted is logged, not followed
};

} // namespace Wesog
