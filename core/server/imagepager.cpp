// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/imagepager.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

#include "core/record/recordcodec.h"

namespace Wesog {

qint64 ImagePager::readCount(const QJsonObject &page)
{
    const QJsonValue value = page.value(QStringLiteral("count"));
    if (!value.isDouble())
        return -1;
    const double number = value.toDouble();
    const auto whole = static_cast<qint64>(number);
    return number >= 0 && static_cast<double>(whole) == number ? whole : -1;
}

ImagePager::ImagePager(QNetworkAccessManager *manager, ApiEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_endpoint(std::move(endpoint))
{
}

ImagePager::~ImagePager()
{
    stopCalls();
}

void ImagePager::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 10000);
}

void ImagePager::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
}

QUrl ImagePager::pageUrl(const ApiEndpoint &endpoint, const QString &q, int page, int limit)
{
    // Built encoded: QUrlQuery would leave '+' (a space to form decoders) and '&&' half-encoded.
    // Concatenated, not arg(): the encoded query holds "%2B" and the like.
    const QUrlQuery query(QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(q))
        + QStringLiteral("&page=") + QString::number(page) + QStringLiteral("&limit=") + QString::number(limit)
        + QStringLiteral("&count=true"));
    return endpoint.url(QStringLiteral("/imgs"), query);
}

ApiCall *ImagePager::countOnly(QNetworkAccessManager *manager, const ApiEndpoint &endpoint, const QString &q,
    QObject *context, std::function<void(qint64, const PagerError &)> done)
{
    ApiRequest request { "GET", pageUrl(endpoint, q, 1, 1), endpoint.apiKey, {} };
    auto *call = new ApiCall(manager, std::move(request), RetryPolicy(), ApiLimits(), context);
    QObject::connect(call, &ApiCall::finished, context, [call, done](const ApiReply &reply) {
        call->deleteLater();
        PagerError error;
        error.api = reply.error;
        qint64 count = -1;
        if (!reply.error.isError()) {
            const QJsonDocument document = QJsonDocument::fromJson(reply.body);
            count = readCount(document.object());
            if (count < 0)
                error.message = PagerError::tr("The server's answer has no valid image count.");
        }
        done(error.isError() ? -1 : count, error);
    });
    call->start();
    return call;
}

ApiCall *ImagePager::newCall(const QUrl &url)
{
    ApiRequest request { "GET", url, m_endpoint.apiKey, {} };
    auto *call = new ApiCall(m_manager, std::move(request), m_policy, m_limits, this);
    connect(call, &ApiCall::retrying, this, &ImagePager::retrying);
    return call;
}

void ImagePager::start(const QString &q, qint64 limit)
{
    if (m_running)
        return;
    m_running = true;
    m_q = q;
    m_limit = qMax<qint64>(0, limit);
    m_serverCount = -1;
    m_total = 0;
    m_pageCount = 0;
    m_nextPage = 2;
    m_nextToEmit = 1;
    m_emitted = 0;
    m_ready.clear();
    m_seenIds.clear();
    // The first page answers the count too: one request less, and the page size stays the
    // same for every page, so `page` and `limit` address the server's order consistently.
    ApiCall *call = newCall(pageUrl(m_endpoint, m_q, 1, m_pageSize));
    m_inFlight.insert(call, 1);
    connect(call, &ApiCall::finished, this, [this, call](const ApiReply &reply) { pageAnswered(call, 1, reply); });
    call->start();
}

void ImagePager::cancel()
{
    if (!m_running)
        return;
    PagerError error;
    error.api.kind = ApiError::Kind::Canceled;
    fail(error);
}

