// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/submissionjob.h"

#include <algorithm>

#include <QSet>
#include <QThreadPool>

#include "core/record/recordcodec.h"
#include "core/workspace/sendbases.h"
#include "core/workspace/submissionlog.h"
#include "core/workspace/submissionlogwriter.h"

namespace Wesog {

SubmissionJob::SubmissionJob(QNetworkAccessManager *manager, ApiEndpoint endpoint, QString server, SubmissionLog *log,
    SubmissionLogWriter *writer, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_endpoint(endpoint)
    , m_server(std::move(server))
    , m_log(log)
    , m_writer(writer)
    , m_watcher(manager, endpoint)
{
    m_waitLimits.deadlineMs = 10 * 60 * 1000; // wait=true holds the reply until the operation ends
    connect(&m_watcher, &OperationWatcher::changed, this, [this](qint64 opId, const OperationStatus &status) {
        if (!status.isFinished) // finished() follows with the same status
            follow(opId, status, false);
    });
    connect(&m_watcher, &OperationWatcher::finished, this,
        [this](qint64 opId, const OperationStatus &status) { follow(opId, status, true); });
    connect(&m_watcher, &OperationWatcher::failed, this, &SubmissionJob::operationLost);
}

void SubmissionJob::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
    m_watcher.setRetryPolicy(policy);
}

void SubmissionJob::setLimits(const ApiLimits &limits, const ApiLimits &waitLimits)
{
    m_limits = limits;
    m_waitLimits = waitLimits;
    m_watcher.setLimits(limits);
}

int SubmissionJob::resume()
{
    if (!m_log)
        return 0;
    m_states = m_log->states();
    int resumed = 0;
    for (const LoggedOperation &operation : m_log->operations()) {
        if (operation.server != m_server)
            continue;
        m_operations[operation.opId] = operation;
        if (operation.finished)
            continue;
        for (const QString &key : operation.keys) {
            if (m_states.value(key).opId == operation.opId && !m_involved.contains(key))
                m_involved.append(key);
        }
        m_watcher.watch(operation.opId, operation.status);
        ++resumed;
    }
    return resumed;
}

int SubmissionJob::dropHeld(QList<SubmitItem> *items, const SubmitOptions &options)
{
    QList<SubmitItem> toSend;
    for (const SubmitItem &item : std::as_const(*items)) {
        const RecordSubmission state = m_states.value(item.key);
        const auto operation = state.opId ? m_operations.find(*state.opId) : m_operations.end();
        // Language and strictness change what the server does with the same item; the other
        // options only change how it is sent.
        bool held = operation != m_operations.end() && operation->second.options.lang == options.lang
            && operation->second.options.strict == options.strict
            && (state.state == SubmitState::Accepted || state.state == SubmitState::Sent
                || state.state == SubmitState::Processing); // Queued: not sent yet
        if (held) {
            QByteArray json;
            RecordCodec::appendItemJson(item.record, &json);
            held = state.sent == json;
        }
        if (!held)
            toSend.append(item);
        else if (!m_involved.contains(item.key))
            m_involved.append(item.key);
    }
    const int dropped = int(items->size() - toSend.size());
    *items = toSend;
    return dropped;
}

bool SubmissionJob::submit(
    const QList<SubmitItem> &items, const SubmitOptions &options, const QHash<QString, StatusMessage> &notes)
{
    if (m_submitter)
        return false;
    m_items = items;
    m_options = options;
    m_notes = notes;
    m_queuedAt = QDateTime::currentDateTimeUtc();
    m_queuedUpTo = 0;
    QList<ImageRecord> records;
    records.reserve(items.size());
    for (const SubmitItem &item : items) {
        records.append(item.record);
        m_involved.append(item.key);
    }
    m_states.reserve(m_states.size() + items.size());
    // A submission may hold 100,000 records: they are marked Queued a slice per event-loop turn
    // (an answer marks its own batch first, so no state skips Queued and its note).
    markQueuedSlice();

    m_submitter = new Submitter(m_manager, m_endpoint, options, this);
    m_submitter->setRetryPolicy(m_policy);
    m_submitter->setLimits(options.wait ? m_waitLimits : m_limits);
    connect(m_submitter, &Submitter::batchAccepted, this, &SubmissionJob::batchAccepted);
    connect(m_submitter, &Submitter::recordsRejected, this, &SubmissionJob::recordsRejected);
    connect(m_submitter, &Submitter::recordsNotSent, this, &SubmissionJob::recordsNotSent);
    connect(m_submitter, &Submitter::retrying, this, &SubmissionJob::retrying);
    connect(m_submitter, &Submitter::finished, this, &SubmissionJob::sendingDone);
    m_submitter->start(records);
    return true;
}

void SubmissionJob::markQueued(qsizetype upTo)
{
    upTo = std::min(upTo, m_items.size());
    if (upTo <= m_queuedUpTo)
        return;
    QStringList keys;
    keys.reserve(upTo - m_queuedUpTo);
    for (qsizetype i = m_queuedUpTo; i < upTo; ++i) {
        const SubmitItem &item = m_items.at(i);
        RecordSubmission &state = m_states[item.key];
        state.state = SubmitState::Queued;
        state.imageId = item.record.id();
        state.message = m_notes.value(item.key);
        state.field.clear();
        state.at = m_queuedAt;
        keys.append(item.key);
    }
    m_queuedUpTo = upTo;
    emit statesChanged(keys); // queued is only on screen: the log keeps what reached the server
}

void SubmissionJob::markQueuedSlice()
{
    constexpr qsizetype SliceItems = 2000; // a few milliseconds
    m_queueScheduled = false;
    markQueued(m_queuedUpTo + SliceItems);
    if (m_queuedUpTo < m_items.size() && !m_queueScheduled) {
        m_queueScheduled = true;
        QMetaObject::invokeMethod(this, &SubmissionJob::markQueuedSlice, Qt::QueuedConnection);
    }
}

void SubmissionJob::cancel()
{
    if (m_submitter)
        m_submitter->cancel();
}

void SubmissionJob::retire(SubmissionLogWriter *writer)
{
    m_retired = true;
    m_writer = writer;
    m_log = nullptr; // only read at resume(); its connection goes with the job's owner
    m_watcher.stopAll();
    cancel();
}

void SubmissionJob::adopt(const QList<LoggedOperation> &operations, const QHash<QString, RecordSubmission> &states)
{
    QStringList changed;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        // A pending state newer than the given one: this job sent the record again since. (A
        // pending state's time is this computer's, like the retired job's; a finished one's
        // may be the server's, and is older than the retired submission.)
        const auto known = m_states.constFind(it.key());
        if (known != m_states.cend() && isPending(known->state) && known->at > it.value().at)
            continue;
        m_states.insert(it.key(), it.value());
        changed.append(it.key());
    }
    QSet<QString> involved;
    if (!operations.isEmpty())
        involved = QSet<QString>(m_involved.cbegin(), m_involved.cend());
    for (const LoggedOperation &operation : operations) {
        if (operation.server != m_server || m_operations.count(operation.opId))
            continue; // another server's is resumed when it is connected again
        m_operations[operation.opId] = operation;
        for (const QString &key : operation.keys) {
            if (m_states.value(key).opId == operation.opId && !involved.contains(key)) {
                involved.insert(key);
                m_involved.append(key);
            }
        }
        if (!operation.finished)
            m_watcher.watch(operation.opId, operation.status);
        emit operationChanged(operation.opId);
    }
    if (!changed.isEmpty())
        emit statesChanged(changed);
}

