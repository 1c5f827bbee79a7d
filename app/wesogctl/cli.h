// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

#include <QCoreApplication>
#include <QString>

namespace Wesog::Cli {

/// wesogctl's exit codes, as the README documents them.
enum ExitCode {
    Completed = 0,      ///< everything done (every item accepted)
    Incomplete = 1,     ///< some items failed or were not sent; a folder could not be read
    UsageError = 2,     ///< bad flags, unreadable input, a key file open to others
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

} // namespace Wesog::Cli
