// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QTimer>

#include "core/server/presendcheck.h"
#include "core/submit/retiredsends.h"
#include "core/submit/submissionjob.h"
#include "core/workspace/heldconflict.h"
#include "models/operationsmodel.h"

class QNetworkAccessManager;

namespace Wesog {

struct PagerError;
class RecordTableModel;
class SendBaseStore;
class SubmissionLogWriter;
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

/// What the last pre-send check found, for the summary.
struct CheckSummary
{
    int unchanged = 0; ///< equal to their base: not sent
    int merged = 0; ///< sent with the server's newer values of fields we did not touch
    int conflicts = 0; ///< held back for the error review
};

/// How the user settles one field (or a whole image) of a held-back conflict.
enum class Resolution {
    KeepMine, ///< send our value (a deleted image is created again)
    TakeTheirs, ///< take the server's value (for a deleted image: drop the edits)
};

/// The open collection's submissions: builds plans from the table, runs one SubmissionJob per
/// workspace and connection, and mirrors record states into the table and operations into an
/// OperationsModel. Resumes the workspace's unfinished operations when a folder is opened.
///
/// Nothing another editor changed is overwritten silently (issue 15): every submission first
/// runs a PreSendCheck of its rows against their base (baseForSending()): rows equal to their
/// base are not sent, the server's changes to fields we did not touch are taken into the row and
/// sent with it, and images changed on both sides (or deleted on the server, or already there
/// without a base) are held back as conflicts that resolve() settles field by field. The base of
/// an image is kept in the workspace (SendBaseStore) when the server accepts it.
///
/// The job's log writes and the accepted bases go through a SubmissionLogWriter, off the GUI
/// thread; the controller's own reads and writes of the workspace (user actions, rare) stay on
/// the GUI connection and first wait for the writer's pending writes, so the order holds.
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
    /// The collection is closing: its submission stops here. Batches on their way are still
    /// answered and logged (RetiredSends); operations already sent stay in its workspace and are
    /// followed again when it is next opened; none of its states reach the rows of the
    /// collection opened next (they may share relative paths). A connection change stops a
    /// submission the same way.
    void collectionClosed();
    /// Quitting: stops the submission as collectionClosed() does, and waits up to `msecs` for
    /// the batches on their way to be answered and logged, so the next start follows them.
    void letSendsFinish(int msecs);
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
    bool isSending() const
    {
        return m_check != nullptr || m_finishingCheck || m_pendingSend || (m_job && m_job->isSending());
    }
    /// The pre-send check is reading the server's copies.
    bool isChecking() const { return m_check != nullptr; }
    CheckSummary lastCheck() const { return m_lastCheck; }

