// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Wesog {

/// Process-wide malloc settings for reading many image files on several threads; called first
/// thing in main(), before any thread starts.
///
/// Each file read allocates and frees a header buffer and its record's values. By default glibc
/// hands the free memory at the top of each thread's heap back to the system, and the next file
/// faults it in again, zero-filled: on the warm bench scan about a third more page faults and
/// 6 % more time. A 1 MiB pad per heap keeps it for reuse.
///
/// The setting is glibc's: where another allocator replaces malloc (wesogctl with mimalloc, the
/// sanitizer builds) it changes nothing, and main() calls it all the same.
void tuneAllocatorForReading();

} // namespace Wesog
