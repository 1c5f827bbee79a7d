// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>

#include "core/api/apicall.h"
#include "core/api/apiendpoint.h"
#include "core/record/imagerecord.h"

class QJsonObject;
class QNetworkAccessManager;

namespace Wesog {

/// Why a server collection could not be (fully) loaded: an API error, or a reply that breaks
/// the contract (`protocol` set, `message` says what and where). userMessage() is translated.
struct PagerError
{
    Q_DECLARE_TR_FUNCTIONS(PagerError)

public:
    ApiError api; ///< kind None when the failure is a bad reply, not a failed request
    QString message; ///< translated description of a bad reply; empty for API errors

    /// The failure of a request.
    static PagerError of(const ApiError &api)
    {
        PagerError error;
        error.api = api;
        return error;
    }

    bool isError() const { return api.isError() || !message.isEmpty(); }
    QString userMessage() const { return message.isEmpty() ? api.userMessage() : message; }
};

/// Loads every image a `q` matches from `GET /imgs`, page by page. GUI thread; one load per
/// object at a time. Each answer is parsed and decoded on a worker of the global thread pool
/// (a page of 1,000 images is about 10 ms of work the window need not wait for); the checks
/// that compare pages run on the GUI thread when it is back. Lifecycle: start() → counted() → pageLoaded()… (in server
/// order, each page emitted only when every page before it has been) with progress() → exactly one of finished() or
/// failed(). The first request is page 1, whose `count` gives counted(); the other pages follow, at most maxInFlight at
/// once. A failure keeps what was emitted before it: the receiver decides what to do with a partial collection. Paging
/// follows the server's order (no `sort_by`), which the sandbox keeps stable (insertion order).
///
/// Replies are checked, since a collection is later sent back whole: `results` must be an
/// array of objects with a non-empty string `image_id` and typed fields (RecordCodec), `count`
/// must be a non-negative integer that stays the same over the load, a full page must come
/// back for every page before the last, and no image id may appear twice (a page that repeats
/// or a count that grows or shrinks). Any breach → failed() naming the page.
///
/// For the search form's "N images match", countOnly() asks the count alone (`limit=1`).
class ImagePager : public QObject
{
    Q_OBJECT

public:
    ImagePager(QNetworkAccessManager *manager, ApiEndpoint endpoint, QObject *parent = nullptr);
    ~ImagePager() override;

    /// Images per `GET /imgs` request, 1–10000 (the API's range).
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    /// Pages requested at once, at least 1.
    void setMaxInFlight(int count);
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setLimits(const ApiLimits &limits) { m_limits = limits; }

    /// Loads the images `q` matches (empty = all); `limit` > 0 stops after that many in the
    /// server's order. Ignored while a load runs.
    void start(const QString &q, qint64 limit = 0);
    /// Stops the requests in flight; failed() reports Canceled. Nothing is emitted afterwards.
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 loaded() const { return m_emitted; }

    /// Asks how many images `q` matches, with one small request. `done` is called once on the
    /// GUI thread with the count or an error (count -1); it is not called once `context` is
    /// gone. Returns the call so the caller may cancel it (a new query typed in the form).
    static ApiCall *countOnly(QNetworkAccessManager *manager, const ApiEndpoint &endpoint, const QString &q,
        QObject *context, std::function<void(qint64 count, const PagerError &error)> done);
    /// The URL of one page: the `GET /imgs` query parameters the pager sends.
    static QUrl pageUrl(const ApiEndpoint &endpoint, const QString &q, int page, int limit);
    /// A page's `count` as a whole non-negative number, or -1.
    static qint64 readCount(const QJsonObject &page);

signals:
    /// How many images will be loaded: the server's count, capped at the limit given to start().
    void counted(qint64 total);
    void pageLoaded(const QVector<Wesog::StoredImage> &images);
    void progress(qint64 loaded, qint64 total);
    void retrying(int attempt, int delayMs, const Wesog::ApiError &error);
    void finished();
    void failed(const Wesog::PagerError &error);

private:
    /// One page as the worker decoded it: `error` (translated) or the count and the images.
    struct DecodedPage
    {
        QString error;
        qint64 count = -1;
        QVector<StoredImage> images;
    };

    void pump();
    void pageAnswered(ApiCall *call, int page, const ApiReply &reply);
    void pageDecoded(int page, DecodedPage decoded);
    void emitReadyPages();
    void fail(const PagerError &error);
    void stopCalls();
    ApiCall *newCall(const QUrl &url);
    /// Decodes and checks one page on its own (any thread).
    static DecodedPage decodePage(int page, const QByteArray &body);

    QNetworkAccessManager *m_manager;
    ApiEndpoint m_endpoint;
    RetryPolicy m_policy;
    ApiLimits m_limits;
    int m_pageSize = 1000;
    int m_maxInFlight = 4;

    QString m_q;
    qint64 m_limit = 0;
    qint64 m_serverCount = -1;
    qint64 m_total = 0; ///< what counted() announced
    int m_pageCount = 0;
    int m_nextPage = 1; ///< the next page to request
    int m_nextToEmit = 1;
    qint64 m_emitted = 0;
    QHash<ApiCall *, int> m_inFlight; ///< call → page
    /// Pages answered and being decoded: they still count against maxInFlight, so a slow GUI
    /// thread never holds more than that many decoded pages it has not yet taken.
    QHash<QFutureWatcher<DecodedPage> *, int> m_decoding;
    QMap<int, QVector<StoredImage>> m_ready; ///< pages answered before an earlier one
    QSet<QString> m_seenIds;
    bool m_running = false;
};

} // namespace Wesog

Q_DECLARE_METATYPE(Wesog::PagerError)
