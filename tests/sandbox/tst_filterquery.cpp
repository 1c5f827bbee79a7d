// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "sandbox/filterquery.h"

using namespace Wesog::Sandbox;

class tst_FilterQuery : public QObject
{
    Q_OBJECT

private slots:
    void emptyMatchesEverything()
    {
        QString error;
        const auto filter = FilterQuery::compile(QStringLiteral("   "), &error);
        QVERIFY(filter);
        QCOMPARE(filter->where, QStringLiteral("1"));
        QVERIFY(filter->params.isEmpty());
    }

    void valuesAreBoundNeverSpliced()
    {
        QString error;
        const auto filter = FilterQuery::compile(QStringLiteral("id=x' OR 1=1 -- && t~Дом"), &error);
        QVERIFY2(filter, qPrintable(error));
        QVERIFY(!filter->where.contains(QLatin1String("OR 1=1")));
        QCOMPARE(filter->params, (QVariantList { QStringLiteral("x' OR 1=1 --"), QStringLiteral("дом") }));
        QCOMPARE(filter->relevanceTerm, QStringLiteral("дом"));
    }

    void precedence()
    {
        QString error;
        const auto filter = FilterQuery::compile(QStringLiteral("id=a || id=b && ai=true"), &error);
        QVERIFY(filter);
        QCOMPARE(filter->where, QStringLiteral("(image_id = ? OR (image_id = ? AND ai_generated = ?))"));
        const auto grouped = FilterQuery::compile(QStringLiteral("(id=a || id=b) && ai=true"), &error);
        QCOMPARE(grouped->where, QStringLiteral("(image_id IN (?,?) AND ai_generated = ?)"));
    }

    void idListBecomesOneInList()
    {
        // A batch read (`id=a||id=b…`) is one IN list over the primary key, parameters in order.
        QString error;
        const auto filter = FilterQuery::compile(QStringLiteral("id=a.1 || id=b-2||id=c_3"), &error);
        QVERIFY2(filter, qPrintable(error));
        QCOMPARE(filter->where, QStringLiteral("image_id IN (?,?,?)"));
        QVERIFY(filter->idsOnly);
        QCOMPARE(
            filter->params, (QVariantList { QStringLiteral("a.1"), QStringLiteral("b-2"), QStringLiteral("c_3") }));
        // Any other term in the alternatives keeps the OR.
        const auto mixed = FilterQuery::compile(QStringLiteral("id=a || ai=true"), &error);
        QCOMPARE(mixed->where, QStringLiteral("(image_id = ? OR ai_generated = ?)"));
        QVERIFY(!mixed->idsOnly);
    }

    void dateOperatorsAndPadding_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("date");
        QTest::newRow("=") << "d=2005-5-3"
                           << "="
                           << "2005-05-03";
        QTest::newRow("=<") << "d=<2020-01-01"
                            << "<="
                            << "2020-01-01";
        QTest::newRow("≤") << "date≤2020-01-01"
                           << "<="
                           << "2020-01-01";
        QTest::newRow("≥") << "d≥2020-01-01"
                           << ">="
                           << "2020-01-01";
        QTest::newRow(">") << "d > 2020-01-01"
                           << ">"
                           << "2020-01-01";
    }

    void dateOperatorsAndPadding()
    {
        QFETCH(QString, q);
        QFETCH(QString, op);
        QFETCH(QString, date);
        QString error;
        const auto filter = FilterQuery::compile(q, &error);
        QVERIFY2(filter, qPrintable(error));
        QVERIFY2(filter->where.contains(QStringLiteral("date %1 ?").arg(op)), qPrintable(filter->where));
        QCOMPARE(filter->params, QVariantList { date });
    }

    void errorsNameTheFilter_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QString>("error");
        QTest::newRow("person") << "p=ana"
                                << "unsupported filter: p=ana";
        QTest::newRow("negation") << "not id=a"
                                  << "unsupported filter: not id=a";
        QTest::newRow("k~") << "id=a || k~x"
                            << "unsupported filter: k~x";
        QTest::newRow("empty value") << "id="
                                     << "invalid filter: id= has no value";
        QTest::newRow("ai value") << "ai=maybe"
                                  << "invalid filter: ai takes true or false";
        QTest::newRow("date") << "d=2023-02-30"
                              << "invalid filter: 2023-02-30 is not a date (YYYY-MM-DD)";
        QTest::newRow("close") << "id=a)"
                               << "invalid filter: unexpected ')'";
        QTest::newRow("open") << "(id=a"
                              << "invalid filter: missing ')'";
        QTest::newRow("leading and") << "&& id=a"
                                     << "invalid filter: expected a filter before '&&'";
        QTest::newRow("empty parens") << "()"
                                      << "invalid filter: expected a filter before ')'";
    }

    void errorsNameTheFilter()
    {
        QFETCH(QString, q);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!FilterQuery::compile(q, &message));
        QCOMPARE(message, error);
    }

    void keywordKeysMatchWholeWords()
    {
        const QString key = FilterQuery::keywordsKey({ QStringLiteral(" Boat"), QStringLiteral("Парад") });
        QVERIFY(key.contains(QChar(0x1f) + QStringLiteral("boat") + QChar(0x1f)));
        QVERIFY(key.contains(QChar(0x1f) + QStringLiteral("парад") + QChar(0x1f)));
        QVERIFY(FilterQuery::keywordsKey({}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(tst_FilterQuery)
#include "tst_filterquery.moc"
