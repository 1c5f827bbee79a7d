// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/allocatortuning.h"

#include <malloc.h>

namespace Wesog {

void tuneAllocatorForReading()
{
    mallopt(M_TOP_PAD, 1024 * 1024);
}

} // namespace Wesog
