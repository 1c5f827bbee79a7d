// SPDX-License-Identifier: GPL-3.0-or-later
// IimDatasets' reading of a Photoshop segment against Exiv2's: whenever it reads one, Wesog sees
// the same datasets as from Exiv2.
#include <cstdio>
#include <cstdlib>

#include "tests/support/iimview.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 60000)
        return 0; // more than one segment holds
    const QByteArray resources(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Wesog::IimDatasets> ours = Wesog::IimDatasets::fromPhotoshopSegment(resources);
    if (!ours)
        return 0; // Exiv2 reads it
    const Wesog::IimDatasets theirs = Wesog::Test::exiv2Iim(resources);
    if (!(*ours == theirs)) {
        std::fprintf(stderr, "IimDatasets: %lld datasets, Exiv2: %lld\n", qlonglong(ours->datasets.size()),
            qlonglong(theirs.datasets.size()));
        std::abort();
    }
    return 0;
}
