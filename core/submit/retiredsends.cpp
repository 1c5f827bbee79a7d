// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/retiredsends.h"

#include <QEventLoop>
#include <QTimer>

#include "core/submit/submissionjob.h"
#include "core/workspace/submissionlogwriter.h"

namespace Wesog {

RetiredSends::RetiredSends(QObject *parent)
    : QObject(parent)
{
}

RetiredSends::~RetiredSends() = default;

void RetiredSends::retire(std::unique_ptr<SubmissionJob> job, const QString &workspaceFile, const QStringList &queued)
{
    Send &send = m_sends.emplace_back();
    send.writer = std::make_unique<SubmissionLogWriter>(workspaceFile);
    send.workspaceFile = workspaceFile;
    for (const auto &[opId, operation] : job->operations())
        send.earlierOperations.insert(opId);
    // Connected before retire(), which marks the batches not yet sent Not sent, and ends the
    // sending at once when no batch is on its way. A change is reported once it is written.
    connect(job.get(), &SubmissionJob::statesChanged, this, [&send](const QStringList &keys) {
        for (const QString &key : keys)
            send.changedKeys.insert(key);
    });
    connect(job.get(), &SubmissionJob::storageFailed, this, &RetiredSends::storageFailed);
    // Queued: the job must not be deleted inside its own signal.
    connect(
        job.get(), &SubmissionJob::sendingFinished, this, [this, finished = job.get()] { finish(finished); },
        Qt::QueuedConnection);
    job->retire(send.writer.get());
    for (const QString &key : queued)
        send.atRetiring.insert(key, job->states().value(key));
    send.job = std::move(job);
}

QHash<QString, RecordSubmission> RetiredSends::states(const QString &workspaceFile) const
{
    QHash<QString, RecordSubmission> states;
    for (const Send &send : m_sends) {
        if (send.workspaceFile != workspaceFile)
            continue;
        for (auto it = send.atRetiring.cbegin(); it != send.atRetiring.cend(); ++it)
            states.insert(it.key(), send.job->states().value(it.key()));
    }
    return states;
}

void RetiredSends::finish(SubmissionJob *job)
{
    const auto send = std::find_if(m_sends.begin(), m_sends.end(), [job](const Send &s) { return s.job.get() == job; });
    if (send == m_sends.end())
        return;
    // Every write on disk, and its outcome delivered: a failure is reported, a change counted.
    send->writer->flush();
    send->writer->deliver();
    QList<LoggedOperation> operations;
    for (const auto &[opId, operation] : job->operations()) {
        if (!send->earlierOperations.contains(opId))
            operations.append(operation);
    }
    QHash<QString, RecordSubmission> states;
    for (const QString &key : std::as_const(send->changedKeys)) {
        const RecordSubmission state = job->states().value(key);
        const auto given = send->atRetiring.constFind(key);
        if (given == send->atRetiring.cend() || !(*given == state))
            states.insert(key, state); // not the Not sent states() gave: a job may have sent those again
    }
    const QString workspaceFile = send->workspaceFile;
    job->disconnect(this);
    m_sends.erase(send); // the job, then its writer
    emit answered(workspaceFile, operations, states);
}

void RetiredSends::flush(const QString &workspaceFile) const
{
    for (const Send &send : m_sends) {
        if (send.workspaceFile == workspaceFile)
            send.writer->flush();
    }
}

void RetiredSends::waitForAnswers(int msecs)
{
    if (isEmpty())
        return;
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    connect(this, &RetiredSends::answered, &loop, [this, &loop] {
        if (isEmpty())
            loop.quit();
    });
    loop.exec();
}

} // namespace Wesog

#include "moc_retiredsends.cpp"
