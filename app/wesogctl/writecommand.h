// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Wesog::Cli {

/// `wesogctl write FOLDER BODY.json`: writes the fields of each body item into the image whose
/// id (by the id template) matches, and prints one JSON summary to stdout. Returns the exit code.
int runWrite(const QStringList &arguments);

} // namespace Wesog::Cli