void SubmissionJob::batchAccepted(const AcceptedBatch &batch)
{
    LoggedOperation operation;
    operation.server = m_server;
    operation.opId = batch.opId;
    operation.submittedAt = QDateTime::currentDateTimeUtc();
    operation.options = m_options;
    operation.status = batch.status;
    operation.finished = false; // set by follow(), which also maps the results
    if (!batch.records.isEmpty())
        markQueued(*std::max_element(batch.records.cbegin(), batch.records.cend()) + 1);
    QHash<QString, RecordSubmission> sent;
    for (int position = 0; position < batch.records.size(); ++position) {
        const SubmitItem &item = m_items.at(batch.records.at(position));
        operation.keys.append(item.key);
        operation.imageIds.append(item.record.id());
        RecordSubmission state = m_states.value(item.key);
        state.state = batch.status.isStarted ? SubmitState::Processing : SubmitState::Sent;
        state.opId = batch.opId;
        state.index = position;
        state.at = operation.submittedAt;
        state.sent.clear();
        RecordCodec::appendItemJson(item.record, &state.sent);
        sent.insert(item.key, state);
    }
    m_operations[batch.opId] = operation;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it)
        m_states.insert(it.key(), it.value());
    // The operation and its records' states in one transaction; shown once it is kept.
    const qint64 opId = batch.opId;
    store([operation, sent](SubmissionLog &log, QString *error) { return log.addOperation(operation, sent, error); },
        [this, keys = sent.keys(), opId] {
            emit statesChanged(keys);
            emit operationChanged(opId);
        });
    if (!m_retired)
        m_watcher.watch(batch.opId, batch.status);
}