void ImagePager::stopCalls()
{
    const QList<ApiCall *> calls = m_inFlight.keys();
    m_inFlight.clear();
    for (ApiCall *call : calls) {
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
    // A decode under way runs to its end on its worker; its result is dropped with the watcher.
    const auto watchers = m_decoding.keys();
    m_decoding.clear();
    for (QFutureWatcher<DecodedPage> *watcher : watchers) {
        watcher->disconnect(this);
        watcher->deleteLater();
    }
}

void ImagePager::fail(const PagerError &error)
{
    stopCalls();
    m_ready.clear();
    m_running = false;
    emit failed(error);
}

void ImagePager::pump()
{
    while (m_running && m_inFlight.size() + m_decoding.size() < m_maxInFlight && m_nextPage <= m_pageCount) {
        const int page = m_nextPage++;
        ApiCall *call = newCall(pageUrl(m_endpoint, m_q, page, m_pageSize));
        m_inFlight.insert(call, page);
        connect(call, &ApiCall::finished, this,
            [this, call, page](const ApiReply &reply) { pageAnswered(call, page, reply); });
        call->start();
    }
}

ImagePager::DecodedPage ImagePager::decodePage(int page, const QByteArray &body)
{
    DecodedPage decoded;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        decoded.error = tr("Page %1 of the results is not a JSON object.").arg(page);
        return decoded;
    }
    const QJsonObject object = document.object();
    decoded.count = readCount(object);
    if (decoded.count < 0) {
        decoded.error = tr("Page %1 of the results has no valid image count.").arg(page);
        return decoded;
    }
    const QJsonValue results = object.value(QStringLiteral("results"));
    if (!results.isArray()) {
        decoded.error = tr("Page %1 of the results has no list of images.").arg(page);
        return decoded;
    }
    const QJsonArray array = results.toArray();
    decoded.images.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const auto where = [&] { return tr("page %1, image %2").arg(page).arg(i + 1); };
        if (!item.isObject()) {
            decoded.error = tr("The server sent an image that is not a JSON object (%1).").arg(where());
            return decoded;
        }
        const QJsonValue id = item.toObject().value(QStringLiteral("image_id"));
        if (!id.isString() || id.toString().isEmpty()) {
            decoded.error = tr("The server sent an image without an image_id (%1).").arg(where());
            return decoded;
        }
        StoredImage image;
        if (const auto error = RecordCodec::decodeImageOut(item.toObject(), &image)) {
            decoded.error = tr("The server sent an unreadable image (%1): %2").arg(where(), error->message());
            return decoded;
        }
        image.record.squeeze();
        decoded.images.append(std::move(image));
    }
    return decoded;
}

void ImagePager::pageAnswered(ApiCall *call, int page, const ApiReply &reply)
{
    m_inFlight.remove(call);
    call->deleteLater();
    if (!m_running)
        return;
    if (reply.error.isError()) {
        fail(PagerError::of(reply.error));
        return;
    }
    auto *watcher = new QFutureWatcher<DecodedPage>(this);
    m_decoding.insert(watcher, page);
    connect(watcher, &QFutureWatcher<DecodedPage>::finished, this, [this, watcher, page] {
        m_decoding.remove(watcher);
        watcher->deleteLater();
        pageDecoded(page, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&ImagePager::decodePage, page, reply.body));
}

void ImagePager::pageDecoded(int page, DecodedPage decoded)
{
    if (!m_running)
        return;
    PagerError error;
    error.message = decoded.error;
    if (error.isError()) {
        fail(error);
        return;
    }
    const qint64 count = decoded.count;
    QVector<StoredImage> images = std::move(decoded.images);
    if (m_serverCount < 0) {
        m_serverCount = count;
        m_total = m_limit > 0 ? qMin(m_limit, count) : count;
        m_pageCount = static_cast<int>((m_total + m_pageSize - 1) / m_pageSize);
        emit counted(m_total);
        if (!m_running) // a receiver may cancel
            return;
    } else if (count != m_serverCount) {
        error.message = tr("The number of matching images changed from %1 to %2 while loading (page %3): the "
                           "collection changed on the server; load it again.")
                            .arg(m_serverCount)
                            .arg(count)
                            .arg(page);
        fail(error);
        return;
    }
    // Every page but the last is full; the last holds the rest. Fewer means images vanished
    // or the count lied; more means the server ignored the limit.
    const qint64 expected
        = std::clamp<qint64>(m_serverCount - static_cast<qint64>(page - 1) * m_pageSize, 0, m_pageSize);
    if (images.size() != expected) {
        error.message = tr("Page %1 of the results holds %2 images where %3 were announced: the collection "
                           "changed on the server or the server miscounts; load it again.")
                            .arg(page)
                            .arg(images.size())
                            .arg(expected);
        fail(error);
        return;
    }
    const qint64 wanted = m_total - static_cast<qint64>(page - 1) * m_pageSize;
    if (images.size() > wanted)
        images.resize(wanted);
    m_ready.insert(page, std::move(images));
    emitReadyPages();
    pump();
    if (m_running && m_nextToEmit > m_pageCount && m_inFlight.isEmpty() && m_decoding.isEmpty()) {
        m_running = false;
        emit finished();
    }
}

void ImagePager::emitReadyPages()
{
    while (m_running && !m_ready.isEmpty() && m_ready.firstKey() == m_nextToEmit) {
        const int page = m_ready.firstKey();
        const QVector<StoredImage> images = m_ready.take(page);
        for (const StoredImage &image : images) {
            const QString id = image.record.id();
            if (m_seenIds.contains(id)) {
                PagerError error;
                error.message = tr("Image %1 came twice (again on page %2): the collection changed on the server "
                                   "while loading; load it again.")
                                    .arg(id)
                                    .arg(page);
                fail(error);
                return;
            }
            m_seenIds.insert(id);
        }
        ++m_nextToEmit;
        m_emitted += images.size();
        emit pageLoaded(images);
        if (!m_running)
            return;
        emit progress(m_emitted, m_total);
    }
}

} // namespace Wesog

#include "moc_imagepager.cpp"
