// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/operationengine.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include "core/record/recordcodec.h"
#include "sandbox/filterquery.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/srcprobe.h"

namespace Wesog::Sandbox {

namespace {

// A slice ends after this much work, so queued requests wait at most about this long.
constexpr qint64 s_sliceBudgetMs = 3;
constexpr int s_sliceMaxItems = 256;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString quoted(const QString &id)
{
    return QLatin1Char('\'') + id + QLatin1Char('\'');
}

QJsonObject imageJson(const StoredImage &image, const QStringList &fields)
{
    const QJsonObject all = RecordCodec::encodeImageOut(image);
    if (fields.isEmpty())
        return all;
    QJsonObject selected;
    for (const QString &key : fields)
        selected.insert(key, all.value(key));
    return selected;
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

} // namespace

OperationEngine::OperationEngine(const SandboxOptions &options, std::shared_ptr<OperationBoard> board)
    : m_options(options)
    , m_board(std::move(board))
{
}

OperationEngine::~OperationEngine()
{
    shutdown();
}

bool OperationEngine::open(QString *error)
{
    m_sliceTimer = new QTimer(this);
    m_sliceTimer->setSingleShot(true);
    connect(m_sliceTimer, &QTimer::timeout, this, &OperationEngine::runSlice);
    m_network = new QNetworkAccessManager(this);
    m_network->setTransferTimeout(m_options.fetchTimeoutMs);

    m_store = std::make_unique<SandboxStore>();
    if (!m_store->open(m_options.dataFile, error))
        return false;
    // Resume what a shutdown cut short: the running operation first, then the queue in order.
    QList<qint64> resumed;
    for (Operation &op : m_store->loadOperations()) {
        m_nextOpId = std::max(m_nextOpId, op.id + 1);
        if (!op.finished) {
            if (op.started)
                resumed.prepend(op.id);
            else
                m_queue.enqueue(op.id, op.flags.urgent);
        }
        m_board->publish(op);
        m_operations.insert(op.id, std::move(op));
    }
    if (!resumed.isEmpty()) {
        m_current = resumed.first();
        for (qsizetype i = 1; i < resumed.size(); ++i) // cannot happen with one worker; kept safe
            m_queue.enqueue(resumed.at(i), true);
        qCInfo(lcSandbox) << "resuming operation" << *m_current;
    }
    scheduleSlice(0);
    return true;
}

void OperationEngine::shutdown()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_sliceTimer)
        m_sliceTimer->stop();
    if (m_pendingFetch)
        m_pendingFetch->abort();
    m_store.reset();
}

void OperationEngine::submit(const QString &tenant, const Mutation &mutation, const Reply &reply)
{
    Operation op;
    op.id = m_nextOpId++;
    op.tenant = tenant;
    op.verb = mutation.verb;
    op.flags = mutation.flags;
    op.items = mutation.items;
    op.numTotal = mutation.items.size();
    op.createdMs = nowMs();
    if (!m_store || !m_store->insertOperation(op)) {
        reply(HttpReply::detail(500, QStringLiteral("could not store the operation")));
        return;
    }
    m_operations.insert(op.id, op);
    m_board->publish(op);
    m_queue.enqueue(op.id, op.flags.urgent);
    if (op.flags.wait)
        m_waiters[op.id].append(reply);
    else
        reply(HttpReply::json(202, op.toJson(true)));
    if (!m_current)
        scheduleSlice(0);
}

void OperationEngine::cancel(const QString &tenant, qint64 id, const Reply &reply)
{
    const auto it = m_operations.find(id);
    if (it == m_operations.end() || it->tenant != tenant) {
        reply(HttpReply::detail(404, QStringLiteral("operation %1 not found").arg(id)));
        return;
    }
    if (!m_queue.remove(id)) {
        reply(HttpReply::detail(409,
            it->finished ? QStringLiteral("operation %1 has already finished").arg(id)
                         : QStringLiteral("operation %1 has already started").arg(id)));
        return;
    }
    Operation &op = *it;
    for (qsizetype i = 0; i < op.items.size(); ++i) {
        const QString imageId = op.items.at(i).toObject().value(QStringLiteral("id")).toString();
        op.errors.append(QJsonObject { { QStringLiteral("id"), i },
            { QStringLiteral("msg"),
                QStringLiteral("image %1 was not processed: the operation was cancelled").arg(quoted(imageId)) } });
    }
    op.numBad = op.numTotal;
    op.allGood = false;
    op.finished = true;
    op.finishedMs = nowMs();
    m_store->saveOperation(op);
    op.items = QJsonArray();
    m_board->publish(op);
    reply(HttpReply::json(200, op.toJson(true)));
    answerWaiters(op);
}

