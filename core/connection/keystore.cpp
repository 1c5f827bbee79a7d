// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connection/keystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <qt6keychain/keychain.h>

namespace Wesog {

namespace {

const QString s_service = QStringLiteral("Wesog Desk");
constexpr QFileDevice::Permissions s_othersMayRead
    = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;

/// The keychain failed in a way a file can stand in for (no service, no unlocked collection).
bool keychainUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
        || error == QKeychain::NotImplemented;
}

} // namespace

bool readPrivateKeyFile(const QString &path, QByteArray *key, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = KeyStore::tr("The key file %1 does not exist.").arg(path);
        return false;
    }
    if (info.permissions() & s_othersMayRead) {
        *error
            = KeyStore::tr("The key file %1 may be read by other users; allow only its owner (chmod 600).").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = KeyStore::tr("The key file %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    *key = file.read(64 * 1024).trimmed();
    if (key->isEmpty()) {
        *error = KeyStore::tr("The key file %1 is empty.").arg(path);
        return false;
    }
    return true;
}

KeyStore::KeyStore(QString fallbackDirectory, QObject *parent)
    : QObject(parent)
    , m_fallbackDirectory(std::move(fallbackDirectory))
{
}

QString KeyStore::fallbackFile(const QString &account) const
{
    // Hashed, so an account name (a URL) cannot form a path.
    const QByteArray name = QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(m_fallbackDirectory).filePath(QStringLiteral("api-key-") + QString::fromLatin1(name));
}

QString KeyStore::accountFor(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

void KeyStore::store(const QString &account, const QByteArray &key)
{
    if (!m_keychainEnabled) {
        storeInFile(account, key);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(s_service, this);
    job->setKey(account);
    job->setBinaryData(key);
    connect(job, &QKeychain::Job::finished, this, [this, account, key](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            QFile::remove(fallbackFile(account)); // an older copy must not outlive the new key
            emit stored(account, Backend::Keychain, QString());
        } else if (keychainUnavailable(done->error())) {
            storeInFile(account, key);
        } else {
            emit stored(account, Backend::None, done->errorString());
        }
    });
    job->start();
}

void KeyStore::storeInFile(const QString &account, const QByteArray &key)
{
    const QString path = fallbackFile(account);
    QDir().mkpath(m_fallbackDirectory);
    QFile::remove(path); // open() applies the mode only to a new file
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(key) != key.size() || !file.flush()) {
        emit stored(account, Backend::None, tr("The key cannot be saved in %1: %2").arg(path, file.errorString()));
        return;
    }
    emit stored(account, Backend::File, QString());
}

void KeyStore::load(const QString &account)
{
    if (!m_keychainEnabled) {
        loadFromFile(account);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(s_service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job *done) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (done->error() == QKeychain::NoError && !read->binaryData().isEmpty())
            emit loaded(account, read->binaryData(), Backend::Keychain, QString());
        else if (done->error() == QKeychain::EntryNotFound || keychainUnavailable(done->error()))
            loadFromFile(account);
        else
            emit loaded(account, QByteArray(), Backend::None, done->errorString());
    });
    job->start();
}

void KeyStore::loadFromFile(const QString &account)
{
    const QString path = fallbackFile(account);
    if (!QFileInfo::exists(path)) {
        emit loaded(account, QByteArray(), Backend::None, QString());
        return;
    }
    QByteArray key;
    QString error;
    if (!readPrivateKeyFile(path, &key, &error))
        emit loaded(account, QByteArray(), Backend::None, error);
    else
        emit loaded(account, key, Backend::File, QString());
}

void KeyStore::remove(const QString &account)
{
    QFile::remove(fallbackFile(account));
    if (!m_keychainEnabled) {
        emit removed(account);
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(s_service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account] { emit removed(account); });
    job->start();
}

} // namespace Wesog

#include "moc_keystore.cpp"
