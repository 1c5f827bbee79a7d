// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Wesog::Cli {

/// `wesogctl status OP_ID [--watch]`: prints the operation as JSON (one line per change with
/// --watch). Returns the exit code.
int runStatus(const QStringList &arguments);

} // namespace Wesog::Cli
