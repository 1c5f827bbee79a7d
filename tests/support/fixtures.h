// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
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

/// A fixture's bytes; empty when it cannot be read.
inline QByteArray fixtureBytes(const char *name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray fixtureBytes(const QString &name)
{
    return fixtureBytes(name.toUtf8().constData());
}

} // namespace Wesog::Test
