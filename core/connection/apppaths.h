// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Wesog::AppPaths {

/// Where Wesog Desk and wesogctl keep per-folder workspaces: the same place for both, so a
/// submission started by one is followed by the other.
QString workspaceDirectory();
/// Where the key file lives when no system keychain is available.
QString keyFileDirectory();
/// The in-process Local sandbox's database and state.
QString sandboxDirectory();

} // namespace Wesog::AppPaths
