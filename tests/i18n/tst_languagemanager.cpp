// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/i18n/languagemanager.h"
#include "models/recordtablemodel.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/testenvironment.h"

using namespace Wesog;

class tst_LanguageManager : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;

    static QString titleHeader(const RecordTableModel &model)
    {
        return model.headerData(RecordTableModel::columnForField(Field::Title), Qt::Horizontal).toString();
    }

private slots:
    void initTestCase() { m_env = std::make_unique<Test::TestEnvironment>(); }

    void init() { m_env->clearSettings(); }

    void defaultLanguage_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ru") << "ru_RU"
                            << "ru";
        QTest::newRow("pt-BR") << "pt_BR"
                               << "pt";
        QTest::newRow("es-MX") << "es_MX"
                               << "es";
        QTest::newRow("fr-CA") << "fr_CA"
                               << "fr";
        QTest::newRow("de") << "de_DE"
                            << "en";
        QTest::newRow("C") << "C"
                           << "en";
    }

    void defaultLanguage()
    {
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(LanguageManager::defaultLanguage(QLocale(system)), expected);
    }

    void languagesGoByTheirUsualNames()
    {
        // QLocale would say "American English" and "español de España".
        QStringList names;
        for (const QString &language : LanguageManager::availableLanguages())
            names << LanguageManager::nativeName(language);
        QCOMPARE(names,
            QStringList({ QStringLiteral("English"), QStringLiteral("Español"), QStringLiteral("Português"),
                QStringLiteral("Français"), QStringLiteral("Русский") }));
    }

    void firstRunUsesTheSystemLanguage()
    {
        LanguageManager languages;
        languages.restore();
        QCOMPARE(languages.currentLanguage(), LanguageManager::defaultLanguage(QLocale::system()));
    }

    void switchingRetranslatesHeaders()
    {
        LanguageManager languages;
        QTemporaryDir workspaces;
        Test::SessionFixture session(workspaces.path(), &languages);
        RecordTableModel &model = session.model;
        languages.setLanguage(QStringLiteral("en"));
        QCOMPARE(titleHeader(model), QStringLiteral("Title"));

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);
        QVERIFY(languages.setLanguage(QStringLiteral("ru")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLocale().language(), QLocale::Russian);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().at(1).toInt(), 0);
        QCOMPARE(headers.first().at(2).toInt(), model.columnCount() - 1);
        QCOMPARE(titleHeader(model), QStringLiteral("Название"));
        QCOMPARE(QLocale().language(), QLocale::Russian);

        QVERIFY(languages.setLanguage(QStringLiteral("fr")));
        QCOMPARE(titleHeader(model), QStringLiteral("Titre"));
        QVERIFY(languages.setLanguage(QStringLiteral("es")));
        QCOMPARE(titleHeader(model), QStringLiteral("Título"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(titleHeader(model), QStringLiteral("Title"));
    }

    void unknownLanguageChangesNothing()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("pt"));
        QSignalSpy changed(&languages, &LanguageManager::languageChanged);
        QVERIFY(!languages.setLanguage(QStringLiteral("de")));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(languages.currentLanguage(), QStringLiteral("pt"));
    }

    void choiceIsRemembered()
    {
        {
            LanguageManager languages;
            languages.setLanguage(QStringLiteral("fr"));
        }
        LanguageManager again;
        again.restore();
        QCOMPARE(again.currentLanguage(), QStringLiteral("fr"));
    }

    void russianPlurals_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1") << 1 << QStringLiteral("1 изображение");
        QTest::newRow("2") << 2 << QStringLiteral("2 изображения");
        QTest::newRow("5") << 5 << QStringLiteral("5 изображений");
        QTest::newRow("21") << 21 << QStringLiteral("21 изображение");
        QTest::newRow("22") << 22 << QStringLiteral("22 изображения");
    }

    void russianPlurals()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("ru"));
        QCOMPARE(QCoreApplication::translate("Wesog::MainWindow", "%n image(s)", nullptr, count), expected);
    }

    void englishPlurals()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        QCOMPARE(
            QCoreApplication::translate("Wesog::MainWindow", "%n image(s)", nullptr, 1), QStringLiteral("1 image"));
        QCOMPARE(
            QCoreApplication::translate("Wesog::MainWindow", "%n image(s)", nullptr, 2), QStringLiteral("2 images"));
    }
};

QTEST_GUILESS_MAIN(tst_LanguageManager)
#include "tst_languagemanager.moc"
