// SPDX-License-Identifier: GPL-3.0-or-later
// wesog-imageprobe: Qt's image decoders as a module, which wesogctl loads the first time a file
// needs one (imageprobeloader.cpp), so that a scan of ordinary files never loads QtGui.

#include <QImageReader>

#include "core/library/imageprobe.h"

extern "C" Q_DECL_EXPORT const Wesog::ImageProbe::Functions *wesogImageProbe()
{
    // Camera pictures decode past Qt's 128 MB default, as in the desktop app (qt64-notes G12).
    QImageReader::setAllocationLimit(1024);
    static const Wesog::ImageProbe::Functions functions {
        [](const QString &path) { return Wesog::ImageProbe::sizeOf(path); },
        [](const QByteArray &bytes) { return Wesog::ImageProbe::sizeOf(bytes); },
        Wesog::ImageProbe::samePixels,
    };
    return &functions;
}
