// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxserver.h"

#include <mutex>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include "sandbox/operationboard.h"
#include "sandbox/operationengine.h"
#include "sandbox/requestparser.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/srcprobe.h"

namespace Wesog::Sandbox {

namespace {

struct Route
{
    QRegularExpression pattern; ///< anchored; one capture for the id segment, if any
    QList<QByteArray> methods;
};

const QList<Route> &apiRoutes()
{
    // Compiled once: compiling the patterns for every request was a good part of its cost.
    static const QList<Route> routes = {
        { QRegularExpression(QStringLiteral("^/imgs$")), { "GET", "PUT", "POST", "PATCH", "DELETE" } },
        { QRegularExpression(QStringLiteral("^/imgs/([^/]+)$")), { "GET", "PUT", "POST", "PATCH", "DELETE" } },
        { QRegularExpression(QStringLiteral("^/ops$")), { "GET" } },
        { QRegularExpression(QStringLiteral("^/ops/([^/]+)$")), { "GET", "DELETE" } },
    };
    return routes;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

std::optional<Verb> verbFor(const QByteArray &method)
{
    if (method == "POST")
        return Verb::Post;
    if (method == "PUT")
        return Verb::Put;
    if (method == "PATCH")
        return Verb::Patch;
    if (method == "DELETE")
        return Verb::Delete;
    return std::nullopt;
}

QLoggingCategory::CategoryFilter s_previousLogFilter = nullptr;

// Qt's own HTTP server logs whole requests, headers included, at debug level; no logging
// rule may turn that on, or the API-Key header would reach the log.
void keepHeadersOutOfLogs(QLoggingCategory *category)
{
    if (s_previousLogFilter)
        s_previousLogFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

QString tenantOf(const QByteArray &key)
{
    // The store keys data by a hash, so the database file never holds an API key.
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_faults(options)
{
    static std::once_flag filterInstalled;
    std::call_once(
        filterInstalled, [] { s_previousLogFilter = QLoggingCategory::installFilter(keepHeadersOutOfLogs); });
    m_engineThread.setObjectName(QStringLiteral("sandbox-engine"));
    m_board = std::make_shared<OperationBoard>();
    m_engine = new OperationEngine(m_options, m_board);
    m_engine->moveToThread(&m_engineThread);
    connect(&m_engineThread, &QThread::finished, m_engine, &QObject::deleteLater);
}

SandboxServer::~SandboxServer()
{
    if (m_engineThread.isRunning()) {
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine] { engine->shutdown(); }, Qt::BlockingQueuedConnection);
        m_engineThread.quit();
        m_engineThread.wait();
    } else {
        delete m_engine;
    }
}

QString SandboxServer::baseUrl() const
{
    const QString host = m_options.host.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + m_options.host.toString() + QLatin1Char(']')
        : m_options.host.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

bool SandboxServer::start(QString *error)
{
    m_port = listen(m_options.host, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2 (address in use or not available)")
                     .arg(m_options.host.toString())
                     .arg(m_options.port);
        return false;
    }
    m_engineThread.start();
    bool opened = false;
    const QUrl origin(baseUrl());
    // Blocking once, at startup: the origin must be known before resumed work reads a src.
    QMetaObject::invokeMethod(
        m_engine,
        [this, origin, &opened, error] {
            m_engine->setOwnOrigin(origin);
            opened = m_engine->open(error);
        },
        Qt::BlockingQueuedConnection);
    return opened;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto pending = std::make_shared<Pending>();
    pending->elapsed.start();
    pending->socket = socket;
    pending->responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    pending->method = methodName(request.method());
    pending->path = request.url().path(QUrl::FullyEncoded);
    pending->query = request.query();
    pending->apiKey = request.value(QByteArrayLiteral("api-key"));
    pending->body = request.body();
    route(pending);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(QJsonDocument(QJsonObject { { QStringLiteral("detail"), QStringLiteral("Not Found") } }),
            QHttpServerResponder::StatusCode::NotFound);
}

void SandboxServer::route(const PendingPtr &request)
{
    if (request->path == QLatin1String("/health")) {
        // exact_id_search (a sandbox extension): `id=` in `q` is string equality over the very
        // store `GET /imgs/{id}` reads, so a client may take an id a batch misses as absent.
        if (request->method == "GET")
            send(request,
                HttpReply::json(200,
                    QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                        { QStringLiteral("exact_id_search"), true } }));
        else
            send(request, HttpReply::detail(405, QStringLiteral("Method Not Allowed")));
        return;
    }
    if (request->path.startsWith(QLatin1String("/files/"))) {
        serveFile(request);
        return;
    }
    bool knownPath = false;
    QList<QByteArray> allowed;
    for (const Route &route : apiRoutes()) {
        if (route.pattern.match(request->path).hasMatch()) {
            knownPath = true;
            allowed = route.methods;
            break;
        }
    }
    if (!knownPath) {
        send(request, HttpReply::detail(404, QStringLiteral("Not Found")));
        return;
    }
    if (!allowed.contains(request->method)) {
        HttpReply reply = HttpReply::detail(405, QStringLiteral("Method Not Allowed"));
        QByteArrayList names(allowed.cbegin(), allowed.cend());
        reply.headers.append({ QByteArrayLiteral("Allow"), names.join(", ") });
        send(request, reply);
        return;
    }

    // Faults are drawn on arrival, so they are reproducible and precede every effect.
    const FaultInjector::Fault fault = m_faults.next();
    auto proceed = [this, request, fault] {
        if (fault == FaultInjector::Fault::Drop) {
            if (request->socket)
                request->socket->abort();
            return;
        }
        if (fault != FaultInjector::Fault::None) {
            const int status = fault == FaultInjector::Fault::Fail500 ? 500 : 503;
            send(request,
                HttpReply::detail(status, QStringLiteral("injected fault: the sandbox pretends to be unavailable")));
            return;
        }
        if (request->apiKey.isEmpty()) {
            send(request, HttpReply::detail(401, QStringLiteral("missing API-Key header")));
            return;
        }
        if (!m_options.keys.contains(QString::fromUtf8(request->apiKey))) {
            send(request, HttpReply::detail(401, QStringLiteral("invalid API key")));
            return;
        }
        // Hashed once per key, not per request.
        auto known = m_tenants.constFind(request->apiKey);
        if (known == m_tenants.cend())
            known = m_tenants.insert(request->apiKey, tenantOf(request->apiKey));
        const QString tenant = *known;
        if (const int retryAfter = m_faults.rateLimited(tenant, QDateTime::currentMSecsSinceEpoch())) {
            HttpReply reply = HttpReply::detail(
                429, QStringLiteral("rate limit of %1 requests per second exceeded").arg(m_options.rateLimit));
            reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter) });
            send(request, reply);
            return;
        }
        if (request->body.size() > m_options.maxBodyBytes) {
            send(request,
                HttpReply::detail(
                    413, QStringLiteral("request body is larger than %1 bytes").arg(m_options.maxBodyBytes)));
            return;
        }
        routeApi(request, tenant);
    };
    if (m_options.latencyMs > 0)
        QTimer::singleShot(m_options.latencyMs, this, proceed);
    else
        proceed();
}

