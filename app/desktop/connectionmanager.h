// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "core/connection/connectionsettings.h"
#include "core/connection/keystore.h"

namespace Wesog {

class LocalSandbox;
class CollectionSession;

/// Turns the connection settings into a live endpoint for the session: starts the
/// Local sandbox (generating its key once) or loads the Wesog key from the KeyStore, and keeps
/// the sandbox serving the open folder. Thread: GUI.
class ConnectionManager final : public QObject
{
    Q_OBJECT

public:
    ConnectionManager(CollectionSession *session, LocalSandbox *sandbox, KeyStore *keys, QObject *parent = nullptr);

    /// Reads the saved settings and connects; call again after they change.
    void apply();
    /// The open folder changed: the Local sandbox serves it at /files/.
    void setFolder(const QString &folder);

    /// A short description for the status bar, e.g. "Local sandbox (127.0.0.1:8765)".
    QString description() const { return m_description; }
    /// Where the key is kept (File means: no keychain, a 0600 file).
    KeyStore::Backend keyBackend() const { return m_keyBackend; }

signals:
    void connectionChanged();
    void problem(const QString &message);

private:
    void keyLoaded(const QString &account, const QByteArray &key, KeyStore::Backend backend, const QString &error);
    void connectLocal(const QByteArray &key);
    void connectWesog(const QByteArray &key);

    CollectionSession *m_session;
    LocalSandbox *m_sandbox;
    KeyStore *m_keys;
    ConnectionSettings m_settings;
    QString m_folder;
    QByteArray m_localKey;
    QString m_description;
    KeyStore::Backend m_keyBackend = KeyStore::Backend::None;
};

} // namespace Wesog
