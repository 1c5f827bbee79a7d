// SPDX-License-Identifier: GPL-3.0-or-later
// wesogctl: Wesog Desk's jobs for scripts. Links the core only (no Widgets, no display).
//
// This program reads and writes files (scan, write, check). It hands the commands that talk to
// the server (submit, pull, status) to wesogctl-remote, which takes its place in the process:
// a script that scans in a loop then never loads the network, database and keychain libraries,
// whose loading was a sixth of a scan's start-up.

#include <cerrno>
#include <cstring>
#include <string>

#include <limits.h>
#include <unistd.h>

#include <QDir>

#include "app/wesogctl/checkcommand.h"
#include "app/wesogctl/cli.h"
#include "app/wesogctl/program.h"
#include "app/wesogctl/scancommand.h"
#include "app/wesogctl/writecommand.h"
#include "core/library/allocatortuning.h"

namespace Wesog::Cli {
namespace {

bool isRemoteCommand(const char *command)
{
    for (const char *remote : { "submit", "pull", "status" }) {
        if (std::strcmp(command, remote) == 0)
            return true;
    }
    return false;
}

/// wesogctl-remote: beside this program in a build tree, in the package's libexec folder once
/// installed (found from where this program is, as CPack moves the installation to /usr).
/// Empty when this program cannot tell where it is (no /proc): a path relative to the working
/// directory could start someone else's program.
std::string remoteProgram()
{
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self);
    if (length <= 0 || length >= ssize_t(sizeof self) || self[0] != '/')
        return {};
    const std::string path(self, size_t(length));
    const std::string folder = path.substr(0, path.rfind('/') + 1);
    const std::string beside = folder + "wesogctl-remote";
    return ::access(beside.c_str(), X_OK) == 0 ? beside : folder + WESOGCTL_REMOTE_FROM_BINDIR;
}

int reportUnstartable(const std::string &program, const char *command, int error)
{
    printError(tr("cannot start %1, which runs %2: %3")
                   .arg(QDir::cleanPath(QString::fromStdString(program)), QString::fromLocal8Bit(command),
                       QString::fromLocal8Bit(std::strerror(error))));
    return ServiceFailure;
}

} // namespace
} // namespace Wesog::Cli

using namespace Wesog;
using namespace Wesog::Cli;

int main(int argc, char *argv[])
{
    tuneAllocatorForReading();
    int execError = 0;
    std::string remote;
    if (argc > 1 && isRemoteCommand(argv[1])) {
        remote = remoteProgram();
        if (remote.empty()) {
            remote = "wesogctl-remote";
            execError = ENOENT;
        } else {
            ::execv(remote.c_str(), argv); // returns only when it could not start
            execError = errno;
        }
    }
    const Program program(argc, argv);
    if (execError != 0)
        return reportUnstartable(remote, argv[1], execError);
    return runCommand({ { "scan", runScan }, { "write", runWrite }, { "check", runCheck } });
}
