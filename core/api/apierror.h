// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
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

    /// One entry of a 422 `detail` list: where (`["body", 3, "src"]`) and what.
    struct ValidationEntry
    {
        QJsonArray loc;
        QString message;
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

    /// Classifies an HTTP answer (status, body) the way the client rules say.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter);
};

} // namespace Wesog
