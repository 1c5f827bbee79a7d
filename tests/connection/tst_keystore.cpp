// SPDX-License-Identifier: GPL-3.0-or-later
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/connection/keystore.h"

using namespace Wesog;

namespace {

int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

QString account()
{
    return QStringLiteral("http://127.0.0.1:8765");
}

/// Set by tst_keystore_keychain, whose wrapper starts the Secret Service.
bool secretServiceExpected()
{
    return qEnvironmentVariableIntValue("WESOG_TEST_SECRET_SERVICE") == 1;
}

/// The key as the Secret Service holds it, asked without QtKeychain (secret-tool, libsecret-tools).
QByteArray secretToolLookup()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Wesog Desk"), QStringLiteral("user"),
            account() });
    if (!tool.waitForFinished(20000))
        return "(secret-tool did not finish)";
    // QtKeychain keeps binary data base64-encoded (attribute type=base64).
    return QByteArray::fromBase64(tool.readAllStandardOutput().trimmed());
}

} // namespace

class tst_KeyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<KeyStore::Backend>(); }

    void fallbackFileIsOwnerOnlyAndReadsBack()
    {
        QTemporaryDir dir;
        KeyStore store(dir.filePath(QStringLiteral("config")));
        store.setKeychainEnabled(false);
        QSignalSpy stored(&store, &KeyStore::stored);
        store.store(QStringLiteral("https://api.wesog.com"), "s3cret-key");
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().at(1).value<KeyStore::Backend>(), KeyStore::Backend::File);
        const QString path = store.fallbackFile(QStringLiteral("https://api.wesog.com"));
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(!path.contains(QStringLiteral("wesog.com"))); // the account never forms the path

        QSignalSpy loaded(&store, &KeyStore::loaded);
        store.load(QStringLiteral("https://api.wesog.com"));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(1).toByteArray(), QByteArray("s3cret-key"));

        store.load(QStringLiteral("other"));
        QCOMPARE(loaded.at(1).at(1).toByteArray(), QByteArray());
        QCOMPARE(loaded.at(1).at(2).value<KeyStore::Backend>(), KeyStore::Backend::None);
        QVERIFY(loaded.at(1).at(3).toString().isEmpty());
    }

    void aKeyFileOthersCanReadIsRefused()
    {
        QTemporaryDir dir;
        KeyStore store(dir.path());
        store.setKeychainEnabled(false);
        store.store(QStringLiteral("a"), "k");
        QFile::setPermissions(store.fallbackFile(QStringLiteral("a")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QSignalSpy loaded(&store, &KeyStore::loaded);
        store.load(QStringLiteral("a"));
        QCOMPARE(loaded.first().at(1).toByteArray(), QByteArray());
        QVERIFY(loaded.first().at(3).toString().contains(QStringLiteral("chmod 600")));
    }

    void storingAgainReplacesAWiderFile()
    {
        QTemporaryDir dir;
        KeyStore store(dir.path());
        store.setKeychainEnabled(false);
        store.store(QStringLiteral("a"), "old");
        const QString path = store.fallbackFile(QStringLiteral("a"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        store.store(QStringLiteral("a"), "new");
        QCOMPARE(modeOf(path), 0600);
        QByteArray key;
        QString error;
        QVERIFY(readPrivateKeyFile(path, &key, &error));
        QCOMPARE(key, QByteArray("new"));
    }

    void keyFilesAreTrimmedAndChecked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        file.write("  abc\n");
        file.close();
        QByteArray key;
        QString error;
        QVERIFY(readPrivateKeyFile(path, &key, &error));
        QCOMPARE(key, QByteArray("abc"));
        QVERIFY(!readPrivateKeyFile(dir.filePath(QStringLiteral("missing")), &key, &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        QVERIFY(!readPrivateKeyFile(path, &key, &error));
        QVERIFY(!error.contains(QStringLiteral("abc"))); // the key is never in a message
    }

    void withoutASecretServiceTheFileStandsIn()
    {
        // ctest runs this with DBUS_SESSION_BUS_ADDRESS pointing nowhere, as on a machine
        // without a desktop session; tst_keystore_keychain runs it beside a real Secret Service.
        if (secretServiceExpected())
            QSKIP("a Secret Service answers in this run");
        QTemporaryDir dir;
        KeyStore store(dir.path());
        QSignalSpy stored(&store, &KeyStore::stored);
        store.store(account(), "k-123");
        QVERIFY(stored.wait(20000));
        QCOMPARE(stored.first().at(1).value<KeyStore::Backend>(), KeyStore::Backend::File);
        QCOMPARE(modeOf(store.fallbackFile(account())), 0600);
        QSignalSpy loaded(&store, &KeyStore::loaded);
        store.load(account());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().at(1).toByteArray(), QByteArray("k-123"));
        QCOMPARE(loaded.first().at(2).value<KeyStore::Backend>(), KeyStore::Backend::File);
        QSignalSpy removed(&store, &KeyStore::removed);
        store.remove(account());
        QVERIFY(removed.wait(20000));
        QVERIFY(!QFileInfo::exists(store.fallbackFile(account())));
    }

    void theSystemKeychainKeepsTheKey()
    {
        // Run by tst_keystore_keychain inside its own session bus with an unlocked
        // gnome-keyring-daemon: store, read back, replace, delete, all through QtKeychain.
        if (!secretServiceExpected())
            QSKIP("no Secret Service in this run (tst_keystore_keychain provides one)");
        QTemporaryDir dir;
        KeyStore store(dir.path());
        QSignalSpy stored(&store, &KeyStore::stored);
        QSignalSpy loaded(&store, &KeyStore::loaded);
        QSignalSpy removed(&store, &KeyStore::removed);
        // A copy left in the file by an earlier fallback must not outlive a keychain store.
        KeyStore fileOnly(dir.path());
        fileOnly.setKeychainEnabled(false);
        fileOnly.store(account(), "old-file-key");
        QVERIFY(QFileInfo::exists(store.fallbackFile(account())));

        store.store(account(), "first-key");
        QVERIFY(stored.wait(20000));
        QCOMPARE(stored.last().at(1).value<KeyStore::Backend>(), KeyStore::Backend::Keychain);
        QVERIFY(!QFileInfo::exists(store.fallbackFile(account())));
        QCOMPARE(secretToolLookup(), QByteArray("first-key")); // really in the Secret Service
        store.load(account());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.last().at(1).toByteArray(), QByteArray("first-key"));
        QCOMPARE(loaded.last().at(2).value<KeyStore::Backend>(), KeyStore::Backend::Keychain);

        store.store(account(), "second-key");
        QVERIFY(stored.wait(20000));
        QCOMPARE(stored.last().at(1).value<KeyStore::Backend>(), KeyStore::Backend::Keychain);
        store.load(account());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.last().at(1).toByteArray(), QByteArray("second-key"));
        QVERIFY(dir.isValid() && QDir(dir.path()).isEmpty()); // nothing written beside the keychain

        store.remove(account());
        QVERIFY(removed.wait(20000));
        QCOMPARE(secretToolLookup(), QByteArray());
        store.load(account());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.last().at(1).toByteArray(), QByteArray());
        QCOMPARE(loaded.last().at(2).value<KeyStore::Backend>(), KeyStore::Backend::None);
    }
};

QTEST_GUILESS_MAIN(tst_KeyStore)
#include "tst_keystore.moc"
