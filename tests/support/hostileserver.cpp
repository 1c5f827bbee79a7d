// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/hostileserver.h"

namespace Wesog::Test {

HostileServer::HostileServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::accept);
}

QByteArray HostileServer::response(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

void HostileServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            // Requests from the client under test are small: headers plus a Content-Length body.
            const QByteArray headers = buffer->left(end);
            qsizetype length = 0;
            for (const QByteArray &line : headers.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            const QByteArray request = buffer->left(end + 4 + length);
            buffer->remove(0, end + 4 + length);
            m_requests.append(request);
            serve(socket, m_handler(request));
        });
    }
}

void HostileServer::serve(QTcpSocket *socket, const Answer &answer)
{
    if (answer.chunk <= 0) {
        socket->write(answer.raw);
    } else {
        // Dribble: one chunk per tick, for as long as the client listens.
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, offset, answer] {
            if (*offset >= answer.raw.size()) {
                timer->stop();
                return;
            }
            socket->write(answer.raw.mid(*offset, answer.chunk));
            *offset += answer.chunk;
        });
        timer->start(answer.intervalMs);
    }
    if (answer.fillerBytes > 0) {
        auto remaining = std::make_shared<qint64>(answer.fillerBytes);
        auto pump = [socket, remaining] {
            while (*remaining > 0 && socket->bytesToWrite() < 1024 * 1024) {
                const qint64 chunk = std::min<qint64>(*remaining, 256 * 1024);
                socket->write(QByteArray(chunk, 'x'));
                *remaining -= chunk;
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }
}

} // namespace Wesog::Test
