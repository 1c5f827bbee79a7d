// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>

#include "core/submit/submissionjob.h"
#include "models/operationsmodel.h"

class QNetworkAccessManager;

namespace Wesog {

class RecordTableModel;
class Workspace;

/// Which rows a submission takes.
enum class SubmitScope { Selection, Edited, AllValid, Failed };

/// What a submission would send, and what it holds back with why.
struct SubmitPlan
{
    struct Blocked
    {
        int row = -1;
        QString reason;
    };
    QList<int> rows; ///< rows that go, in table order
    QList<SubmitItem> items; ///< their records as they will be sent
    QList<Blocked> blocked;
};

/// The open folder's submissions: builds plans from the table, runs one SubmissionJob per
/// workspace and connection, and mirrors record states into the table and operations into an
/// OperationsModel. Resumes the workspace's unfinished operations when a folder is opened.
/// Thread: GUI only.
class SubmissionController : public QObject
{
    Q_OBJECT

public:
    SubmissionController(RecordTableModel *records, Workspace *workspace, QNetworkAccessManager *network,
        LanguageManager *languages, QObject *parent = nullptr);
    ~SubmissionController() override;

    /// Where submissions go. `server` names the connection in the workspace; `sandboxBaseUrl`
    /// is what {sandbox} stands for (empty when the connection is not the Local sandbox).
    void setConnection(const ApiEndpoint &endpoint, const QString &server, const QString &sandboxBaseUrl);
    bool hasConnection() const { return !m_endpoint.baseUrl.isEmpty(); }
    /// The folder's workspace is open and its rows are loaded: follow what it left running.
    void workspaceReady();
    /// Pacing and retries of the job (tests make them fast).
    void setTuning(const OperationWatcher::Pacing &pacing, const RetryPolicy &policy);

    SubmitPlan plan(SubmitScope scope, const QList<int> &selectedRows) const;
    /// Starts sending `plan`; false if a submission is still sending or nothing is connected.
    bool submit(const SubmitPlan &plan, const SubmitOptions &options);
    void cancel();
    /// The options of the submission that Resubmit Failed repeats: those of the newest logged
    /// operation holding one of the failed images; none when no failed image went in one.
    std::optional<SubmitOptions> failedOptions() const;
    /// Every past result of the record at `relativePath`, oldest first.
    QList<SubmissionEvent> history(const QString &relativePath) const;
    bool isSending() const { return m_job && m_job->isSending(); }
    bool isWatching() const { return m_job && !m_job->isIdle(); }

    OperationsModel *operations() { return &m_operations; }
    const RecordTableModel *records() const { return m_records; }
    QNetworkAccessManager *network() const { return m_network; }
    SubmissionJob *job() const { return m_job.get(); }
    ApiEndpoint endpoint() const { return m_endpoint; }

signals:
    void busyChanged(bool busy);
    /// setConnection() changed where submissions go (or that there is nowhere).
    void connectionChanged();
    /// The records of a submission all have a result.
    void submissionFinished(int accepted, int failed, int notSent);
    /// Something the user must read (a rejected key, a workspace that cannot store).
    void problem(const QString &message);

private:
    void rebuildJob();
    void statesChanged(const QStringList &keys);
    void jobIdle();

    RecordTableModel *m_records;
    Workspace *m_workspace;
    QNetworkAccessManager *m_network;
    OperationsModel m_operations;
    ApiEndpoint m_endpoint;
    QString m_server;
    QString m_attachedWorkspace;
    OperationWatcher::Pacing m_pacing;
    std::optional<RetryPolicy> m_policy;
    std::unique_ptr<SubmissionLog> m_log;
    std::unique_ptr<SubmissionJob> m_job;
    QStringList m_submitted; ///< keys of the submission in progress, for its summary
};

} // namespace Wesog
