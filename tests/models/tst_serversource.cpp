// SPDX-License-Identifier: GPL-3.0-or-later
// Server collections (issue 15): the query form, loading pages from a sandbox process into the
// table, edits on rows without files, the workspace that survives a crash and works offline,
// bad server answers, and thumbnails fetched from an image host that never sees the key.

#include <memory>

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/connection/tlssetup.h"
#include "core/library/thumbnailservice.h"
#include "core/workspace/workspace.h"
#include "models/remotethumbnails.h"
#include "models/serverqueryform.h"
#include "models/serversource.h"
#include "models/thumbnailupdater.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/hostileserver.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testpaths.h"

using namespace Wesog;
using namespace Wesog::Test;

namespace {

QByteArray pngBytes(const QColor &color)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// The request line and headers of a raw request, lower-cased, for header checks.
QByteArray headersOf(const QByteArray &request)
{
    return request.left(request.indexOf("\r\n\r\n")).toLower();
}

QJsonObject page(const QJsonArray &results, int count)
{
    return QJsonObject { { QStringLiteral("results"), results }, { QStringLiteral("count"), count },
        { QStringLiteral("facets"), QJsonObject() } };
}

QJsonObject imageOut(const QString &id)
{
    return QJsonObject { { QStringLiteral("image_id"), id },
        { QStringLiteral("src"), QStringLiteral("https://cdn.invalid/a.jpg") }, { QStringLiteral("title"), id } };
}

/// An https image host on 127.0.0.1 (a committed self-signed certificate for that address,
/// which the test trusts through the app's own CA setting): /thumb/ answers a PNG, /to-http/
/// redirects to `httpTarget` (an http URL), /to-https/ redirects to its own /thumb/.
class HttpsImageHost final : public QObject
{
public:
    explicit HttpsImageHost(const QString &httpTarget)
        : m_httpTarget(httpTarget)
    {
        QFile certificate(QStringLiteral(WESOG_SOURCE_DIR "/tests/support/tls/localhost.crt"));
        QFile key(QStringLiteral(WESOG_SOURCE_DIR "/tests/support/tls/localhost.key"));
        certificate.open(QIODevice::ReadOnly);
        key.open(QIODevice::ReadOnly);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificate.readAll()));
        configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString baseUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()); }
    int requests() const { return m_requests; }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &request = m_buffers[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        ++m_requests;
        const QByteArray path = request.split(' ').value(1);
        QByteArray response;
        if (path.startsWith("/to-http/"))
            response = HostileServer::response(302, {}, "Location: " + m_httpTarget.toUtf8() + "\r\n");
        else if (path.startsWith("/to-https/"))
            response = HostileServer::response(302, {}, "Location: /thumb/" + path.mid(10) + "\r\n");
        else if (path.startsWith("/thumb/"))
            response = HostileServer::response(200, pngBytes(Qt::darkMagenta));
        else
            response = HostileServer::response(404, "{}");
        request.clear();
        socket->write(response);
    }

    QSslServer m_server;
    QString m_httpTarget;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

} // namespace

