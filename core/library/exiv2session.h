// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <mutex>

#include <QtGlobal>

namespace Wesog {

/// Prepares Exiv2 for use from worker threads (XMP parser lock, quiet logging, BMFF) and
/// tears it down. Create exactly one, in main() or a test's initTestCase(), before any worker
/// touches Exiv2 (docs/qt64-notes.md, Exiv2 0.27).
class Exiv2Session final
{
    Q_DISABLE_COPY_MOVE(Exiv2Session)

public:
    Exiv2Session();
    ~Exiv2Session();

    /// Initialises Exiv2 once per process if no session did; the scanner and thumbnail
    /// service call it before starting workers, so forgetting a session cannot race.
    static void prepare();
    /// Holds the XMP toolkit's lock. Exiv2 0.27 takes it only around namespace registration,
    /// yet its toolkit keeps process-wide state while parsing and serialising: concurrent
    /// writers were seen, rarely, to serialise a stale packet. Take it around readMetadata(),
    /// writeMetadata() and XmpParser calls made from worker threads.
    static std::unique_lock<std::recursive_mutex> lockToolkit();
};

} // namespace Wesog
