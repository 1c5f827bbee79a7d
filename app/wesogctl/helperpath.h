// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace Wesog::Cli {

/// Where wesogctl finds one of its helpers (wesogctl-remote, the wesog-imageprobe module): beside
/// it in a build tree, in the package's libexec folder once installed (found from where this
/// program is, as CPack moves the installation to /usr). Empty when this program cannot tell
/// where it is (no /proc): a path relative to the working directory could load someone else's.
std::string helperPath(const char *name);

} // namespace Wesog::Cli
