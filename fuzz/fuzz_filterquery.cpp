// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's `q` formula compiler on arbitrary text: an SQL filter or a reason, never a crash.
#include "sandbox/filterquery.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    Wesog::Sandbox::FilterQuery::compile(
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    return 0;
}
