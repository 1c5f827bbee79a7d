// SPDX-License-Identifier: GPL-3.0-or-later
// wesogctl-remote: every wesogctl command, the ones that talk to the server among them. wesogctl
// runs it in its own place for submit, pull and status (see main.cpp), with the same arguments.

#include <QImageReader>

#include "app/wesogctl/checkcommand.h"
#include "app/wesogctl/program.h"
#include "app/wesogctl/pullcommand.h"
#include "app/wesogctl/scancommand.h"
#include "app/wesogctl/statuscommand.h"
#include "app/wesogctl/submitcommand.h"
#include "app/wesogctl/writecommand.h"
#include "core/library/allocatortuning.h"

using namespace Wesog;
using namespace Wesog::Cli;

int main(int argc, char *argv[])
{
    tuneAllocatorForReading();
    const Program program(argc, argv);
    // Camera pictures decode past Qt's 128 MB default, as in the desktop app (qt64-notes G12).
    // This program has Qt's decoders linked in; wesogctl's module sets the same when loaded.
    QImageReader::setAllocationLimit(1024);
    return runCommand({ { "submit", runSubmit }, { "pull", runPull }, { "status", runStatus }, { "scan", runScan },
        { "write", runWrite }, { "check", runCheck } });
}
