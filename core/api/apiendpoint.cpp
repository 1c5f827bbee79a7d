// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apiendpoint.h"

#include <QHostAddress>

namespace Wesog {

QUrl ApiEndpoint::url(const QString &path, const QUrlQuery &query) const
{
    QUrl result = baseUrl;
    QString basePath = result.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    result.setPath(basePath + path);
    result.setQuery(query);
    return result;
}

bool ApiEndpoint::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ApiEndpoint::refusal(const QUrl &baseUrl, bool allowInsecureHttp)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The server address is not a valid URL: %1").arg(baseUrl.toString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme != QLatin1String("http"))
        return tr("Only http and https server addresses are supported: %1").arg(baseUrl.toString());
    if (isLoopback(baseUrl) || allowInsecureHttp)
        return QString();
    return tr("Plain http to %1 would send the API key unencrypted. Use https, or allow insecure http in the "
              "connection settings.")
        .arg(baseUrl.host());
}

} // namespace Wesog