void SubmissionJob::recordsRejected(const QList<RecordRejection> &rejections)
{
    QHash<QString, RecordSubmission> failed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RecordRejection &rejection : rejections)
        markQueued(rejection.record + 1);
    for (const RecordRejection &rejection : rejections) {
        const SubmitItem &item = m_items.at(rejection.record);
        RecordSubmission state = m_states.value(item.key);
        state.state = SubmitState::Failed;
        state.message = rejection.message;
        state.field = rejection.field;
        state.opId.reset();
        state.index = -1;
        state.at = now;
        failed.insert(item.key, state);
    }
    apply(failed, true);
}

void SubmissionJob::recordsNotSent(const QList<int> &records, const ApiError &reason)
{
    QHash<QString, RecordSubmission> notSent;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!records.isEmpty())
        markQueued(*std::max_element(records.cbegin(), records.cend()) + 1);
    for (int record : records) {
        const SubmitItem &item = m_items.at(record);
        RecordSubmission state = m_states.value(item.key);
        state.state = SubmitState::NotSent;
        state.message = StatusMessage::fromApiError(reason);
        state.field.clear();
        state.opId.reset();
        state.index = -1;
        state.at = now;
        notSent.insert(item.key, state);
    }
    apply(notSent, true);
}

void SubmissionJob::sendingDone(const ApiError &stopReason)
{
    m_submitter->deleteLater();
    m_submitter = nullptr;
    m_notes.clear();
    // Freed on a pool thread: releasing the records of a large submission takes a tenth of a
    // second for 100,000 of them, and nothing here uses them any more (what they share with the
    // rows is reference-counted atomically).
    QThreadPool::globalInstance()->start([items = std::exchange(m_items, {})] {});
    emit sendingFinished(stopReason);
    checkIdle();
}

