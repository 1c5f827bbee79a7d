// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include "sandbox/faultinjector.h"
#include "sandbox/httpreply.h"
#include "sandbox/sandboxoptions.h"

class QHttpServerResponder;
class QTcpSocket;

namespace Wesog::Sandbox {

class OperationBoard;
class OperationEngine;

/// The sandbox's HTTP side: routing, keys, fault injection, limits, request validation and
/// /files/; everything stateful is handed to the OperationEngine on its own thread.
///
/// Thread: the thread that creates it (the main thread in wesog-sandbox, a dedicated thread in
/// the GUI). Every answer is written here; an answer for a client that has gone away is
/// dropped (qt64-notes G9), so a disconnect during wait=true is harmless.
/// Lifetime: stopping it (destruction) stops the engine thread after its current slice.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Opens the store, resumes operations and listens. On failure returns false with a reason.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    /// `http://HOST:PORT`, as printed on startup.
    QString baseUrl() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /// A request copied out of Qt's buffers, with the means to answer it later.
    struct Pending
    {
        QPointer<QTcpSocket> socket;
        std::shared_ptr<QHttpServerResponder> responder;
        QByteArray method;
        QString path; ///< still percent-encoded, so an id may hold "/"
        QUrlQuery query;
        QByteArray apiKey;
        QByteArray body;
        QElapsedTimer elapsed;
    };
    using PendingPtr = std::shared_ptr<Pending>;

    void route(const PendingPtr &request);
    void routeApi(const PendingPtr &request, const QString &tenant);
    void serveFile(const PendingPtr &request);
    void send(const PendingPtr &request, const HttpReply &reply);
    /// Runs `work` on the engine thread with a callback that answers `request` here.
    void callEngine(
        const PendingPtr &request, std::function<void(OperationEngine *, std::function<void(const HttpReply &)>)> work);

    SandboxOptions m_options;
    FaultInjector m_faults;
    QHash<QByteArray, QString> m_tenants; ///< by API key; only keys the options list get in
    QThread m_engineThread;
    std::shared_ptr<OperationBoard> m_board;
    OperationEngine *m_engine = nullptr;
    quint16 m_port = 0;
};

} // namespace Wesog::Sandbox
