// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/record/findreplace.h"

using namespace Wesog;

Q_DECLARE_METATYPE(Wesog::FieldValue)

class tst_FindReplace : public QObject
{
    Q_OBJECT

private slots:
    void apply_data()
    {
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("wholeWord");
        QTest::addColumn<FieldValue>("value");
        QTest::addColumn<FieldValue>("expected"); // monostate: no change
        auto s = [](const char *text) { return FieldValue { QString::fromUtf8(text) }; };
        QTest::newRow("plain, any case") << "porto"
                                         << "Lisboa" << false << false << false << s("Porto, PORTO")
                                         << s("Lisboa, Lisboa");
        QTest::newRow("match case") << "porto"
                                    << "x" << false << true << false << s("Porto") << FieldValue {};
        QTest::newRow("whole word") << "cat"
                                    << "dog" << false << false << true << s("cat catalog") << s("dog catalog");
        QTest::newRow("plain dots") << "a.b"
                                    << "c" << false << false << false << s("axb a.b") << s("axb c");
        QTest::newRow("plain backslash") << "x"
                                         << "\\1" << false << false << false << s("x") << s("\\1");
        QTest::newRow("regex groups") << "(\\d{4}):(\\d{2})"
                                      << "\\1-\\2" << true << false << false << s("2024:06") << s("2024-06");
        QTest::newRow("cyrillic any case") << "москва"
                                           << "Moscow" << false << false << false << s("МОСКВА") << s("Moscow");
        QTest::newRow("to empty") << "temp"
                                  << "" << false << false << false << s("temp") << FieldValue { std::monostate {} };
        QTest::newRow("list items") << "boat"
                                    << "ship" << false << false << true
                                    << FieldValue { QStringList { QStringLiteral("boat"), QStringLiteral("boats") } }
                                    << FieldValue { QStringList { QStringLiteral("ship"), QStringLiteral("boats") } };
        QTest::newRow("list item removed")
            << "draft"
            << "" << false << false << false
            << FieldValue { QStringList { QStringLiteral("draft"), QStringLiteral("sea") } }
            << FieldValue { QStringList { QStringLiteral("sea") } };
        QTest::newRow("flag untouched") << "true"
                                        << "false" << false << false << false << FieldValue { true } << FieldValue {};
    }

    void apply()
    {
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(bool, regex);
        QFETCH(bool, matchCase);
        QFETCH(bool, wholeWord);
        QFETCH(FieldValue, value);
        QFETCH(FieldValue, expected);
        const FindReplace findReplace({ find, replace, regex, matchCase, wholeWord });
        QVERIFY(findReplace.isValid());
        const std::optional<FieldValue> result = findReplace.apply(value);
        const bool expectChange
            = !(std::holds_alternative<std::monostate>(expected) && QTest::currentDataTag() != QByteArray("to empty"));
        QCOMPARE(result.has_value(), expectChange);
        if (result)
            QVERIFY(*result == expected);
    }

    void invalidPatterns()
    {
        QVERIFY(!FindReplace({ QString(), QStringLiteral("x") }).isValid());
        const FindReplace broken({ QStringLiteral("(unclosed"), QString(), true });
        QVERIFY(!broken.isValid());
        QVERIFY(!broken.error().isEmpty());
        QVERIFY(!broken.apply(QStringLiteral("(unclosed")).has_value());
        QVERIFY(
            FindReplace({ QStringLiteral("(unclosed"), QString(), false }).isValid()); // plain text needs no escaping
    }
};

QTEST_APPLESS_MAIN(tst_FindReplace)
#include "tst_findreplace.moc"
