// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/metadatawriter.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QScopeGuard>

#include <exiv2/exiv2.hpp>

#include "core/library/metadataedit.h"
#include "core/library/metadatareader.h"
#include "core/library/xmppacket.h"

namespace Wesog {

namespace {

WriteError failure(const char *code, const QString &message)
{
    return WriteError { QString::fromLatin1(code), message };
}

/// A system error while making or writing a temporary file.
WriteError systemFailure(int err, const QString &what)
{
    const QString message = what + QStringLiteral(": ") + QString::fromLocal8Bit(strerror(err));
    if (err == EACCES || err == EPERM || err == EROFS)
        return failure("read-only", message);
    if (err == ENOSPC || err == EDQUOT)
        return failure("disk-full", message);
    return failure("write-failed", message);
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

bool statPath(const QString &path, struct stat *info)
{
    return ::stat(encoded(path).constData(), info) == 0;
}

/// Flushes a folder so a rename in it survives a power cut.
void syncFolder(const QString &folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// ---- Temporary files ----------------------------------------------------------------------

const QString kTemporaryMarker = QStringLiteral(".wesogdesk-");

/// A hidden file beside the one it will replace, `.NAME.EXT.wesogdesk-XXXXXX`, removed unless kept.
class TemporaryFile
{
    Q_DISABLE_COPY_MOVE(TemporaryFile)

public:
    TemporaryFile() = default;
    ~TemporaryFile()
    {
        if (!m_path.isEmpty() && !m_kept)
            ::unlink(encoded(m_path).constData());
    }

    /// Creates the file with the mode of `model` (and its owner where that differs from ours).
    std::optional<WriteError> create(const QString &replacing, const struct stat &model)
    {
        const QFileInfo info(replacing);
        QByteArray name = encoded(info.dir().filePath(QLatin1Char('.') + info.fileName() + kTemporaryMarker))
            + QByteArray("XXXXXX");
        const int fd = ::mkstemp(name.data());
        if (fd < 0)
            return systemFailure(errno, QStringLiteral("cannot create a temporary file in %1").arg(info.path()));
        m_path = QFile::decodeName(name);
        const auto closeFd = qScopeGuard([fd] { ::close(fd); });
        if (::fchmod(fd, model.st_mode & 07777) != 0)
            return systemFailure(errno, QStringLiteral("cannot set the permissions"));
        if ((model.st_uid != ::geteuid() || model.st_gid != ::getegid())
            && ::fchown(fd, model.st_uid, model.st_gid) != 0)
            return failure("not-owner",
                QStringLiteral(
                    "the file belongs to another user (uid %1), and a rewritten copy could not keep that owner")
                    .arg(model.st_uid));
        return std::nullopt;
    }

    std::optional<WriteError> fill(const QByteArray &bytes)
    {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return systemFailure(EACCES, QStringLiteral("cannot open the temporary file"));
        errno = 0;
        if (file.write(bytes) != bytes.size() || !file.flush())
            return systemFailure(errno ? errno : ENOSPC, QStringLiteral("cannot write the temporary file"));
        return std::nullopt;
    }

    /// Pushes the file's bytes to the disk, so the rename never publishes a file still in cache.
    std::optional<WriteError> sync()
    {
        const int fd = ::open(encoded(m_path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0) {
            const int err = errno;
            if (fd >= 0)
                ::close(fd);
            return systemFailure(err, QStringLiteral("cannot flush the temporary file"));
        }
        ::close(fd);
        return std::nullopt;
    }

    std::optional<WriteError> setTimes(const struct stat &model)
    {
        const struct timespec times[2] = { model.st_atim, model.st_mtim };
        if (::utimensat(AT_FDCWD, encoded(m_path).constData(), times, 0) != 0)
            return systemFailure(errno, QStringLiteral("cannot keep the modification time"));
        return std::nullopt;
    }

    std::optional<WriteError> replace(const QString &destination)
    {
        if (::rename(encoded(m_path).constData(), encoded(destination).constData()) != 0)
            return systemFailure(errno, QStringLiteral("cannot replace %1").arg(QFileInfo(destination).fileName()));
        m_kept = true;
        return std::nullopt;
    }

    const QString &path() const { return m_path; }

private:
    QString m_path;
    bool m_kept = false;
};

std::optional<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// ---- The image data, which must not change ------------------------------------------------

/// JPEG: every byte from the first SOS marker to the end (the compressed image).
QByteArray jpegScan(const QByteArray &jpeg)
{
    qsizetype i = 2;
    while (i + 4 <= jpeg.size()) {
        if (uchar(jpeg[i]) != 0xFF)
            return QByteArray();
        const uchar marker = uchar(jpeg[i + 1]);
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xDA)
            return jpeg.mid(i);
        i += 2 + ((uchar(jpeg[i + 2]) << 8) | uchar(jpeg[i + 3]));
    }
    return QByteArray();
}

/// PNG: the IDAT chunks in order.
QByteArray pngData(const QByteArray &png)
{
    QByteArray data;
    qsizetype i = 8;
    while (i + 12 <= png.size()) {
        const quint32 length
            = (quint32(uchar(png[i])) << 24) | (uchar(png[i + 1]) << 16) | (uchar(png[i + 2]) << 8) | uchar(png[i + 3]);
        if (png.mid(i + 4, 4) == "IDAT")
            data += png.mid(i + 8, length);
        i += 12 + qsizetype(length);
    }
    return data;
}

/// WebP: the bitstream and alpha chunks.
QByteArray webpData(const QByteArray &webp)
{
    QByteArray data;
    qsizetype i = 12;
    while (i + 8 <= webp.size()) {
        const QByteArray tag = webp.mid(i, 4);
        const quint32 length = uchar(webp[i + 4]) | (uchar(webp[i + 5]) << 8) | (uchar(webp[i + 6]) << 16)
            | (quint32(uchar(webp[i + 7])) << 24);
        if (tag == "VP8 " || tag == "VP8L" || tag == "ALPH" || tag == "ANMF")
            data += tag + webp.mid(i + 8, length);
        i += 8 + qsizetype(length) + (length & 1);
    }
    return data;
}

/// Whether the picture in `after` is the one in `before`: compressed bytes where the format
/// lets us find them, else the decoded pixels.
bool sameImageData(const QByteArray &before, const QByteArray &after)
{
    if (before.startsWith("\xFF\xD8")) {
        const QByteArray scan = jpegScan(before);
        return !scan.isEmpty() && scan == jpegScan(after);
    }
    if (before.startsWith("\x89PNG")) {
        const QByteArray data = pngData(before);
        return !data.isEmpty() && data == pngData(after);
    }
    if (before.startsWith("RIFF") && before.mid(8, 4) == "WEBP") {
        const QByteArray data = webpData(before);
        return !data.isEmpty() && data == webpData(after);
    }
    const QImage original = QImage::fromData(before);
    return original.isNull() || original == QImage::fromData(after); // no decoder: the metadata check stands alone
}

/// The ICC profile and the EXIF thumbnail, which must come through byte for byte.
QByteArray untouchedParts(Exiv2::Image &image)
{
    QByteArray parts;
    if (image.iccProfileDefined())
        parts += QByteArray(reinterpret_cast<const char *>(image.iccProfile()->pData_), image.iccProfile()->size_);
    parts += "|";
    const Exiv2::DataBuf thumbnail = Exiv2::ExifThumbC(image.exifData()).copy();
    if (thumbnail.size_ > 0)
        parts += QByteArray(reinterpret_cast<const char *>(thumbnail.pData_), thumbnail.size_);
    return parts;
}

// ---- Sidecars -----------------------------------------------------------------------------

/// The sidecars the image has: `NAME.EXT.xmp` and `NAME.xmp` (either case of `.xmp`).
QStringList existingSidecars(const QFileInfo &image)
{
    QStringList found;
    const QDir dir = image.dir();
    for (const QString &base : { image.fileName(), image.completeBaseName() }) {
        for (const QString &suffix : { QStringLiteral(".xmp"), QStringLiteral(".XMP") }) {
            if (QFileInfo(dir.filePath(base + suffix)).isFile())
                found << dir.filePath(base + suffix);
        }
    }
    return found;
}

/// Images that share a base name always get `NAME.EXT.xmp`: a `NAME.xmp` would apply to each.
QString newSidecarPath(const QFileInfo &image, SidecarNaming naming)
{
    const QDir dir = image.dir();
    int images = 0;
    for (const QString &name : dir.entryList({ image.completeBaseName() + QStringLiteral(".*") }, QDir::Files)) {
        if (MetadataReader::imageSuffixes().contains(QFileInfo(name).suffix().toLower()))
            ++images;
    }
    const bool fullName = naming == SidecarNaming::FullName || images > 1;
    return dir.filePath((fullName ? image.fileName() : image.completeBaseName()) + QStringLiteral(".xmp"));
}

/// What a sidecar will hold: its XMP with the edit applied, and whether that changed anything.
struct SidecarPlan
{
    QString path;
    bool exists = false;
    Exiv2::XmpData before;
    Exiv2::XmpData after;
    struct stat info = {};
};

std::optional<WriteError> planSidecar(const QString &path, bool exists, const MetadataEdit &edit, SidecarPlan *plan)
{
    plan->path = path;
    plan->exists = exists;
    if (exists) {
        const std::optional<QByteArray> bytes = readAll(path);
        if (!bytes || !statPath(path, &plan->info))
            return failure("read-only", QStringLiteral("cannot read the sidecar %1").arg(QFileInfo(path).fileName()));
        if (plan->info.st_nlink > 1)
            return failure(
                "hard-linked", QStringLiteral("the sidecar %1 has other hard links").arg(QFileInfo(path).fileName()));
        try {
            if (Exiv2::XmpParser::decode(plan->before, bytes->toStdString()) != 0)
                return failure(
                    "corrupt-image", QStringLiteral("the sidecar %1 is not XMP").arg(QFileInfo(path).fileName()));
        } catch (const std::exception &e) {
            return failure("corrupt-image", QString::fromUtf8(e.what()));
        }
    }
    plan->after = plan->before;
    edit.applyToXmp(plan->after);
    return std::nullopt;
}

QStringList xmpText(const Exiv2::XmpData &xmp)
{
    QStringList lines;
    for (const Exiv2::Xmpdatum &datum : xmp)
        lines << QString::fromStdString(datum.key() + '=' + datum.toString());
    lines.sort();
    return lines;
}

// ---- Verification -------------------------------------------------------------------------

QString shown(const FieldValue &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        return *text;
    if (const auto *list = std::get_if<QStringList>(&value))
        return list->join(QStringLiteral("; "));
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("(empty)");
}

/// Every written field reads back, through our own reader, as the edit intended.
std::optional<WriteError> verifyFields(const ImageMetadata &readBack, MetadataEdit &edit)
{
    for (const Field field : edit.fields()) {
        const FieldValue expected = edit.expected(field);
        const FieldValue &actual = readBack.record.value(field);
        const Provenance source = readBack.sources[size_t(field)].provenance;
        if (actual == expected)
            continue;
        if (!expected.index() && source == Provenance::Derived)
            continue; // derived from something else (medium from the source type): not a stored copy
        if (!expected.index() && field == Field::Date && source == Provenance::Exif) {
            edit.warn(field, "date-from-camera");
            continue;
        }
        return failure("verify-failed",
            QStringLiteral("%1 reads back as \"%2\", not \"%3\"")
                .arg(FieldRegistry::jsonKey(field), shown(actual), shown(expected)));
    }
    return std::nullopt;
}

WriteError fromScanError(const ScanError &error)
{
    if (error.code == QLatin1String("file-missing") || error.code == QLatin1String("broken-symlink"))
        return failure("file-missing", error.message);
    if (error.code == QLatin1String("file-unreadable"))
        return failure("read-only", error.message);
    if (error.code == QLatin1String("not-an-image") || error.code == QLatin1String("not-a-file"))
        return failure("unsupported-format", error.message);
    return failure("corrupt-image", error.message);
}

/// Image data can be written by Exiv2 0.27 in this format (JPEG, TIFF, PNG, WebP).
bool canWriteInto(const Exiv2::Image &image)
{
    return Exiv2::ImageFactory::checkMode(image.imageType(), Exiv2::mdXmp) == Exiv2::amReadWrite;
}

// ---- One write ----------------------------------------------------------------------------

class Write
{
public:
    Write(const WriteRequest &request, const WriteOptions &options)
        : m_request(request)
        , m_options(options)
    {
    }

    WriteResult run()
    {
        WriteResult result;
        try {
            if (const std::optional<WriteError> error = attempt(&result)) {
                result = WriteResult();
                result.error = *error;
            }
        } catch (const std::exception &e) {
            result = WriteResult();
            result.error = failure("corrupt-image", QString::fromUtf8(e.what()));
        }
        if (m_edit)
            result.warnings = m_edit->warnings();
        return result;
    }

private:
    std::optional<WriteError> attempt(WriteResult *result)
    {
        // A symlink is followed: its target is replaced and the link stays.
        const QFileInfo requested(m_request.path);
        m_target = requested.canonicalFilePath();
        if (m_target.isEmpty() || !statPath(m_target, &m_info))
            return failure("file-missing", QStringLiteral("the file is gone"));
        if (!m_request.readStamp.isNull() && FileStamp::fromStat(&m_info) != m_request.readStamp)
            return failure("changed-on-disk", QStringLiteral("the file changed on disk since it was read"));

        const MetadataReader::SidecarNames noSidecars;
        const MetadataReader::Result current = MetadataReader::readFile(m_request.path, m_options.read);
        if (const auto *error = std::get_if<ScanError>(&current))
            return fromScanError(*error);
        m_edit.emplace(m_request, m_options, std::get<ImageMetadata>(current));

        const std::optional<QByteArray> original = readAll(m_target);
        if (!original)
            return failure("read-only", QStringLiteral("the file cannot be read"));
        Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(original->constData()), long(original->size()));
        image->readMetadata();
        m_untouched = untouchedParts(*image);
        const bool intoFile = m_options.target == WriteTarget::Automatic && canWriteInto(*image);

        // Planned in memory first: a dry run stops here, a write knows what changes.
        const Exiv2::XmpData xmpBefore = image->xmpData();
        const Exiv2::IptcData iptcBefore = image->iptcData();
        const Exiv2::ExifData exifBefore = image->exifData();
        if (intoFile) {
            m_edit->applyToXmp(image->xmpData());
            m_edit->applyToIim(image->iptcData());
            m_edit->applyToExif(image->exifData());
        }
        const bool fileChanges = intoFile
            && (xmpText(xmpBefore) != xmpText(image->xmpData()) || !sameIptc(iptcBefore, image->iptcData())
                || !sameExif(exifBefore, image->exifData()));

        QList<SidecarPlan> sidecars;
        QStringList sidecarPaths = existingSidecars(requested);
        for (const QString &path : std::as_const(sidecarPaths)) {
            SidecarPlan plan;
            if (const auto error = planSidecar(path, true, *m_edit, &plan))
                return error;
            sidecars << plan;
        }
        if (!intoFile && sidecars.isEmpty()) {
            SidecarPlan plan;
            if (const auto error = planSidecar(newSidecarPath(requested, m_options.newSidecar), false, *m_edit, &plan))
                return error;
            sidecars << plan;
        }
        if (!intoFile) {
            // A sidecar cannot clear what the file itself holds: the reader would fall back to it.
            const MetadataReader::Result alone = MetadataReader::readFile(m_target, m_options.read, &noSidecars);
            const auto *fileOnly = std::get_if<ImageMetadata>(&alone);
            for (const Field field : m_edit->clearedFields()) {
                if (fileOnly && fileOnly->record.has(field)
                    && fileOnly->sources[size_t(field)].provenance != Provenance::Derived)
                    return failure("needs-file",
                        QStringLiteral("%1 can only be cleared in the file itself, which holds a value")
                            .arg(FieldRegistry::jsonKey(field)));
            }
        }

        for (const Field field : m_edit->fields()) {
            bool changed = intoFile
                && MetadataEdit::signature(field, xmpBefore, iptcBefore, exifBefore)
                    != MetadataEdit::signature(field, image->xmpData(), image->iptcData(), image->exifData());
            for (const SidecarPlan &plan : std::as_const(sidecars)) {
                const Exiv2::IptcData noIptc;
                const Exiv2::ExifData noExif;
                changed = changed
                    || MetadataEdit::signature(field, plan.before, noIptc, noExif)
                        != MetadataEdit::signature(field, plan.after, noIptc, noExif);
            }
            if (changed)
                result->changedFields << field;
        }
        if (fileChanges)
            result->files << m_target;
        QList<SidecarPlan> changedSidecars;
        for (const SidecarPlan &plan : std::as_const(sidecars)) {
            if (!plan.exists || xmpText(plan.before) != xmpText(plan.after)) {
                changedSidecars << plan;
                result->files << plan.path;
            }
        }
        if (result->files.isEmpty()) {
            result->outcome = WriteResult::Outcome::Unchanged;
            return std::nullopt;
        }
        if (const auto refusal = checkWritable(fileChanges, changedSidecars))
            return refusal;
        result->outcome = WriteResult::Outcome::Written;
        if (m_options.dryRun)
            return std::nullopt;

        // Everything is written and verified beside the originals before any original is replaced.
        TemporaryFile imageTemp;
        if (fileChanges) {
            if (const auto error = writeImage(*original, *image, &imageTemp))
                return error;
        }
        std::vector<std::unique_ptr<TemporaryFile>> sidecarTemps;
        for (const SidecarPlan &plan : std::as_const(changedSidecars)) {
            sidecarTemps.push_back(std::make_unique<TemporaryFile>());
            if (const auto error = writeSidecar(plan, sidecarTemps.back().get()))
                return error;
        }
        return publish(fileChanges ? &imageTemp : nullptr, changedSidecars, sidecarTemps);
    }

    static bool sameIptc(const Exiv2::IptcData &a, const Exiv2::IptcData &b)
    {
        if (a.size() != b.size())
            return false;
        for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y) {
            if (x->key() != y->key() || x->toString() != y->toString())
                return false;
        }
        return true;
    }

    static bool sameExif(const Exiv2::ExifData &a, const Exiv2::ExifData &b)
    {
        if (a.count() != b.count())
            return false;
        for (auto x = a.begin(), y = b.begin(); x != a.end(); ++x, ++y) {
            if (x->key() != y->key() || x->toString() != y->toString())
                return false;
        }
        return true;
    }

    /// Refusals known before anything is written, so a dry run reports them too.
    std::optional<WriteError> checkWritable(bool fileChanges, const QList<SidecarPlan> &sidecars) const
    {
        if (fileChanges && m_info.st_nlink > 1)
            return failure("hard-linked",
                QStringLiteral("the file has %1 hard links; replacing it would split them").arg(m_info.st_nlink));
        QStringList files;
        if (fileChanges)
            files << m_target;
        for (const SidecarPlan &plan : sidecars) {
            if (plan.exists)
                files << plan.path;
        }
        for (const QString &file : std::as_const(files)) {
            if (::access(encoded(file).constData(), W_OK) != 0)
                return failure("read-only", QStringLiteral("%1 is read-only").arg(QFileInfo(file).fileName()));
        }
        const QString folder = QFileInfo(m_target).path();
        if (::access(encoded(folder).constData(), W_OK | X_OK) != 0)
            return failure("read-only", QStringLiteral("the folder %1 is read-only").arg(folder));
        struct statvfs space = {};
        const qint64 needed = (fileChanges ? m_info.st_size : 0) + 1024 * 1024;
        if (::statvfs(encoded(folder).constData(), &space) == 0
            && qint64(space.f_bavail) * qint64(space.f_frsize) < needed)
            return failure("disk-full", QStringLiteral("the disk holding %1 is full").arg(folder));
        return std::nullopt;
    }

    /// Exiv2 writes into memory (it would truncate and rewrite a file in place); the result goes
    /// to the temporary file in one write.
    std::optional<WriteError> writeImage(const QByteArray &original, Exiv2::Image &edited, TemporaryFile *temp)
    {
        QByteArray bytes;
        try {
            edited.writeMetadata();
            Exiv2::BasicIo &io = edited.io();
            io.open();
            const Exiv2::DataBuf buffer = io.read(long(io.size()));
            io.close();
            bytes = QByteArray(reinterpret_cast<const char *>(buffer.pData_), buffer.size_);
        } catch (const std::exception &e) {
            return failure("write-failed", QString::fromUtf8(e.what()));
        }
        if (auto error = temp->create(m_target, m_info))
            return error;
        if (auto error = temp->fill(bytes))
            return error;
        if (auto error = temp->sync())
            return error;
        if (m_options.keepModificationTime) {
            if (auto error = temp->setTimes(m_info))
                return error;
        }
        return verifyImage(original, temp->path());
    }

    std::optional<WriteError> verifyImage(const QByteArray &original, const QString &written)
    {
        const std::optional<QByteArray> bytes = readAll(written);
        if (!bytes || !sameImageData(original, *bytes))
            return failure("verify-failed", QStringLiteral("the image data changed"));
        Exiv2::Image::AutoPtr image
            = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes->constData()), long(bytes->size()));
        image->readMetadata();
        if (untouchedParts(*image) != m_untouched)
            return failure("verify-failed", QStringLiteral("the colour profile or the embedded thumbnail changed"));
        // The file alone, as read from the disk; its sidecars are checked apart.
        const MetadataReader::Result readBack = MetadataReader::readBytes(*bytes, m_options.read);
        if (const auto *error = std::get_if<ScanError>(&readBack))
            return failure(
                "verify-failed", QStringLiteral("the written file does not read back: %1").arg(error->message));
        return verifyFields(std::get<ImageMetadata>(readBack), *m_edit);
    }

