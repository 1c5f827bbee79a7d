// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connection/connectionsettings.h"

#include <QSettings>

#include "core/connection/keystore.h"

namespace Wesog {

ConnectionSettings ConnectionSettings::load()
{
    const QSettings settings;
    ConnectionSettings result;
    result.profile = settings.value(QStringLiteral("connection/profile")).toString() == QLatin1String("wesog")
        ? Profile::Wesog
        : Profile::LocalSandbox;
    const QUrl url(settings.value(QStringLiteral("connection/wesogUrl")).toString());
    if (url.isValid() && !url.isEmpty())
        result.wesogUrl = url;
    result.allowInsecureHttp = settings.value(QStringLiteral("connection/allowInsecureHttp"), false).toBool();
    result.caFile = settings.value(QStringLiteral("connection/caFile")).toString();
    result.sandboxPort = quint16(settings.value(QStringLiteral("connection/sandboxPort"), 0).toUInt());
    return result;
}

void ConnectionSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("connection/profile"),
        profile == Profile::Wesog ? QStringLiteral("wesog") : QStringLiteral("local-sandbox"));
    settings.setValue(QStringLiteral("connection/wesogUrl"), wesogUrl.toString());
    settings.setValue(QStringLiteral("connection/allowInsecureHttp"), allowInsecureHttp);
    settings.setValue(QStringLiteral("connection/caFile"), caFile);
    settings.setValue(QStringLiteral("connection/sandboxPort"), sandboxPort);
}

QString ConnectionSettings::keyAccount() const
{
    return profile == Profile::Wesog ? KeyStore::accountFor(wesogUrl) : KeyStore::localSandboxAccount();
}

} // namespace Wesog
