// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/submitter.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QJsonArray>

#include "core/api/putbatch.h"

namespace Wesog {

namespace {

/// The item index and field a 422 `loc` such as `["body", 3, "src"]` points at, if any.
std::optional<std::pair<int, QString>> itemOf(const QJsonArray &loc)
{
    if (loc.size() < 2 || loc.at(0).toString() != QLatin1String("body") || !loc.at(1).isDouble())
        return std::nullopt;
    const double index = loc.at(1).toDouble();
    if (index < 0 || index != std::floor(index) || index > 1e6)
        return std::nullopt;
    return std::make_pair(int(index), loc.size() > 2 ? loc.at(2).toString() : QString());
}

/// A 422 that refuses the batch for its length (a server started with a batch limit), not for
/// what its items hold.
bool isBatchTooLong(const ApiError &error)
{
    for (const ApiError::ValidationEntry &entry : error.validation) {
        if (entry.type == QLatin1String("too_long") && entry.loc == QJsonArray { QStringLiteral("body") })
            return true;
    }
    return false;
}

} // namespace

Submitter::Submitter(QNetworkAccessManager *manager, ApiEndpoint endpoint, SubmitOptions options, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
{
}

void Submitter::start(const QList<ImageRecord> &records)
{
    if (m_running)
        return;
    m_records = records;
    m_stopReason = {};
    m_running = true;
    const int size = std::clamp(m_options.batchSize, 1, 1000);
    for (int first = 0; first < records.size(); first += size) {
        Batch batch;
        for (int i = first; i < std::min<int>(first + size, records.size()); ++i)
            batch.records.append(i);
        m_queue.push_back(batch);
    }
    pump();
}

void Submitter::cancel()
{
    if (!m_running)
        return;
    ApiError canceled;
    canceled.kind = ApiError::Kind::Canceled;
    stop(canceled);
    pump();
}

void Submitter::pump()
{
    // A batch answered after a stop can leave work behind (the halves of a batch too large, the
    // rest of a partly refused one): none of it goes, and it is reported as not sent.
    if (m_stopReason.kind != ApiError::Kind::None && !m_queue.empty())
        stop(m_stopReason);
    while (m_stopReason.kind == ApiError::Kind::None && !m_queue.empty()
        && m_inFlight.size() < std::max(1, m_options.maxInFlight)) {
        const Batch batch = m_queue.front();
        m_queue.pop_front();
        send(batch);
    }
    if (m_running && m_inFlight.isEmpty() && m_queue.empty()) {
        m_running = false;
        m_records.clear();
        emit finished(m_stopReason);
    }
}

void Submitter::send(const Batch &batch)
{
    QList<const ImageRecord *> items;
    items.reserve(batch.records.size());
    for (int index : batch.records)
        items.append(&m_records.at(index));
    ApiRequest request { "PUT", m_endpoint.url(QStringLiteral("/imgs"), m_options.query()), m_endpoint.apiKey,
        PutBatch::make(items).body };
    auto *call = new ApiCall(m_manager, std::move(request), m_policy, m_limits, this);
    connect(call, &ApiCall::retrying, this, &Submitter::retrying);
    connect(call, &ApiCall::finished, this, [this, call](const ApiReply &reply) { batchAnswered(call, reply); });
    m_inFlight.insert(call, batch);
    call->start();
}

void Submitter::batchAnswered(ApiCall *call, const ApiReply &reply)
{
    const Batch batch = m_inFlight.take(call);
    call->deleteLater();
    switch (reply.error.kind) {
    case ApiError::Kind::None:
        takeOperation(batch, reply);
        break;
    case ApiError::Kind::Validation:
        if (isBatchTooLong(reply.error) && batch.records.size() > 1)
            halve(batch);
        else
            handleRefusal(batch, reply.error);
        break;
    case ApiError::Kind::TooLarge:
        if (reply.error.httpStatus == 413 && batch.records.size() > 1) {
            halve(batch);
        } else {
            rejectAll(batch.records, StatusMessage::fromApiError(reply.error));
        }
        break;
    case ApiError::Kind::Canceled:
        emit recordsNotSent(batch.records, reply.error);
        break;
    default:
        // Retries did not help (or cannot): later batches would fail the same way.
        emit recordsNotSent(batch.records, reply.error);
        stop(reply.error);
        break;
    }
    pump();
}

void Submitter::halve(const Batch &batch)
{
    // Halves go first, in order, so the records keep their order on the server.
    const qsizetype half = batch.records.size() / 2;
    m_queue.push_front({ batch.records.mid(half), batch.isResend });
    m_queue.push_front({ batch.records.first(half), batch.isResend });
}

void Submitter::takeOperation(const Batch &batch, const ApiReply &reply)
{
    AcceptedBatch accepted;
    accepted.records = batch.records;
    const std::optional<JsonFieldError> parseError = OperationStatus::fromBody(reply.body, &accepted.status);
    if (parseError || !accepted.status.opId) {
        // The server may have taken the items, but without an id nothing can confirm it.
        rejectAll(batch.records, StatusMessage::noOperation());
        return;
    }
    accepted.opId = *accepted.status.opId;
    emit batchAccepted(accepted);
}

void Submitter::handleRefusal(const Batch &batch, const ApiError &error)
{
    std::map<int, RecordRejection> named; // by position in the batch, so reports follow its order
    for (const ApiError::ValidationEntry &entry : error.validation) {
        const auto item = itemOf(entry.loc);
        if (!item || item->first >= batch.records.size())
            continue;
        RecordRejection &rejection = named[item->first];
        rejection.record = batch.records.at(item->first);
        if (rejection.field.isEmpty())
            rejection.field = item->second;
        // API keys and the server's words: all of it verbatim.
        QString &text = rejection.message.serverText;
        text += (text.isEmpty() ? QString() : QStringLiteral("; "))
            + (item->second.isEmpty() ? entry.message : item->second + QStringLiteral(": ") + entry.message);
    }
    if (named.empty()) {
        rejectAll(batch.records, StatusMessage::fromApiError(error));
        return;
    }
    QList<RecordRejection> rejections;
    QList<int> others;
    for (int position = 0; position < batch.records.size(); ++position) {
        const auto found = named.find(position);
        if (found != named.end())
            rejections.append(found->second);
        else
            others.append(batch.records.at(position));
    }
    emit recordsRejected(rejections);
    if (others.isEmpty())
        return;
    if (batch.isResend)
        rejectAll(others, StatusMessage::refusedAgain(error));
    else
        m_queue.push_front({ others, true });
}

void Submitter::rejectAll(const QList<int> &records, const StatusMessage &message)
{
    QList<RecordRejection> rejections;
    rejections.reserve(records.size());
    for (int record : records)
        rejections.append({ record, QString(), message });
    emit recordsRejected(rejections);
}

void Submitter::stop(const ApiError &reason)
{
    if (m_stopReason.kind == ApiError::Kind::None)
        m_stopReason = reason;
    QList<int> unsent;
    for (const Batch &batch : m_queue)
        unsent += batch.records;
    m_queue.clear();
    if (!unsent.isEmpty())
        emit recordsNotSent(unsent, reason);
}

} // namespace Wesog

#include "moc_submitter.cpp"