    std::optional<WriteError> writeSidecar(const SidecarPlan &plan, TemporaryFile *temp)
    {
        std::string packet;
        if (Exiv2::XmpParser::encode(packet, plan.after, Exiv2::XmpParser::useCompactFormat) != 0)
            return failure("write-failed", QStringLiteral("cannot encode the XMP"));
        struct stat model = plan.info;
        if (!plan.exists) {
            model = {};
            model.st_mode = 0666 & ~currentUmask();
            model.st_uid = ::geteuid();
            model.st_gid = ::getegid();
        }
        if (auto error = temp->create(plan.path, model))
            return error;
        if (auto error = temp->fill(QByteArray::fromStdString(packet)))
            return error;
        if (auto error = temp->sync())
            return error;
        if (plan.exists && m_options.keepModificationTime) {
            if (auto error = temp->setTimes(plan.info))
                return error;
        }
        // Read back through our own XMP reader: every field we wrote holds what we meant.
        const std::optional<QByteArray> bytes = readAll(temp->path());
        const std::optional<Exiv2::XmpData> readBack = bytes ? XmpPacket::decode(*bytes) : std::nullopt;
        if (!readBack)
            return failure("verify-failed", QStringLiteral("the sidecar does not read back"));
        const Exiv2::IptcData noIptc;
        const Exiv2::ExifData noExif;
        for (const Field field : m_edit->fields()) {
            if (MetadataEdit::signature(field, *readBack, noIptc, noExif)
                != MetadataEdit::signature(field, plan.after, noIptc, noExif))
                return failure("verify-failed",
                    QStringLiteral("%1 does not read back from the sidecar").arg(FieldRegistry::jsonKey(field)));
        }
        return std::nullopt;
    }

