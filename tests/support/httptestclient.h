// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Wesog::Test {

/// A reply as a test reads it.
struct HttpResult
{
    int status = 0; ///< 0: no HTTP answer (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const QByteArray &name) const;
};

/// Blocking HTTP for tests (it spins the event loop while it waits, up to a timeout), with the
/// API key sent as `API-Key`.
class HttpTestClient final
{
public:
    HttpTestClient(QString baseUrl, QByteArray apiKey);

    HttpResult get(const QString &pathAndQuery) { return send("GET", pathAndQuery); }
    HttpResult put(const QString &pathAndQuery, const QJsonValue &body)
    {
        return send("PUT", pathAndQuery, json(body));
    }
    HttpResult post(const QString &pathAndQuery, const QJsonValue &body)
    {
        return send("POST", pathAndQuery, json(body));
    }
    HttpResult patch(const QString &pathAndQuery, const QJsonValue &body)
    {
        return send("PATCH", pathAndQuery, json(body));
    }
    HttpResult del(const QString &pathAndQuery, const QByteArray &body = {})
    {
        return send("DELETE", pathAndQuery, body);
    }
    HttpResult send(
        const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {}, int timeoutMs = 30000);
    /// Starts a request and returns its reply without waiting (for concurrency tests).
    QNetworkReply *start(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {});
    static HttpResult collect(QNetworkReply *reply);

    /// Polls GET /ops/{id} until it is finished; returns the last status (empty on timeout).
    QJsonObject waitForOperation(qint64 opId, int timeoutMs = 30000);

    void setApiKey(const QByteArray &key) { m_apiKey = key; }
    QNetworkAccessManager &network() { return m_network; }
    static QByteArray json(const QJsonValue &value);

private:
    QString m_baseUrl;
    QByteArray m_apiKey;
    QNetworkAccessManager m_network;
};

} // namespace Wesog::Test
