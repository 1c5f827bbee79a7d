// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/submissioncontroller.h"

#include <memory>

#include <QJsonDocument>
#include <QScopeGuard>

#include "core/record/recordcodec.h"
#include "core/server/presendcheck.h"
#include "core/workspace/sendbases.h"
#include "core/workspace/submissionlog.h"
#include "core/workspace/submissionlogwriter.h"
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
    m_sendSliceTimer.setSingleShot(true);
    m_sendSliceTimer.setInterval(0);
    connect(&m_sendSliceTimer, &QTimer::timeout, this, &SubmissionController::prepareSendSlice);
    connect(&m_retiredSends, &RetiredSends::answered, this,
        [this](const QString &workspaceFile, const QList<LoggedOperation> &operations,
            const QHash<QString, RecordSubmission> &states) {
            if (!m_job || workspaceFile != m_jobWorkspace)
                return; // the next job on that workspace resumes them from the log
            const bool wasBusy = isSending() || isWatching();
            m_job->adopt(operations, states);
            if (!wasBusy && isWatching())
                emit busyChanged(true);
        });
    connect(&m_retiredSends, &RetiredSends::storageFailed, this, &SubmissionController::reportStorageFailure);
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
        // Rows may have come back in a rescan. The log is newer than the job for the images the
        // pre-send check held back or settled: the job never saw them.
        QHash<QString, RecordSubmission> states = m_job->states();
        awaitWrites();
        const QHash<QString, RecordSubmission> logged = SubmissionLog(m_workspace->database()).states();
        for (auto it = logged.cbegin(); it != logged.cend(); ++it) {
            const auto known = states.constFind(it.key());
            if (known == states.cend() || it.value().at > known->at)
                states.insert(it.key(), it.value());
        }
        m_records->setSubmissions(states);
        return;
    }
    m_attachedWorkspace = m_workspace->fileName();
    rebuildJob();
}

void SubmissionController::collectionClosed()
{
    if (m_attachedWorkspace.isEmpty())
        return;
    m_attachedWorkspace.clear(); // the next workspaceReady() attaches whichever opens next
    rebuildJob();
}

void SubmissionController::letSendsFinish(int msecs)
{
    collectionClosed(); // retires a job still sending
    m_retiredSends.waitForAnswers(msecs);
}

