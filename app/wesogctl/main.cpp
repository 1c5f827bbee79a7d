// SPDX-License-Identifier: GPL-3.0-or-later
// wesogctl: Wesog Desk's jobs for scripts. Links the core only (no Widgets, no display).
//
// This program reads and writes files (scan, write, check). It hands the commands that talk to
// the server (submit, pull, status) to wesogctl-remote, which takes its place in the process:
// a script that scans in a loop then never loads the network, database and keychain libraries,
// whose loading was a sixth of a scan's start-up. Qt's image decoders (QtGui) it loads only when
// a file needs one (imageprobeloader.cpp).

#include <cerrno>
#include <cstring>
#include <string>

#include <unistd.h>

#include <QDir>

#include "app/wesogctl/checkcommand.h"
#include "app/wesogctl/cli.h"
#include "app/wesogctl/helperpath.h"
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
        remote = helperPath("wesogctl-remote");
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
