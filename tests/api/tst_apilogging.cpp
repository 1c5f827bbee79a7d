// SPDX-License-Identifier: GPL-3.0-or-later
// The request log (wesogdesk.api) in-process, with every logging category on: one line per
// finished request and per retry, saying method, path, status, time and retries, and nothing
// else: never the key, never a body. Against wesog-sandbox processes.
#include <algorithm>

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "core/api/apicall.h"
#include "core/api/apiendpoint.h"
#include "core/submit/submissionjob.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testpaths.h"

using namespace Wesog;

namespace {

QMutex s_mutex;
QStringList s_lines; // every message from any thread, as "category: text"

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker locker(&s_mutex);
    s_lines << QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") + message;
}

QStringList captured()
{
    const QMutexLocker locker(&s_mutex);
    return s_lines;
}

const QByteArray s_key = "wesog-key-31d8be40-must-not-be-logged";
const QString s_title = QStringLiteral("Body title 5c0e9a, not for the log");

} // namespace

class tst_ApiLogging : public QObject
{
    Q_OBJECT

private:
    QtMessageHandler m_previous = nullptr;

private slots:
    void init()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true")); // every category Qt and we have
        m_previous = qInstallMessageHandler(capture);
    }

    void cleanup()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    void requestsAreLoggedWithoutKeyOrBody()
    {
        Test::SandboxProcess sandbox({ QStringLiteral("--key"), QString::fromLatin1(s_key),
            QStringLiteral("--files-root"), QStringLiteral(WESOG_SOURCE_DIR "/resources/samples") });
        Test::SandboxProcess failing({ QStringLiteral("--key"), QString::fromLatin1(s_key),
            QStringLiteral("--fail-rate"), QStringLiteral("1") });
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        QVERIFY2(failing.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        RetryPolicy fast(1);
        fast.baseDelayMs = 1;
        fast.maxDelayMs = 2;

        // A submission: PUT /imgs, then GET /ops/{id} until it ends.
        const ApiEndpoint endpoint { QUrl(sandbox.baseUrl()), s_key };
        SubmissionJob job(&network, endpoint, QStringLiteral("sandbox"), nullptr);
        job.setPacing({ 20, 200, 4 });
        job.setRetryPolicy(fast);
        ImageRecord record;
        record.setId(QStringLiteral("logged-1"));
        record.setSrc(sandbox.baseUrl() + QStringLiteral("/files/festival-night.jpg"));
        record.setValue(Field::Title, s_title);
        QSignalSpy idle(&job, &SubmissionJob::idle);
        QVERIFY(job.submit({ { QStringLiteral("a.jpg"), record } }, {}));
        QVERIFY(idle.wait(20000));
        QCOMPARE(job.states().value(QStringLiteral("a.jpg")).state, SubmitState::Accepted);

        // A request the server keeps failing: one retry, then given up.
        RetryPolicy twice = fast;
        twice.maxAttempts = 2;
        ApiCall retried(&network,
            { "GET", ApiEndpoint { QUrl(failing.baseUrl()), s_key }.url(QStringLiteral("/ops")), s_key, {} }, twice,
            {});
        QSignalSpy retriedDone(&retried, &ApiCall::finished);
        retried.start();
        QVERIFY(retriedDone.wait(20000));

        // A key the server refuses.
        const QByteArray wrong = s_key + "-wrong";
        ApiCall refused(&network, { "GET", endpoint.url(QStringLiteral("/ops")), wrong, {} }, fast, {});
        QSignalSpy refusedDone(&refused, &ApiCall::finished);
        refused.start();
        QVERIFY(refusedDone.wait(20000));

        const QStringList lines = captured();
        const QRegularExpression finished(
            QStringLiteral("^wesogdesk\\.api: (GET|PUT) (/[^ ?#]*) -> (\\d+) in \\d+ ms, (\\d+) retries$"));
        const QRegularExpression retry(
            QStringLiteral("^wesogdesk\\.api: (GET|PUT) (/[^ ?#]*) -> (\\d+) after \\d+ ms; retry \\d+ in \\d+ ms$"));
        QStringList api;
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1String("wesogdesk.api:")))
                continue;
            // Nothing but method, path, status, time and retries: no room for a key or a body.
            QVERIFY2(finished.match(line).hasMatch() || retry.match(line).hasMatch(), qPrintable(line));
            api << line;
        }
        // The lines are there, so the absence below means something.
        auto has = [&](const QString &pattern) {
            const QRegularExpression expression(pattern);
            return std::any_of(
                api.cbegin(), api.cend(), [&](const QString &line) { return expression.match(line).hasMatch(); });
        };
        QVERIFY2(
            has(QStringLiteral("PUT /imgs -> 202 in \\d+ ms, 0 retries$")), qPrintable(api.join(QLatin1Char('\n'))));
        QVERIFY2(has(QStringLiteral("GET /ops/\\d+ -> 200 in ")), qPrintable(api.join(QLatin1Char('\n'))));
        QVERIFY2(has(QStringLiteral("GET /ops -> 50[03] after \\d+ ms; retry 1 in ")),
            qPrintable(api.join(QLatin1Char('\n'))));
        QVERIFY2(
            has(QStringLiteral("GET /ops -> 50[03] in \\d+ ms, 1 retries$")), qPrintable(api.join(QLatin1Char('\n'))));
        QVERIFY2(
            has(QStringLiteral("GET /ops -> 401 in \\d+ ms, 0 retries$")), qPrintable(api.join(QLatin1Char('\n'))));

        for (const QString &line : lines) {
            QVERIFY2(!line.contains(QLatin1String(s_key)), qPrintable(line));
            QVERIFY2(!line.contains(QLatin1String(s_key.toBase64())), qPrintable(line));
        }
        for (const QString &line : api)
            QVERIFY2(!line.contains(s_title), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(tst_ApiLogging)
#include "tst_apilogging.moc"
