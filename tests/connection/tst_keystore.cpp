// SPDX-License-Identifier: GPL-3.0-or-later
#include <sys/stat.h>

#include <QFile>
#include <QFileInfo>
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

    void withoutAKeychainServiceTheFileStandsIn()
    {
        // CI has no unlocked keychain; a desktop may. Either way the key must come back.
        QTemporaryDir dir;
        KeyStore store(dir.path());
        QSignalSpy stored(&store, &KeyStore::stored);
        store.store(QStringLiteral("wesog-desk-test-account"), "k-123");
        QVERIFY(stored.wait(20000));
        const auto backend = stored.first().at(1).value<KeyStore::Backend>();
        QVERIFY2(backend != KeyStore::Backend::None, qPrintable(stored.first().at(2).toString()));
        QSignalSpy loaded(&store, &KeyStore::loaded);
        store.load(QStringLiteral("wesog-desk-test-account"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().at(1).toByteArray(), QByteArray("k-123"));
        QCOMPARE(loaded.first().at(2).value<KeyStore::Backend>(), backend);
        QSignalSpy removed(&store, &KeyStore::removed);
        store.remove(QStringLiteral("wesog-desk-test-account"));
        QVERIFY(removed.wait(20000));
    }
};

QTEST_GUILESS_MAIN(tst_KeyStore)
#include "tst_keystore.moc"
