// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Wesog {
class CodeReplacements;
}

namespace Wesog::Cli {

/// Loads `--replacements` files in order (a later file's code wins). False with the message
/// printed when one cannot be used.
bool loadReplacementFiles(const QStringList &paths, CodeReplacements *out);

/// `wesogctl check FOLDER|BODY.json`: one JSON line per finding, sorted by id, field, code.
int runCheck(const QStringList &arguments);

} // namespace Wesog::Cli