    static mode_t currentUmask()
    {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        return mask;
    }

    /// The renames: nothing is replaced if an original changed while we worked.
    std::optional<WriteError> publish(TemporaryFile *imageTemp, const QList<SidecarPlan> &sidecars,
        const std::vector<std::unique_ptr<TemporaryFile>> &temps)
    {
        struct stat now = {};
        if (imageTemp && (!statPath(m_target, &now) || FileStamp::fromStat(&now) != FileStamp::fromStat(&m_info)))
            return failure("changed-on-disk", QStringLiteral("the file changed on disk while it was written"));
        for (const SidecarPlan &plan : sidecars) {
            const bool changed = plan.exists
                ? !statPath(plan.path, &now) || FileStamp::fromStat(&now) != FileStamp::fromStat(&plan.info)
                : QFileInfo::exists(plan.path);
            if (changed)
                return failure("changed-on-disk",
                    QStringLiteral("the sidecar %1 changed on disk while it was written")
                        .arg(QFileInfo(plan.path).fileName()));
        }
        if (imageTemp && m_options.backup) {
            // A hard link keeps the old bytes under the backup name; an existing backup stays.
            const QString backup = m_target + QStringLiteral("_original");
            if (!QFileInfo::exists(backup) && ::link(encoded(m_target).constData(), encoded(backup).constData()) != 0
                && !QFile::copy(m_target, backup))
                return failure("write-failed", QStringLiteral("cannot keep a backup"));
        }
        if (imageTemp) {
            if (auto error = imageTemp->replace(m_target))
                return error;
        }
        for (size_t i = 0; i < temps.size(); ++i) {
            if (auto error = temps[i]->replace(sidecars.at(qsizetype(i)).path))
                return error;
        }
        syncFolder(QFileInfo(m_target).path());
        if (QFileInfo(m_request.path).path() != QFileInfo(m_target).path())
            syncFolder(QFileInfo(m_request.path).path());
        return std::nullopt;
    }

