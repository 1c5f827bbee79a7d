// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <set>

#include <QHash>
#include <QList>
#include <QObject>
#include <QVector>

#include "core/api/apicall.h"
#include "core/api/apiendpoint.h"
#include "core/record/imagerecord.h"
#include "core/server/imagepager.h"
#include "core/server/threewaymerge.h"

class QNetworkAccessManager;

namespace Wesog {

/// One changed image to check: our record and the base it was edited from (none for an image
/// that was never on the server as far as we know).
struct PreSendItem
{
    ImageRecord ours;
    std::optional<ImageRecord> base;
};

/// What the check found for one item, by its index in the list given to PreSendCheck::start().
struct PreSendOutcome
{
    int item = -1;
    ThreeWayResult result;
    std::optional<StoredImage> server; ///< the copy read just now; nullopt when not on the server
};

/// The whole result: every item is in exactly one list, each list in item order.
struct PreSendResult
{
    QList<PreSendOutcome> toSend; ///< `result.toSend` is the full record; `mergedFields` may be set
    QList<PreSendOutcome> unchanged; ///< equal to their base: not read, not sent
    QList<PreSendOutcome> conflicts; ///< held back; `result.conflicts` has the three values
};

/// Reads the current server copy of each changed image just before sending and runs the
/// three-way merge (ThreeWayMerge::mergeRecord) on it. GUI thread. The reference way is
/// `GET /imgs/{image_id}` per image (404 = gone), at most maxInFlight() at once.
///
/// With setBatchIds(true), ids are first asked in batches of at most 200 as one `q`
/// (`id=a||id=b…`, for servers that take string ids). The API documents `id` in `q` as
/// numeric, and a search need not see what the store holds, so a batch that does not return an
/// image proves nothing by itself: the image is read alone before it counts as gone or new. One
/// exception, asked with `GET /health` before the batches: a server that says
/// `"exact_id_search": true` (the sandbox does) vouches that `id=` is string equality over the
/// store the single reads see. Then an image without a base that a whole batch (its `count`
/// equal to the images it holds) does not return is new, without a read of its own. An image
/// with a base is still read alone before it counts as gone. A refused batch (4xx) falls back
/// to single reads.
///
/// Any failure other than 404 (network, authentication, a bad reply) ends the check with
/// failed(): nothing of it may be sent; the `GET /health` is optional, and its failure only
/// leaves the batches without the server's word. The API has no version or precondition on
/// PUT, so a change made between this check and the PUT is not seen: the window is small, not
/// closed.
class PreSendCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxIdsPerQuery = 200;

    PreSendCheck(QNetworkAccessManager *manager, ApiEndpoint endpoint, QObject *parent = nullptr);
    ~PreSendCheck() override;

    void setMaxInFlight(int count);
    int maxInFlight() const { return m_maxInFlight; }
    void setBatchIds(bool batch) { m_batchIds = batch; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setLimits(const ApiLimits &limits) { m_limits = limits; }

    /// Checks `items`; unchanged ones are answered without a request. Ignored while running.
    void start(const QList<PreSendItem> &items);
    /// Stops the reads; failed() reports Canceled. Nothing is emitted afterwards.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int checked, int total);
    void retrying(int attempt, int delayMs, const Wesog::ApiError &error);
    void finished(const Wesog::PreSendResult &result);
    void failed(const Wesog::PagerError &error);

private:
    enum class Read {
        Single, ///< `GET /imgs/{id}`
        Batch, ///< `GET /imgs?q=id=a||id=b…`
        Health, ///< `GET /health`: does the server vouch for its search by id?
    };
    struct Pending
    {
        QList<int> items; ///< one item for a single read; up to MaxIdsPerQuery for a batch
        Read read = Read::Single;
    };

    void pump();
    void answered(ApiCall *call, const ApiReply &reply);
    void singleAnswered(int item, const ApiReply &reply);
    void batchAnswered(const QList<int> &items, const ApiReply &reply);
    void healthAnswered(const ApiReply &reply);
    void resolve(int item, const std::optional<StoredImage> &server);
    void place(PreSendOutcome outcome);
    void fail(const PagerError &error);
    void finishIfDone();

    QNetworkAccessManager *m_manager;
    ApiEndpoint m_endpoint;
    RetryPolicy m_policy;
    ApiLimits m_limits;
    int m_maxInFlight = 8;
    bool m_batchIds = false;
    bool m_searchIsExact = false; ///< the server's `exact_id_search`
    bool m_askingHealth = false; ///< no batch goes before its answer

    QList<PreSendItem> m_items;
    QList<Pending> m_queue;
    std::set<int> m_rechecks; ///< items a batch did not return (or refused), to read alone
    QHash<ApiCall *, Pending> m_inFlight;
    PreSendResult m_result; ///< in item order: every outcome before m_nextInOrder
    QHash<int, PreSendOutcome> m_early; ///< answered before an earlier item, by item
    int m_nextInOrder = 0;
    int m_checked = 0;
    int m_toCheck = 0;
    bool m_running = false;
};

} // namespace Wesog

Q_DECLARE_METATYPE(Wesog::PreSendResult)
