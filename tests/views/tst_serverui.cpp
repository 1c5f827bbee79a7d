// SPDX-License-Identifier: GPL-3.0-or-later
// Server → Open from Server in the main window (issue 15): the search form and its count
// against a sandbox process, the Server menu and toolbar entry, a collection loading into the
// table, file-only actions off with their reason, and the recent list of server collections.
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include "core/record/preset.h"
#include "models/serversource.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testenvironment.h"
#include "tests/views/desktopsession.h"
#include "views/csvactions.h"
#include "views/openfromserverdialog.h"
#include "views/previewwindow.h"
#include "views/recentmenu.h"
#include "views/serveractions.h"

using namespace Wesog;
using namespace Wesog::Test;

class tst_ServerUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<SandboxProcess> m_sandbox;

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_sandbox = std::make_unique<SandboxProcess>(QStringList { QStringLiteral("--key"), QStringLiteral("k1"),
            QStringLiteral("--files-root"), QStringLiteral(WESOG_SOURCE_DIR "/resources/samples") });
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        QJsonArray items;
        for (int i = 0; i < 25; ++i) {
            items.append(
                QJsonObject { { QStringLiteral("id"), QStringLiteral("ui-%1").arg(i, 2, 10, QLatin1Char('0')) },
                    { QStringLiteral("src"), m_sandbox->baseUrl() + QStringLiteral("/files/harbour-dawn.jpg") },
                    { QStringLiteral("title"), QStringLiteral("Harbour %1").arg(i) },
                    { QStringLiteral("keywords"), QJsonArray { QStringLiteral("harbour") } } });
        }
        HttpTestClient client(m_sandbox->baseUrl(), "k1");
        QCOMPARE(client.put(QStringLiteral("/imgs?wait=true"), items).status, 200);
    }

    void theFormShowsItsFormulaAndHowManyMatch()
    {
        EnglishInterface english; // English plural forms come from its catalog
        QNetworkAccessManager network;
        OpenFromServerDialog dialog(&network, ApiEndpoint { QUrl(m_sandbox->baseUrl()), "k1" });
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.setCountDelayMs(0);
        dialog.show();
        QTRY_COMPARE(dialog.matchCount(), 25); // the empty form: every image
        auto *text = dialog.findChild<QLineEdit *>(QStringLiteral("serverTextEdit"));
        QTest::keyClicks(text, QStringLiteral("Harbour 2"));
        QTRY_COMPARE(dialog.matchCount(), 6); // Harbour 2, 20 … 24
        QCOMPARE(
            dialog.findChild<QLabel *>(QStringLiteral("serverCountLabel"))->text(), QStringLiteral("6 images match."));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("serverFormulaLabel"))
                    ->text()
                    .contains(QLatin1String("t~Harbour 2")));
        auto *open
            = dialog.findChild<QDialogButtonBox *>(QStringLiteral("serverButtons"))->button(QDialogButtonBox::Open);
        QVERIFY(open->isEnabled());
        // A value that would change the formula's meaning is refused, not sent.
        QTest::keyClicks(text, QStringLiteral(" && x"));
        QVERIFY(!open->isEnabled());
        text->setText(QStringLiteral("Harbour 2"));
        dialog.findChild<QLineEdit *>(QStringLiteral("serverExpertEdit"))
            ->setText(QStringLiteral("id=ui-20 || id=ui-21"));
        QTRY_COMPARE(dialog.matchCount(), 2);
        QSignalSpy chosen(&dialog, &OpenFromServerDialog::queryChosen);
        open->click();
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("t~Harbour 2 && (id=ui-20 || id=ui-21)"));
    }

    void aServerCollectionOpensInTheWindowWithFileActionsOff()
    {
        QTemporaryDir workspaces;
        QTemporaryDir keys;
        DesktopSession desktop(workspaces.path(), keys.path(), m_sandbox->baseUrl());
        ServerActions *server = desktop.window.serverActions();
        auto *menu = desktop.window.findChild<QMenu *>(QStringLiteral("serverMenu"));
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(server->openAction()));
        QVERIFY(menu->actions().contains(server->recentMenu()->menuAction()));
        auto *toolBar = desktop.window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar->actions().contains(server->openAction()));

        QSignalSpy loaded(&desktop.session, &CollectionSession::loaded);
        QVERIFY(server->openQuery(QStringLiteral("k=harbour")));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(desktop.model.rowCount(), 25);
        QVERIFY(desktop.window.windowTitle().startsWith(QLatin1String("k=harbour")));
        for (const char *name : { "rescanAction", "writeMetadataAction" }) {
            auto *action = desktop.window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(!action->isEnabled(), name);
            QCOMPARE(action->toolTip(), ServerSource::noFilesReason());
        }
        // CSV export works on rows without files: they are named by image id.
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("server.csv"));
        QVERIFY(desktop.window.csvActions()->exportTo(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("ui-24"));

        // Remembered in Server → Open Recent, and opened again from there.
        auto *recent = server->recentMenu();
        const QList<QAction *> entries = recent->findChildren<QAction *>(QStringLiteral("recentServerAction"));
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first()->text().contains(QLatin1String("k=harbour")));
        QSignalSpy again(&desktop.session, &CollectionSession::loaded);
        entries.first()->trigger();
        QVERIFY(again.wait(20000));
        QVERIFY(desktop.session.serverSource()->restoredFromWorkspace());
        QCOMPARE(desktop.model.rowCount(), 25);

        // A folder afterwards turns the file actions back on.
        QTemporaryDir folder;
        QVERIFY(copySamples(folder.path()));
        QVERIFY(desktop.open(folder.path()));
        QVERIFY(desktop.window.findChild<QAction *>(QStringLiteral("rescanAction"))->isEnabled());
        QVERIFY(desktop.window.findChild<QAction *>(QStringLiteral("rescanAction"))->toolTip()
            != ServerSource::noFilesReason());
    }

    void aRecentCollectionOfAnotherServerIsNotOpenedWithThisKey()
    {
        QTemporaryDir workspaces;
        QTemporaryDir keys;
        DesktopSession desktop(workspaces.path(), keys.path(), m_sandbox->baseUrl());
        ServerActions *server = desktop.window.serverActions();
        server->recentMenu()->remember(
            RecentMenu::serverEntry(QStringLiteral("https://elsewhere.invalid"), QStringLiteral("k=x")));
        QSignalSpy problem(server, &ServerActions::problem);
        QSignalSpy opened(server, &ServerActions::opened);
        server->recentMenu()->findChildren<QAction *>(QStringLiteral("recentServerAction")).first()->trigger();
        QCOMPARE(problem.size(), 1);
        QCOMPARE(opened.size(), 0);
        QVERIFY(!desktop.session.isOpen());
    }

    void aServerImageThatCannotBeFetchedSaysWhyAndPresetsNameItByItsUrl()
    {
        // Its own sandbox: the image count of the shared one is part of other tests.
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            QStringLiteral(WESOG_SOURCE_DIR "/resources/samples") });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        HttpTestClient client(sandbox.baseUrl(), "k1");
        QCOMPARE(client
                     .put(QStringLiteral("/imgs?wait=true"),
                         QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("gone-1") },
                             { QStringLiteral("src"), sandbox.baseUrl() + QStringLiteral("/files/harbour-dawn.jpg") },
                             // The thumbnail the row shows first: gone from the image host.
                             { QStringLiteral("url_img_thumbnail"),
                                 sandbox.baseUrl() + QStringLiteral("/files/missing.jpg") },
                             { QStringLiteral("title"), QStringLiteral("Gone") } } })
                     .status,
            200);
        // A preset using the file-name variables, as Edit → Presets saves it.
        QSettings().setValue(QStringLiteral("presets/list"),
            Preset::listToJson({ { QStringLiteral("Names"),
                { { Field::Caption, QStringLiteral("{folder}: {filename} ({basename})"), false } } } }));
        QTemporaryDir workspaces;
        QTemporaryDir keys;
        DesktopSession desktop(workspaces.path(), keys.path(), sandbox.baseUrl());
        QSignalSpy loaded(&desktop.session, &CollectionSession::loaded);
        QVERIFY(desktop.window.serverActions()->openQuery(QString()));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(desktop.model.rowCount(), 1);
        auto *table = desktop.window.findChild<QTableView *>(QStringLiteral("recordTable"));
        table->setCurrentIndex(table->model()->index(0, 0));

        // The inspector, the full-window preview and the table stop showing it as loading.
        auto *inspector = desktop.window.findChild<QLabel *>(QStringLiteral("inspectorPreview"));
        QTRY_VERIFY2(
            inspector->text().startsWith(QLatin1String("Preview unavailable: ")), qPrintable(inspector->text()));
        QVERIFY2(inspector->text().contains(QLatin1String("404")), qPrintable(inspector->text()));
        desktop.window.findChild<QAction *>(QStringLiteral("previewAction"))->trigger();
        auto *preview = desktop.window.findChild<PreviewWindow *>(QStringLiteral("previewWindow"));
        QVERIFY(preview);
        auto *previewLabel = preview->findChild<QLabel *>(QStringLiteral("previewImage"));
        QTRY_VERIFY2(
            previewLabel->text().startsWith(QLatin1String("Preview unavailable: ")), qPrintable(previewLabel->text()));
        QVERIFY(previewLabel->text().contains(QLatin1String("404")));
        preview->close();
        // The thumbnail is the "unavailable" picture, not the empty box of one still loading.
        QTRY_VERIFY(desktop.model.hasThumbnail(desktop.model.row(0).thumbnailKey()));

        // {folder} and {filename} come from the src URL's path, decoded.
        table->selectAll();
        const QList<QAction *> presets = desktop.window.findChildren<QAction *>(QStringLiteral("presetAction"));
        QCOMPARE(presets.size(), 1);
        presets.first()->trigger();
        QCOMPARE(desktop.model.row(0).record().text(Field::Caption),
            std::optional<QString>(QStringLiteral("files: harbour-dawn.jpg (harbour-dawn)")));
    }
};

QTEST_MAIN(tst_ServerUi)
#include "tst_serverui.moc"
