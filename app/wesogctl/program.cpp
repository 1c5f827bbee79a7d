// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wesogctl/program.h"

#include <cstdio>

#include "app/wesogctl/cli.h"

namespace Wesog::Cli {

Program::Program(int &argc, char **argv)
    : m_application(argc, argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Wesog"));
    QCoreApplication::setApplicationName(QStringLiteral("wesogctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WESOGDESK_VERSION));
    m_languages.apply(LanguageManager::defaultLanguage(QLocale::system()));
}

int runCommand(std::initializer_list<Command> commands)
{
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    for (const Command &known : commands) {
        if (command == QLatin1String(known.name))
            return known.run(arguments);
    }
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

} // namespace Wesog::Cli
