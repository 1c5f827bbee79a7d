// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Wesog {

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

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
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
                error.validation.append({ object.value(QStringLiteral("loc")).toArray(), message });
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
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        error.retryAfterSeconds = ok && seconds >= 0 ? std::min(seconds, 3600) : -1;
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
