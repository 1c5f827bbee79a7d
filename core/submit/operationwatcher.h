// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <optional>

#include <QObject>
#include <QTimer>

#include "core/api/apicall.h"
#include "core/api/apiendpoint.h"
#include "core/api/operationstatus.h"

class QNetworkAccessManager;

namespace Wesog {

/// Follows operations with `GET /ops/{op_id}` until they finish: the first poll after
/// `firstIntervalMs`, the interval doubling up to `maxIntervalMs` while nothing changes and
/// back to the first on a change. Each operation waits on its own single-shot timer; at most
/// `maxInFlight` polls are out at once, the others queue. Never a busy loop.
class OperationWatcher : public QObject
{
    Q_OBJECT

public:
    struct Pacing
    {
        int firstIntervalMs = 250;
        int maxIntervalMs = 5000;
        int maxInFlight = 4;
    };

    OperationWatcher(QNetworkAccessManager *manager, ApiEndpoint endpoint, QObject *parent = nullptr);
    ~OperationWatcher() override;

    void setPacing(const Pacing &pacing) { m_pacing = pacing; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setLimits(const ApiLimits &limits) { m_limits = limits; }

    /// Starts following `opId`; `known` is the last status seen (a mutation reply, or one kept
    /// from before a restart). A finished `known` is reported at once without a poll.
    void watch(qint64 opId, const std::optional<OperationStatus> &known = std::nullopt);
    void stopAll();
    int watchedCount() const { return int(m_watches.size()); }
    bool isWatching(qint64 opId) const { return m_watches.count(opId) > 0; }
    /// The wait before the operation's next poll (0 when it is not watched).
    int intervalMs(qint64 opId) const
    {
        const auto found = m_watches.find(opId);
        return found == m_watches.end() ? 0 : found->second->intervalMs;
    }

    /// True if `b` says something `a` did not: a state, a count or an error more.
    static bool differs(const OperationStatus &a, const OperationStatus &b);
    /// Why `status` cannot be right (more items done than it holds, counts going backwards
    /// since `last`), or an empty string.
    static QString checkCounts(const OperationStatus &status, const std::optional<OperationStatus> &last);

signals:
    /// A new status that differs from the last one (the finished one included).
    void changed(qint64 opId, const Wesog::OperationStatus &status);
    void finished(qint64 opId, const Wesog::OperationStatus &status);
    /// Watching stopped without an end: unknown operation, rejected key, network after retries.
    void failed(qint64 opId, const Wesog::ApiError &error);

private:
    struct Watch
    {
        std::optional<OperationStatus> last;
        int intervalMs = 0;
        QTimer timer;
        ApiCall *call = nullptr;
    };

    void pump();
    void poll(qint64 opId);
    void answered(qint64 opId, const ApiReply &reply);
    void drop(qint64 opId);

    QNetworkAccessManager *m_manager;
    ApiEndpoint m_endpoint;
    Pacing m_pacing;
    RetryPolicy m_policy;
    ApiLimits m_limits;
    std::map<qint64, std::unique_ptr<Watch>> m_watches;
    std::deque<qint64> m_due;
    int m_inFlight = 0;
};

} // namespace Wesog