    const WriteRequest &m_request;
    const WriteOptions &m_options;
    QString m_target;
    struct stat m_info = {};
    std::optional<MetadataEdit> m_edit;
    QByteArray m_untouched;
};

} // namespace

WriteResult MetadataWriter::write(const WriteRequest &request, const WriteOptions &options)
{
    return Write(request, options).run();
}

int MetadataWriter::removeStaleTemporaries(const QString &folder)
{
    int removed = 0;
    const QDir dir(folder);
    const QStringList names = dir.entryList(
        { QStringLiteral(".*") + kTemporaryMarker + QStringLiteral("*") }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (isTemporaryName(name) && QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

bool MetadataWriter::isTemporaryName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^\\..+\\.wesogdesk-[A-Za-z0-9]{6}$"));
    return pattern.match(fileName).hasMatch();
}

QString WriteWarning::message() const
{
    const QString field = FieldRegistry::jsonKey(this->field);
    if (code == QLatin1String("iim-truncated"))
        return QStringLiteral("%1 is longer than IPTC IIM allows: IIM holds a shortened copy, XMP the whole value")
            .arg(field);
    if (code == QLatin1String("date-from-camera"))
        return QStringLiteral("date was cleared, but the camera's EXIF date remains and reads back");
    if (code == QLatin1String("medium-follows-source-type"))
        return QStringLiteral(
            "medium was derived from the Digital Source Type being cleared, so it will read back empty");
    return code;
}

QString WriteWarning::userMessage() const
{
    const QString field = FieldRegistry::label(this->field);
    if (code == QLatin1String("iim-truncated"))
        return tr("%1 is longer than IPTC IIM allows: IIM keeps a shortened copy, XMP the whole text.").arg(field);
    if (code == QLatin1String("date-from-camera"))
        return tr("The date is cleared, but the camera's own date (EXIF) stays in the file and will be read instead.");
    if (code == QLatin1String("medium-follows-source-type"))
        return tr("Medium was derived from the Digital Source Type being cleared; it will read back empty.");
    return message();
}

QString WriteError::userMessage() const
{
    if (code == QLatin1String("changed-on-disk"))
        return tr("The file changed on disk since it was read; reread it and check the values first.");
    if (code == QLatin1String("read-only"))
        return tr("The file or its folder is read-only.");
    if (code == QLatin1String("disk-full"))
        return tr("The disk is full.");
    if (code == QLatin1String("unsupported-format"))
        return tr("Wesog Desk cannot write this kind of file.");
    if (code == QLatin1String("corrupt-image"))
        return tr("The image is damaged: %1").arg(message);
    if (code == QLatin1String("verify-failed"))
        return tr("The written copy did not read back as intended (%1); the file was left as it was.").arg(message);
    if (code == QLatin1String("hard-linked"))
        return tr("The file has other hard links; writing would separate them.");
    if (code == QLatin1String("needs-file"))
        return tr("Clearing this field needs the file itself, not only its sidecar: %1").arg(message);
    if (code == QLatin1String("file-missing"))
        return tr("The file is gone.");
    if (code == QLatin1String("not-owner"))
        return tr("The file belongs to another user and its owner could not be kept.");
    return tr("The file could not be written: %1").arg(message);
}

} // namespace Wesog
