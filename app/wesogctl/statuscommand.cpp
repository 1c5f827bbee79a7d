// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wesogctl/statuscommand.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include "app/wesogctl/cli.h"
#include "app/wesogctl/connectionflags.h"
#include "core/submit/operationwatcher.h"

namespace Wesog::Cli {

namespace {

void printStatus(const OperationStatus &status)
{
    std::fputs(QJsonDocument(status.toJson()).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout); // a script reading --watch lines must get each one as it comes
}

int exitCodeFor(const OperationStatus &status)
{
    return status.isFinished && status.numBad > 0 ? Incomplete : Completed;
}

} // namespace

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeCommand(parser, tr("Prints an operation's status as JSON."), QStringLiteral("status"),
        QStringLiteral("op_id"), tr("The operation id."));
    const ConnectionFlags connection;
    connection.addTo(parser);
    const QCommandLineOption watch(
        QStringLiteral("watch"), tr("Print one line per change until the operation finishes."));
    parser.addOption(watch);
    const QString usage = tr("usage: wesogctl status OP_ID [--watch] [--url URL] [--key-file F]");
    if (const std::optional<int> exit = parseCommand(parser, arguments, usage))
        return *exit;
    bool ok = false;
    const qint64 opId = parser.positionalArguments().at(1).toLongLong(&ok);
    if (!ok || opId < 0) {
        printError(usage);
        return UsageError;
    }
    QUrl baseUrl;
    RetryPolicy policy;
    if (!connection.read(parser, &baseUrl, &policy))
        return UsageError;

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager manager;
    int exitCode = UsageError;
    std::unique_ptr<OperationWatcher> watcher;
    std::unique_ptr<ApiCall> call;
    connection.findKey(parser, baseUrl, [&](const QByteArray &key) {
        if (key.isEmpty()) {
            QCoreApplication::exit(0);
            return;
        }
        const ApiEndpoint endpoint { baseUrl, key };
        if (parser.isSet(watch)) {
            watcher = std::make_unique<OperationWatcher>(&manager, endpoint);
            watcher->setRetryPolicy(policy);
            QObject::connect(watcher.get(), &OperationWatcher::changed, watcher.get(),
                [](qint64, const OperationStatus &status) { printStatus(status); });
            QObject::connect(
                watcher.get(), &OperationWatcher::finished, watcher.get(), [&](qint64, const OperationStatus &status) {
                    exitCode = exitCodeFor(status);
                    QCoreApplication::exit(0);
                });
            QObject::connect(
                watcher.get(), &OperationWatcher::failed, watcher.get(), [&](qint64, const ApiError &error) {
                    printError(error.userMessage());
                    exitCode = ServiceFailure;
                    QCoreApplication::exit(0);
                });
            watcher->watch(opId);
            return;
        }
        call = std::make_unique<ApiCall>(&manager,
            ApiRequest { "GET", endpoint.url(QStringLiteral("/ops/%1").arg(opId)), key, {} }, policy, ApiLimits());
        QObject::connect(call.get(), &ApiCall::finished, call.get(), [&](const ApiReply &reply) {
            OperationStatus status;
            if (reply.error.isError()) {
                printError(reply.error.userMessage());
                exitCode = ServiceFailure;
            } else if (const std::optional<JsonFieldError> error = OperationStatus::fromBody(reply.body, &status)) {
                printError(tr("the server's answer cannot be used: %1").arg(error->message()));
                exitCode = ServiceFailure;
            } else {
                status.opId = opId;
                printStatus(status);
                exitCode = exitCodeFor(status);
            }
            QCoreApplication::exit(0);
        });
        call->start();
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Wesog::Cli