void SubmissionJob::follow(qint64 opId, const OperationStatus &status, bool finished)
{
    const auto found = m_operations.find(opId);
    if (found == m_operations.end())
        return;
    LoggedOperation &operation = found->second;
    operation.status = status;
    operation.finished = finished;

    QSet<qint64> named;
    for (const OperationItemError &itemError : status.errors) {
        if (itemError.index && *itemError.index < operation.keys.size())
            named.insert(*itemError.index);
    }
    // Items not named are confirmed only if the counts account for every failure.
    const bool othersConfirmed = status.numBad <= named.size() && status.numGood + status.numBad >= status.numTotal;
    QHash<QString, RecordSubmission> changes;
    for (int index = 0; index < operation.keys.size(); ++index) {
        const QString &key = operation.keys.at(index);
        const RecordSubmission current = m_states.value(key);
        if (current.opId != opId || !isPending(current.state))
            continue; // sent again since, or already settled
        RecordSubmission updated = current;
        if (finished || named.contains(index))
            updated = outcome(operation, index, status, othersConfirmed);
        else if (status.isStarted)
            updated.state = SubmitState::Processing;
        if (!(updated == current))
            changes.insert(key, updated);
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        m_states.insert(it.key(), it.value());
    // The status and the states it settles in one commit; idle is checked once it is kept.
    store([server = m_server, opId, status, changes](
              SubmissionLog &log, QString *error) { return log.updateOperation(server, opId, status, changes, error); },
        [this, keys = changes.keys(), opId] {
            if (!keys.isEmpty())
                emit statesChanged(keys);
            emit operationChanged(opId);
        });
}

RecordSubmission SubmissionJob::outcome(
    const LoggedOperation &operation, int index, const OperationStatus &status, bool othersConfirmed) const
{
    RecordSubmission state = m_states.value(operation.keys.at(index));
    state.at = status.finishedAt.isValid() ? status.finishedAt : QDateTime::currentDateTimeUtc();
    QStringList messages;
    for (const OperationItemError &itemError : status.errors) {
        if (itemError.index == index)
            messages.append(itemError.message);
    }
    if (!messages.isEmpty()) {
        state.state = SubmitState::Failed;
        state.message = StatusMessage::fromServer(messages.join(QStringLiteral("; ")));
    } else if (othersConfirmed) {
        state.state = SubmitState::Accepted;
        if (!state.message.isNote())
            state.message = {};
    } else {
        state.state = SubmitState::Failed;
        state.message = StatusMessage::notConfirmed(operation.opId, status.numBad);
    }
    state.field.clear();
    return state;
}

void SubmissionJob::operationLost(qint64 opId, const ApiError &error)
{
    const auto found = m_operations.find(opId);
    if (found != m_operations.end() && error.kind == ApiError::Kind::NotFound) {
        // The server does not know it (any more): its records will never be confirmed.
        QHash<QString, RecordSubmission> changes;
        for (const QString &key : found->second.keys) {
            RecordSubmission state = m_states.value(key);
            if (state.opId != opId || !isPending(state.state))
                continue;
            state.state = SubmitState::Failed;
            state.message = StatusMessage::fromApiError(error);
            state.at = QDateTime::currentDateTimeUtc();
            changes.insert(key, state);
        }
        found->second.finished = true;
        OperationStatus status = found->second.status;
        status.isFinished = true;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            m_states.insert(it.key(), it.value());
        store([server = m_server, opId, status, changes](SubmissionLog &log,
                  QString *storeError) { return log.updateOperation(server, opId, status, changes, storeError); },
            [this, keys = changes.keys(), opId, error] {
                if (!keys.isEmpty())
                    emit statesChanged(keys);
                emit watchFailed(opId, error);
            });
        return;
    }
    emit watchFailed(opId, error);
    checkIdle();
}

void SubmissionJob::apply(const QHash<QString, RecordSubmission> &changes, bool persist)
{
    if (changes.isEmpty())
        return;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        m_states.insert(it.key(), it.value());
    if (!persist) {
        emit statesChanged(changes.keys());
        return;
    }
    store([changes](SubmissionLog &log, QString *error) { return log.setStates(changes, error); },
        [this, keys = changes.keys()] { emit statesChanged(keys); });
}

void SubmissionJob::store(std::function<bool(SubmissionLog &log, QString *error)> write, std::function<void()> shown)
{
    ++m_unshown;
    auto done = [this, shown = std::move(shown)](const QString &error) {
        if (!error.isEmpty())
            emit storageFailed(error);
        --m_unshown;
        shown();
        checkIdle();
    };
    if (m_writer) {
        m_writer->post([write = std::move(write)](
                           SubmissionLog &log, SendBaseStore &, QString *error) { return write(log, error); },
            this, std::move(done));
        return;
    }
    QString error;
    if (m_log && !write(*m_log, &error) && error.isEmpty())
        error = QStringLiteral("unknown error");
    done(error);
}

void SubmissionJob::checkIdle()
{
    if (isIdle())
        emit idle();
}

} // namespace Wesog

#include "moc_submissionjob.cpp"
