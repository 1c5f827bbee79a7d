// SPDX-License-Identifier: GPL-3.0-or-later
// The metadata reader on arbitrary image bytes: a record or a per-file error, never a crash.
#include <QImageReader>

#include "core/library/exiv2session.h"
#include "core/library/metadatareader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static Wesog::Exiv2Session session; // the XMP toolkit's global setup, once
    QImageReader::setAllocationLimit(256);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Wesog::MetadataReader::readBytes(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), Wesog::ReadOptions());
    return 0;
}
