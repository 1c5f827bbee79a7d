// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/presendcheck.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/record/recordcodec.h"

namespace Wesog {

namespace {

/// Ids a `q` can name without quoting rules the API does not document: [A-Za-z0-9_.-]+. A loop,
/// not a regular expression: start() asks it of 100,000 ids on the GUI thread.
bool fitsInQuery(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '.'
            || u == '-';
    });
}

} // namespace

PreSendCheck::PreSendCheck(QNetworkAccessManager *manager, ApiEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_endpoint(std::move(endpoint))
{
}

PreSendCheck::~PreSendCheck()
{
    const QList<ApiCall *> calls = m_inFlight.keys();
    m_inFlight.clear();
    for (ApiCall *call : calls) {
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
}

void PreSendCheck::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
}

void PreSendCheck::start(const QList<PreSendItem> &items)
{
    if (m_running)
        return;
    m_running = true;
    m_items = items;
    m_queue.clear();
    m_rechecks.clear();
    m_searchIsExact = false;
    m_askingHealth = false;
    m_result = PreSendResult();
    m_early.clear();
    m_nextInOrder = 0;
    m_checked = 0;
    m_toCheck = 0;
    Pending batch { {}, Read::Batch };
    bool anyNewInABatch = false;
    for (int i = 0; i < m_items.size(); ++i) {
        const PreSendItem &item = m_items.at(i);
        if (item.base && ThreeWayMerge::sameRecord(*item.base, item.ours)) {
            PreSendOutcome outcome;
            outcome.item = i;
            outcome.result.unchanged = true;
            place(std::move(outcome));
            continue;
        }
        ++m_toCheck;
        if (m_batchIds && fitsInQuery(item.ours.id())) {
            anyNewInABatch = anyNewInABatch || !item.base;
            batch.items.append(i);
            if (batch.items.size() == MaxIdsPerQuery) {
                m_queue.append(batch);
                batch.items.clear();
            }
        } else {
            m_queue.append(Pending { { i }, Read::Single });
        }
    }
    if (!batch.items.isEmpty())
        m_queue.append(batch);
    // Only an image without a base may count as absent without a read of its own; for the
    // others the server's word would change nothing.
    if (anyNewInABatch)
        m_queue.prepend(Pending { {}, Read::Health });
    emit progress(0, m_toCheck);
    // Deferred, so finished() never comes from inside start() for a caller still connecting.
    QMetaObject::invokeMethod(
        this, [this] { pump(); }, Qt::QueuedConnection);
}

void PreSendCheck::cancel()
{
    if (!m_running)
        return;
    PagerError error;
    error.api.kind = ApiError::Kind::Canceled;
    fail(error);
}

void PreSendCheck::fail(const PagerError &error)
{
    const QList<ApiCall *> calls = m_inFlight.keys();
    m_inFlight.clear();
    for (ApiCall *call : calls) {
        call->disconnect(this);
        call->cancel();
        call->deleteLater();
    }
    m_queue.clear();
    m_rechecks.clear();
    m_early = {};
    m_running = false;
    emit failed(error);
}

void PreSendCheck::pump()
{
    while (m_running && !m_askingHealth && m_inFlight.size() < m_maxInFlight
        && !(m_rechecks.empty() && m_queue.isEmpty())) {
        // Re-checks first, the earliest item first: every answer after it waits for it in
        // m_early, and would pile up there if it came last.
        Pending pending;
        if (!m_rechecks.empty()) {
            pending = Pending { { *m_rechecks.begin() }, Read::Single };
            m_rechecks.erase(m_rechecks.begin());
        } else {
            pending = m_queue.takeFirst();
        }
        QUrl url;
        if (pending.read == Read::Health) {
            url = m_endpoint.url(QStringLiteral("/health"));
            m_askingHealth = true;
        } else if (pending.read == Read::Batch) {
            QStringList terms;
            for (int item : pending.items)
                terms << QStringLiteral("id=") + m_items.at(item).ours.id();
            url = ImagePager::pageUrl(m_endpoint, terms.join(QStringLiteral("||")), 1, MaxIdsPerQuery);
        } else {
            const QString id = m_items.at(pending.items.first()).ours.id();
            // Encoded by hand: an id may hold '/', '?' or '%', which the path must carry as data.
            url = m_endpoint.url(QStringLiteral("/imgs"));
            url.setPath(
                url.path(QUrl::FullyEncoded) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                QUrl::TolerantMode);
        }
        ApiRequest request { "GET", url, m_endpoint.apiKey, {} };
        auto *call = new ApiCall(m_manager, std::move(request), m_policy, m_limits, this);
        connect(call, &ApiCall::retrying, this, &PreSendCheck::retrying);
        connect(call, &ApiCall::finished, this, [this, call](const ApiReply &reply) { answered(call, reply); });
        m_inFlight.insert(call, pending);
        call->start();
    }
    finishIfDone();
}

void PreSendCheck::answered(ApiCall *call, const ApiReply &reply)
{
    const Pending pending = m_inFlight.take(call);
    call->deleteLater();
    if (!m_running)
        return;
    switch (pending.read) {
    case Read::Health:
        healthAnswered(reply);
        break;
    case Read::Batch:
        batchAnswered(pending.items, reply);
        break;
    case Read::Single:
        singleAnswered(pending.items.first(), reply);
        break;
    }
    pump();
}

void PreSendCheck::singleAnswered(int item, const ApiReply &reply)
{
    if (reply.error.kind == ApiError::Kind::NotFound) {
        resolve(item, std::nullopt);
        return;
    }
    if (reply.error.isError()) {
        fail(PagerError::of(reply.error));
        return;
    }
    PagerError error;
    const QString id = m_items.at(item).ours.id();
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    StoredImage server;
    if (!document.isObject()) {
        error.message = tr("The server's copy of image %1 is not a JSON object.").arg(id);
    } else if (const auto decodeError = RecordCodec::decodeImageOut(document.object(), &server)) {
        error.message = tr("The server's copy of image %1 is unreadable: %2").arg(id, decodeError->message());
    } else if (server.record.id().isEmpty()) {
        // Every ImageOut field is nullable; the path named the image, so a null id is that one.
        server.record.setId(id);
    } else if (server.record.id() != id) {
        error.message = tr("The server answered for another image than %1.").arg(id);
    }
    if (error.isError()) {
        fail(error);
        return;
    }
    resolve(item, server);
}

void PreSendCheck::batchAnswered(const QList<int> &items, const ApiReply &reply)
{
    // A server that refuses string ids in `q` is still checked, one image at a time.
    const ApiError::Kind kind = reply.error.kind;
    if (kind == ApiError::Kind::Validation || kind == ApiError::Kind::NotFound) {
        m_rechecks.insert(items.cbegin(), items.cend());
        return;
    }
    if (reply.error.isError()) {
        fail(PagerError::of(reply.error));
        return;
    }
    PagerError error;
    const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
    const QJsonValue results = page.value(QStringLiteral("results"));
    if (!results.isArray()) {
        error.message = tr("The server's answer to a batch of image ids has no list of images.");
        fail(error);
        return;
    }
    QHash<QString, StoredImage> found;
    for (const QJsonValue &value : results.toArray()) {
        StoredImage image;
        if (!value.isObject() || RecordCodec::decodeImageOut(value.toObject(), &image) || image.record.id().isEmpty()) {
            error.message = tr("The server's answer to a batch of image ids holds an unreadable image.");
            fail(error);
            return;
        }
        found.insert(image.record.id(), image);
    }
    // The server vouches that its search by id sees what its store holds, and nothing is left
    // on a further page: an image without a base that the batch misses is new.
    const bool absenceProven = m_searchIsExact && ImagePager::readCount(page) == results.toArray().size();
    for (int item : items) {
        const auto it = found.constFind(m_items.at(item).ours.id());
        if (it != found.constEnd())
            resolve(item, *it);
        else if (absenceProven && !m_items.at(item).base)
            resolve(item, std::nullopt);
        else // not yet gone, nor new: the server may read `id=` as a number, or search lag
            m_rechecks.insert(item);
    }
}

void PreSendCheck::healthAnswered(const ApiReply &reply)
{
    m_askingHealth = false;
    // Optional: without the server's word (any error, any other answer) the batches prove
    // nothing, which is safe; a server that is truly down fails the reads that follow.
    m_searchIsExact = !reply.error.isError()
        && QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("exact_id_search")) == QJsonValue(true);
}

