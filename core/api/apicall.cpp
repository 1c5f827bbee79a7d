// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apicall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include "core/logging.h"

namespace Wesog {

ApiCall::ApiCall(
    QNetworkAccessManager *manager, ApiRequest request, RetryPolicy policy, ApiLimits limits, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_limits(limits)
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_abort = Abort::Deadline;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    if (m_attempt == 0 && !m_finished) {
        m_elapsed.start();
        sendAttempt();
    }
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_abort = Abort::Cancel;
    if (m_reply) {
        m_reply->abort(); // attemptFinished() reports it
        return;
    }
    m_backoff.stop();
    ApiError canceled;
    canceled.kind = ApiError::Kind::Canceled;
    finish(canceled, 0);
}

void ApiCall::sendAttempt()
{
    ++m_attempt;
    m_abort = Abort::None;
    m_body.clear();
    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("API-Key", m_request.apiKey);
    request.setRawHeader("Accept", "application/json");
    if (!m_request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_reply = m_manager->sendCustomRequest(request, m_request.verb, m_request.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::readAvailable);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::attemptFinished);
    m_deadline.start(m_limits.deadlineMs);
}

void ApiCall::readAvailable()
{
    if (!m_reply || m_abort != Abort::None)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_limits.maxReplyBytes) {
        m_abort = Abort::TooLarge;
        m_body.clear();
        m_reply->abort();
    }
}

void ApiCall::attemptFinished()
{
    m_deadline.stop();
    readAvailable();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const ApiError error = classify(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const std::optional<int> delay = m_policy.delayAfter(m_attempt, error)) {
        qCDebug(
            lcApi, "%s after %lld ms; retry %d in %d ms", qPrintable(logLine(status)), elapsedMs(), m_attempt, *delay);
        m_backoff.start(*delay); // before the signal, so a listener may cancel() the wait
        emit retrying(m_attempt, *delay, error);
        return;
    }
    finish(error, status);
}

ApiError ApiCall::classify(QNetworkReply *reply) const
{
    ApiError error;
    switch (m_abort) {
    case Abort::Cancel:
        error.kind = ApiError::Kind::Canceled;
        return error;
    case Abort::Deadline:
        error.kind = ApiError::Kind::Timeout;
        return error;
    case Abort::TooLarge:
        error.kind = ApiError::Kind::TooLarge;
        return error;
    case Abort::None:
        break;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) { // no HTTP answer at all: refused, reset, DNS, TLS
        // A certificate problem will not fix itself; trying again only hides it.
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        error.kind = tls ? ApiError::Kind::Refused : ApiError::Kind::Network;
        error.detail = reply->errorString();
        return error;
    }
    return ApiError::fromHttp(status.toInt(), m_body, reply->rawHeader("Retry-After"));
}

void ApiCall::finish(const ApiError &error, int httpStatus)
{
    m_finished = true;
    qCDebug(
        lcApi, "%s in %lld ms, %d retries", qPrintable(logLine(httpStatus)), elapsedMs(), std::max(0, m_attempt - 1));
    ApiReply reply;
    reply.httpStatus = httpStatus;
    reply.body = error.isError() ? QByteArray() : m_body;
    reply.error = error;
    reply.attempts = m_attempt;
    m_body.clear();
    emit finished(reply);
}

QString ApiCall::logLine(int httpStatus) const
{
    // Method and path only: no host, no query, never a header (the key is one) or the body.
    // Status 0: no HTTP answer (network error, timeout, cancel).
    return QStringLiteral("%1 %2 -> %3")
        .arg(QString::fromLatin1(m_request.verb), m_request.url.path(), QString::number(httpStatus));
}

qint64 ApiCall::elapsedMs() const
{
    return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; // cancelled before start()
}

} // namespace Wesog

#include "moc_apicall.cpp"