    /// What the three-way check of `row` starts from: the record the server last accepted from
    /// this workspace under the row's id (or the server's copy a settled conflict was read
    /// with), else the snapshot of a server collection's row (RecordRow::serverBase), else none.
    /// A send always follows the load it edits, so the accepted record is the newer of the two.
    std::optional<ImageRecord> baseForSending(int row) const;
    /// The conflict that holds `row` back, if any.
    std::optional<HeldConflict> conflictOf(int row) const;
    /// Settles `field` of the conflict of `row` (nullopt: a whole-image conflict). Take theirs
    /// edits the row (one undo step); once every field is settled the server's copy becomes the
    /// row's base, the server's other changes are taken, and the row waits to be sent again.
    /// False if the row holds no such conflict or the workspace cannot store it.
    bool resolve(int row, std::optional<Field> field, Resolution choice);
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
    /// The pre-send check has read `checked` of the `total` server copies it needs.
    void checkProgress(int checked, int total);
    /// A held-back conflict changed (found, or a field of it settled).
    void conflictsChanged();

private:
    void rebuildJob();
    /// A job, or a retired one, could not store what it was told.
    void reportStorageFailure(const QString &message);
    /// Loads the bases and held conflicts of the attached workspace.
    void attachBases();
    /// The base of `record`, the row `key` names: what was last sent of it, else the server copy
    /// its row was loaded with. `rowHint` is where the caller saw that row (checked, not trusted).
    std::optional<ImageRecord> baseFor(const QString &key, const ImageRecord &record, int rowHint = -1) const;
    /// Sorts out the next slice of m_pendingSend; the last one calls sendChecked().
    void prepareSendSlice();
    /// Applies m_pendingSend's merges to the rows and hands its items to the job.
    void sendChecked();
    /// cancel() between the check and the job: m_pendingSend is not sent.
    void cancelPendingSend();
    /// Marks `items` not sent, for `reason`, in the rows and the workspace.
    void markNotSent(const QList<SubmitItem> &items, const StatusMessage &reason);
    void statesChanged(const QStringList &keys);
    /// Shows the next slice of m_unshownKeys on the rows; schedules the rest for the next turn.
    void showSlice();
    /// Shows every key still waiting, and waits for the bases those rows keep: before anything
    /// reads the rows or the bases as the job left them.
    void catchUp();
    void jobIdle();
    void checkFinished(const PreSendResult &result);
    void checkFailed(const PagerError &error);
    /// Keeps the record the server accepted for each key that became Accepted.
    void keepAcceptedBases(const QStringList &keys);
    /// The conflict of `key` is settled: `base` (or none) is its image's base from now on, and
    /// the row takes `state` (if given).
    bool settle(const QString &key, const HeldConflict &conflict, const std::optional<ImageRecord> &base,
        const std::optional<RecordSubmission> &state);
    /// Puts `states` on the rows and into the workspace's log.
    void storeStates(const QHash<QString, RecordSubmission> &states);
    /// Waits until the writer's pending writes are committed: the GUI connection reads them, and
    /// its own writes come after them.
    void awaitWrites() const;

    RecordTableModel *m_records;
    Workspace *m_workspace;
    QNetworkAccessManager *m_network;
    OperationsModel m_operations;
    ApiEndpoint m_endpoint;
    QString m_server;
    QString m_attachedWorkspace;
    OperationWatcher::Pacing m_pacing;
    std::optional<RetryPolicy> m_policy;
    // Declared first, destroyed last: the job and the stores post to it until they go.
    std::unique_ptr<SubmissionLogWriter> m_writer;
    std::unique_ptr<SubmissionLog> m_log;
    std::unique_ptr<SubmissionJob> m_job;
    QString m_jobWorkspace; ///< the workspace file m_job logs to
    RetiredSends m_retiredSends; ///< jobs replaced while sending, until their batches are answered
    std::unique_ptr<SendBaseStore> m_baseStore;
    QHash<QString, ImageRecord> m_bases; ///< by image id, as m_baseStore holds them
    QHash<QString, HeldConflict> m_conflicts; ///< by workspace key, as m_baseStore holds them
    std::unique_ptr<PreSendCheck> m_check; ///< while a submission's check runs
    /// What a finished check lets go, sorted out a slice per event-loop turn for the job.
    struct PendingSend
    {
        struct Merge
        {
            QString key;
            Field field;
            FieldValue value;
        };
        QList<PreSendOutcome> outcomes; ///< the check's toSend
        QList<SubmitItem> checked; ///< what the outcomes' `item` indexes
        qsizetype next = 0; ///< the first outcome not yet in `items`
        QList<SubmitItem> items;
        QHash<QString, StatusMessage> notes;
        QList<Merge> merges; ///< the server's values of fields merged, for the rows
    };
    std::optional<PendingSend> m_pendingSend;
    QTimer m_sendSliceTimer; ///< single shot, 0 ms: the next prepareSendSlice()
    bool m_finishingCheck = false; ///< inside checkFinished(), whose signals reach other slots
    bool m_cancelAfterCheck = false; ///< cancel() came from one of those slots
    quint64 m_jobGeneration = 0; ///< counts rebuildJob()s
    QList<SubmitItem> m_checking; ///< the items being checked, in the check's order
    SubmitOptions m_checkOptions;
    CheckSummary m_lastCheck;
    QStringList m_submitted; ///< keys of the submission in progress, for its summary
    QStringList m_unshownKeys; ///< keys the job changed that the rows do not show yet
    bool m_sliceScheduled = false;
};

} // namespace Wesog
