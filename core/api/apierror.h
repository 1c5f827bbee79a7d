// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Wesog {

/// Why an API request failed, kept as a kind and codes; userMessage() translates when shown.
/// Server `msg`/`detail` texts are kept verbatim.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Canceled,
        Timeout,
        Network,
        Auth,
        NotFound,
        Validation,
        RateLimited,
        Server,
        Protocol,
        TooLarge,
        Redirect,
        Refused
    };

    /// One entry of a 422 `detail` list: where (`["body", 3, "src"]`), what, and its `type`
    /// (such as "too_long" for a batch over the server's limit).
    struct ValidationEntry
    {
        QJsonArray loc;
        QString message;
        QString type;
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString detail; ///< the server's text, or the network error's
    QList<ValidationEntry> validation;
    int retryAfterSeconds = -1; ///< from a 429's Retry-After, when given

    bool isError() const { return kind != Kind::None; }
    /// Network errors, timeouts, 429 and 5xx other than 501 may succeed on a later try.
    bool isRetryable() const;
    QString userMessage() const;

    /// Classifies an HTTP answer (status, body) the way the client rules say. `now` is the time
    /// a `Retry-After` date is measured from (the current time when invalid).
    static ApiError fromHttp(
        int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now = QDateTime());
    /// Seconds a `Retry-After` value asks for (RFC 9110 §10.2.3): delay-seconds, or an HTTP date
    /// (IMF-fixdate, or the obsolete RFC 850 and asctime forms) counted from `now`, 0 when it
    /// has passed; capped at an hour; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace Wesog