void SandboxServer::routeApi(const PendingPtr &request, const QString &tenant)
{
    const QStringList segments = request->path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString collection = segments.value(0);
    const std::optional<QString> id = segments.size() > 1
        ? std::optional<QString>(QUrl::fromPercentEncoding(segments.at(1).toUtf8()))
        : std::nullopt;

    if (collection == QLatin1String("ops")) {
        // Polling is answered here, from the published states, never waiting for the engine.
        if (!id) {
            QJsonArray list;
            for (const Operation &op : m_board->forTenant(tenant))
                list.append(op.toJson(true));
            send(request, HttpReply::json(200, list));
            return;
        }
        const auto opId = RequestParser::opId(*id);
        if (const auto *invalid = std::get_if<HttpReply>(&opId)) {
            send(request, *invalid);
            return;
        }
        const qint64 number = std::get<qint64>(opId);
        if (request->method == "DELETE")
            callEngine(request, [tenant, number](OperationEngine *e, auto reply) { e->cancel(tenant, number, reply); });
        else if (const std::optional<Operation> op = m_board->find(number); op && op->tenant == tenant)
            send(request, HttpReply::json(200, op->toJson(false)));
        else // another key's operation is unknown too
            send(request, HttpReply::detail(404, QStringLiteral("operation %1 not found").arg(number)));
        return;
    }

    if (request->method == "GET") {
        if (id) {
            const auto fields = RequestParser::fields(request->query);
            if (const auto *invalid = std::get_if<HttpReply>(&fields)) {
                send(request, *invalid);
                return;
            }
            callEngine(
                request, [tenant, id = *id, list = std::get<QStringList>(fields)](OperationEngine *e, auto reply) {
                    e->image(tenant, id, list, reply);
                });
            return;
        }
        const auto search = RequestParser::search(request->query);
        if (const auto *invalid = std::get_if<HttpReply>(&search)) {
            send(request, *invalid);
            return;
        }
        callEngine(request, [tenant, s = std::get<SearchRequest>(search)](OperationEngine *e, auto reply) {
            e->search(tenant, s, reply);
        });
        return;
    }

    const auto mutation
        = RequestParser::mutation(*verbFor(request->method), id, request->query, request->body, m_options.maxBatch);
    if (const auto *invalid = std::get_if<HttpReply>(&mutation)) {
        send(request, *invalid);
        return;
    }
    request->body.clear(); // the parsed items are all we keep
    callEngine(request,
        [tenant, m = std::get<Mutation>(mutation)](OperationEngine *e, auto reply) { e->submit(tenant, m, reply); });
}

