// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/imageprobe.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace Wesog::ImageProbe {

QSize sizeOf(const QString &path)
{
    return QImageReader(path).size();
}

QSize sizeOf(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).size();
}

bool samePixels(const QByteArray &before, const QByteArray &after)
{
    const QImage original = QImage::fromData(before);
    return original.isNull() || original == QImage::fromData(after);
}

} // namespace Wesog::ImageProbe
