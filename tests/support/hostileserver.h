// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Wesog::Test {

/// A server on 127.0.0.1 that answers each request the way a test tells it to, byte by byte if
/// need be: huge bodies, trickles, bad encodings, redirects. It records the raw requests, so a
/// test can prove what a client sent (and to whom).
class HostileServer : public QObject
{
    Q_OBJECT

public:
    /// What to do with one request: the raw response, optionally dribbled out one chunk of
    /// `chunk` bytes every `intervalMs`, or a stream of `bodyBytes` filler after the headers.
    struct Answer
    {
        QByteArray raw;
        int chunk = 0;
        int intervalMs = 0;
        qint64 fillerBytes = 0; ///< after `raw`, this many 'x' bytes, written as the socket drains
    };
    using Handler = std::function<Answer(const QByteArray &request)>;

    explicit HostileServer(Handler handler, QObject *parent = nullptr);
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    const QList<QByteArray> &requests() const { return m_requests; }

    static QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = {});

private:
    void accept();
    void serve(QTcpSocket *socket, const Answer &answer);

    QTcpServer m_server;
    Handler m_handler;
    QList<QByteArray> m_requests;
};

} // namespace Wesog::Test