class tst_ServerSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_workspaces;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<HostileServer> m_images; ///< the image host the thumbnails point at
    static constexpr int s_images = 25;

    /// One attempt per request: a test of a failure need not wait for retries.
    static RetryPolicy once()
    {
        RetryPolicy policy(1);
        policy.maxAttempts = 1;
        return policy;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_images = std::make_unique<HostileServer>([](const QByteArray &request) {
            const QByteArray path = request.split(' ').value(1);
            if (path.startsWith("/moved/")) // a redirect on the same scheme is followed
                return HostileServer::Answer { HostileServer::response(
                    302, {}, "Location: /thumb/" + path.mid(7) + "\r\n") };
            if (path.startsWith("/thumb/"))
                return HostileServer::Answer { HostileServer::response(200, pngBytes(Qt::darkCyan)) };
            if (path.startsWith("/text/")) // a 200 that is not an image
                return HostileServer::Answer { HostileServer::response(200, "not a picture") };
            return HostileServer::Answer { HostileServer::response(404, "{}") };
        });
        QVERIFY(m_images->listen());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList { QStringLiteral("--key"), QStringLiteral("k1"),
            QStringLiteral("--files-root"), QStringLiteral(WESOG_SOURCE_DIR "/resources/samples") });
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        const QStringList files = QDir(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples"))
                                      .entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
        QJsonArray items;
        for (int i = 0; i < s_images; ++i) {
            items.append(QJsonObject {
                { QStringLiteral("id"), QStringLiteral("srv-%1").arg(i, 2, 10, QLatin1Char('0')) },
                { QStringLiteral("src"),
                    m_sandbox->baseUrl() + QStringLiteral("/files/") + files.at(i % files.size()) },
                { QStringLiteral("url_img_thumbnail"),
                    m_images->baseUrl()
                        + (i % 2 ? QStringLiteral("/moved/%1.png") : QStringLiteral("/thumb/%1.png")).arg(i) },
                { QStringLiteral("title"), QStringLiteral("Harbour %1").arg(i) },
                { QStringLiteral("city"), i < 20 ? QStringLiteral("Lisboa") : QString() },
                { QStringLiteral("keywords"),
                    QJsonArray { QStringLiteral("harbour"), QStringLiteral("k%1").arg(i % 3) } },
                { QStringLiteral("ai_generated"), i % 5 == 0 },
            });
        }
        HttpTestClient client(m_sandbox->baseUrl(), "k1");
        const HttpResult put = client.put(QStringLiteral("/imgs?wait=true"), items);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.object().value(QStringLiteral("num_good")).toInt(), s_images);
    }

    void theFormBuildsTheFormula_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keywords");
        QTest::addColumn<bool>("any");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("ai"); // -1 either, 0 no, 1 yes
        QTest::addColumn<QString>("expert");
        QTest::addColumn<QString>("query"); // empty with a refusal
        QTest::addColumn<bool>("refused");
        const QStringList none;
        QTest::newRow("nothing: every image")
            << QString() << none << false << QDate() << QDate() << -1 << QString() << QString() << false;
        QTest::newRow("text") << QStringLiteral("  red   car ") << none << false << QDate() << QDate() << -1
                              << QString() << QStringLiteral("t~red car") << false;
        QTest::newRow("all keywords") << QString() << QStringList { QStringLiteral("boat"), QStringLiteral(" sea ") }
                                      << false << QDate() << QDate() << -1 << QString() << QStringLiteral("k=boat,sea")
                                      << false;
        QTest::newRow("any keyword") << QString() << QStringList { QStringLiteral("boat"), QStringLiteral("sea") }
                                     << true << QDate() << QDate() << -1 << QString() << QStringLiteral("k∩boat,sea")
                                     << false;
        QTest::newRow("everything, expert in parentheses")
            << QStringLiteral("dawn") << QStringList { QStringLiteral("boat") } << false << QDate(2024, 1, 1)
            << QDate(2024, 12, 31) << 0 << QStringLiteral("id=a || id=b")
            << QStringLiteral("t~dawn && k=boat && d>=2024-01-01 && d<=2024-12-31 && ai=false && (id=a || id=b)")
            << false;
        QTest::newRow("expert alone is kept as typed")
            << QString() << none << false << QDate() << QDate() << 1 << QStringLiteral("d>2020-01-01")
            << QStringLiteral("ai=true && (d>2020-01-01)") << false;
        QTest::newRow("text with an operator")
            << QStringLiteral("a && b") << none << false << QDate() << QDate() << -1 << QString() << QString() << true;
        QTest::newRow("keyword with a comma") << QString() << QStringList { QStringLiteral("a,b") } << false << QDate()
                                              << QDate() << -1 << QString() << QString() << true;
        QTest::newRow("dates backwards") << QString() << none << false << QDate(2024, 2, 1) << QDate(2024, 1, 1) << -1
                                         << QString() << QString() << true;
    }

    void theFormBuildsTheFormula()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keywords);
        QFETCH(bool, any);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, ai);
        QFETCH(QString, expert);
        QFETCH(QString, query);
        QFETCH(bool, refused);
        ServerQueryForm form;
        form.text = text;
        form.keywords = keywords;
        form.anyKeyword = any;
        form.from = from;
        form.to = to;
        if (ai >= 0)
            form.aiGenerated = ai == 1;
        form.expert = expert;
        QString error;
        QCOMPARE(form.query(&error), query);
        QCOMPARE(!error.isEmpty(), refused);
    }

    void theWorkspaceIsKeyedByServerAccountAndQuery()
    {
        const QString dir = m_workspaces.path();
        const QUrl server(QStringLiteral("https://api.example.com"));
        const QString file = Workspace::fileForServer(server, "key-one", QStringLiteral("k=boat"), dir);
        QVERIFY(file != Workspace::fileForServer(server, "key-two", QStringLiteral("k=boat"), dir));
        QVERIFY(file != Workspace::fileForServer(server, "key-one", QStringLiteral("k=sea"), dir));
        QVERIFY(file
            != Workspace::fileForServer(
                QUrl(QStringLiteral("https://other.example.com")), "key-one", QStringLiteral("k=boat"), dir));
        QCOMPARE(Workspace::fileForServer(
                     QUrl(QStringLiteral("https://api.example.com/")), "key-one", QStringLiteral("k=boat"), dir),
            file);
        // The key itself is never written: only its hash names the account.
        Workspace workspace;
        QString error;
        QVERIFY2(
            workspace.openServer(server, "secret-key-one", QStringLiteral("k=boat"), dir, &error), qPrintable(error));
        QVERIFY(workspace.write({ { QStringLiteral("img"), Field::Title, FieldValue(QStringLiteral("x")) } }, &error));
        workspace.close();
        QDirIterator files(dir, { QStringLiteral("server-*") }, QDir::Files);
        while (files.hasNext()) {
            QFile stored(files.next());
            QVERIFY(stored.open(QIODevice::ReadOnly));
            QVERIFY(!stored.readAll().contains("secret-key-one"));
        }
    }

    void loadsThePagesInServerOrderAsRowsWithoutFiles()
    {
        SessionFixture fixture(m_workspaces.path());
        auto source = std::make_unique<ServerSource>(&fixture.model, &fixture.workspace, m_workspaces.path(),
            &fixture.ownNetwork, ApiEndpoint { QUrl(m_sandbox->baseUrl()), "k1" }, QStringLiteral("k=harbour"));
        source->setPageSize(10); // three pages, two at a time
        source->setRetryPolicy(once());
        QSignalSpy loaded(&fixture.session, &CollectionSession::loaded);
        QSignalSpy inserted(&fixture.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy progress(&fixture.session, &CollectionSession::progressChanged);
        QSignalSpy problem(&fixture.session, &CollectionSession::problem);
        QVERIFY(fixture.session.open(std::move(source)));
        QVERIFY(loaded.wait(20000));
        QVERIFY2(problem.isEmpty(), problem.isEmpty() ? "" : qPrintable(problem.first().at(1).toString()));
        QCOMPARE(loaded.first().first().toBool(), false);
        QCOMPARE(fixture.model.rowCount(), s_images);
        QCOMPARE(inserted.size(), 3); // one insert per page
        QCOMPARE(progress.last().at(0).toInt(), s_images);
        QCOMPARE(progress.last().at(1).toInt(), s_images);
        for (int row = 0; row < s_images; ++row) {
            const RecordRow &current = fixture.model.row(row);
            QCOMPARE(current.relativePath, QStringLiteral("srv-%1").arg(row, 2, 10, QLatin1Char('0')));
            QVERIFY(!current.hasFile());
            QVERIFY(current.imageUrl.startsWith(m_images->baseUrl())); // the thumbnail before src
            QCOMPARE(current.record().text(Field::Title).value_or(QString()), QStringLiteral("Harbour %1").arg(row));
            QVERIFY(!current.error);
        }
        QVERIFY(fixture.session.serverSource());
        QVERIFY(!fixture.session.folderSource()); // so file-only actions are off
    }

    void aQueryThatMatchesFewLoadsOnlyThose()
    {
        SessionFixture fixture(m_workspaces.path());
        QSignalSpy loaded(&fixture.session, &CollectionSession::loaded);
        // Spaces, a non-ASCII operator and && all survive the URL.
        QVERIFY(fixture.session.openServer(
            ApiEndpoint { QUrl(m_sandbox->baseUrl()), "k1" }, QStringLiteral("t~harbour 1 && k∩k1,k2")));
        QVERIFY(loaded.wait(20000));
        // "Harbour 1", "Harbour 10" … "Harbour 19" whose keywords hold k1 or k2.
        QStringList ids;
        for (int row = 0; row < fixture.model.rowCount(); ++row)
            ids << fixture.model.row(row).relativePath;
        QCOMPARE(ids,
            QStringList({ QStringLiteral("srv-01"), QStringLiteral("srv-10"), QStringLiteral("srv-11"),
                QStringLiteral("srv-13"), QStringLiteral("srv-14"), QStringLiteral("srv-16"), QStringLiteral("srv-17"),
                QStringLiteral("srv-19") }));
    }

    void editsAndBaseSurviveACrashAndReopenOffline()
    {
        QTemporaryDir workspaces;
        const QString query = QStringLiteral("k=harbour");
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            QStringLiteral(WESOG_SOURCE_DIR "/resources/samples") });
        QVERIFY(sandbox.start());
        QJsonArray items;
        for (int i = 0; i < 12; ++i) {
            items.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("c-%1").arg(i, 2, 10, QLatin1Char('0')) },
                { QStringLiteral("src"), sandbox.baseUrl() + QStringLiteral("/files/harbour-dawn.jpg") },
                { QStringLiteral("title"), QStringLiteral("Título %1").arg(i) },
                { QStringLiteral("keywords"), QJsonArray { QStringLiteral("harbour") } } });
        }
        HttpTestClient client(sandbox.baseUrl(), "k1");
        QCOMPARE(client.put(QStringLiteral("/imgs?wait=true"), items).status, 200);
        const ApiEndpoint endpoint { QUrl(sandbox.baseUrl()), "k1" };
        ImageRecord base;
        {
            auto fixture = std::make_unique<SessionFixture>(workspaces.path());
            QSignalSpy loaded(&fixture->session, &CollectionSession::loaded);
            QVERIFY(fixture->session.openServer(endpoint, query));
            QVERIFY(loaded.wait(20000));
            RecordTableModel &model = fixture->model;
            QCOMPARE(model.rowCount(), 12);
            base = model.row(3).loaded;
            // Edit tools work on rows without files: a multi-row edit, a per-cell fill, and undo.
            QVERIFY(model.editCells({ 0, 1, 2 }, Field::City, QStringLiteral("Porto"), QStringLiteral("city")));
            QVERIFY(model.editCellValues(
                { { 3, Field::Title, QStringLiteral("Cais") }, { 4, Field::Title, QStringLiteral("Cais") } },
                QStringLiteral("fill down")));
            QVERIFY(model.editCells({ 5 }, Field::Headline, QStringLiteral("gone"), QStringLiteral("headline")));
            fixture->undo.undo();
            QVERIFY(!model.row(5).record().text(Field::Headline).has_value());
            QCOMPARE(model.editedCount(), 5);
            // A crash: the session goes without close(), nothing else runs.
            fixture.reset();
        }
        sandbox.kill(); // reopening must need no server
        SessionFixture reopened(workspaces.path());
        QSignalSpy loaded(&reopened.session, &CollectionSession::loaded);
        QVERIFY(reopened.session.openServer(endpoint, query));
        QVERIFY(loaded.wait(20000));
        QVERIFY(reopened.session.serverSource()->restoredFromWorkspace());
        QCOMPARE(reopened.model.rowCount(), 12);
        QCOMPARE(reopened.model.row(0).record().text(Field::City).value_or(QString()), QStringLiteral("Porto"));
        QCOMPARE(reopened.model.row(2).record().text(Field::City).value_or(QString()), QStringLiteral("Porto"));
        QCOMPARE(reopened.model.row(3).record().text(Field::Title).value_or(QString()), QStringLiteral("Cais"));
        QVERIFY(reopened.model.row(3).loaded == base); // the base is what the server held
        QCOMPARE(reopened.model.row(3).loaded.text(Field::Title).value_or(QString()), QStringLiteral("Título 3"));
        QVERIFY(!reopened.model.row(5).record().text(Field::Headline).has_value());
        QCOMPARE(reopened.model.editedCount(), 5);
        QVERIFY(reopened.model.row(3).isEdited(Field::Title));

        // Another account on the same server starts with its own workspace: none of these edits.
        SessionFixture other(workspaces.path());
        QSignalSpy otherLoaded(&other.session, &CollectionSession::loaded);
        QSignalSpy problem(&other.session, &CollectionSession::problem);
        auto otherSource = std::make_unique<ServerSource>(&other.model, &other.workspace, workspaces.path(),
            &other.ownNetwork, ApiEndpoint { endpoint.baseUrl, "another-key" }, query);
        otherSource->setRetryPolicy(once());
        QVERIFY(other.session.open(std::move(otherSource)));
        QVERIFY(otherLoaded.wait(20000));
        QCOMPARE(other.model.rowCount(), 0); // the server is down: nothing to show, nothing shared
        QCOMPARE(other.model.editedCount(), 0);
        QCOMPARE(problem.size(), 1);
    }

    void badAnswersStopTheLoadAndKeepWhatWasRead_data()
    {
        QTest::addColumn<QByteArray>("secondPage");
        const QJsonArray first { imageOut(QStringLiteral("a")), imageOut(QStringLiteral("b")) };
        QJsonObject noId = imageOut(QStringLiteral("c"));
        noId.remove(QStringLiteral("image_id"));
        QJsonObject wrongType = imageOut(QStringLiteral("c"));
        wrongType.insert(QStringLiteral("keywords"), 7);
        auto body = [](const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); };
        QTest::newRow("missing image_id") << body(page({ noId, imageOut(QStringLiteral("d")) }, 5));
        QTest::newRow("wrong type") << body(page({ wrongType, imageOut(QStringLiteral("d")) }, 5));
        QTest::newRow("page repeats") << body(page(first, 5));
        QTest::newRow("count lies: pages vanish") << body(page({}, 5));
        QTest::newRow("not JSON") << QByteArray("<html>");
    }

    void badAnswersStopTheLoadAndKeepWhatWasRead()
    {
        QFETCH(QByteArray, secondPage);
        const QByteArray firstPage
            = QJsonDocument(page({ imageOut(QStringLiteral("a")), imageOut(QStringLiteral("b")) }, 5))
                  .toJson(QJsonDocument::Compact);
        HostileServer api([&](const QByteArray &request) {
            const QByteArray line = request.left(request.indexOf("\r\n"));
            const bool first = line.contains("page=1&");
            return HostileServer::Answer { HostileServer::response(200, first ? firstPage : secondPage) };
        });
        QVERIFY(api.listen());
        QTemporaryDir workspaces;
        SessionFixture fixture(workspaces.path());
        auto source = std::make_unique<ServerSource>(&fixture.model, &fixture.workspace, workspaces.path(),
            &fixture.ownNetwork, ApiEndpoint { QUrl(api.baseUrl()), "k1" }, QString());
        source->setPageSize(2);
        source->setConcurrency(1);
        source->setRetryPolicy(once());
        QSignalSpy loaded(&fixture.session, &CollectionSession::loaded);
        QSignalSpy problem(&fixture.session, &CollectionSession::problem);
        QVERIFY(fixture.session.open(std::move(source)));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(problem.size(), 1);
        QCOMPARE(fixture.model.rowCount(), 2); // the first page stays
        QCOMPARE(fixture.model.row(1).relativePath, QStringLiteral("b"));
        QVERIFY(!fixture.workspace.isServerBaseComplete()); // so reopening loads again
        QCOMPARE(fixture.session.isLoading(), false);
    }

    void aDamagedStoredBaseIsReportedWhenReopening()
    {
        const QByteArray body = QJsonDocument(
            page({ imageOut(QStringLiteral("a")), imageOut(QStringLiteral("b")), imageOut(QStringLiteral("c")) }, 3))
                                    .toJson(QJsonDocument::Compact);
        HostileServer api(
            [&](const QByteArray &) { return HostileServer::Answer { HostileServer::response(200, body) }; });
        QVERIFY(api.listen());
        QTemporaryDir workspaces;
        const ApiEndpoint endpoint { QUrl(api.baseUrl()), "k1" };
        QString file;
        {
            SessionFixture fixture(workspaces.path());
            QSignalSpy loaded(&fixture.session, &CollectionSession::loaded);
            QVERIFY(fixture.session.openServer(endpoint, QString()));
            QVERIFY(loaded.wait(20000));
            QCOMPARE(fixture.model.rowCount(), 3);
            QVERIFY(fixture.workspace.isServerBaseComplete());
            file = fixture.workspace.fileName();
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("UPDATE server_base SET image = '{\"title\": 7' WHERE position = 1")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        SessionFixture reopened(workspaces.path());
        QSignalSpy loaded(&reopened.session, &CollectionSession::loaded);
        QSignalSpy problem(&reopened.session, &CollectionSession::problem);
        QVERIFY(reopened.session.openServer(endpoint, QString()));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(problem.size(), 1);
        QCOMPARE(problem.first().at(0).toString(), QStringLiteral("Saved Edits Could Not Be Read"));
        QCOMPARE(reopened.model.rowCount(), 0); // rows against an unreadable base could not be sent safely
        QVERIFY(!reopened.session.isLoading());
    }

    void cancellingKeepsTheRowsInAndTheNextOpeningLoadsAgain()
    {
        const QByteArray firstPage
            = QJsonDocument(page({ imageOut(QStringLiteral("a")), imageOut(QStringLiteral("b")) }, 4))
                  .toJson(QJsonDocument::Compact);
        const QByteArray secondPage
            = QJsonDocument(page({ imageOut(QStringLiteral("c")), imageOut(QStringLiteral("d")) }, 4))
                  .toJson(QJsonDocument::Compact);
        bool trickle = true;
        HostileServer api([&](const QByteArray &request) {
            const bool first = request.left(request.indexOf("\r\n")).contains("page=1&");
            HostileServer::Answer answer { HostileServer::response(200, first ? firstPage : secondPage) };
            if (!first && trickle) { // a byte a second: the load is still running when cancelled
                answer.chunk = 1;
                answer.intervalMs = 1000;
            }
            return answer;
        });
        QVERIFY(api.listen());
        QTemporaryDir workspaces;
        SessionFixture fixture(workspaces.path());
        const auto source = [&] {
            auto pages = std::make_unique<ServerSource>(&fixture.model, &fixture.workspace, workspaces.path(),
                &fixture.ownNetwork, ApiEndpoint { QUrl(api.baseUrl()), "k1" }, QString());
            pages->setPageSize(2);
            pages->setConcurrency(1);
            return pages;
        };
        QSignalSpy loaded(&fixture.session, &CollectionSession::loaded);
        QSignalSpy problem(&fixture.session, &CollectionSession::problem);
        QVERIFY(fixture.session.open(source()));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.model.rowCount(), 2, 20000);
        fixture.session.cancelLoading();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toBool(), true); // cancelled
        QVERIFY(problem.isEmpty());
        QCOMPARE(fixture.model.rowCount(), 2);
        QVERIFY(!fixture.session.isLoading());
        QVERIFY(!fixture.workspace.isServerBaseComplete());

        // The base was not complete, so opening again asks the server again, and gets it all.
        trickle = false;
        QVERIFY(fixture.session.open(source()));
        QVERIFY(loaded.wait(20000));
        QVERIFY2(problem.isEmpty(), problem.isEmpty() ? "" : qPrintable(problem.first().at(1).toString()));
        QCOMPARE(fixture.model.rowCount(), 4);
        QCOMPARE(fixture.model.row(3).relativePath, QStringLiteral("d"));
        QVERIFY(fixture.workspace.isServerBaseComplete());
    }

    void aRestartedLoadKeepsTheBaseEditsWereMadeAgainst()
    {
        // A slow server: a load is cancelled between its two pages.
        SandboxProcess sandbox({ QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"),
            QStringLiteral(WESOG_SOURCE_DIR "/resources/samples"), QStringLiteral("--latency-ms"),
            QStringLiteral("1000") });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        HttpTestClient other(sandbox.baseUrl(), "k1"); // another editor
        const auto item = [&sandbox](const char *id, const QString &title, const QString &city) {
            return QJsonObject { { QStringLiteral("id"), QLatin1String(id) },
                { QStringLiteral("src"), sandbox.baseUrl() + QStringLiteral("/files/harbour-dawn.jpg") },
                { QStringLiteral("title"), title }, { QStringLiteral("city"), city } };
        };
        const QString put = QStringLiteral("/imgs?wait=true");
        QJsonArray items;
        for (const char *id : { "srv-a", "srv-b", "srv-c", "srv-d" })
            items.append(item(id, QStringLiteral("Cais %1").arg(QLatin1String(id)), QStringLiteral("Lisboa")));
        QCOMPARE(other.put(put, items).status, 200);

        QTemporaryDir workspaces;
        SessionFixture fixture(workspaces.path());
        fixture.connectTo(sandbox.baseUrl());
        const auto source = [&] {
            auto pages = std::make_unique<ServerSource>(&fixture.model, &fixture.workspace, workspaces.path(),
                &fixture.ownNetwork, ApiEndpoint { QUrl(sandbox.baseUrl()), "k1" }, QString());
            pages->setPageSize(2);
            pages->setConcurrency(1);
            return pages;
        };
        QSignalSpy loaded(&fixture.session, &CollectionSession::loaded);
        QVERIFY(fixture.session.open(source()));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.model.rowCount(), 2, 20000);
        fixture.session.cancelLoading();
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!fixture.workspace.isServerBaseComplete());
        QCOMPARE(fixture.model.row(0).relativePath, QStringLiteral("srv-a"));
        QVERIFY(fixture.model.editCells({ 0 }, Field::Title, QStringLiteral("Mine"), QStringLiteral("title")));
        // Meanwhile the other editor retitles A (which we edited) and C (which we did not).
        QCOMPARE(other
                     .put(put,
                         QJsonArray { item("srv-a", QStringLiteral("Their title"), QStringLiteral("Porto")),
                             item("srv-c", QStringLiteral("Their C"), QStringLiteral("Lisboa")) })
                     .status,
            200);

        // Opened again and cancelled before any page: A's kept base outlives a restart that never reaches A.
        QVERIFY(fixture.session.open(source()));
        fixture.session.cancelLoading();
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(fixture.model.rowCount(), 0);

        QVERIFY(fixture.session.open(source()));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 20000);
        QVERIFY(fixture.workspace.isServerBaseComplete());
        QCOMPARE(fixture.model.rowCount(), 4);
        const RecordRow &a = fixture.model.row(fixture.row("srv-a"));
        QCOMPARE(a.record().text(Field::Title).value_or(QString()), QStringLiteral("Mine"));
        // The base is what A held when it was edited, not the other editor's copy.
        QCOMPARE(a.loaded.text(Field::Title).value_or(QString()), QStringLiteral("Cais srv-a"));
        QCOMPARE(a.loaded.text(Field::City).value_or(QString()), QStringLiteral("Lisboa"));
        QVERIFY(a.serverBase && *a.serverBase == a.loaded);
        // An image without edits shows the server's copy as it is now.
        QCOMPARE(fixture.model.row(fixture.row("srv-c")).loaded.text(Field::Title).value_or(QString()),
            QStringLiteral("Their C"));

        // Sending holds A back as a conflict instead of putting our title over theirs.
        SubmissionController &controller = fixture.controller;
        QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
        QVERIFY(controller.submit(controller.plan(SubmitScope::AllValid, {}), {}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(controller.lastCheck().conflicts, 1);
        QVERIFY(controller.conflictOf(fixture.row("srv-a")));
        const QJsonObject onServer = other.get(QStringLiteral("/imgs/srv-a")).object();
        QCOMPARE(onServer.value(QStringLiteral("title")).toString(), QStringLiteral("Their title"));

        // The stored base is the one shown: reopening from the workspace gives A the same base.
        QVERIFY(fixture.session.open(source()));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 4, 20000);
        QVERIFY(fixture.session.serverSource()->restoredFromWorkspace());
        QCOMPARE(fixture.model.row(fixture.row("srv-a")).loaded.text(Field::Title).value_or(QString()),
            QStringLiteral("Cais srv-a"));
    }

    void aBaseThatCannotBeStoredStopsTheLoad()
    {
        const QByteArray body = QJsonDocument(page({ imageOut(QStringLiteral("a")), imageOut(QStringLiteral("b")) }, 2))
                                    .toJson(QJsonDocument::Compact);
        QTemporaryDir workspaces;
        SessionFixture fixture(workspaces.path());
        HostileServer api([&](const QByteArray &) {
            // The workspace is open by now. The base is stored on a worker, through a connection
            // of its own; a trigger makes its insert fail as a full disk would.
            const QString connection = QStringLiteral("refuse-base");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(fixture.workspace.fileName());
                QSqlQuery query(db);
                if (!db.open()
                    || !query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON server_base "
                                                  "BEGIN SELECT RAISE(ABORT, 'no space left (test)'); END")))
                    qWarning() << "the trigger could not be made:" << query.lastError().text();
            }
            QSqlDatabase::removeDatabase(connection);
            return HostileServer::Answer { HostileServer::response(200, body) };
        });
        QVERIFY(api.listen());
        QSignalSpy loaded(&fixture.session, &CollectionSession::loaded);
        QSignalSpy problem(&fixture.session, &CollectionSession::problem);
        QVERIFY(fixture.session.openServer(ApiEndpoint { QUrl(api.baseUrl()), "k1" }, QString()));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(problem.size(), 1);
        QCOMPARE(problem.first().at(0).toString(), QStringLiteral("Edits Cannot Be Kept"));
        QVERIFY2(problem.first().at(1).toString().contains(QStringLiteral("no space left (test)")),
            qPrintable(problem.first().at(1).toString()));
        QCOMPARE(fixture.model.rowCount(), 0); // rows whose base is not kept could not be sent safely
        QVERIFY(!fixture.workspace.isServerBaseComplete());
        QVERIFY(!fixture.session.isLoading());
    }

    void thumbnailsComeFromTheImageHostWithoutTheKey()
    {
        SessionFixture fixture(m_workspaces.path());
        QSignalSpy loaded(&fixture.session, &CollectionSession::loaded);
        QVERIFY(fixture.session.openServer(ApiEndpoint { QUrl(m_sandbox->baseUrl()), "k1" }, QStringLiteral("k=k1")));
        QVERIFY(loaded.wait(20000));
        QVERIFY(fixture.model.rowCount() >= 2);
        QTemporaryDir cache;
        ThumbnailService files(64);
        const qsizetype before = m_images->requests().size();
        {
            RemoteThumbnailLoader remote(&fixture.ownNetwork, cache.path(), 64);
            ThumbnailUpdater updater(&fixture.model, &files, &remote);
            // Row 0 (srv-01) is redirected, row 1 (srv-04) is not.
            updater.setVisibleRows({ 0, 1 });
            QTRY_VERIFY(fixture.model.hasThumbnail(fixture.model.row(0).thumbnailKey()));
            QTRY_VERIFY(fixture.model.hasThumbnail(fixture.model.row(1).thumbnailKey()));
            const QImage thumbnail = fixture.model.index(0, RecordTableModel::FileColumn)
                                         .data(RecordTableModel::ThumbnailRole)
                                         .value<QImage>();
            QCOMPARE(thumbnail.size(), QSize(40, 30));
            QCOMPARE(thumbnail.pixelColor(5, 5), QColor(Qt::darkCyan));
            QCOMPARE(files.queuedCount(), 0); // no file was asked for
        }
        const QList<QByteArray> requests = m_images->requests().mid(before);
        QCOMPARE(requests.size(), 3); // a redirect, its target, and the other thumbnail
        for (const QByteArray &request : requests) {
            const QByteArray headers = headersOf(request);
            QVERIFY2(!headers.contains("api-key"), headers.constData());
            QVERIFY2(!headers.contains("authorization"), headers.constData());
            QVERIFY2(!headers.contains("k1"), headers.constData());
        }
        // Fetched once: a new loader (a new run of the app) finds them on disk.
        RemoteThumbnailLoader again(&fixture.ownNetwork, cache.path(), 64);
        QSignalSpy ready(&again, &RemoteThumbnailLoader::thumbnailReady);
        QVERIFY(again.thumbnail(fixture.model.row(0).imageUrl).isNull());
        QVERIFY(ready.wait(5000));
        QVERIFY(!again.thumbnail(fixture.model.row(0).imageUrl).isNull());
        QCOMPARE(m_images->requests().size(), before + 3);
    }

    void onlyWebImagesAreFetched()
    {
        QNetworkAccessManager network;
        QTemporaryDir cache;
        RemoteThumbnailLoader remote(&network, cache.path(), 64);
        // A record naming a local file must not make the app read it.
        QVERIFY(remote.thumbnail(QStringLiteral("file:///etc/hostname")).isNull());
        QVERIFY(remote.thumbnail(QStringLiteral("ftp://example.invalid/a.png")).isNull());
        QTRY_VERIFY(remote.hasFailed(QStringLiteral("file:///etc/hostname")));
        QVERIFY(remote.hasFailed(QStringLiteral("ftp://example.invalid/a.png")));
    }

    void httpsIsNeverRedirectedToHttp()
    {
        QString error;
        QVERIFY2(addCaCertificates(QStringLiteral(WESOG_SOURCE_DIR "/tests/support/tls/localhost.crt"), &error),
            qPrintable(error));
        const qsizetype httpBefore = m_images->requests().size();
        HttpsImageHost host(m_images->baseUrl() + QStringLiteral("/thumb/plain.png"));
        QVERIFY(host.listen());
        QNetworkAccessManager network;
        QTemporaryDir cache;
        RemoteThumbnailLoader remote(&network, cache.path(), 64);
        QSignalSpy ready(&remote, &RemoteThumbnailLoader::thumbnailReady);
        QSignalSpy failed(&remote, &RemoteThumbnailLoader::thumbnailFailed);

        // Control: TLS to this host works and an https → https redirect is followed.
        const QString safe = host.baseUrl() + QStringLiteral("/to-https/a.png");
        QVERIFY(remote.thumbnail(safe).isNull());
        QVERIFY(ready.wait(10000));
        QCOMPARE(remote.thumbnail(safe).pixelColor(5, 5), QColor(Qt::darkMagenta));
        const int httpsRequests = host.requests(); // the redirect and its target, at least
        QVERIFY(httpsRequests >= 2);

        // https → http: refused before any request reaches the http host.
        const QString downgraded = host.baseUrl() + QStringLiteral("/to-http/b.png");
        QVERIFY(remote.thumbnail(downgraded).isNull());
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(), downgraded);
        QCOMPARE(remote.failureReason(downgraded), QStringLiteral("redirected from https to http, which is refused"));
        QVERIFY(host.requests() > httpsRequests); // asked over https, not followed to http
        QCOMPARE(m_images->requests().size(), httpBefore);
        QCOMPARE(ready.size(), 1);
    }

    void aThumbnailThatCannotBeFetchedSaysWhy()
    {
        QNetworkAccessManager network;
        QTemporaryDir cache;
        RemoteThumbnailLoader remote(&network, cache.path(), 64);
        QSignalSpy failed(&remote, &RemoteThumbnailLoader::thumbnailFailed);
        const QString missing = m_images->baseUrl() + QStringLiteral("/gone.png");
        const QString notAnImage = m_images->baseUrl() + QStringLiteral("/text/a.png");
        const QString local = QStringLiteral("file:///etc/hostname");
        for (const QString &url : { missing, notAnImage, local })
            QVERIFY(remote.thumbnail(url).isNull());
        QTRY_COMPARE(failed.size(), 3);
        QVERIFY2(remote.failureReason(missing).startsWith(QLatin1String("the server answered 404")),
            qPrintable(remote.failureReason(missing)));
        QCOMPARE(remote.failureReason(notAnImage), QStringLiteral("not an image"));
        QCOMPARE(remote.failureReason(local), QStringLiteral("not a web address (http or https)"));
        // Not asked again: a failure is not a thumbnail still loading.
        const qsizetype requests = m_images->requests().size();
        QVERIFY(remote.thumbnail(missing).isNull());
        QCOMPARE(m_images->requests().size(), requests);
    }

    void theImageUrlPrefersThumbnailThenWatermarkThenSrc()
    {
        ImageRecord record;
        record.setSrc(QStringLiteral("https://a/src.jpg"));
        QCOMPARE(ServerSource::imageUrlOf(record), QStringLiteral("https://a/src.jpg"));
        record.setValue(Field::UrlImgWatermark, QStringLiteral("https://a/wm.jpg"));
        QCOMPARE(ServerSource::imageUrlOf(record), QStringLiteral("https://a/wm.jpg"));
        record.setValue(Field::UrlImgThumbnail, QStringLiteral("https://a/th.jpg"));
        QCOMPARE(ServerSource::imageUrlOf(record), QStringLiteral("https://a/th.jpg"));
    }
};

QTEST_MAIN(tst_ServerSource)
#include "tst_serversource.moc"