void SubmissionController::rebuildJob()
{
    // Operations still running stay in the workspace; the next job resumes them. A job still
    // sending is retired: its batches on their way are answered and logged (RetiredSends), and
    // on the same workspace their rows stay Queued meanwhile, so they are not sent twice; the
    // batches not yet sent are Not sent. Without a next job, records that were only queued
    // (never logged) go back to what the workspace remembers of them.
    const bool wasBusy = (m_job && !m_job->isIdle()) || m_check || m_finishingCheck || m_pendingSend;
    ++m_jobGeneration;
    catchUp();
    QStringList queued;
    if (m_job) {
        for (auto it = m_job->states().cbegin(); it != m_job->states().cend(); ++it) {
            if (it.value().state == SubmitState::Queued)
                queued.append(it.key());
        }
    }
    m_operations.setJob(nullptr);
    if (m_check) { // its answers would be merged against another connection or workspace
        PreSendCheck *check = m_check.release();
        check->disconnect(this);
        check->cancel();
        check->deleteLater();
        m_checking.clear();
    }
    m_pendingSend.reset(); // like a check still running: nothing of it went
    m_sendSliceTimer.stop();
    if (m_job && m_job->isSending()) {
        m_writer->flush(); // its writes come before the retired job's
        m_job->disconnect(this);
        m_retiredSends.retire(std::move(m_job), m_jobWorkspace, queued);
    }
    m_job.reset();
    m_log.reset();
    m_submitted.clear();
    m_unshownKeys.clear(); // a slice still queued must not read the next job's states for them
    attachBases();
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
    m_job = std::make_unique<SubmissionJob>(m_network, m_endpoint, m_server, m_log.get(), m_writer.get());
    m_jobWorkspace = m_attachedWorkspace;
    m_job->setPacing(m_pacing);
    if (m_policy)
        m_job->setRetryPolicy(*m_policy);
    connect(m_job.get(), &SubmissionJob::statesChanged, this, &SubmissionController::statesChanged);
    connect(m_job.get(), &SubmissionJob::idle, this, &SubmissionController::jobIdle);
    connect(m_job.get(), &SubmissionJob::sendingFinished, this, [this](const ApiError &stopReason) {
        if (stopReason.isError() && stopReason.kind != ApiError::Kind::Canceled)
            emit problem(stopReason.userMessage());
    });
    connect(m_job.get(), &SubmissionJob::storageFailed, this, &SubmissionController::reportStorageFailure);
    m_job->resume();
    m_job->adopt({}, m_retiredSends.states(m_jobWorkspace));
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

void SubmissionController::reportStorageFailure(const QString &message)
{
    emit problem(tr("The workspace could not store the submission's progress: %1").arg(message));
}

void SubmissionController::attachBases()
{
    m_baseStore.reset();
    m_writer.reset(); // after the writes it holds are committed
    m_bases.clear();
    m_conflicts.clear();
    if (m_workspace->isOpen() && !m_attachedWorkspace.isEmpty()) {
        m_baseStore = std::make_unique<SendBaseStore>(m_workspace->database()); // makes its tables
        // The log's tables are made (and an old workspace migrated) here first, so the writer's
        // connection, opening meanwhile on its thread, finds nothing left to do.
        const SubmissionLog schema(m_workspace->database());
        m_writer = std::make_unique<SubmissionLogWriter>(m_workspace->fileName());
        QString error;
        m_bases = m_baseStore->bases(&error);
        m_conflicts = m_baseStore->conflicts(&error);
        if (!error.isEmpty())
            emit problem(tr("The workspace could not read what was last sent: %1").arg(error));
    }
    emit conflictsChanged();
}

std::optional<ImageRecord> SubmissionController::baseForSending(int row) const
{
    return baseFor(m_records->row(row).relativePath, m_records->row(row).record(), row);
}

std::optional<ImageRecord> SubmissionController::baseFor(
    const QString &key, const ImageRecord &record, int rowHint) const
{
    // Both look-ups cost cache misses across 100,000 rows at once (submit()): none for a
    // workspace that never sent, and none for a row that is where the caller saw it.
    if (!m_bases.isEmpty()) {
        const auto sent = m_bases.constFind(record.id());
        if (sent != m_bases.cend())
            return *sent;
    }
    const bool hinted = rowHint >= 0 && rowHint < m_records->rowCount() && m_records->row(rowHint).relativePath == key;
    const int row = hinted ? rowHint : m_records->rowOfRelativePath(key);
    return row >= 0 ? m_records->row(row).serverBase : std::nullopt;
}

std::optional<HeldConflict> SubmissionController::conflictOf(int row) const
{
    const auto it = m_conflicts.constFind(m_records->row(row).relativePath);
    return it == m_conflicts.cend() ? std::nullopt : std::optional<HeldConflict>(*it);
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
            const SubmitState state = record.submission->state;
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
        if (isPending(record.submission->state)) {
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
    if (!m_job || isSending() || plan.items.isEmpty())
        return false;
    // Every item is checked, based or not: one never sent from here may still be on the server.
    QList<PreSendItem> items;
    items.reserve(plan.items.size());
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const SubmitItem &item = plan.items.at(i);
        items.append({ item.record, baseFor(item.key, item.record, int(plan.rows.value(i, -1))) });
    }
    m_checking = plan.items;
    m_checkOptions = options;
    m_submitted.clear();
    m_check = std::make_unique<PreSendCheck>(m_network, m_endpoint);
    // Ids in batches of 200 per `q`: the images of a server collection are found that way, one
    // request for 200. An id a batch does not return is read alone before it counts as gone, or
    // as new unless the server vouches for its search (PreSendCheck), and a server that refuses
    // string ids is checked one image at a time.
    m_check->setBatchIds(true);
    if (m_policy)
        m_check->setRetryPolicy(*m_policy);
    connect(m_check.get(), &PreSendCheck::progress, this, &SubmissionController::checkProgress);
    connect(m_check.get(), &PreSendCheck::finished, this, &SubmissionController::checkFinished);
    connect(m_check.get(), &PreSendCheck::failed, this, &SubmissionController::checkFailed);
    if (m_job->isIdle())
        emit busyChanged(true);
    m_check->start(items);
    return true;
}

void SubmissionController::checkFinished(const PreSendResult &result)
{
    m_check.release()->deleteLater(); // we are inside its signal
    // A slot of the signals below may cancel, or change the connection (rebuildJob()): both are
    // honoured once the answers are sorted out.
    const quint64 generation = m_jobGeneration;
    m_finishingCheck = true;
    m_cancelAfterCheck = false;
    const auto finishing = qScopeGuard([this] { m_finishingCheck = false; });
    const QList<SubmitItem> checked = std::exchange(m_checking, {});
    m_lastCheck = {};
    m_lastCheck.unchanged = int(result.unchanged.size());
    m_lastCheck.conflicts = int(result.conflicts.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // A conflict settled by hand in the table (or gone on the server's side) is over.
    QStringList over;
    for (const QList<PreSendOutcome> *outcomes : { &result.toSend, &result.unchanged }) {
        for (qsizetype i = 0; !m_conflicts.isEmpty() && i < outcomes->size(); ++i) {
            const QString &key = checked.at(outcomes->at(i).item).key;
            if (m_conflicts.contains(key))
                over.append(key);
        }
    }
    for (const QString &key : std::as_const(over)) {
        const HeldConflict conflict = m_conflicts.value(key);
        const auto base = m_bases.constFind(conflict.imageId);
        settle(key, conflict, base == m_bases.cend() ? std::nullopt : std::optional<ImageRecord>(*base), std::nullopt);
    }
    // Equal to what the server was last known to hold: an earlier failure of theirs is over.
    QHash<QString, RecordSubmission> cleared;
    for (const PreSendOutcome &outcome : result.unchanged) {
        const int row = m_records->rowOfRelativePath(checked.at(outcome.item).key);
        if (row < 0)
            continue;
        RecordSubmission state = *m_records->row(row).submission;
        if (state.state == SubmitState::Failed || state.state == SubmitState::NotSent) {
            state.state = SubmitState::None;
            state.message = {};
            state.field.clear();
            state.at = now;
            cleared.insert(checked.at(outcome.item).key, state);
        }
    }
    if (!cleared.isEmpty())
        storeStates(cleared);

    QHash<QString, HeldConflict> held;
    QHash<QString, RecordSubmission> heldStates;
    for (const PreSendOutcome &outcome : result.conflicts) {
        const SubmitItem &item = checked.at(outcome.item);
        HeldConflict conflict;
        conflict.imageId = item.record.id();
        conflict.base = baseFor(item.key, item.record);
        if (outcome.server)
            conflict.server = outcome.server->record;
        QStringList fields;
        for (const FieldConflict &field : outcome.result.conflicts) {
            if (field.field) {
                conflict.fields.append(*field.field);
                fields.append(FieldRegistry::jsonKey(*field.field));
            }
        }
        const int row = m_records->rowOfRelativePath(item.key);
        RecordSubmission state = row >= 0 ? *m_records->row(row).submission : RecordSubmission();
        state.state = SubmitState::NotSent;
        state.imageId = conflict.imageId;
        state.message = !conflict.isWholeImage() ? StatusMessage::sendConflict(fields)
            : conflict.server                    ? StatusMessage::existsOnServer()
                                                 : StatusMessage::goneFromServer();
        state.field.clear();
        state.at = now;
        held.insert(item.key, conflict);
        heldStates.insert(item.key, state);
    }
    if (!held.isEmpty()) {
        QString error;
        awaitWrites();
        if (!m_baseStore || !m_baseStore->setConflicts(held, &error))
            emit problem(tr("The workspace could not store the conflicts: %1").arg(error));
        m_conflicts.insert(held);
        storeStates(heldStates);
        emit conflictsChanged();
    }

    if (m_jobGeneration != generation)
        return; // rebuilt meanwhile: as for a check still running then, nothing goes
    m_submitted += held.keys();
    if (result.toSend.isEmpty()) {
        const QStringList heldKeys = std::exchange(m_submitted, {});
        if (m_job->isIdle())
            emit busyChanged(false);
        emit submissionFinished(0, 0, int(heldKeys.size()));
        return;
    }
    // What goes is sorted out a slice per turn, then handed to the job: doing it for 100,000
    // answers in one step would hold the window up longer than a frame allows.
    PendingSend pending;
    pending.outcomes = result.toSend;
    pending.checked = checked;
    pending.items.reserve(result.toSend.size());
    m_pendingSend = std::move(pending);
    if (std::exchange(m_cancelAfterCheck, false)) {
        cancelPendingSend();
        return;
    }
    m_sendSliceTimer.start();
}

void SubmissionController::prepareSendSlice()
{
    if (!m_pendingSend)
        return; // canceled, or the job was rebuilt meanwhile
    PendingSend &pending = *m_pendingSend;
    if (pending.next == pending.outcomes.size()) {
        sendChecked();
        return;
    }
    constexpr qsizetype SliceItems = 5000; // a few milliseconds
    const qsizetype end = std::min(pending.next + SliceItems, pending.outcomes.size());
    for (; pending.next < end; ++pending.next) {
        const PreSendOutcome &outcome = pending.outcomes.at(pending.next);
        SubmitItem item { pending.checked.at(outcome.item).key, outcome.result.toSend };
        if (!outcome.result.mergedFields.isEmpty()) {
            QStringList fields;
            for (Field field : outcome.result.mergedFields) {
                fields.append(FieldRegistry::jsonKey(field));
                pending.merges.append({ item.key, field, item.record.value(field) });
            }
            pending.notes.insert(item.key, StatusMessage::mergedFromServer(fields));
        }
        pending.items.append(std::move(item));
    }
    // The next slice, or the job, after the rest of this turn: a timer, not a queued call, which
    // would run before the timers and paints already due.
    m_sendSliceTimer.start();
}

void SubmissionController::sendChecked()
{
    // The rows show what goes: the server's values of the fields merged, as one undo step. The
    // edit's signals reach other slots; one that cancels or changes the connection still finds
    // the send pending, and stops it.
    const quint64 generation = m_jobGeneration;
    QList<RecordTableModel::CellValue> merges;
    for (const PendingSend::Merge &merge : std::as_const(m_pendingSend->merges)) {
        const int row = m_records->rowOfRelativePath(merge.key);
        if (row >= 0)
            merges.append({ row, merge.field, merge.value });
    }
    if (!merges.isEmpty())
        m_records->editCellValues(merges, tr("Merge from the Server"));
    if (!m_pendingSend || m_jobGeneration != generation || !m_job)
        return;
    const PendingSend pending = *std::exchange(m_pendingSend, std::nullopt);
    m_lastCheck.merged = int(pending.notes.size());
    for (const SubmitItem &item : pending.items)
        m_submitted.append(item.key);
    // What the server accepts becomes a base, a batch at a time: growing the hash of 100,000
    // bases in one rehash then would hold the GUI up for tens of milliseconds.
    const qsizetype bases = m_bases.size() + pending.items.size();
    if (m_bases.capacity() < bases)
        m_bases.reserve(bases);
    m_job->submit(pending.items, m_checkOptions, pending.notes);
}

void SubmissionController::checkFailed(const PagerError &error)
{
    m_check.release()->deleteLater(); // we are inside its signal
    const QList<SubmitItem> checked = std::exchange(m_checking, {});
    // Unchecked, nothing may go: every item is not sent, with the reason, as when a PUT fails.
    markNotSent(checked,
        error.api.isError() ? StatusMessage::fromApiError(error.api) : StatusMessage::fromServer(error.message));
    m_lastCheck = {};
    if (error.api.kind != ApiError::Kind::Canceled)
        emit problem(tr("Nothing was sent: the server's current copies could not be read to check them: %1")
                         .arg(error.userMessage()));
    if (m_job->isIdle())
        emit busyChanged(false);
    emit submissionFinished(0, 0, int(checked.size()));
}

void SubmissionController::markNotSent(const QList<SubmitItem> &items, const StatusMessage &reason)
{
    QHash<QString, RecordSubmission> notSent;
    for (const SubmitItem &item : items) {
        const int row = m_records->rowOfRelativePath(item.key);
        RecordSubmission state = row >= 0 ? *m_records->row(row).submission : RecordSubmission();
        state.state = SubmitState::NotSent;
        state.imageId = item.record.id();
        state.message = reason;
        state.field.clear();
        state.at = QDateTime::currentDateTimeUtc();
        notSent.insert(item.key, state);
    }
    storeStates(notSent);
}

void SubmissionController::storeStates(const QHash<QString, RecordSubmission> &states)
{
    QString error;
    awaitWrites();
    if (m_log && !m_log->setStates(states, &error))
        emit problem(tr("The workspace could not store the submission's progress: %1").arg(error));
    m_records->setSubmissions(states);
}

void SubmissionController::keepAcceptedBases(const QStringList &keys)
{
    // What the server accepted is what it holds now (as far as we know): the next check of the
    // image starts from it. The records are decoded on the writer's thread, off the GUI's; the
    // bases in memory follow once they are stored.
    QList<QByteArray> sent;
    for (const QString &key : keys) {
        const auto state = m_job->states().constFind(key);
        if (state != m_job->states().cend() && state->state == SubmitState::Accepted && !state->sent.isEmpty())
            sent.append(state->sent);
    }
    if (sent.isEmpty())
        return;
    if (!m_writer) {
        emit problem(tr("The workspace could not store what the server accepted: %1").arg(QString()));
        return;
    }
    auto decoded = std::make_shared<QHash<QString, std::optional<ImageRecord>>>();
    m_writer->post(
        [sent, decoded](SubmissionLog &, SendBaseStore &bases, QString *error) {
            for (const QByteArray &json : sent) {
                ImageRecord record;
                if (!RecordCodec::decodeItem(QJsonDocument::fromJson(json).object(), &record))
                    decoded->insert(record.id(), record);
            }
            return bases.setBases(*decoded, error);
        },
        this,
        [this, decoded](const QString &error) {
            if (!error.isEmpty()) {
                emit problem(tr("The workspace could not store what the server accepted: %1").arg(error));
                return;
            }
            for (auto it = decoded->cbegin(); it != decoded->cend(); ++it)
                m_bases.insert(it.key(), *it.value());
        });
}

void SubmissionController::awaitWrites() const
{
    if (m_writer)
        m_writer->flush();
    m_retiredSends.flush(m_jobWorkspace);
}

bool SubmissionController::resolve(int row, std::optional<Field> field, Resolution choice)
{
    if (row < 0 || row >= m_records->rowCount())
        return false;
    const QString key = m_records->row(row).relativePath;
    const auto found = m_conflicts.constFind(key);
    if (found == m_conflicts.cend() || field.has_value() == found->isWholeImage())
        return false;
    HeldConflict conflict = *found;
    RecordSubmission settled = *m_records->row(row).submission;
    settled.state = SubmitState::NotSent;
    settled.message = StatusMessage::conflictResolved();
    settled.at = QDateTime::currentDateTimeUtc();

    if (conflict.isWholeImage() && !conflict.server) {
        // Deleted on the server: mine creates it again (no base: sent as new), theirs drops
        // the edits and leaves nothing to send.
        if (choice == Resolution::TakeTheirs) {
            QList<QPair<int, Field>> edited;
            for (int edit : m_records->row(row).editedFields)
                edited.append({ row, Field(edit) });
            if (!m_records->revertCells(edited))
                return false;
            settled.state = SubmitState::None;
            settled.message = {};
        }
        return settle(key, conflict, std::nullopt, settled);
    }
    if (conflict.isWholeImage()) {
        // On the server without a base: its copy is the base now; theirs takes every value.
        if (choice == Resolution::TakeTheirs) {
            QList<RecordTableModel::CellValue> cells;
            for (const FieldInfo &info : FieldRegistry::all())
                cells.append({ row, info.field, conflict.server->value(info.field) });
            if (!m_records->editCellValues(cells, tr("Take Theirs")))
                return false;
        }
        return settle(key, conflict, conflict.server, settled);
    }

    if (!conflict.fields.contains(*field) || !conflict.server)
        return false;
    if (choice == Resolution::TakeTheirs
        && !m_records->editCells(
            { row }, *field, conflict.server->value(*field), tr("Take Theirs: %1").arg(FieldRegistry::label(*field))))
        return false;
    conflict.fields.removeAll(*field);
    if (!conflict.fields.isEmpty()) {
        QString error;
        awaitWrites();
        if (!m_baseStore || !m_baseStore->setConflicts({ { key, conflict } }, &error)) {
            emit problem(tr("The workspace could not store the conflicts: %1").arg(error));
            return false;
        }
        m_conflicts.insert(key, conflict);
        emit conflictsChanged();
        return true;
    }
    // Every field settled: the server's changes to the fields nobody touched here are taken
    // (the base moves to the server's copy, so leaving them would undo them), and the next
    // check starts from that copy: a change made on the server meanwhile is a conflict again.
    QList<RecordTableModel::CellValue> merges;
    const ImageRecord ours = m_records->recordToSend(row);
    const ImageRecord base = conflict.base.value_or(ImageRecord());
    for (const FieldInfo &info : FieldRegistry::all()) {
        const FieldValue &theirs = conflict.server->value(info.field);
        if (ThreeWayMerge::sameValue(ours.value(info.field), base.value(info.field))
            && !ThreeWayMerge::sameValue(theirs, base.value(info.field)))
            merges.append({ row, info.field, theirs });
    }
    if (!merges.isEmpty() && !m_records->editCellValues(merges, tr("Merge from the Server")))
        return false;
    return settle(key, conflict, conflict.server, settled);
}

bool SubmissionController::settle(const QString &key, const HeldConflict &conflict,
    const std::optional<ImageRecord> &base, const std::optional<RecordSubmission> &state)
{
    QString error;
    awaitWrites();
    if (!m_baseStore || !m_baseStore->settle(key, conflict.imageId, base, &error)) {
        emit problem(tr("The workspace could not store the conflicts: %1").arg(error));
        return false;
    }
    m_conflicts.remove(key);
    if (base)
        m_bases.insert(conflict.imageId, *base);
    else
        m_bases.remove(conflict.imageId);
    if (state)
        storeStates({ { key, *state } });
    emit conflictsChanged();
    return true;
}

std::optional<SubmitOptions> SubmissionController::failedOptions() const
{
    if (!m_log)
        return std::nullopt;
    std::optional<qint64> newest;
    for (const int row : plan(SubmitScope::Failed, {}).rows) {
        const std::optional<qint64> opId = m_records->row(row).submission->opId;
        if (opId && (!newest || *opId > *newest))
            newest = opId;
    }
    if (!newest)
        return std::nullopt;
    awaitWrites();
    for (const LoggedOperation &operation : m_log->operations()) {
        if (operation.server == m_server && operation.opId == *newest)
            return operation.options;
    }
    return std::nullopt;
}

QList<SubmissionEvent> SubmissionController::history(const QString &relativePath) const
{
    awaitWrites();
    return m_log ? m_log->history(relativePath) : QList<SubmissionEvent>();
}

void SubmissionController::cancel()
{
    if (m_check)
        m_check->cancel(); // failed(Canceled) follows: nothing of it is sent
    else if (m_pendingSend)
        cancelPendingSend();
    else if (m_finishingCheck)
        m_cancelAfterCheck = true; // from a slot inside checkFinished(): nothing of it goes
    else if (m_job)
        m_job->cancel();
}

void SubmissionController::cancelPendingSend()
{
    // Checked but not yet with the job: nothing went, and nothing will.
    m_sendSliceTimer.stop();
    const PendingSend pending = *std::exchange(m_pendingSend, std::nullopt);
    QList<SubmitItem> checked;
    checked.reserve(pending.outcomes.size());
    for (const PreSendOutcome &outcome : pending.outcomes)
        checked.append(pending.checked.at(outcome.item));
    ApiError canceled;
    canceled.kind = ApiError::Kind::Canceled;
    markNotSent(checked, StatusMessage::fromApiError(canceled));
    if (!m_job || m_job->isIdle())
        emit busyChanged(false);
    // The held back too.
    emit submissionFinished(0, 0, int(std::exchange(m_submitted, {}).size() + checked.size()));
}

void SubmissionController::statesChanged(const QStringList &keys)
{
    // A submission's first change names every record it holds (100,000 of them), and the writer
    // reports several commits at once: the rows take the keys a slice per event-loop turn, so
    // the window keeps answering meanwhile. A slice reads the job's states when it is shown, so
    // a newer change already shown is never undone.
    m_unshownKeys += keys;
    if (!m_sliceScheduled) {
        m_sliceScheduled = true;
        QMetaObject::invokeMethod(this, &SubmissionController::showSlice, Qt::QueuedConnection);
    }
}

void SubmissionController::showSlice()
{
    // A few milliseconds of rows (setSubmissions() and the bases to keep).
    constexpr qsizetype SliceRows = 1000;
    m_sliceScheduled = false;
    if (!m_job) {
        m_unshownKeys.clear();
        return;
    }
    const qsizetype count = std::min(SliceRows, m_unshownKeys.size());
    const QStringList slice = m_unshownKeys.first(count);
    m_unshownKeys.remove(0, count);
    QHash<QString, RecordSubmission> changed;
    changed.reserve(slice.size());
    for (const QString &key : slice)
        changed.insert(key, m_job->states().value(key));
    m_records->setSubmissions(changed);
    keepAcceptedBases(slice);
    if (!m_unshownKeys.isEmpty() && !m_sliceScheduled) {
        m_sliceScheduled = true;
        QMetaObject::invokeMethod(this, &SubmissionController::showSlice, Qt::QueuedConnection);
    }
}

void SubmissionController::catchUp()
{
    // Delivering the writer's commits reports states again: show those too, until both are done.
    do {
        while (!m_unshownKeys.isEmpty())
            showSlice();
        if (m_writer) {
            m_writer->flush();
            m_writer->deliver();
        }
    } while (!m_unshownKeys.isEmpty());
}

void SubmissionController::jobIdle()
{
    // The job's earlier operations ended, but this submission is still being checked, or not
    // yet the job's: its end reports it.
    if (m_check || m_finishingCheck || m_pendingSend)
        return;
    emit busyChanged(false);
    // The summary counts the rows' states, and the next check reads the bases they keep: the
    // keys still waiting are shown now (the last commits' few), and the summary follows the
    // bases' writes through the writer, without waiting for the disk here.
    while (!m_unshownKeys.isEmpty())
        showSlice();
    if (m_submitted.isEmpty())
        return;
    const QStringList submitted = std::exchange(m_submitted, {});
    auto summarise = [this, submitted] {
        int accepted = 0;
        int failed = 0;
        int notSent = 0;
        for (const QString &key : submitted) {
            // The row, not the job: the images the check held back never reached the job.
            const int row = m_records->rowOfRelativePath(key);
            switch (row >= 0 ? m_records->row(row).submission->state
                             : (m_job ? m_job->states().value(key).state : SubmitState::None)) {
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
        emit submissionFinished(accepted, failed, notSent);
    };
    if (m_writer)
        m_writer->post({}, this, [summarise](const QString &) { summarise(); });
    else
        summarise();
}

} // namespace Wesog
