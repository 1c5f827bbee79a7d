// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>

#include <QByteArray>
#include <QSet>
#include <QString>

#include "core/library/imagemetadata.h"

namespace Wesog {

/// Reads a file's embedded IPTC/XMP/EXIF metadata (and its XMP sidecar) into an ImageMetadata,
/// applying docs/metadata-fields.md: precedence XMP → IIM → EXIF, normalisation, lang-alt
/// choice, IIM character sets, conflicts and camera boilerplate.
/// Pure functions: no Exiv2 exception escapes, nothing is written. Thread: any scan-pool thread,
/// once an Exiv2Session exists.
class MetadataReader
{
public:
    using Result = std::variant<ImageMetadata, ScanError>;
    /// The names of the .xmp/.XMP files in an image's folder, when the caller has listed it:
    /// sidecars are then looked up among them rather than with four file-system calls per image.
    using SidecarNames = QSet<QString>;

    static Result readFile(
        const QString &path, const ReadOptions &options, const SidecarNames *folderSidecars = nullptr);
    /// The same on bytes in memory (no sidecar); the entry point for fuzzing.
    static Result readBytes(const QByteArray &bytes, const ReadOptions &options);
    /// The file the calling thread is reading in readFile(), empty when none: a message handler
    /// can tell from it which file a decoder's warning is about.
    static QString fileBeingRead();
    /// The file extensions a scan picks up (lower case, without dot).
    static QStringList imageSuffixes();
};

} // namespace Wesog
