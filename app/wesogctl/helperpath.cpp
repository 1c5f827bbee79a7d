// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/wesogctl/helperpath.h"

#include <limits.h>
#include <unistd.h>

namespace Wesog::Cli {

std::string helperPath(const char *name)
{
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self);
    if (length <= 0 || length >= ssize_t(sizeof self) || self[0] != '/')
        return {};
    const std::string path(self, size_t(length));
    const std::string folder = path.substr(0, path.rfind('/') + 1);
    const std::string beside = folder + name;
    return ::access(beside.c_str(), F_OK) == 0 ? beside : folder + WESOGCTL_HELPERS_FROM_BINDIR + "/" + name;
}

} // namespace Wesog::Cli
