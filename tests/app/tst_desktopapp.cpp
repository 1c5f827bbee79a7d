// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root as main() builds it: default connection, first run, a record's way out.
#include <QLabel>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include "app/desktop/desktopapp.h"
#include "core/connection/connectionsettings.h"
#include "core/i18n/languagemanager.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testpaths.h"

using namespace Wesog;

class tst_DesktopApp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    LanguageManager m_languages;

    DesktopApp::Paths paths() const
    {
        return { m_env->path() + QStringLiteral("/workspaces"), m_env->path() + QStringLiteral("/keys") };
    }

    /// Starts `app` with the 0600 key file (no keychain in tests) and waits for its connection.
    static bool startAndConnect(DesktopApp &app, const QString &folder = {})
    {
        app.keys()->setKeychainEnabled(false);
        app.start(folder);
        return QTest::qWaitFor([&app] { return app.session()->submissions()->hasConnection(); }, 10000);
    }

    /// The HTTP status the server at `endpoint` gives an operation lookup with `key`.
    static int statusOfOperationLookup(const QUrl &baseUrl, const QByteArray &key)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(baseUrl.resolved(QUrl(QStringLiteral("/ops/999999"))));
        request.setRawHeader("API-Key", key);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<Test::TestEnvironment>();
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void init() { m_env->clearSettings(); }

    void theDefaultConnectionIsTheInProcessLocalSandbox()
    {
        DesktopApp app(&m_languages, paths());
        QVERIFY(startAndConnect(app));
        QVERIFY(app.sandbox()->isRunning());
        const ApiEndpoint endpoint = app.session()->submissions()->endpoint();
        QCOMPARE(endpoint.baseUrl, QUrl(app.sandbox()->baseUrl()));
        QCOMPARE(endpoint.baseUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(app.connections()->description().startsWith(QLatin1String("Local sandbox")));
        // A real server in this process, which knows the generated key and no other.
        QCOMPARE(statusOfOperationLookup(endpoint.baseUrl, endpoint.apiKey), 404);
        QCOMPARE(statusOfOperationLookup(endpoint.baseUrl, "not-the-key"), 401);
    }

    void portAndKeyAreMadeOnceAndRemembered()
    {
        quint16 port = 0;
        QByteArray key;
        {
            DesktopApp first(&m_languages, paths());
            QVERIFY(startAndConnect(first));
            port = first.sandbox()->port();
            key = first.session()->submissions()->endpoint().apiKey;
        }
        QVERIFY(port != 0);
        QVERIFY(key.size() >= 16);
        QCOMPARE(ConnectionSettings::load().sandboxPort, port);
        // The key went through the key store, like any other key.
        KeyStore store(paths().keyFiles);
        store.setKeychainEnabled(false);
        QSignalSpy loaded(&store, &KeyStore::loaded);
        store.load(KeyStore::localSandboxAccount());
        QVERIFY(loaded.wait(5000) || !loaded.isEmpty());
        QCOMPARE(loaded.first().at(1).toByteArray(), key);

        DesktopApp second(&m_languages, paths());
        QVERIFY(startAndConnect(second));
        QCOMPARE(second.sandbox()->port(), port);
        QCOMPARE(second.session()->submissions()->endpoint().apiKey, key);
    }

    void theStatusBarSaysWhenTheKeyIsInAFile()
    {
        DesktopApp app(&m_languages, paths());
        QVERIFY(startAndConnect(app));
        auto *label = app.window()->findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QVERIFY(label);
        QTRY_VERIFY(label->text().contains(QLatin1String("key in a file")));
        QVERIFY(label->text().contains(app.sandbox()->baseUrl()));
    }

    void aRecordGoesFromTheFolderThroughTheSessionToAnAcceptedOperation()
    {
        DesktopApp app(&m_languages, paths());
        QSignalSpy loaded(app.session(), &CollectionSession::loaded);
        QVERIFY(startAndConnect(app, QStringLiteral(WESOG_SOURCE_DIR "/resources/samples")));
        QVERIFY(!loaded.isEmpty() || loaded.wait(20000));
        // The Local sandbox serves the folder, so {sandbox} sources resolve to fetchable files.
        QTRY_COMPARE(app.sandbox()->filesRoot(), app.session()->location());
        SubmissionController *submissions = app.session()->submissions();
        submissions->setTuning({ 20, 200, 4 }, RetryPolicy(1));
        const int row = app.session()->model()->rowOfId(QStringLiteral("harbour-dawn"));
        QVERIFY(row >= 0);
        QSignalSpy finished(submissions, &SubmissionController::submissionFinished);
        QVERIFY(submissions->submit(submissions->plan(SubmitScope::Selection, { row }), SubmitOptions()));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), 1); // accepted
        QCOMPARE(app.session()->model()->row(row).submission->state, SubmitState::Accepted);
        QCOMPARE(submissions->operations()->rowCount(), 1);
    }
};

QTEST_MAIN(tst_DesktopApp)
#include "tst_desktopapp.moc"
