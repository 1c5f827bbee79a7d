// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/submit/operationwatcher.h"

#include <algorithm>

namespace Wesog {

OperationWatcher::OperationWatcher(QNetworkAccessManager *manager, ApiEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_endpoint(std::move(endpoint))
{
}

OperationWatcher::~OperationWatcher()
{
    stopAll();
}

bool OperationWatcher::differs(const OperationStatus &a, const OperationStatus &b)
{
    return a.isStarted != b.isStarted || a.isFinished != b.isFinished || a.numTotal != b.numTotal
        || a.numGood != b.numGood || a.numBad != b.numBad || a.allGood != b.allGood
        || a.errors.size() != b.errors.size();
}

void OperationWatcher::watch(qint64 opId, const std::optional<OperationStatus> &known)
{
    if (m_watches.count(opId))
        return;
    if (known && known->isFinished) {
        emit finished(opId, *known);
        return;
    }
    auto watch = std::make_unique<Watch>();
    watch->last = known;
    watch->intervalMs = m_pacing.firstIntervalMs;
    watch->timer.setSingleShot(true);
    connect(&watch->timer, &QTimer::timeout, this, [this, opId] {
        m_due.push_back(opId);
        pump();
    });
    Watch &ref = *watch;
    m_watches.emplace(opId, std::move(watch));
    ref.timer.start(ref.intervalMs);
}

void OperationWatcher::stopAll()
{
    m_due.clear();
    for (auto &[opId, watch] : m_watches) {
        if (watch->call) {
            watch->call->disconnect(this);
            watch->call->deleteLater();
        }
    }
    m_watches.clear();
    m_inFlight = 0;
}

void OperationWatcher::pump()
{
    while (!m_due.empty() && m_inFlight < std::max(1, m_pacing.maxInFlight)) {
        const qint64 opId = m_due.front();
        m_due.pop_front();
        if (m_watches.count(opId))
            poll(opId);
    }
}

void OperationWatcher::poll(qint64 opId)
{
    Watch &watch = *m_watches.at(opId);
    ApiRequest request { "GET", m_endpoint.url(QStringLiteral("/ops/%1").arg(opId)), m_endpoint.apiKey, {} };
    watch.call = new ApiCall(m_manager, std::move(request), m_policy, m_limits, this);
    connect(watch.call, &ApiCall::finished, this, [this, opId](const ApiReply &reply) { answered(opId, reply); });
    ++m_inFlight;
    watch.call->start();
}

void OperationWatcher::answered(qint64 opId, const ApiReply &reply)
{
    --m_inFlight;
    Watch &watch = *m_watches.at(opId);
    watch.call->deleteLater();
    watch.call = nullptr;
    OperationStatus status;
    ApiError error = reply.error;
    if (!error.isError()) {
        if (const std::optional<JsonFieldError> parseError = OperationStatus::fromBody(reply.body, &status)) {
            error.kind = ApiError::Kind::Protocol;
            error.detail = parseError->message();
        }
    }
    if (!error.isError()) {
        const QString implausible = checkCounts(status, watch.last);
        if (!implausible.isEmpty()) { // a confused or hostile server: nothing it says can be trusted
            error.kind = ApiError::Kind::Protocol;
            error.detail = implausible;
        }
    }
    if (error.isError()) {
        drop(opId);
        emit failed(opId, error);
        pump();
        return;
    }
    status.opId = opId; // GET /ops/{op_id} leaves it out
    const bool changedNow = !watch.last || differs(*watch.last, status);
    watch.last = status;
    if (status.isFinished) {
        drop(opId);
        if (changedNow)
            emit changed(opId, status);
        emit finished(opId, status);
        pump();
        return;
    }
    watch.intervalMs = changedNow ? m_pacing.firstIntervalMs : std::min(watch.intervalMs * 2, m_pacing.maxIntervalMs);
    watch.timer.start(watch.intervalMs);
    if (changedNow)
        emit changed(opId, status);
    pump();
}

QString OperationWatcher::checkCounts(const OperationStatus &status, const std::optional<OperationStatus> &last)
{
    if (status.numGood + status.numBad > status.numTotal)
        return tr("the operation counts %1 items done of %2").arg(status.numGood + status.numBad).arg(status.numTotal);
    if (last
        && (status.numGood < last->numGood || status.numBad < last->numBad
            || (last->numTotal > 0 && status.numTotal != last->numTotal)))
        return tr("the operation's counts went backwards");
    return QString();
}

void OperationWatcher::drop(qint64 opId)
{
    m_watches.erase(opId);
}

} // namespace Wesog

#include "moc_operationwatcher.cpp"
