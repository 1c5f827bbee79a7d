// SPDX-License-Identifier: GPL-3.0-or-later
// The server side of the main window, offscreen: the Server menu, the Submit dialog's counts,
// held-back reasons, preview and language names, a submission through it to a sandbox process,
// the Operations dock, the Connection dialog's refusals and key storage, and the question before
// leaving a collection whose submission is still being sent.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/connection/connectionsettings.h"
#include "core/i18n/languagemanager.h"
#include "core/workspace/workspace.h"
#include "models/foldersource.h"
#include "models/recordtablemodel.h"
#include "models/submissioncontroller.h"
#include "tests/support/catalog.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testpaths.h"
#include "tests/views/desktopsession.h"
#include "views/connectiondialog.h"
#include "views/mainwindow.h"
#include "views/serveractions.h"
#include "views/submissionui.h"
#include "views/submitdialog.h"

using namespace Wesog;

namespace {

/// The dialog open() just showed (a closed one may still await deletion).
template <typename T> T *visibleChild(QWidget *parent)
{
    for (T *child : parent->findChildren<T *>()) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

} // namespace

class tst_SubmissionUi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    QTemporaryDir m_folder;
    QTemporaryDir m_workspaces;
    std::unique_ptr<Test::SandboxProcess> m_sandbox;

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<Test::TestEnvironment>();
        QVERIFY(Test::copySamples(m_folder.path()));
        m_sandbox = std::make_unique<Test::SandboxProcess>(QStringList {
            QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), m_folder.path() });
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void submitsThroughTheDialogAndShowsTheOperation()
    {
        Test::DesktopSession session(m_workspaces.path(), m_env->path(), m_sandbox->baseUrl());
        QVERIFY(session.open(m_folder.path()));
        RecordTableModel &model = session.model;
        SubmissionController &controller = session.controller;
        MainWindow &window = session.window;
        QVERIFY(model.editCells(
            { model.rowOfId(QStringLiteral("mountain-lake")) }, Field::Src, QString(), QStringLiteral("src")));

        QMenu *server = window.findChild<QMenu *>(QStringLiteral("serverMenu"));
        QVERIFY(server);
        QCOMPARE(server->title(), QStringLiteral("&Server"));
        auto *submit = window.findChild<QAction *>(QStringLiteral("submitAction"));
        QVERIFY(submit->isEnabled());
        QCOMPARE(submit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        submit->trigger();
        auto *dialog = visibleChild<SubmitDialog>(&window);
        QVERIFY(dialog);

        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("submitScope"));
        scope->setCurrentIndex(scope->findData(int(SubmitScope::AllValid)));
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("submitSummary"))->text();
        QVERIFY2(
            summary.contains(QStringLiteral("4 images will be sent")) && summary.contains(QStringLiteral("1 image")),
            qPrintable(summary));
        auto *blocked = dialog->findChild<QListWidget *>(QStringLiteral("submitBlocked"));
        QCOMPARE(blocked->count(), 1);
        QVERIFY(blocked->item(0)->text().startsWith(QStringLiteral("mountain-lake.jpg")));
        // The preview lists what each record will replace; never sent, so every value is new.
        auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("submitPreview"));
        QVERIFY(preview->rowCount() >= 3);
        QCOMPARE(preview->horizontalHeaderItem(2)->text(), QStringLiteral("Last sent (never)"));
        QVERIFY(preview->item(0, 0)->text().startsWith(QStringLiteral("●")));

        QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("operationsDock"))->isVisible());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), 4);
        auto *operations = window.findChild<QTableView *>(QStringLiteral("operationsTable"));
        QCOMPARE(operations->model()->rowCount(), 1);
        QCOMPARE(operations->model()->index(0, OperationsModel::TotalColumn).data().toString(), QStringLiteral("4"));

        // A second look: the preview now compares with what was sent, and nothing differs.
        submit->trigger();
        auto *again = visibleChild<SubmitDialog>(&window);
        QVERIFY(again);
        auto *scope2 = again->findChild<QComboBox *>(QStringLiteral("submitScope"));
        scope2->setCurrentIndex(scope2->findData(int(SubmitScope::AllValid)));
        auto *preview2 = again->findChild<QTableWidget *>(QStringLiteral("submitPreview"));
        QCOMPARE(preview2->horizontalHeaderItem(2)->text(), QStringLiteral("Last sent"));
        for (int row = 0; row < preview2->rowCount(); ++row)
            QVERIFY(!preview2->item(row, 0)->text().startsWith(QStringLiteral("●")));
        again->reject();

        // The menu follows the connection, whenever it changes.
        controller.setConnection({}, QString(), QString());
        QVERIFY(!submit->isEnabled());
        controller.setConnection({ QUrl(m_sandbox->baseUrl()), "k1" }, QStringLiteral("sandbox"), m_sandbox->baseUrl());
        QVERIFY(submit->isEnabled());
    }

    void submitDialogNamesLanguagesAsUsual()
    {
        Test::DesktopSession session(m_workspaces.path(), m_env->path(), m_sandbox->baseUrl());
        QVERIFY(session.languages.setLanguage(QStringLiteral("ru")));
        session.window.findChild<QAction *>(QStringLiteral("submitAction"))->trigger();
        auto *dialog = visibleChild<SubmitDialog>(&session.window);
        QVERIFY(dialog);
        QComboBox *tagLanguage = nullptr;
        for (QComboBox *combo : dialog->findChildren<QComboBox *>()) {
            if (combo->findData(QStringLiteral("en")) >= 0)
                tagLanguage = combo;
        }
        QVERIFY(tagLanguage);
        QStringList names;
        for (int i = 0; i < tagLanguage->count(); ++i)
            names << tagLanguage->itemText(i);
        QCOMPARE(names,
            QStringList({ QStringLiteral("English"), QStringLiteral("Español"), QStringLiteral("Português"),
                QStringLiteral("Français"), QStringLiteral("Русский") }));
        // The AI tags default to the interface language.
        QCOMPARE(tagLanguage->currentText(), QStringLiteral("Русский"));
        dialog->reject();
    }

    // Every image of a large plan is listed and can be previewed, not the first thousand.
    void submitPreviewListsEveryImage()
    {
        Test::DesktopSession session(m_workspaces.path(), m_env->path(), m_sandbox->baseUrl());
        QVERIFY(session.open(m_folder.path()));
        RecordTableModel &model = session.model;
        const int valid = session.row("harbour-dawn");
        QVERIFY(valid >= 0);
        QList<RecordRow> rows;
        for (int i = 0; i < 1500; ++i) {
            RecordRow copy = model.row(valid);
            copy.relativePath = QStringLiteral("copy-%1.jpg").arg(i);
            copy.metadata.record.setId(QStringLiteral("copy-%1").arg(i));
            copy.loaded = copy.metadata.record;
            rows << copy;
        }
        model.setRows(rows);
        SubmitDialog dialog(&session.controller, {}, QStringLiteral("en"));
        dialog.choose(SubmitScope::AllValid, {});
        QCOMPARE(dialog.plan().items.size(), 1500);
        auto *list = dialog.findChild<QListView *>(QStringLiteral("submitRecords"));
        QCOMPARE(list->model()->rowCount(), 1500);
        const QModelIndex last = list->model()->index(1499, 0);
        QCOMPARE(last.data().toString(), QStringLiteral("copy-1499"));
        list->setCurrentIndex(last);
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("submitPreview"));
        bool showsId = false;
        for (int row = 0; row < preview->rowCount(); ++row)
            showsId = showsId || preview->item(row, 1)->text() == QStringLiteral("copy-1499");
        QVERIFY(showsId);
    }

    void messagesFollowTheLanguageSwitch()
    {
        QTemporaryDir folder;
        QTemporaryDir workspaces;
        QVERIFY(Test::copySamples(folder.path()));
        Test::DesktopSession session(workspaces.path(), m_env->path(), m_sandbox->baseUrl());
        QVERIFY(session.open(folder.path()));
        RecordTableModel &model = session.model;
        SubmissionController &controller = session.controller;
        const int failed = session.row("festival-night");
        const int notSent = session.row("mountain-lake");

        // One image fails inside its operation (the server's words), one is not sent (ours). The
        // first gets an id of its own: the sandbox holds festival-night from an earlier test, which
        // this new workspace never sent, so the pre-send check would hold it back.
        QVERIFY(model.editCells(
            { failed }, Field::Src, QStringLiteral("{sandbox}/files/missing.jpg"), QStringLiteral("src")));
        QVERIFY(
            model.editCells({ failed }, Field::Id, QStringLiteral("festival-night-languages"), QStringLiteral("id")));
        QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
        QVERIFY(controller.submit(controller.plan(SubmitScope::Selection, { failed }), {}));
        QVERIFY(finished.wait(20000));
        controller.setConnection(
            { QUrl(m_sandbox->baseUrl()), "not-the-key" }, QStringLiteral("sandbox"), m_sandbox->baseUrl());
        QVERIFY(controller.submit(controller.plan(SubmitScope::Selection, { notSent }), {}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.row(failed).submission->state, SubmitState::Failed);
        QCOMPARE(model.row(notSent).submission->state, SubmitState::NotSent);
        const QString serverWords = model.row(failed).submission->message.serverText;
        QVERIFY2(serverWords.contains(QStringLiteral("festival-night")), qPrintable(serverWords));

        auto *table = session.window.findChild<QTableView *>(QStringLiteral("recordTable"));
        auto *filter = qobject_cast<QSortFilterProxyModel *>(table->model());
        table->setCurrentIndex(filter->mapFromSource(model.index(notSent, 0)));
        auto *history = session.window.findChild<QLabel *>(QStringLiteral("inspectorHistory"));
        const QString authEnglish = QStringLiteral("API key rejected. Check the key in the connection settings.");
        QVERIFY2(history->text().contains(QStringLiteral("not sent: ") + authEnglish), qPrintable(history->text()));

        QVERIFY(session.languages.setLanguage(QStringLiteral("ru")));
        auto ru = [](const char *context, const char *source) {
            return Test::catalogTranslation(QStringLiteral("ru"), QLatin1String(context), QLatin1String(source));
        };
        const QString auth = ru("ApiError", "API key rejected. Check the key in the connection settings.");
        QVERIFY(!auth.isEmpty() && auth != authEnglish);
        const QString notSentText = ru("Wesog::RecordTableModel", "Not sent: %1").arg(auth);
        const QModelIndex notSentState = model.index(notSent, RecordTableModel::StateColumn);
        QCOMPARE(notSentState.data().toString(), notSentText);
        QVERIFY(notSentState.data(Qt::ToolTipRole).toString().startsWith(notSentText + QLatin1Char('\n')));
        QCOMPARE(model.index(failed, RecordTableModel::StateColumn).data().toString(),
            ru("Wesog::RecordTableModel", "Failed: %1").arg(serverWords)); // the server's words stay as they came
        // The history is read back from the workspace, and reads in Russian too.
        const QString line = ru("Wesog::InspectorPanel", "not sent") + QStringLiteral(": ") + auth;
        QVERIFY2(history->text().contains(line.toHtmlEscaped()), qPrintable(history->text()));
        QVERIFY(!history->text().contains(authEnglish));
        QVERIFY(session.languages.setLanguage(QStringLiteral("en")));
    }

    void asksBeforeLeavingWhileSending()
    {
        // A server that takes 3 s over each request: the submission is still being sent when asked.
        Test::SandboxProcess slow({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            m_folder.path(), QStringLiteral("--latency-ms"), QStringLiteral("3000") });
        QString error;
        QVERIFY2(slow.start(&error), qPrintable(error));
        QTemporaryDir workspaces;
        QTemporaryDir other;
        QVERIFY(Test::copySamples(other.path()));
        Test::DesktopSession desktop(workspaces.path(), m_env->path(), slow.baseUrl());
        QVERIFY(desktop.open(m_folder.path()));
        SubmissionController &controller = desktop.controller;
        MainWindow &window = desktop.window;

        // Nothing under way: the window closes without a question.
        bool closed = false;
        QCOMPARE(Test::leaveAndAnswer(&window, "keepWorking", [&] { closed = window.close(); }), QString());
        QVERIFY(closed);
        window.show();

        QVERIFY(controller.submit(controller.plan(SubmitScope::AllValid, {}), {}));
        QVERIFY(controller.isSending());
        const QString asked = Test::leaveAndAnswer(&window, "keepWorking", [&] { closed = window.close(); });
        QVERIFY2(asked.contains(QStringLiteral("A submission is still being sent."))
                && asked.contains(QStringLiteral("Images not yet sent stay edited")),
            qPrintable(asked));
        QVERIFY(!closed);
        QVERIFY(window.isVisible());

        // Opening another collection asks too; Keep Working keeps this one.
        QVERIFY(controller.isSending());
        QVERIFY(!Test::leaveAndAnswer(&window, "keepWorking", [&] { window.openFolder(other.path()); }).isEmpty());
        QCOMPARE(desktop.session.location(), m_folder.path());
        bool opened = true;
        QVERIFY(!Test::leaveAndAnswer(&window, "keepWorking", [&] {
            opened = window.serverActions()->openQuery(QStringLiteral("t~harbour"));
        }).isEmpty());
        QVERIFY(!opened);
        QCOMPARE(desktop.session.location(), m_folder.path());

        // New connection settings would stop it too: asked over the Connection dialog, which
        // stays open, nothing saved, when the user keeps working.
        QVERIFY(controller.isSending());
        window.findChild<QAction *>(QStringLiteral("connectionAction"))->trigger();
        auto *connection = visibleChild<ConnectionDialog>(&window);
        QVERIFY(connection);
        connection->findChildren<QRadioButton *>().at(1)->setChecked(true); // Wesog service
        connection->findChild<QLineEdit *>(QStringLiteral("connectionUrl"))
            ->setText(QStringLiteral("https://images.example.com"));
        const QString askedToChange = Test::leaveAndAnswer(&window, "keepWorking", [&] { connection->accept(); });
        QVERIFY2(askedToChange.contains(QStringLiteral("A submission is still being sent."))
                && askedToChange.contains(QStringLiteral("ready to send again."))
                && !askedToChange.contains(QStringLiteral("next opened")),
            qPrintable(askedToChange));
        QVERIFY(connection->isVisible());
        QCOMPARE(ConnectionSettings::load().profile, ConnectionSettings::Profile::LocalSandbox);
        connection->reject();

        // Quit Anyway closes the window, the submission still under way.
        QVERIFY(controller.isSending());
        QVERIFY(!Test::leaveAndAnswer(&window, "leaveAnyway", [&] { closed = window.close(); }).isEmpty());
        QVERIFY(closed);
        QVERIFY(!window.isVisible());
    }

    void connectionDialogRefusesPlainHttpAndStoresTheKey()
    {
        QTemporaryDir keyDir;
        KeyStore keys(keyDir.path());
        keys.setKeychainEnabled(false);
        QNetworkAccessManager network;
        ConnectionDialog dialog(&keys, &network, { QUrl(m_sandbox->baseUrl()), "k1" }, KeyStore::Backend::File);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("keyStorageNote"))->text().contains(QStringLiteral("0600")));
        const auto radios = dialog.findChildren<QRadioButton *>();
        radios.at(1)->setChecked(true); // Wesog service
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("connectionUrl"));
        url->setText(QStringLiteral("http://images.example.com"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.size(), 0); // refused: the key would travel in clear text
        QCOMPARE(ConnectionSettings::load().profile, ConnectionSettings::Profile::LocalSandbox);

        // The Local sandbox test reaches the sandbox and says so.
        radios.at(0)->setChecked(true);
        dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->click();
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("testConnectionResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 10000);

        radios.at(1)->setChecked(true);
        url->setText(QStringLiteral("https://images.example.com"));
        dialog.findChild<QLineEdit *>(QStringLiteral("connectionKey"))->setText(QStringLiteral("  secret-key  "));
        dialog.accept();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(ConnectionSettings::load().profile, ConnectionSettings::Profile::Wesog);
        QCOMPARE(ConnectionSettings::load().wesogUrl, QUrl(QStringLiteral("https://images.example.com")));
        QByteArray stored;
        QString error;
        QVERIFY(readPrivateKeyFile(keys.fallbackFile(QStringLiteral("https://images.example.com")), &stored, &error));
        QCOMPARE(stored, QByteArray("secret-key"));
        // Never in the settings.
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains("secret-key"));
    }
};

QTEST_MAIN(tst_SubmissionUi)
#include "tst_submissionui.moc"