void PreSendCheck::resolve(int item, const std::optional<StoredImage> &server)
{
    const PreSendItem &input = m_items.at(item);
    PreSendOutcome outcome;
    outcome.item = item;
    outcome.server = server;
    outcome.result = ThreeWayMerge::mergeRecord(
        input.base ? &*input.base : nullptr, server ? &server->record : nullptr, input.ours);
    place(std::move(outcome));
    ++m_checked;
    emit progress(m_checked, m_toCheck);
}

void PreSendCheck::place(PreSendOutcome outcome)
{
    // Answers come back out of order; the result lists are built in item order as they do, so
    // that finishing never sorts 100,000 outcomes in one step.
    if (outcome.item != m_nextInOrder) {
        m_early.insert(outcome.item, std::move(outcome));
        return;
    }
    for (;;) {
        QList<PreSendOutcome> &list = outcome.result.unchanged ? m_result.unchanged
            : outcome.result.hasConflicts()                    ? m_result.conflicts
                                                               : m_result.toSend;
        list.append(std::move(outcome));
        const auto next = m_early.find(++m_nextInOrder);
        if (next == m_early.end())
            return;
        outcome = std::move(*next);
        m_early.erase(next);
    }
}

void PreSendCheck::finishIfDone()
{
    if (!m_running || !m_inFlight.isEmpty() || !m_queue.isEmpty() || !m_rechecks.empty())
        return;
    m_running = false;
    emit finished(m_result);
}

} // namespace Wesog

#include "moc_presendcheck.cpp"
