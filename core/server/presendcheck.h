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
/// With setBatchIds(true), ids are first asked in batches as one `q` (`id=a||id=b…`, for servers
/// that take string ids). The API documents `id` in `q` as numeric, so a batch that does not
/// return an image proves nothing by itself. Before the batches, one small `GET /imgs` names a
/// *known image*: one the server holds, whose id is not all digits. Every batch asks for it too.
/// A batch that returns it, with a `count` equal to the images it holds, has matched string ids
/// and is whole, so an image it does not return is absent. Such an image is new if it has no
/// base; an image with a base (it would count as gone) is still read alone, as is every image a
/// batch without that proof does not return, and every image whose id is all digits (a server
/// may read it as its own number). A server with no images at all (`count` 0) holds none of the
/// images without a base. A refused batch (4xx) falls back to single reads.
///
/// Any failure other than 404 (network, authentication, a bad reply) ends the check with
/// failed(): nothing of it may be sent. The API has no version or precondition on PUT, so a
/// change made between this check and the PUT is not seen: the window is small, not closed.
class PreSendCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxIdsPerQuery = 200;
    /// Images asked in one batch: the query's last term is the known image.
    static constexpr int ImagesPerBatch = MaxIdsPerQuery - 1;

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
        KnownImage, ///< `GET /imgs`, a few images: one to ask for in every batch
    };
    struct Pending
    {
        QList<int> items; ///< one item for a single read; up to ImagesPerBatch for a batch
        Read read = Read::Single;
    };

    void pump();
    void answered(ApiCall *call, const ApiReply &reply);
    void singleAnswered(int item, const ApiReply &reply);
    void batchAnswered(const QList<int> &items, const ApiReply &reply);
    void knownImageAnswered(const ApiReply &reply);
    /// Resolves as absent, without a request, every queued image without a base.
    void resolveNewImagesOfAnEmptyServer();
    bool mayBeNew(int item) const;
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
    QString m_knownImage; ///< an id the server holds, asked in every batch; empty when none
    bool m_askingKnownImage = false; ///< no batch goes before its answer

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
