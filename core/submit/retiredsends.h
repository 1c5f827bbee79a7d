// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <list>
#include <memory>

#include <QHash>
#include <QObject>
#include <QSet>

#include "core/workspace/submissionrecords.h"

namespace Wesog {

class SubmissionJob;
class SubmissionLogWriter;

/// Submissions still being sent when their job has to go (another connection or collection is
/// chosen, or the app quits). Aborting a `PUT /imgs` on its way would lose the operation the
/// server may already have created: its images would be changed on the server, but nothing
/// would follow the operation or show its failures. So each such job is retired
/// (SubmissionJob::retire(): nothing more is sent or followed) and kept, with a writer of its
/// own on its workspace, until the batches on their way are answered and logged. answered()
/// then hands over what it logged, for the current job to follow if it works on that
/// workspace; otherwise the next job opened on that workspace and server resumes it from the log.
/// Thread: the jobs' (the GUI's).
class RetiredSends final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetiredSends)

public:
    explicit RetiredSends(QObject *parent = nullptr);
    /// Aborts what is still on its way (a quit that did not wait long enough, or an owner gone
    /// meanwhile); what was logged before is kept.
    ~RetiredSends() override;

    /// Keeps `job`, which is still sending and logs to the workspace in `workspaceFile`, until
    /// its sending is over. `queued` are the keys of its submission still Queued (on their way,
    /// or not yet sent). The job's own writer must have been flushed: its writes come first.
    void retire(std::unique_ptr<SubmissionJob> job, const QString &workspaceFile, const QStringList &queued);
    bool isEmpty() const { return m_sends.empty(); }
    /// The states of the `queued` keys of the sends retired on `workspaceFile` and not yet
    /// answered, as their jobs hold them now: Queued while their batch is on its way (so no job
    /// sends them again meanwhile), Not sent for the batches that never went.
    QHash<QString, RecordSubmission> states(const QString &workspaceFile) const;
    /// Blocks until what the retired sends on `workspaceFile` posted is written, for a reader
    /// on another connection.
    void flush(const QString &workspaceFile) const;
    /// Runs the event loop until every retired send is answered, or `msecs` have passed.
    void waitForAnswers(int msecs);

signals:
    /// A retired send is over and all it logged is on disk: the `operations` it created after it
    /// was retired, and the states it set since, by key, other than those states() gave.
    void answered(const QString &workspaceFile, const QList<Wesog::LoggedOperation> &operations,
        const QHash<QString, Wesog::RecordSubmission> &states);
    /// The workspace could not store what a retired send was told; the user must be told.
    void storageFailed(const QString &message);

private:
    struct Send
    {
        std::unique_ptr<SubmissionLogWriter> writer; ///< declared first: outlives the job using it
        std::unique_ptr<SubmissionJob> job;
        QString workspaceFile;
        QSet<qint64> earlierOperations; ///< known before retiring: the log and the next job have them
        QSet<QString> changedKeys; ///< keys whose state the job changed since it was retired
        QHash<QString, RecordSubmission> atRetiring; ///< of its queued keys, right after retire()
    };

    void finish(SubmissionJob *job);

    std::list<Send> m_sends;
};

} // namespace Wesog