void OperationEngine::image(const QString &tenant, const QString &id, const QStringList &fields, const Reply &reply)
{
    const std::optional<StoredImage> stored = m_store->image(tenant, id);
    if (!stored) {
        reply(HttpReply::detail(404, QStringLiteral("image %1 not found").arg(quoted(id))));
    } else if (!fields.isEmpty()) {
        reply(HttpReply::json(200, imageJson(*stored, fields)));
    } else {
        HttpReply answer = HttpReply::json(200, QJsonObject());
        answer.body.clear();
        RecordCodec::appendImageOutJson(*stored, &answer.body);
        reply(answer);
    }
}

void OperationEngine::search(const QString &tenant, const SearchRequest &request, const Reply &reply)
{
    QString error;
    const std::optional<SqlFilter> filter = FilterQuery::compile(request.q, &error);
    if (!filter) {
        reply(HttpReply::detail(422, error));
        return;
    }
    const bool bySimilarity = request.sortBy == QLatin1String("similarity") || request.sortBy == QLatin1String("sim");
    if (bySimilarity && filter->relevanceTerm.isEmpty()) {
        reply(HttpReply::detail(
            422, QStringLiteral("sort_by=%1 needs a similarity filter (~) in q").arg(request.sortBy)));
        return;
    }
    const SearchPage page = m_store->search(tenant, request, *filter);
    if (!page.error.isEmpty()) {
        // A filter SQLite refuses (an expression tree too deep, too many terms) is the query's
        // fault: 422, which clients do not retry. An empty 200 would read as "nothing matches".
        reply(HttpReply::detail(422, QStringLiteral("q could not be run: %1").arg(page.error)));
        return;
    }
    if (!request.fields.isEmpty()) {
        QJsonArray results;
        for (const StoredImage &image : page.images)
            results.append(imageJson(image, request.fields));
        reply(HttpReply::json(200,
            QJsonObject { { QStringLiteral("results"), results }, { QStringLiteral("count"), page.count },
                { QStringLiteral("facets"), QJsonObject() } }));
        return;
    }
    // Whole images, the common case (a collection loads pages of 1,000): written straight out.
    HttpReply answer = HttpReply::json(200, QJsonObject()); // for its status and headers
    answer.body = QByteArrayLiteral("{\"results\":[");
    for (qsizetype i = 0; i < page.images.size(); ++i) {
        if (i > 0)
            answer.body.append(',');
        RecordCodec::appendImageOutJson(page.images.at(i), &answer.body);
    }
    answer.body.append("],\"count\":").append(QByteArray::number(page.count)).append(",\"facets\":{}}");
    reply(answer);
}

void OperationEngine::scheduleSlice(int delayMs)
{
    if (!m_stopped && m_sliceTimer && (!m_sliceTimer->isActive() || delayMs == 0))
        m_sliceTimer->start(delayMs);
}

bool OperationEngine::startNextOperation()
{
    const std::optional<qint64> next = m_queue.takeNext();
    if (!next)
        return false;
    m_current = next;
    m_staged.clear();
    return true;
}

