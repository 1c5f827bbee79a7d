// SPDX-License-Identifier: GPL-3.0-or-later
#include <QStringDecoder>
#include <QTest>

#include "core/library/codepage.h"

using namespace Wesog;

class tst_Codepage : public QObject
{
    Q_OBJECT

private slots:
    void builtInTablesMatchIcu_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("1251") << Codepage::windows1251();
        QTest::newRow("1252") << Codepage::windows1252();
    }

    void builtInTablesMatchIcu()
    {
        QFETCH(QString, page);
        QStringDecoder icu(page.toLatin1().constData());
        if (!icu.isValid())
            QSKIP("this Qt has no ICU codec to compare with");
        for (int byte = 0x20; byte < 0x100; ++byte) {
            const QByteArray one(1, char(byte));
            QStringDecoder decoder(page.toLatin1().constData());
            const QString expected = decoder.decode(one);
            const bool unassigned = expected.isEmpty() || expected.at(0) == QChar::ReplacementCharacter
                || (expected.at(0).unicode() >= 0x80 && expected.at(0).unicode() < 0xA0);
            if (unassigned) { // ICU maps unassigned bytes to C1 controls; we show U+FFFD
                QCOMPARE(Codepage::decode(one, page), QString(QChar::ReplacementCharacter));
                continue;
            }
            QCOMPARE(Codepage::decode(one, page), expected);
        }
    }

    void utf8Validity()
    {
        QVERIFY(Codepage::isValidUtf8("plain ascii"));
        QVERIFY(Codepage::isValidUtf8(QStringLiteral("Москва").toUtf8()));
        QVERIFY(!Codepage::isValidUtf8("caf\xe9"));
        QVERIFY(!Codepage::isValidUtf8(QStringLiteral("Москва").toUtf8().chopped(1)));
        // What RFC 3629 forbids: an overlong form, an encoded surrogate, a code point past U+10FFFF.
        QVERIFY(!Codepage::isValidUtf8("\xC0\x80"));
        QVERIFY(!Codepage::isValidUtf8("\xED\xA0\x80"));
        QVERIFY(!Codepage::isValidUtf8("\xF4\x90\x80\x80"));
        QVERIFY(Codepage::isValidUtf8("\xF0\x9F\x98\x80")); // U+1F600, four bytes
    }

    void misdecodingHeuristics_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("suspect");
        QTest::newRow("latin") << QStringLiteral("Niños en la plaza") << false;
        QTest::newRow("cyrillic") << QStringLiteral("Санкт-Петербург") << false;
        QTest::newRow("both, separate words") << QStringLiteral("Moscow Москва") << false;
        QTest::newRow("mixed word") << QStringLiteral("Josй Nъсez") << true;
        QTest::newRow("1251 as 1252") << QStringLiteral("Áîëåëüùèêè") << true;
        QTest::newRow("double utf8") << QStringLiteral("cafÃ© crÃ¨me") << true;
        QTest::newRow("empty") << QString() << false;
    }

    void misdecodingHeuristics()
    {
        QFETCH(QString, text);
        QFETCH(bool, suspect);
        QCOMPARE(Codepage::looksMisdecoded(text), suspect);
    }

    void misdecodingOfSeveralTexts()
    {
        // Read as one, each text a word of its own: no word spans two texts…
        QVERIFY(Codepage::looksMisdecoded(QStringLiteral("Josй")));
        QVERIFY(!Codepage::looksMisdecoded(QStringList { QStringLiteral("Jos"), QStringLiteral("й") }));
        // …and the letters of all of them are counted together.
        QVERIFY(Codepage::looksMisdecoded(QStringLiteral("Áîë")));
        QVERIFY(!Codepage::looksMisdecoded(QStringList { QStringLiteral("Áîë"), QStringLiteral("Lisboa") }));
        QVERIFY(Codepage::looksMisdecoded(QStringList { QStringLiteral("Lisboa"), QStringLiteral("cafÃ©") }));
    }
};

QTEST_APPLESS_MAIN(tst_Codepage)
#include "tst_codepage.moc"
