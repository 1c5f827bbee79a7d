// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apierror.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Wesog {

namespace {

constexpr int maxRetryAfterSeconds = 3600; // a server asking for longer is better treated as down

/// An HTTP date in any of the three forms RFC 9110 §5.6.7 says a recipient must accept, as UTC.
QDateTime parseHttpDate(const QString &text)
{
    // Day and month names are English whatever the user's locale; asctime pads the day with a
    // space, which simplified() folds so one format reads both "Nov  6" and "Nov 16".
    const QLocale c = QLocale::c();
    const QString value = text.simplified();
    QDateTime parsed = c.toDateTime(value, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!parsed.isValid()) {
        // RFC 850's two-digit year: Qt reads it as 19yy, and would then find the weekday wrong;
        // read without the weekday, in the most recent such year as RFC 9110 wants.
        parsed = c.toDateTime(value.section(QStringLiteral(", "), 1), QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"));
        if (parsed.isValid() && parsed.date().year() < 1970)
            parsed = parsed.addYears(100);
    }
    if (!parsed.isValid())
        parsed = c.toDateTime(value, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (parsed.isValid())
        parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

} // namespace

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return httpStatus != 501;
    default:
        return false;
    }
}

int ApiError::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? int(std::min<qint64>(seconds, maxRetryAfterSeconds)) : -1;
    const QDateTime at = parseHttpDate(QString::fromLatin1(trimmed));
    if (!at.isValid())
        return -1;
    const qint64 wait = now.secsTo(at);
    return int(std::clamp<qint64>(wait, 0, maxRetryAfterSeconds));
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now)
{
    ApiError error;
    error.httpStatus = status;
    if (status >= 200 && status < 300)
        return error;
    const QJsonValue detail = QJsonDocument::fromJson(body).object().value(QStringLiteral("detail"));
    if (detail.isString()) {
        error.detail = detail.toString();
    } else if (detail.isArray()) {
        for (const QJsonValue &entry : detail.toArray()) {
            const QJsonObject object = entry.toObject();
            const QString message = object.value(QStringLiteral("msg")).toString();
            if (!message.isEmpty()) // junk entries say nothing the editor could act on
                error.validation.append({ object.value(QStringLiteral("loc")).toArray(), message,
                    object.value(QStringLiteral("type")).toString() });
        }
        if (!error.validation.isEmpty())
            error.detail = error.validation.first().message;
    }
    if (status >= 300 && status < 400)
        error.kind = Kind::Redirect; // never followed: the key must not reach another host
    else if (status == 401 || status == 403)
        error.kind = Kind::Auth;
    else if (status == 404)
        error.kind = Kind::NotFound;
    else if (status == 413)
        error.kind = Kind::TooLarge;
    else if (status == 422)
        error.kind = Kind::Validation;
    else if (status == 429) {
        error.kind = Kind::RateLimited;
        error.retryAfterSeconds = parseRetryAfter(retryAfter, now.isValid() ? now : QDateTime::currentDateTimeUtc());
    } else if (status >= 500)
        error.kind = Kind::Server;
    else
        error.kind = Kind::Protocol;
    return error;
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Canceled:
        return tr("The request was cancelled.");
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Network:
        return tr("The server cannot be reached: %1").arg(detail);
    case Kind::Auth:
        return tr("API key rejected. Check the key in the connection settings.");
    case Kind::NotFound:
        return tr("Not found on the server: %1").arg(detail);
    case Kind::Validation:
        return tr("The server refused the data: %1").arg(detail);
    case Kind::RateLimited:
        return tr("The server asks to slow down.");
    case Kind::Server:
        return tr("The server had a problem (HTTP %1).").arg(httpStatus);
    case Kind::Protocol:
        return tr("The server's answer cannot be used: %1").arg(detail);
    case Kind::TooLarge:
        return tr("The request or its answer is too large.");
    case Kind::Redirect:
        return tr(
            "The server redirected the request; redirects are not followed, so the API key stays with this server.");
    case Kind::Refused:
        return tr("Not sent: %1").arg(detail);
    }
    return detail;
}

} // namespace Wesog
