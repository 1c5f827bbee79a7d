// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connection/tlssetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace Wesog {

bool addCaCertificates(const QString &file, QString *error)
{
    QFile pem(file);
    if (!pem.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Wesog::Tls", "The CA file %1 cannot be read: %2")
                     .arg(file, pem.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.read(4 * 1024 * 1024), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QCoreApplication::translate("Wesog::Tls", "The CA file %1 holds no PEM certificate.").arg(file);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return true;
}

} // namespace Wesog
