// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

#include <QCoreApplication>
#include <QStringList>

#include "core/i18n/languagemanager.h"
#include "core/library/exiv2session.h"

namespace Wesog::Cli {

/// One `wesogctl COMMAND`: its name and what runs it with the whole command line.
struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments);
};

/// What every wesogctl program sets up before a command runs: the application names, which the
/// settings and the keychain entries are filed under, the user's language, and Exiv2.
class Program
{
public:
    Program(int &argc, char **argv);

private:
    QCoreApplication m_application;
    Exiv2Session m_exiv2;
    LanguageManager m_languages;
};

/// Runs the command the first argument names, or answers --version, --help or an unknown command.
int runCommand(std::initializer_list<Command> commands);

} // namespace Wesog::Cli
