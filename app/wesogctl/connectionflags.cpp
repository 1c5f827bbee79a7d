// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wesogctl/connectionflags.h"

#include "app/wesogctl/cli.h"
#include "core/connection/apppaths.h"
#include "core/connection/keystore.h"
#include "core/connection/tlssetup.h"

namespace Wesog::Cli {

ConnectionFlags::ConnectionFlags()
    : m_url(QStringLiteral("url"), tr("The server (default: $WESOG_URL, else https://api.wesog.com)."),
        QStringLiteral("url"))
    , m_keyFile(QStringLiteral("key-file"),
          tr("File holding the API key, readable only by you (default: $WESOG_API_KEY, else the stored key)."),
          QStringLiteral("file"))
    , m_caFile(QStringLiteral("ca-file"), tr("Extra CA certificates (PEM) to trust."), QStringLiteral("file"))
    , m_allowInsecure(QStringLiteral("allow-insecure-http"), tr("Allow plain http to a host other than this machine."))
    , m_attempts(QStringLiteral("attempts"), tr("Tries per request before giving up, 1 to 20 (default 8)."),
          QStringLiteral("n"))
{
}

void ConnectionFlags::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_url, m_keyFile, m_caFile, m_allowInsecure, m_attempts });
}

bool ConnectionFlags::read(const QCommandLineParser &parser, QUrl *baseUrl, RetryPolicy *policy) const
{
    if (parser.isSet(m_attempts)) {
        bool ok = false;
        policy->maxAttempts = parser.value(m_attempts).toInt(&ok);
        if (!ok || policy->maxAttempts < 1 || policy->maxAttempts > 20) {
            printError(tr("--attempts must be a whole number from 1 to 20"));
            return false;
        }
    }
    QString url = parser.value(m_url);
    if (url.isEmpty())
        url = qEnvironmentVariable("WESOG_URL");
    if (url.isEmpty())
        url = QStringLiteral("https://api.wesog.com");
    *baseUrl = QUrl(url, QUrl::StrictMode);
    const QString refusal = ApiEndpoint::refusal(*baseUrl, parser.isSet(m_allowInsecure));
    if (!refusal.isEmpty()) {
        printError(refusal);
        return false;
    }
    if (parser.isSet(m_caFile)) {
        QString error;
        if (!addCaCertificates(parser.value(m_caFile), &error)) {
            printError(error);
            return false;
        }
    }
    return true;
}

void ConnectionFlags::findKey(
    const QCommandLineParser &parser, const QUrl &baseUrl, const std::function<void(QByteArray)> &done) const
{
    if (parser.isSet(m_keyFile)) {
        QByteArray key;
        QString error;
        if (!readPrivateKeyFile(parser.value(m_keyFile), &key, &error))
            printError(error);
        done(key);
        return;
    }
    const QByteArray fromEnvironment = qgetenv("WESOG_API_KEY").trimmed();
    if (!fromEnvironment.isEmpty()) {
        done(fromEnvironment);
        return;
    }
    auto *store = new KeyStore(AppPaths::keyFileDirectory());
    QObject::connect(store, &KeyStore::loaded, store,
        [store, done](const QString &, const QByteArray &key, KeyStore::Backend, const QString &error) {
            store->deleteLater();
            if (key.isEmpty())
                printError(error.isEmpty() ? tr("no API key: use --key-file, WESOG_API_KEY, or store one in Wesog Desk")
                                           : error);
            done(key);
        });
    store->load(KeyStore::accountFor(baseUrl));
}

} // namespace Wesog::Cli