void OperationEngine::runSlice()
{
    if (m_stopped || m_pendingFetch)
        return;
    if (!m_current && !startNextOperation())
        return;
    Operation &op = m_operations[*m_current];
    if (op.nextIndex < op.numTotal && m_options.itemDelayMs > 0 && !m_itemDelayPaid) {
        // The simulated cost of the next item, paid before it completes.
        m_itemDelayPaid = true;
        if (!op.started) {
            op.started = true;
            op.startedMs = nowMs();
            m_board->publish(op);
        }
        scheduleSlice(m_options.itemDelayMs);
        return;
    }

    QElapsedTimer timer;
    timer.start();
    m_store->begin();
    if (!op.started) {
        op.started = true;
        op.startedMs = nowMs();
    }
    int processed = 0;
    while (op.nextIndex < op.numTotal) {
        if (!processItem(op))
            break; // waits for a fetch; its completion runs the next slice
        m_itemDelayPaid = false;
        if (m_options.itemDelayMs > 0 || ++processed >= s_sliceMaxItems || timer.elapsed() >= s_sliceBudgetMs)
            break;
    }
    if (!m_pendingFetch && op.nextIndex >= op.numTotal)
        finishOperation(op);
    m_store->saveOperation(op);
    if (!m_store->commit())
        qCWarning(lcSandbox) << "commit failed:" << m_store->lastError();
    m_board->publish(op);
    if (op.finished) {
        answerWaiters(op);
        op.items = QJsonArray();
        m_current.reset();
    }
    if (!m_pendingFetch)
        scheduleSlice(0);
}

bool OperationEngine::processItem(Operation &op)
{
    const qint64 index = op.nextIndex;
    const QJsonObject item = op.items.at(index).toObject();
    const QString id = item.value(QStringLiteral("id")).toString();
    std::optional<StoredImage> existing = lookup(op.tenant, id);
    ItemFailure failure;
    std::optional<StoredImage> result; // what to store; nullopt with no failure: nothing to store

    const bool fetched = m_fetched && m_fetched->opId == op.id && m_fetched->index == index;
    const std::optional<ImageProbe> earlierProbe = fetched ? std::optional<ImageProbe>(m_fetched->probe) : std::nullopt;
    m_fetched.reset();
    // Checks the image's src and records its size: nullopt while a fetch is pending, false
    // (with `failure` set) when the src is not a usable image.
    auto measure = [&](StoredImage &image) -> std::optional<bool> {
        const std::optional<ImageProbe> probe = earlierProbe ? earlierProbe : probeSrc(op, image.record.src());
        if (!probe)
            return std::nullopt;
        if (!probe->ok) {
            failure = QStringLiteral("image %1: %2").arg(quoted(id), probe->error);
            return false;
        }
        image.width = probe->width;
        image.height = probe->height;
        return true;
    };

    switch (op.verb) {
    case Verb::Delete:
        if (existing)
            removeImage(op.tenant, id);
        else if (op.flags.strict)
            failure = QStringLiteral("image %1 does not exist").arg(quoted(id));
        break;
    case Verb::Post:
    case Verb::Put: {
        if (op.verb == Verb::Post && existing && op.flags.strict) {
            failure = QStringLiteral("image %1 already exists").arg(quoted(id));
            break;
        }
        if (op.verb == Verb::Put && !existing && op.flags.strict) {
            failure = QStringLiteral("image %1 does not exist").arg(quoted(id));
            break;
        }
        StoredImage image;
        RecordCodec::decodeItem(item, &image.record); // checked when the request arrived
        const std::optional<bool> measured = measure(image);
        if (!measured)
            return false;
        if (!*measured)
            break;
        image.nFaces = 0;
        result = image;
        break;
    }
    case Verb::Patch: {
        if (!existing) {
            if (op.flags.strict)
                failure = QStringLiteral("image %1 does not exist").arg(quoted(id));
            break;
        }
        ImageRecord patch;
        RecordCodec::decodeItem(item, &patch);
        StoredImage image = *existing;
        for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
            const std::optional<Field> field = FieldRegistry::fromJsonKey(it.key());
            if (!field || *field == Field::Id || (*field == Field::Src && it.value().isNull()))
                continue; // unknown keys are ignored; src: null keeps src
            image.record.setValue(*field, patch.value(*field));
        }
        if (image.record.src() != existing->record.src()) { // only a new src is fetched
            const std::optional<bool> measured = measure(image);
            if (!measured)
                return false;
            if (!*measured)
                break;
        }
        result = image;
        break;
    }
    }

    if (failure) {
        ++op.numBad;
        op.errors.append(QJsonObject { { QStringLiteral("id"), index }, { QStringLiteral("msg"), *failure } });
    } else {
        if (result)
            storeImage(op.tenant, *result);
        ++op.numGood;
    }
    op.allGood = op.numBad == 0;
    ++op.nextIndex;
    return true;
}

