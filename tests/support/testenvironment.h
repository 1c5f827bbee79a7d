// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTemporaryDir>

namespace Wesog::Test {

/// Isolates a test from the machine: QStandardPaths test mode, and QSettings written to a
/// temporary folder that is removed with this object. Create one in initTestCase().
class TestEnvironment final
{
public:
    TestEnvironment();
    /// Removes every saved setting, for tests that need a first run.
    void clearSettings();
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace Wesog::Test
