// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/library/normalization.h"

using namespace Wesog;

/// The rules of metadata-fields.md §4 for texts and dates, as the reader applies them to every
/// source's value.
class tst_Normalization : public QObject
{
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Lisboa") << QStringLiteral("Lisboa");
        QTest::newRow("trimmed") << QStringLiteral("  Lisboa\n") << QStringLiteral("Lisboa");
        QTest::newRow("NUL removed") << QStringLiteral("Lis%1boa").arg(QChar(0)) << QStringLiteral("Lisboa");
        QTest::newRow("CR LF") << QStringLiteral("one\r\ntwo") << QStringLiteral("one\ntwo");
        QTest::newRow("lone CR") << QStringLiteral("one\rtwo") << QStringLiteral("one\ntwo");
        QTest::newRow("composed (NFC)") << QStringLiteral("Jose\u0301") << QStringLiteral("Jos\u00e9");
    }

    void text()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(Normalize::text(raw), expected);
    }

    void date_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // null: no date
        QTest::addColumn<bool>("invalid");
        QTest::newRow("EXIF date and time") << "2024:05:01 10:20:30"
                                            << "2024-05-01" << false;
        QTest::newRow("ISO date") << "2024-05-01"
                                  << "2024-05-01" << false;
        QTest::newRow("ISO with time") << "2024-05-01T10:20:30+01:00"
                                       << "2024-05-01" << false;
        QTest::newRow("IIM, trimmed") << " 2024-05-01 "
                                      << "2024-05-01" << false;
        QTest::newRow("mixed separators") << "2024:05-01"
                                          << "2024-05-01" << false;
        QTest::newRow("mixed, with a time") << "2024-05:01 10:20"
                                            << "2024-05-01" << false;
        QTest::newRow("year and month") << "2024-05"
                                        << "2024-05" << false;
        QTest::newRow("year and EXIF month, then a time") << "2024:05T10"
                                                          << "2024-05" << false;
        QTest::newRow("year") << "2024"
                              << "2024" << false;
        QTest::newRow("year, then a time") << "2024 noon"
                                           << "2024" << false;
        QTest::newRow("EXIF unknown") << "0000:00:00 00:00:00" << QString() << false;
        QTest::newRow("empty") << "  " << QString() << false;
        QTest::newRow("month 13") << "2024-13-01" << QString() << true;
        QTest::newRow("month 0") << "2024-00" << QString() << true;
        QTest::newRow("30 February") << "2023-02-30" << QString() << true;
        QTest::newRow("29 February, leap year") << "2024-02-29"
                                                << "2024-02-29" << false;
        QTest::newRow("one-digit month") << "2024-5-01" << QString() << true;
        QTest::newRow("one-digit day") << "2024-05-1" << QString() << true;
        QTest::newRow("other separator") << "2024/05/01" << QString() << true;
        QTest::newRow("letters after the date") << "2024-05-01x" << QString() << true;
        QTest::newRow("three-digit year") << "202" << QString() << true;
        QTest::newRow("words") << "last May" << QString() << true;
        QTest::newRow("a line break in the time") << "2024-05-01 10\n20" << QString() << true;
        QTest::newRow("a tab after the date") << "2024-05-01\tnoon" << QString() << true;
    }

    void date()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QFETCH(bool, invalid);
        bool wasInvalid = !invalid;
        const std::optional<QString> date = Normalize::date(raw, &wasInvalid);
        QCOMPARE(date.value_or(QString()), expected);
        QCOMPARE(date.has_value(), !expected.isNull());
        QCOMPARE(wasInvalid, invalid);
    }
};

QTEST_GUILESS_MAIN(tst_Normalization)
#include "tst_normalization.moc"
