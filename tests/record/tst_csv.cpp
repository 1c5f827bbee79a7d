// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/record/csv.h"

using namespace Wesog;

class tst_Csv : public QObject
{
    Q_OBJECT

private slots:
    void writesRfc4180WithBomAndCrlf()
    {
        const QByteArray csv = Csv::serialize({ { QStringLiteral("file"), QStringLiteral("title") },
            { QStringLiteral("a.jpg"), QStringLiteral("Harbour, dawn") },
            { QStringLiteral("b.jpg"), QStringLiteral("say \"hi\"\nnext line") } });
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(
            csv.mid(3), QByteArray("file,title\r\na.jpg,\"Harbour, dawn\"\r\nb.jpg,\"say \"\"hi\"\"\nnext line\"\r\n"));
    }

    void readsBackWhatItWrites()
    {
        const QList<QStringList> rows { { QStringLiteral("file"), QStringLiteral("keywords"),
                                            QStringLiteral("caption") },
            { QStringLiteral("папка/снимок.jpg"), QStringLiteral("a; b"), QStringLiteral("Line 1\r\nLine \"2\", end") },
            { QStringLiteral("c.jpg"), QString(), QStringLiteral(" spaced ") } };
        QCOMPARE(Csv::parse(Csv::serialize(rows)), rows);
    }

    void aCellStartingWithAByteOrderMarkKeepsIt()
    {
        // Regression (fuzz_csv): the file's BOM is the only one dropped.
        const QList<QStringList> rows { { QStringLiteral("\uFEFF\uFEFF") } };
        QCOMPARE(Csv::parse(Csv::serialize(rows)), rows);
        const QByteArray threeMarks("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF");
        QCOMPARE(Csv::parse(threeMarks), rows);
        QCOMPARE(Csv::parse(Csv::serialize(Csv::parse(threeMarks))), rows);
    }

    void readsSpreadsheetVariants()
    {
        // No BOM, LF line ends, no final newline, an empty last cell.
        QCOMPARE(Csv::parse("file,title\na.jpg,"),
            (QList<QStringList> {
                { QStringLiteral("file"), QStringLiteral("title") }, { QStringLiteral("a.jpg"), QString() } }));
        QVERIFY(Csv::parse(QByteArray()).isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_Csv)
#include "tst_csv.moc"
