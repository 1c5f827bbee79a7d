// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Wesog::Cli {

/// `wesogctl submit DIR|FILE.json`: sends, follows every operation to its end, prints progress
/// to stderr and one JSON summary to stdout. Returns the exit code.
int runSubmit(const QStringList &arguments);

} // namespace Wesog::Cli
