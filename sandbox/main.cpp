// SPDX-License-Identifier: GPL-3.0-or-later
// wesog-sandbox: our local implementation of the Wesog API (docs/wesog-api.md §10).

#include <csignal>
#include <cstdio>
#include <unistd.h>

#include <QCoreApplication>
#include <QSocketNotifier>

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

using namespace Wesog::Sandbox;

namespace {

int s_signalPipe[2] = { -1, -1 };

void handleSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}

// SIGINT and SIGTERM end the event loop, so the server stops after its current slice and
// the store closes cleanly; an operation cut short resumes at the next start.
void quitOnSignals(QCoreApplication *app)
{
    if (::pipe(s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wesog-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WESOGDESK_VERSION));

    QString error;
    QString help;
    const std::optional<SandboxOptions> options = SandboxOptions::parse(app.arguments().mid(1), &error, &help);
    if (!options) {
        if (!help.isEmpty()) {
            std::fputs(qPrintable(help), stdout);
            return 0;
        }
        std::fprintf(stderr, "wesog-sandbox: %s\nTry 'wesog-sandbox --help'.\n", qPrintable(error));
        return 2;
    }
    if (!options->host.isLoopback())
        std::fprintf(stderr, "wesog-sandbox: warning: listening on %s, which other machines can reach\n",
            qPrintable(options->host.toString()));

    SandboxServer server(*options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "wesog-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    quitOnSignals(&app);
    std::printf("wesog-sandbox listening on %s\n", qPrintable(server.baseUrl()));
    std::fflush(stdout);
    return app.exec();
}
