// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include "core/record/imagerecord.h"

namespace Wesog::Cli {

/// `wesogctl pull`: prints the images a query matches as a `PUT /imgs` body (JSON array) on
/// stdout, progress on stderr. Returns the exit code.
int runPull(const QStringList &arguments);

/// The body pull prints: one item per line, sorted by id in UTF-8 byte order (the same order
/// whatever the server's), unset values ("", [], null) left out, computed fields dropped.
QByteArray pullBody(QList<ImageRecord> records);

} // namespace Wesog::Cli
