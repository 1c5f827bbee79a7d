// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/thumbnailer.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTransform>
#include <QUrl>

#include <exiv2/exiv2.hpp>

#include "core/library/exifsubset.h"
#include "core/library/jpegdecoder.h"
#include "core/library/jpegheader.h"

namespace Wesog {

namespace {

QImage toSrgb(QImage image)
{
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    return image;
}

QImage fitted(const QImage &image, int size)
{
    if (image.isNull() || (image.width() <= size && image.height() <= size))
        return image;
    return image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

/// The EXIF thumbnail and orientation: read by ExifSubset, else by Exiv2 (headers only; a JPEG's
/// XMP is left out, as decoding it would wait for the toolkit's global lock).
struct Embedded
{
    QImage thumbnail;
    int orientation = 1;
};

int orientationOf(const Exiv2::ExifData &exif)
{
    const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
    if (orientation == exif.end())
        return 1;
    const long value = orientation->toLong();
    return value >= 1 && value <= 8 ? int(value) : 1;
}

Embedded readEmbedded(const QString &path)
{
    Embedded embedded;
    QByteArray bytes;
    try {
        const std::optional<JpegHeader> header = JpegHeader::read(path);
        if (const std::optional<ExifSubset> own = header ? ExifSubset::read(header->exifTiff()) : std::nullopt) {
            embedded.orientation = orientationOf(own->data);
            bytes = own->thumbnail;
        } else {
            auto image = header ? header->open() : Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
            if (!image.get())
                return embedded;
            image->readMetadata();
            embedded.orientation = orientationOf(image->exifData());
            const Exiv2::DataBuf buffer = Exiv2::ExifThumbC(image->exifData()).copy();
            bytes = QByteArray(reinterpret_cast<const char *>(buffer.pData_), int(buffer.size_));
        }
    } catch (const std::exception &) {
        // No usable metadata: the decode below decides whether the file is an image at all.
        return embedded;
    }
    // A JPEG thumbnail libjpeg cannot read whole is left out, and the picture decoded instead;
    // so is one that claims more pixels than an EXIF thumbnail has (a few hundred wide). Qt
    // reads the rare other kind, an uncompressed TIFF thumbnail.
    constexpr qint64 maxThumbnailPixels = 2'000'000;
    if (bytes.startsWith("\xFF\xD8"))
        embedded.thumbnail = JpegDecoder::decode(bytes, maxThumbnailPixels);
    else if (!bytes.isEmpty())
        embedded.thumbnail = QImage::fromData(bytes);
    return embedded;
}

/// The EXIF orientation a reader's transformation stands for: the picture decoded without the
/// reader is turned as the reader would turn it.
int exifOrientationOf(QImageIOHandler::Transformations transformation)
{
    switch (int(transformation)) {
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    default:
        return 1;
    }
}

} // namespace

QImage Thumbnailer::oriented(const QImage &image, int orientation)
{
    QTransform t;
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        t.rotate(180);
        break;
    case 4:
        return image.mirrored(false, true);
    case 5:
        t.rotate(90);
        return image.transformed(t).mirrored(true, false);
    case 6:
        t.rotate(90);
        break;
    case 7:
        t.rotate(-90);
        return image.transformed(t).mirrored(true, false);
    case 8:
        t.rotate(-90);
        break;
    default:
        return image;
    }
    return image.transformed(t);
}

QImage Thumbnailer::make(const QString &path, int size, ThumbnailSource *source, qint64 maxPixels)
{
    ThumbnailSource unused;
    ThumbnailSource &how = source ? *source : unused;
    how = ThumbnailSource::Failed;
    const Embedded embedded = readEmbedded(path);
    if (!embedded.thumbnail.isNull() && std::max(embedded.thumbnail.width(), embedded.thumbnail.height()) >= size) {
        how = ThumbnailSource::Embedded;
        // The EXIF thumbnail is stored unrotated.
        return fitted(toSrgb(oriented(embedded.thumbnail, embedded.orientation)), size);
    }
    // A JPEG is decoded from memory: Qt's JPEG plugin then hands libjpeg the whole buffer, where
    // from a file it feeds 4 KB at a time and libjpeg leaves its fast Huffman path (about 5 % of a
    // 12-megapixel decode). Other formats gain nothing, and big scans would cost memory per thread.
    constexpr qint64 maxInMemory = 32 * 1024 * 1024;
    QFile file(path);
    QBuffer bytes;
    if (file.open(QIODevice::ReadOnly) && file.size() <= maxInMemory && file.peek(2) == QByteArray("\xFF\xD8", 2)) {
        bytes.setData(file.readAll());
        bytes.open(QIODevice::ReadOnly);
    }
    QImageReader reader;
    if (bytes.isOpen())
        reader.setDevice(&bytes);
    else
        reader.setFileName(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // EXIF orientation for the full image
    const QSize stored = reader.size();
    if (!stored.isValid() || qint64(stored.width()) * stored.height() > maxPixels)
        return QImage();
    // A photo 8 times the size or more: each 8×8 block's average is all the thumbnail needs, and
    // DcScan reads it at about half the cost of libjpeg's own 1/8 decode.
    if (bytes.isOpen() && std::max(stored.width(), stored.height()) >= 8 * size) {
        const QImage eighth = JpegDecoder::decodeEighth(bytes.data(), maxPixels);
        if (!eighth.isNull()) {
            how = ThumbnailSource::BlockAverages;
            return fitted(toSrgb(oriented(eighth, exifOrientationOf(reader.transformation()))), size);
        }
    }
    // The bounding box is square, so it fits the image whether or not it is rotated (G13).
    if (stored.width() > size || stored.height() > size)
        reader.setScaledSize(stored.scaled(size, size, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return QImage();
    how = ThumbnailSource::Decoded;
    return fitted(toSrgb(image), size);
}

QString ThumbnailDiskCache::uriFor(const QString &file)
{
    return QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()).toString(QUrl::FullyEncoded);
}

QString ThumbnailDiskCache::pathFor(const QString &file, int size)
{
    const QString base
        = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/thumbnails/");
    const int bucketPixels = bucketSize(size);
    const QString bucket = bucketPixels == 128 ? QStringLiteral("normal")
        : bucketPixels == 256                  ? QStringLiteral("large")
        : bucketPixels == 512                  ? QStringLiteral("x-large")
                                               : QStringLiteral("xx-large");
    const QByteArray md5 = QCryptographicHash::hash(uriFor(file).toUtf8(), QCryptographicHash::Md5).toHex();
    return base + bucket + QLatin1Char('/') + QString::fromLatin1(md5) + QStringLiteral(".png");
}

QImage ThumbnailDiskCache::load(const QString &file, int size)
{
    QImageReader reader(pathFor(file, size), "png");
    const QImage image = reader.read();
    if (image.isNull())
        return QImage();
    const qint64 mtime = QFileInfo(file).lastModified().toSecsSinceEpoch();
    if (image.text(QStringLiteral("Thumb::MTime")) != QString::number(mtime)
        || image.text(QStringLiteral("Thumb::URI")) != uriFor(file))
        return QImage(); // stale: the file changed since
    return image;
}

bool ThumbnailDiskCache::store(const QString &file, int size, const QImage &thumbnail)
{
    const QString target = pathFor(file, size);
    // The standard asks for private folders and files.
    if (!QDir().mkpath(QFileInfo(target).path()))
        return false;
    QFile::setPermissions(QFileInfo(target).path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QImage image = fitted(thumbnail, bucketSize(size)).convertToFormat(QImage::Format_ARGB32);
    image.setText(QStringLiteral("Thumb::URI"), uriFor(file));
    image.setText(QStringLiteral("Thumb::MTime"), QString::number(QFileInfo(file).lastModified().toSecsSinceEpoch()));
    image.setText(QStringLiteral("Software"), QStringLiteral("Wesog Desk"));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return QImageWriter(&out, "png").write(image) && out.commit();
}

} // namespace Wesog
