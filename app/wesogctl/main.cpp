// SPDX-License-Identifier: GPL-3.0-or-later
// wesogctl: Wesog Desk's jobs for scripts. Links the core only (no Widgets, no display).

#include <QCoreApplication>
#include <QImageReader>

#include "app/wesogctl/checkcommand.h"
#include "app/wesogctl/cli.h"
#include "app/wesogctl/pullcommand.h"
#include "app/wesogctl/scancommand.h"
#include "app/wesogctl/statuscommand.h"
#include "app/wesogctl/submitcommand.h"
#include "app/wesogctl/writecommand.h"
#include "core/i18n/languagemanager.h"
#include "core/library/allocatortuning.h"
#include "core/library/exiv2session.h"

using namespace Wesog;
using namespace Wesog::Cli;

int main(int argc, char *argv[])
{
    tuneAllocatorForReading();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Wesog"));
    QCoreApplication::setApplicationName(QStringLiteral("wesogctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WESOGDESK_VERSION));
    QImageReader::setAllocationLimit(1024);
    Exiv2Session exiv2;
    LanguageManager languages;
    languages.apply(LanguageManager::defaultLanguage(QLocale::system()));

    const QStringList arguments = app.arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("scan"))
        return runScan(arguments);
    if (command == QLatin1String("submit"))
        return runSubmit(arguments);
    if (command == QLatin1String("pull"))
        return runPull(arguments);
    if (command == QLatin1String("status"))
        return runStatus(arguments);
    if (command == QLatin1String("write"))
        return runWrite(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("--version")) {
        std::printf("wesogctl %s\n", WESOGDESK_VERSION);
        return Completed;
    }
    const bool help = command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h");
    printError(help
            ? tr("usage: wesogctl scan FOLDER [options] | submit DIR|FILE.json [options] | status OP_ID "
                 "[options] | pull [options] | write FOLDER BODY.json [options] | check FOLDER|BODY.json [options]; "
                 "add --help after a command for its options")
            : tr("unknown command: %1").arg(command));
    return help && !command.isEmpty() ? Completed : UsageError;
}
