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

void RetiredSends::retire(std::unique_ptr<SubmissionJob> job, const QString &workspaceFile)
{
    Send &send = m_sends.emplace_back();
    send.writer = std::make_unique<SubmissionLogWriter>(workspaceFile);
    send.workspaceFile = workspaceFile;
    send.retiredAt = QDateTime::currentDateTimeUtc();
    for (const auto &[opId, operation] : job->operations())
        send.earlierOperations.insert(opId);
    // Queued: the job must not be deleted inside its own signal. Connected before retire(),
    // which ends the sending at once when no batch is on its way.
    connect(
        job.get(), &SubmissionJob::sendingFinished, this, [this, finished = job.get()] { finish(finished); },
        Qt::QueuedConnection);
    job->retire(send.writer.get());
    send.job = std::move(job);
}

void RetiredSends::finish(SubmissionJob *job)
{
    const auto send = std::find_if(m_sends.begin(), m_sends.end(), [job](const Send &s) { return s.job.get() == job; });
    if (send == m_sends.end())
        return;
    QList<LoggedOperation> operations;
    for (const auto &[opId, operation] : job->operations()) {
        if (!send->earlierOperations.contains(opId))
            operations.append(operation);
    }
    QHash<QString, RecordSubmission> states;
    for (auto it = job->states().cbegin(); it != job->states().cend(); ++it) {
        if (it.value().at >= send->retiredAt)
            states.insert(it.key(), it.value());
    }
    const QString workspaceFile = send->workspaceFile;
    send->job.reset();
    send->writer.reset(); // waits for the job's writes: on disk before anyone is told
    m_sends.erase(send);
    emit answered(workspaceFile, operations, states);
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
