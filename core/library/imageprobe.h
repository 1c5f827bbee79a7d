// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

/// What only decoding an image tells, asked of Qt's image plugins (QtGui): a picture's size when
/// its header does not say (or whether it is a picture at all), and whether two files hold the
/// same pixels. Ordinary files never need it.
///
/// These functions are defined twice, each program linking one definition:
/// - imageprobe.cpp, in the library `wesogdesk_imageprobe` that the core brings, calls Qt;
/// - wesogctl's imageprobeloader.cpp loads that library, built as the module `wesog-imageprobe`,
///   the first time it is asked, so a scan of ordinary files never loads QtGui and the two dozen
///   libraries it needs (half of wesogctl's start-up). Being in wesogctl's own objects, its
///   definitions come first, and the linker never takes imageprobe.cpp from the archive.
namespace Wesog::ImageProbe {

/// The size the decoder reads; invalid when it cannot read one (its message goes to Qt's log).
QSize sizeOf(const QString &path);
QSize sizeOf(const QByteArray &bytes);
/// Whether `after` decodes to the pixels `before` does; true when no decoder reads `before`, so
/// the caller's other checks stand alone.
bool samePixels(const QByteArray &before, const QByteArray &after);

/// The three functions as the module hands them to wesogctl.
struct Functions
{
    QSize (*sizeOfFile)(const QString &path);
    QSize (*sizeOfBytes)(const QByteArray &bytes);
    bool (*samePixels)(const QByteArray &before, const QByteArray &after);
};

} // namespace Wesog::ImageProbe
