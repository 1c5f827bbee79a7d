// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testenvironment.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace Wesog::Test {

TestEnvironment::TestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WesogTest"));
    QCoreApplication::setApplicationName(QStringLiteral("Wesog Desk Test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    clearSettings();
}

void TestEnvironment::clearSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

} // namespace Wesog::Test