std::optional<ImageProbe> OperationEngine::probeSrc(const Operation &op, const QString &src)
{
    const QUrl url(src, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return ImageProbe { false, 0, 0, QStringLiteral("src must be an http:// or https:// URL") };

    const bool ownFiles = scheme == QLatin1String("http") && url.port(80) == m_ownOrigin.port()
        && (isLoopback(url.host()) || url.host() == m_ownOrigin.host())
        && url.path(QUrl::FullyEncoded).startsWith(QLatin1String("/files/"));
    if (ownFiles) {
        QString reason;
        const QString relative = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).mid(7).toUtf8());
        const std::optional<QString> path = SrcProbe::resolveFilesPath(m_options.filesRoot, relative, &reason);
        if (!path)
            return ImageProbe { false, 0, 0, QStringLiteral("src could not be fetched (HTTP 404)") };
        const QFileInfo info(*path);
        const auto known = m_localProbes.constFind(*path);
        if (known != m_localProbes.cend() && known->size == info.size() && known->modified == info.lastModified()
            && info.isReadable())
            return known->probe;
        QFile file(*path);
        if (!file.open(QIODevice::ReadOnly))
            return ImageProbe { false, 0, 0, QStringLiteral("src could not be fetched (HTTP 403)") };
        const ImageProbe probe = SrcProbe::probe(&file);
        if (m_localProbes.size() >= 10000) // a bound, for a files root of many images
            m_localProbes.clear();
        m_localProbes.insert(*path, LocalProbe { info.size(), info.lastModified(), probe });
        return probe;
    }

    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(5);
    QNetworkReply *reply = m_network->get(request);
    const qint64 opId = op.id;
    const qint64 index = op.nextIndex;
    const qint64 maxBytes = m_options.maxFetchBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64) {
        if (received > maxBytes)
            reply->abort();
    });
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, opId, index] { handleFetchFinished(reply, opId, index); });
    m_pendingFetch = reply;
    return std::nullopt;
}

void OperationEngine::handleFetchFinished(QNetworkReply *reply, qint64 opId, qint64 index)
{
    reply->deleteLater();
    if (m_stopped)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ImageProbe probe;
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        const QString reason = reply->error() == QNetworkReply::OperationCanceledError
            ? QStringLiteral("timed out or too large")
            : reply->errorString();
        probe.error = QStringLiteral("src could not be fetched (%1)").arg(reason);
    } else if (status < 200 || status > 299) {
        probe.error = QStringLiteral("src could not be fetched (HTTP %1)").arg(status);
    } else {
        probe = SrcProbe::probe(reply->readAll());
    }
    m_fetched = FetchResult { opId, index, probe };
    m_pendingFetch.clear();
    scheduleSlice(0);
}

void OperationEngine::finishOperation(Operation &op)
{
    if (m_options.mode == BatchMode::AllOrNothing) {
        if (op.numBad == 0) {
            for (auto it = m_staged.cbegin(); it != m_staged.cend(); ++it) {
                if (it.value())
                    m_store->putImage(op.tenant, *it.value());
                else
                    m_store->deleteImage(op.tenant, it.key());
            }
        } else {
            op.numGood = 0;
            op.numBad = op.numTotal;
        }
        m_staged.clear();
    }
    op.finished = true;
    op.finishedMs = nowMs();
    op.allGood = op.numBad == 0;
}

void OperationEngine::answerWaiters(const Operation &op)
{
    const HttpReply reply = HttpReply::json(200, op.toJson(true));
    for (const Reply &waiter : m_waiters.take(op.id))
        waiter(reply);
}

std::optional<StoredImage> OperationEngine::lookup(const QString &tenant, const QString &id)
{
    if (m_options.mode == BatchMode::AllOrNothing && m_staged.contains(id))
        return m_staged.value(id);
    return m_store->image(tenant, id);
}

void OperationEngine::storeImage(const QString &tenant, const StoredImage &image)
{
    if (m_options.mode == BatchMode::AllOrNothing)
        m_staged.insert(image.record.id(), image);
    else
        m_store->putImage(tenant, image);
}

void OperationEngine::removeImage(const QString &tenant, const QString &id)
{
    if (m_options.mode == BatchMode::AllOrNothing)
        m_staged.insert(id, std::nullopt);
    else
        m_store->deleteImage(tenant, id);
}

} // namespace Wesog::Sandbox
