// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Wesog {

/// Where the GUI sends: the in-process Local sandbox (the default) or the Wesog service.
/// Kept in QSettings; the key is never here (KeyStore keeps it).
struct ConnectionSettings
{
    enum class Profile { LocalSandbox, Wesog };

    Profile profile = Profile::LocalSandbox;
    QUrl wesogUrl = QUrl(QStringLiteral("https://api.wesog.com"));
    bool allowInsecureHttp = false; ///< plain http to a non-loopback host; warned in the UI
    QString caFile; ///< extra PEM CA certificates, empty for none
    quint16 sandboxPort = 0; ///< chosen once and remembered; 0 until then

    static ConnectionSettings load();
    void save() const;
    /// The KeyStore account of the profile's key.
    QString keyAccount() const;
};

} // namespace Wesog
