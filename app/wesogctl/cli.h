// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

namespace Wesog::Cli {

/// wesogctl's exit codes, as the README documents them.
enum ExitCode {
    Completed = 0, ///< everything done (every item accepted)
    Incomplete = 1, ///< some items failed or were not sent; a folder could not be read
    UsageError = 2, ///< bad flags, unreadable input, a key file open to others
    ServiceFailure = 3, ///< authentication, unknown operation, network after all retries
};

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Wesog::Cli", text); // the context lupdate gives tr() calls in this namespace
}

inline void printError(const QString &message)
{
    std::fprintf(stderr, "wesogctl: %s\n", qPrintable(message));
}

/// Describes one command (`wesogctl COMMAND ARGUMENT [options]`) on `parser`; add its options next.
inline void describeCommand(QCommandLineParser &parser, const QString &description, const QString &command,
    const QString &argument, const QString &argumentHelp)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(command, tr("The command."));
    parser.addPositionalArgument(argument, argumentHelp);
}

/// Parses a command's arguments. Returns the exit code when the run ends here: `--help` printed,
/// or a usage error (bad flags, not exactly `count` arguments after the command) printed with
/// `usage`; else nullopt.
inline std::optional<int> parseCommand(
    QCommandLineParser &parser, const QStringList &arguments, const QString &usage, qsizetype count = 1)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Completed;
    }
    if (parser.positionalArguments().size() != 1 + count) {
        printError(usage);
        return UsageError;
    }
    return std::nullopt;
}

/// The JSON array of a file (a PUT /imgs body); nothing, with the reason printed, when the file
/// cannot be read or holds something else.
inline std::optional<QJsonArray> readJsonArray(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        printError(tr("%1 is not a JSON array of images: %2").arg(path, parseError.errorString()));
        return std::nullopt;
    }
    return document.array();
}

} // namespace Wesog::Cli
