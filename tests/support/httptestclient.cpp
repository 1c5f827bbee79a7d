// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/httptestclient.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

namespace Wesog::Test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

HttpTestClient::HttpTestClient(QString baseUrl, QByteArray apiKey)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
{
}

QByteArray HttpTestClient::json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QNetworkReply *HttpTestClient::start(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_baseUrl + pathAndQuery));
    request.setRawHeader("Content-Type", "application/json");
    if (!m_apiKey.isEmpty())
        request.setRawHeader("API-Key", m_apiKey);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(0);
    if (body.isEmpty() && verb != "PUT" && verb != "POST" && verb != "PATCH")
        return m_network.sendCustomRequest(request, verb);
    return m_network.sendCustomRequest(request, verb, body);
}

HttpResult HttpTestClient::collect(QNetworkReply *reply)
{
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

HttpResult HttpTestClient::send(
    const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, int timeoutMs)
{
    QNetworkReply *reply = start(verb, pathAndQuery, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
        HttpResult timedOut;
        timedOut.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return timedOut;
    }
    return collect(reply);
}

QJsonObject HttpTestClient::waitForOperation(qint64 opId, int timeoutMs)
{
    QJsonObject last;
    const bool finished = QTest::qWaitFor(
        [&] {
            last = get(QStringLiteral("/ops/%1").arg(opId)).object();
            return last.value(QStringLiteral("is_finished")).toBool();
        },
        timeoutMs);
    return finished ? last : QJsonObject();
}

} // namespace Wesog::Test
