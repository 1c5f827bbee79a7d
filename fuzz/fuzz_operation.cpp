// SPDX-License-Identifier: GPL-3.0-or-later
// The Operation decoder on arbitrary bytes: never a crash, and what it accepts survives a
// round trip through toJson() unchanged.
#include <cstdlib>

#include "core/api/operationstatus.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Wesog::OperationStatus status;
    if (Wesog::OperationStatus::fromBody(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &status))
        return 0;
    Wesog::OperationStatus again;
    if (Wesog::OperationStatus::fromJson(status.toJson(), &again) || again.toJson() != status.toJson())
        std::abort();
    return 0;
}
