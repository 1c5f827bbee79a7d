// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "core/library/pathtemplate.h"

using namespace Wesog;

class tst_PathTemplate : public QObject
{
    Q_OBJECT

private slots:
    void expand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("basename") << "{basename}"
                                  << "IMG 0012";
        QTest::newRow("filename") << "{filename}"
                                  << "IMG 0012.JPG";
        QTest::newRow("ext") << "{ext}"
                             << "JPG";
        QTest::newRow("folder") << "{folder}"
                                << "06";
        QTest::newRow("relpath") << "{relpath}"
                                 << "2024/06/IMG 0012.JPG";
        QTest::newRow("sha1") << "{sha1}"
                              << "abc123";
        QTest::newRow("mixed") << "agency-{folder}-{basename}"
                               << "agency-06-IMG 0012";
        QTest::newRow("url encodes per segment") << "https://cdn.example.com/{relpath}"
                                                 << "https://cdn.example.com/2024/06/IMG%200012.JPG";
        QTest::newRow("url basename") << "http://h/{basename}.jpg?x"
                                      << "http://h/IMG%200012.jpg?x";
        QTest::newRow("sandbox kept") << "{sandbox}/files/{relpath}"
                                      << "{sandbox}/files/2024/06/IMG%200012.JPG";
        QTest::newRow("no variables") << "fixed"
                                      << "fixed";
    }

    void expand()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const TemplateFile file { QStringLiteral("/photos/2024/06/IMG 0012.JPG"),
            QStringLiteral("2024/06/IMG 0012.JPG"), QStringLiteral("abc123") };
        QCOMPARE(PathTemplate::expand(text, file), expected);
    }

    void unknownVariablesAreReported()
    {
        QCOMPARE(PathTemplate::unknownVariables(QStringLiteral("{basename}-{date}-{Folder}")),
            (QStringList { QStringLiteral("{date}"), QStringLiteral("{Folder}") }));
        QVERIFY(PathTemplate::unknownVariables(QStringLiteral("{sandbox}/files/{relpath}")).isEmpty());
        QVERIFY(PathTemplate::usesSha1(QStringLiteral("x/{sha1}")));
        QVERIFY(!PathTemplate::usesSha1(QStringLiteral("x/{basename}")));
    }

    void sandboxIsResolvedWhenSending()
    {
        QCOMPARE(PathTemplate::resolveSandbox(
                     QStringLiteral("{sandbox}/files/a.jpg"), QStringLiteral("http://127.0.0.1:8765/")),
            QStringLiteral("http://127.0.0.1:8765/files/a.jpg"));
    }

    void sha1OfAFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("a.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("abc");
        file.close();
        QCOMPARE(PathTemplate::sha1Of(file.fileName()), QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"));
        QCOMPARE(PathTemplate::sha1Of(dir.filePath(QStringLiteral("missing"))), QString());
    }
};

QTEST_APPLESS_MAIN(tst_PathTemplate)
#include "tst_pathtemplate.moc"
