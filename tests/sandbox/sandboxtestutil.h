// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small builders shared by the sandbox tests.

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>

namespace Wesog::Test {

inline QJsonObject item(const QString &id, const QString &src, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("id"), id);
    if (!src.isNull())
        extra.insert(QStringLiteral("src"), src);
    return extra;
}

/// Sends raw bytes and returns what came back before the server closed or `timeoutMs` passed;
/// for paths and shapes that QNetworkAccessManager would normalise.
inline QByteArray rawRequest(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs))
        return QByteArray();
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(timeoutMs)) {
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n")) {
            const int headerEnd = answer.indexOf("\r\n\r\n") + 4;
            const int lengthAt = answer.toLower().indexOf("content-length:");
            if (lengthAt >= 0 && lengthAt < headerEnd) {
                const int length
                    = answer.mid(lengthAt + 15, answer.indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toInt();
                if (answer.size() >= headerEnd + length)
                    break;
            }
        }
    }
    return answer;
}

} // namespace Wesog::Test
