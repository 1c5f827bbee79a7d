// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/submissioncontroller.h"

#include "core/workspace/submissionlog.h"
#include "core/workspace/workspace.h"
#include "models/recordtablemodel.h"

namespace Wesog {

SubmissionController::SubmissionController(RecordTableModel *records, Workspace *workspace,
    QNetworkAccessManager *network, LanguageManager *languages, QObject *parent)
    : QObject(parent)
    , m_records(records)
    , m_workspace(workspace)
    , m_network(network)
    , m_operations(languages)
{
}

SubmissionController::~SubmissionController()
{
    m_operations.setJob(nullptr);
}

void SubmissionController::setConnection(
    const ApiEndpoint &endpoint, const QString &server, const QString &sandboxBaseUrl)
{
    m_records->setSandboxBaseUrl(sandboxBaseUrl);
    if (endpoint.baseUrl == m_endpoint.baseUrl && endpoint.apiKey == m_endpoint.apiKey && server == m_server)
        return;
    m_endpoint = endpoint;
    m_server = server;
    rebuildJob();
    emit connectionChanged();
}

void SubmissionController::setTuning(const OperationWatcher::Pacing &pacing, const RetryPolicy &policy)
{
    m_pacing = pacing;
    m_policy = policy;
    rebuildJob();
}

void SubmissionController::workspaceReady()
{
    if (!m_workspace->isOpen())
        return;
    if (m_workspace->fileName() == m_attachedWorkspace && m_job) {
        m_records->setSubmissions(m_job->states()); // rows may have come back in a rescan
        return;
    }
    m_attachedWorkspace = m_workspace->fileName();
    rebuildJob();
}

void SubmissionController::rebuildJob()
{
    // Operations still running stay in the workspace; the next job resumes them. Records that
    // were only queued (never logged) go back to no state rather than stay "Queued".
    const bool wasBusy = m_job && !m_job->isIdle();
    QStringList queued;
    if (m_job) {
        for (auto it = m_job->states().cbegin(); it != m_job->states().cend(); ++it) {
            if (it.value().state == SubmitState::Queued)
                queued.append(it.key());
        }
    }
    m_operations.setJob(nullptr);
    m_job.reset();
    m_log.reset();
    m_submitted.clear();
    if (!m_workspace->isOpen() || m_endpoint.baseUrl.isEmpty() || m_attachedWorkspace.isEmpty()) {
        // Back to what the workspace remembers of them.
        const QHash<QString, RecordSubmission> logged = m_workspace->isOpen()
            ? SubmissionLog(m_workspace->database()).states()
            : QHash<QString, RecordSubmission>();
        QHash<QString, RecordSubmission> restored;
        for (const QString &key : std::as_const(queued))
            restored.insert(key, logged.value(key));
        m_records->setSubmissions(restored);
        if (wasBusy)
            emit busyChanged(false);
        return;
    }
    m_log = std::make_unique<SubmissionLog>(m_workspace->database());
    m_job = std::make_unique<SubmissionJob>(m_network, m_endpoint, m_server, m_log.get());
    m_job->setPacing(m_pacing);
    if (m_policy)
        m_job->setRetryPolicy(*m_policy);
    connect(m_job.get(), &SubmissionJob::statesChanged, this, &SubmissionController::statesChanged);
    connect(m_job.get(), &SubmissionJob::idle, this, &SubmissionController::jobIdle);
    connect(m_job.get(), &SubmissionJob::sendingFinished, this, [this](const ApiError &stopReason) {
        if (stopReason.isError() && stopReason.kind != ApiError::Kind::Canceled)
            emit problem(stopReason.userMessage());
    });
    connect(m_job.get(), &SubmissionJob::storageFailed, this, [this](const QString &message) {
        emit problem(tr("The workspace could not store the submission's progress: %1").arg(message));
    });
    m_job->resume();
    QHash<QString, RecordSubmission> states = m_job->states();
    for (const QString &key : std::as_const(queued)) {
        if (!states.contains(key))
            states.insert(key, RecordSubmission());
    }
    m_records->setSubmissions(states);
    m_operations.setJob(m_job.get());
    const bool busy = !m_job->isIdle();
    if (busy != wasBusy)
        emit busyChanged(busy);
}

SubmitPlan SubmissionController::plan(SubmitScope scope, const QList<int> &selectedRows) const
{
    QList<int> candidates;
    if (scope == SubmitScope::Selection) {
        candidates = selectedRows;
        std::sort(candidates.begin(), candidates.end());
    } else {
        for (int row = 0; row < m_records->rowCount(); ++row) {
            const RecordRow &record = m_records->row(row);
            const SubmitState state = record.submission.state;
            const bool take = scope == SubmitScope::AllValid
                || (scope == SubmitScope::Edited
                    && (!record.editedFields.isEmpty() || m_records->isEditedSinceSent(row)))
                || (scope == SubmitScope::Failed && (state == SubmitState::Failed || state == SubmitState::NotSent));
            if (take)
                candidates.append(row);
        }
    }
    SubmitPlan plan;
    for (int row : std::as_const(candidates)) {
        const RecordRow &record = m_records->row(row);
        if (record.error) {
            if (scope != SubmitScope::AllValid)
                plan.blocked.append({ row, tr("The file cannot be read.") });
            continue;
        }
        if (record.isInvalid()) {
            QStringList reasons;
            for (const FieldIssue &issue : record.issues) {
                if (issue.severity == Severity::Error)
                    reasons.append(issue.message());
            }
            plan.blocked.append({ row, reasons.join(QLatin1Char(' ')) });
            continue;
        }
        if (isPending(record.submission.state)) {
            plan.blocked.append({ row, tr("Already on its way; wait for its result.") });
            continue;
        }
        plan.rows.append(row);
        plan.items.append({ record.relativePath, m_records->recordToSend(row) });
    }
    return plan;
}

bool SubmissionController::submit(const SubmitPlan &plan, const SubmitOptions &options)
{
    if (!m_job || m_job->isSending() || plan.items.isEmpty())
        return false;
    const bool wasBusy = !m_job->isIdle();
    m_submitted.clear();
    for (const SubmitItem &item : plan.items)
        m_submitted.append(item.key);
    m_job->submit(plan.items, options);
    if (!wasBusy)
        emit busyChanged(true);
    return true;
}

std::optional<SubmitOptions> SubmissionController::failedOptions() const
{
    if (!m_log)
        return std::nullopt;
    std::optional<qint64> newest;
    for (const int row : plan(SubmitScope::Failed, {}).rows) {
        const std::optional<qint64> opId = m_records->row(row).submission.opId;
        if (opId && (!newest || *opId > *newest))
            newest = opId;
    }
    if (!newest)
        return std::nullopt;
    for (const LoggedOperation &operation : m_log->operations()) {
        if (operation.server == m_server && operation.opId == *newest)
            return operation.options;
    }
    return std::nullopt;
}

QList<SubmissionEvent> SubmissionController::history(const QString &relativePath) const
{
    return m_log ? m_log->history(relativePath) : QList<SubmissionEvent>();
}

void SubmissionController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SubmissionController::statesChanged(const QStringList &keys)
{
    QHash<QString, RecordSubmission> changed;
    for (const QString &key : keys)
        changed.insert(key, m_job->states().value(key));
    m_records->setSubmissions(changed);
}

void SubmissionController::jobIdle()
{
    emit busyChanged(false);
    if (m_submitted.isEmpty())
        return;
    int accepted = 0;
    int failed = 0;
    int notSent = 0;
    for (const QString &key : std::as_const(m_submitted)) {
        switch (m_job->states().value(key).state) {
        case SubmitState::Accepted:
            ++accepted;
            break;
        case SubmitState::Failed:
            ++failed;
            break;
        default:
            ++notSent;
        }
    }
    m_submitted.clear();
    emit submissionFinished(accepted, failed, notSent);
}

} // namespace Wesog
