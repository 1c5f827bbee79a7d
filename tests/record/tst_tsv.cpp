// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/record/tsv.h"

using namespace Wesog;

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

class tst_Tsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rows>("rows");
        auto cells = [](std::initializer_list<const char *> items) {
            QStringList list;
            for (const char *item : items)
                list << QString::fromUtf8(item);
            return list;
        };
        QTest::newRow("one cell") << QStringLiteral("Porto") << Rows { cells({ "Porto" }) };
        QTest::newRow("trailing newline") << QStringLiteral("Porto\n") << Rows { cells({ "Porto" }) };
        QTest::newRow("block") << QStringLiteral("a\tb\nc\td\n") << Rows { cells({ "a", "b" }), cells({ "c", "d" }) };
        QTest::newRow("crlf") << QStringLiteral("a\tb\r\nc\td\r\n")
                              << Rows { cells({ "a", "b" }), cells({ "c", "d" }) };
        QTest::newRow("empty cells") << QStringLiteral("\tx\t\n") << Rows { cells({ "", "x", "" }) };
        QTest::newRow("quoted newline and tab")
            << QStringLiteral("\"line 1\nline\t2\"\tz\n") << Rows { cells({ "line 1\nline\t2", "z" }) };
        QTest::newRow("doubled quotes") << QStringLiteral("\"say \"\"hi\"\"\"\n") << Rows { cells({ "say \"hi\"" }) };
        QTest::newRow("quote inside is literal") << QStringLiteral("5\" disk\n") << Rows { cells({ "5\" disk" }) };
        QTest::newRow("unicode") << QStringLiteral("Закат\tSão João\n") << Rows { cells({ "Закат", "São João" }) };
        QTest::newRow("empty") << QString() << Rows {};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Rows, rows);
        QCOMPARE(Tsv::parse(text), rows);
    }

    void roundTrip()
    {
        const Rows rows { { QStringLiteral("a\tb"), QStringLiteral("multi\nline") },
            { QStringLiteral("\"quoted\""), QString() } };
        QCOMPARE(Tsv::parse(Tsv::serialize(rows)), rows);
        QCOMPARE(Tsv::serialize({ { QStringLiteral("x"), QStringLiteral("y") } }), QStringLiteral("x\ty\n"));
    }
};

QTEST_APPLESS_MAIN(tst_Tsv)
#include "tst_tsv.moc"
