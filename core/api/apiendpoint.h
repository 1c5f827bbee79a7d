// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Wesog {

/// Where requests go and the key they carry. A value; the key is never logged or shown.
struct ApiEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ApiEndpoint)

public:
    QUrl baseUrl;
    QByteArray apiKey;

    /// `baseUrl` joined with `path` (which starts with '/') and `query`.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    /// Why requests to `baseUrl` must not be sent, or an empty string: only http(s) URLs with a
    /// host, and plain http only to loopback unless `allowInsecureHttp` (the key would travel
    /// in clear text).
    static QString refusal(const QUrl &baseUrl, bool allowInsecureHttp);
    static bool isLoopback(const QUrl &url);
};

} // namespace Wesog
