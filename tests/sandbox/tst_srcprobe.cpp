// SPDX-License-Identifier: GPL-3.0-or-later
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "sandbox/srcprobe.h"

using namespace Wesog::Sandbox;

class tst_SrcProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

    static QByteArray encoded(int width, int height, const char *format)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::red);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format);
        return buffer.data();
    }

private slots:
    void initTestCase()
    {
        m_root = m_dir.filePath(QStringLiteral("root"));
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/sub")));
        QFile file(m_root + QStringLiteral("/sub/a.jpg"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encoded(3, 2, "JPEG"));
        file.close();
        QFile outside(m_dir.filePath(QStringLiteral("secret.jpg")));
        QVERIFY(outside.open(QIODevice::WriteOnly));
        outside.close();
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("secret.jpg")), m_root + QStringLiteral("/out.jpg")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/sub/a.jpg"), m_root + QStringLiteral("/in.jpg")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/loop1"), m_root + QStringLiteral("/loop2")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/loop2"), m_root + QStringLiteral("/loop1")));
    }

    void probeReadsFormatAndSize_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("width");
        const QByteArray jpeg = encoded(64, 48, "JPEG");
        QTest::newRow("jpeg") << jpeg << true << 64;
        QTest::newRow("png") << encoded(80, 20, "PNG") << true << 80;
        QTest::newRow("webp") << encoded(10, 12, "WEBP") << true << 10;
        QTest::newRow("text") << QByteArray("not an image\n") << false << 0;
        QTest::newRow("empty") << QByteArray() << false << 0;
        QTest::newRow("jpeg header only") << jpeg.left(30) << false << 0;
        QTest::newRow("html") << QByteArray("<html><body>404</body></html>") << false << 0;
    }

    void probeReadsFormatAndSize()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(int, width);
        const ImageProbe probe = SrcProbe::probe(bytes);
        QCOMPARE(probe.ok, ok);
        QCOMPARE(probe.width, qint64(width));
        QCOMPARE(probe.error.isEmpty(), ok);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("found");
        QTest::newRow("plain") << "sub/a.jpg" << true;
        QTest::newRow("symlink inside") << "in.jpg" << true;
        QTest::newRow("symlink outside") << "out.jpg" << false;
        QTest::newRow("dot dot") << "sub/../../secret.jpg" << false;
        QTest::newRow("dot dot inside") << "sub/../sub/a.jpg" << false; // refused outright, not normalised
        QTest::newRow("absolute") << "/etc/hostname" << false;
        QTest::newRow("backslash") << "sub\\a.jpg" << false;
        QTest::newRow("folder") << "sub" << false;
        QTest::newRow("missing") << "nope.jpg" << false;
        QTest::newRow("loop") << "loop1" << false;
        QTest::newRow("empty") << "" << false;
    }

    void resolve()
    {
        QFETCH(QString, relative);
        QFETCH(bool, found);
        QString reason;
        const auto path = SrcProbe::resolveFilesPath(m_root, relative, &reason);
        QCOMPARE(path.has_value(), found);
        QCOMPARE(reason.isEmpty(), found);
    }

    void noRootServesNothing()
    {
        QString reason;
        QVERIFY(!SrcProbe::resolveFilesPath(QString(), QStringLiteral("sub/a.jpg"), &reason));
        QVERIFY(!reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SrcProbe)
#include "tst_srcprobe.moc"