void SandboxServer::serveFile(const PendingPtr &request)
{
    if (request->method != "GET") {
        send(request, HttpReply::detail(405, QStringLiteral("Method Not Allowed")));
        return;
    }
    QString reason;
    const QString relative = QUrl::fromPercentEncoding(request->path.mid(7).toUtf8());
    const std::optional<QString> path = SrcProbe::resolveFilesPath(m_options.filesRoot, relative, &reason);
    if (!path) {
        const bool outside = reason.contains(QLatin1String("inside"));
        send(request, HttpReply::detail(outside ? 403 : 404, reason));
        return;
    }
    auto file = std::make_unique<QFile>(*path);
    if (!file->open(QIODevice::ReadOnly)) {
        send(request, HttpReply::detail(403, QStringLiteral("file is not readable")));
        return;
    }
    if (!request->socket || request->socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray mime = QMimeDatabase().mimeTypeForFile(*path, QMimeDatabase::MatchExtension).name().toUtf8();
    qCDebug(lcSandbox) << "GET /files/" << 200 << request->elapsed.elapsed() << "ms";
    request->responder->write(file.release(), mime, QHttpServerResponder::StatusCode::Ok);
}

void SandboxServer::callEngine(
    const PendingPtr &request, std::function<void(OperationEngine *, std::function<void(const HttpReply &)>)> work)
{
    // The engine answers on its own thread; hop back here to write. The server outlives every
    // call: its destructor stops the engine thread first.
    auto answer = [this, request](const HttpReply &reply) {
        QMetaObject::invokeMethod(
            this, [this, request, reply] { send(request, reply); }, Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, work = std::move(work), answer] { work(engine, answer); }, Qt::QueuedConnection);
}

void SandboxServer::send(const PendingPtr &request, const HttpReply &reply)
{
    qCDebug(lcSandbox) << request->method << request->path << reply.status << request->elapsed.elapsed() << "ms";
    if (!request->socket || request->socket->state() != QAbstractSocket::ConnectedState)
        return; // the client left; its socket may already be gone (G9)
    QHttpServerResponder &responder = *request->responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace Wesog::Sandbox
