// SPDX-License-Identifier: GPL-3.0-or-later
// CountryNames against Debian's iso-codes (its JSON and the .mo translations).
#include <QTest>

#include "core/caption/countrynames.h"

using namespace Wesog;

class tst_CountryNames : public QObject
{
    Q_OBJECT

private slots:
    void namesInEveryLanguage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("en") << QStringLiteral("Germany") << QStringLiteral("DE");
        QTest::newRow("en official") << QStringLiteral("Federal Republic of Germany") << QStringLiteral("DE");
        QTest::newRow("case and spaces") << QStringLiteral("  united   KINGDOM ") << QStringLiteral("GB");
        QTest::newRow("es") << QStringLiteral("Alemania") << QStringLiteral("DE");
        QTest::newRow("pt") << QStringLiteral("Alemanha") << QStringLiteral("DE");
        QTest::newRow("fr") << QStringLiteral("Allemagne") << QStringLiteral("DE");
        QTest::newRow("ru") << QStringLiteral("Германия") << QStringLiteral("DE");
        QTest::newRow("alpha-3") << QStringLiteral("BRA") << QStringLiteral("BR");
        // Names the press writes that iso-codes lacks (its name is "Russian Federation", "Türkiye").
        QTest::newRow("press ru") << QStringLiteral("Россия") << QStringLiteral("RU");
        QTest::newRow("press en") << QStringLiteral("russia") << QStringLiteral("RU");
        QTest::newRow("press es") << QStringLiteral("Turquía") << QStringLiteral("TR");
        QTest::newRow("press en UK") << QStringLiteral("UK") << QStringLiteral("GB");
        // Two countries' official names translate alike in iso-codes' Portuguese (Afghanistan's
        // first, then Pakistan's): as written and folded, the name gives the one code kept.
        QTest::newRow("pt shared official name")
            << QStringLiteral("República Islâmica do Paquistão") << QStringLiteral("PK");
        QTest::newRow("pt shared official name, folded")
            << QStringLiteral("  república islâmica do paquistão ") << QStringLiteral("PK");
    }

    void namesInEveryLanguage()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const std::shared_ptr<const CountryNames> names = CountryNames::shared();
        QVERIFY(!names->isEmpty());
        QCOMPARE(names->codeOf(name), code);
    }

    // Names as written are found without folding: the same code as the folded look-up gives for
    // the name respaced and in folded case, for every name of every language.
    void everyNameAsWrittenAndFoldedGivesOneCode()
    {
        const std::shared_ptr<const CountryNames> names = CountryNames::shared();
        int checked = 0;
        for (const char *language : { "en", "es", "pt-BR", "pt-PT", "fr", "ru" }) {
            for (const QString &name : names->names(QLatin1String(language))) {
                const QString code = names->codeOf(name);
                QVERIFY2(code.size() == 2, qPrintable(name));
                QCOMPARE(names->codeOf(QLatin1Char(' ') + name.toCaseFolded() + QLatin1Char(' ')), code);
                ++checked;
            }
        }
        QVERIFY(checked > 6 * 200);
    }

    void unknown()
    {
        const std::shared_ptr<const CountryNames> names = CountryNames::shared();
        QVERIFY(!names->isKnown(QStringLiteral("Atlantis")));
        QVERIFY(!names->isKnown(QString()));
    }

    void completionList()
    {
        const std::shared_ptr<const CountryNames> names = CountryNames::shared();
        QVERIFY(names->names(QStringLiteral("ru")).contains(QStringLiteral("Германия")));
        QVERIFY(names->names(QStringLiteral("pt-BR")).contains(QStringLiteral("Alemanha")));
        QVERIFY(names->names(QStringLiteral("en")).contains(QStringLiteral("Germany")));
        QCOMPARE(names->names(QStringLiteral("fr")).size(), names->names(QStringLiteral("en")).size());
        // The press's name is offered rather than the ISO one.
        QVERIFY(names->names(QStringLiteral("ru")).contains(QStringLiteral("Россия")));
        QVERIFY(!names->names(QStringLiteral("ru")).contains(QStringLiteral("Российская Федерация")));
    }

    void notAMoFile() { QVERIFY(CountryNames::readMoFile(QString::fromUtf8(__FILE__)).isEmpty()); }
};

QTEST_GUILESS_MAIN(tst_CountryNames)
#include "tst_countrynames.moc"
