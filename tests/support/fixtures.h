// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "tests/support/testpaths.h"

namespace Wesog::Test {

/// A file made by tests/fixtures/make-fixtures.sh (the make_fixtures ctest fixture).
inline QString fixture(const QString &name)
{
    return QStringLiteral(WESOG_FIXTURES_DIR "/") + name;
}

inline QString fixture(const char *name)
{
    return fixture(QString::fromUtf8(name));
}

} // namespace Wesog::Test
