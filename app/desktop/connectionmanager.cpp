// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/connectionmanager.h"

#include <QRandomGenerator>

#include "app/desktop/localsandbox.h"
#include "core/connection/tlssetup.h"
#include "models/collectionsession.h"

namespace Wesog {

ConnectionManager::ConnectionManager(CollectionSession *session, LocalSandbox *sandbox, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sandbox(sandbox)
    , m_keys(keys)
{
    connect(m_keys, &KeyStore::loaded, this, &ConnectionManager::keyLoaded);
    connect(m_keys, &KeyStore::stored, this,
        [this](const QString &account, KeyStore::Backend backend, const QString &error) {
            if (account != KeyStore::localSandboxAccount())
                return;
            if (!error.isEmpty())
                emit problem(error);
            m_keyBackend = backend;
            connectLocal(m_localKey);
        });
}

void ConnectionManager::apply()
{
    m_settings = ConnectionSettings::load();
    if (!m_settings.caFile.isEmpty()) {
        QString error;
        if (!addCaCertificates(m_settings.caFile, &error))
            emit problem(error);
    }
    m_keys->load(m_settings.keyAccount());
}

void ConnectionManager::setFolder(const QString &folder)
{
    m_folder = folder;
    if (m_settings.profile == ConnectionSettings::Profile::LocalSandbox && !m_localKey.isEmpty())
        connectLocal(m_localKey);
}

void ConnectionManager::keyLoaded(
    const QString &account, const QByteArray &key, KeyStore::Backend backend, const QString &error)
{
    if (account != m_settings.keyAccount())
        return; // an answer for a connection that is no longer chosen
    if (!error.isEmpty())
        emit problem(error);
    m_keyBackend = backend;
    if (m_settings.profile == ConnectionSettings::Profile::Wesog) {
        connectWesog(key);
        return;
    }
    if (!key.isEmpty()) {
        m_localKey = key;
        connectLocal(key);
        return;
    }
    // First run: one key for the Local sandbox, kept like any other key.
    m_localKey = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_keys->store(KeyStore::localSandboxAccount(), m_localKey);
}

void ConnectionManager::connectLocal(const QByteArray &key)
{
    QString error;
    if (!m_sandbox->start(key, m_settings.sandboxPort, m_folder, &error)) {
        m_description = tr("Local sandbox (not running)");
        emit problem(tr("The Local sandbox cannot start: %1").arg(error));
        m_session->setConnection({}, QString(), QString());
        emit connectionChanged();
        return;
    }
    if (m_sandbox->port() != m_settings.sandboxPort) {
        m_settings.sandboxPort = m_sandbox->port(); // remembered, so src URLs stay stable
        m_settings.save();
    }
    m_description = tr("Local sandbox (%1)").arg(m_sandbox->baseUrl());
    m_session->setConnection(
        { QUrl(m_sandbox->baseUrl()), key }, KeyStore::localSandboxAccount(), m_sandbox->baseUrl());
    emit connectionChanged();
}

void ConnectionManager::connectWesog(const QByteArray &key)
{
    m_sandbox->stop();
    const QString refusal = ApiEndpoint::refusal(m_settings.wesogUrl, m_settings.allowInsecureHttp);
    if (!refusal.isEmpty() || key.isEmpty()) {
        m_description = tr("Wesog: not connected");
        emit problem(!refusal.isEmpty()
                ? refusal
                : tr("No API key is stored for %1. Enter it in Connection settings.").arg(m_settings.wesogUrl.host()));
        m_session->setConnection({}, QString(), QString());
        emit connectionChanged();
        return;
    }
    m_description = tr("Wesog (%1)").arg(m_settings.wesogUrl.host());
    m_session->setConnection({ m_settings.wesogUrl, key }, KeyStore::accountFor(m_settings.wesogUrl), QString());
    emit connectionChanged();
}

} // namespace Wesog
