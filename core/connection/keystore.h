// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

namespace Wesog {

/// Reads a key file: trimmed, and refused (with the reason) if group or others may read it or it
/// cannot be read. Used for the fallback store and for `wesogctl --key-file`.
bool readPrivateKeyFile(const QString &path, QByteArray *key, QString *error);

/// Keeps API keys in the system keychain (QtKeychain); where there is none, in a file per
/// account readable only by the user (mode 0600), and says so. Keys never go to QSettings or
/// logs. Asynchronous: results come as signals, never from a nested event loop.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend { None, Keychain, File };
    Q_ENUM(Backend)

    explicit KeyStore(QString fallbackDirectory, QObject *parent = nullptr);

    /// Tests and machines without a session bus: skip the keychain, use the file only.
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    QString fallbackFile(const QString &account) const;
    /// The account a server's key is kept under: scheme, host and port of its URL.
    static QString accountFor(const QUrl &baseUrl);
    /// The account of the Local sandbox's generated key.
    static QString localSandboxAccount() { return QStringLiteral("local-sandbox"); }

    void store(const QString &account, const QByteArray &key);
    /// `loaded` carries an empty key and Backend::None when no key is stored.
    void load(const QString &account);
    void remove(const QString &account);

signals:
    void stored(const QString &account, Wesog::KeyStore::Backend backend, const QString &error);
    void loaded(const QString &account, const QByteArray &key, Wesog::KeyStore::Backend backend, const QString &error);
    void removed(const QString &account);

private:
    void storeInFile(const QString &account, const QByteArray &key);
    void loadFromFile(const QString &account);

    QString m_fallbackDirectory;
    bool m_keychainEnabled = true;
};

} // namespace Wesog
