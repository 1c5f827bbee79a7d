// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include "i18n/languagemanager.h"
#include "mainwindow.h"
#include "recordtablemodel.h"
#include "testenvironment.h"

using namespace Wesog;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<Test::TestEnvironment>();
    }

    void init()
    {
        m_env->clearSettings();
    }

    void showsMenusTableAndStatus()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        RecordTableModel model(&languages);
        MainWindow window(&languages, &model);
        window.setFolder(QStringLiteral("/photos/harbour"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                                  QStringLiteral("&Language"), QStringLiteral("&Help")}));
        QCOMPARE(window.windowTitle(), QStringLiteral("harbour — Wesog Desk"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->columnCount(), FieldCount);
        auto *count = window.findChild<QLabel *>(QStringLiteral("recordCountLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("0 images"));

        QList<ImageRecord> records(3);
        model.setRecords(records);
        QCOMPARE(count->text(), QStringLiteral("3 images"));

        auto *statusBarAction = window.findChild<QAction *>(QStringLiteral("statusBarAction"));
        QVERIFY(statusBarAction);
        statusBarAction->trigger();
        QVERIFY(!window.statusBar()->isVisible());
    }

    void languageMenuRetranslatesEverything()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        RecordTableModel model(&languages);
        MainWindow window(&languages, &model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *russian = window.findChild<QAction *>(QStringLiteral("languageAction_ru"));
        QVERIFY(russian);
        QCOMPARE(russian->text(), QStringLiteral("Русский"));
        russian->trigger();
        QCOMPARE(languages.currentLanguage(), QStringLiteral("ru"));
        QVERIFY(russian->isChecked());
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&Файл"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Wesog Desk"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("recordCountLabel"))->text(), QStringLiteral("0 изображений"));
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->windowTitle(), QStringLiteral("Инспектор"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        QCOMPARE(table->model()->headerData(int(Field::Title), Qt::Horizontal).toString(), QStringLiteral("Название"));

        window.findChild<QAction *>(QStringLiteral("languageAction_pt"))->trigger();
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&Arquivo"));
        window.findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger();
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    }

    void remembersGeometryAndDocks()
    {
        LanguageManager languages;
        RecordTableModel model(&languages);
        {
            MainWindow window(&languages, &model);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->hide();
            QTRY_COMPARE(window.size(), QSize(900, 640));
            window.close();
        }
        MainWindow again(&languages, &model);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 640));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->isVisible());
    }

    void aboutShowsTheVersion()
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"));
        RecordTableModel model(&languages);
        MainWindow window(&languages, &model);
        window.show();
        window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        auto *about = window.findChild<QDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        QVERIFY(about->isModal()); // open(), not exec(): window-modal, no nested loop
        QCOMPARE(about->findChild<QLabel *>(QStringLiteral("aboutTitle"))->text(),
                 QStringLiteral("Wesog Desk ") + QStringLiteral(WESOGDESK_VERSION));
        about->reject();
        QVERIFY(!about->isVisible());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
