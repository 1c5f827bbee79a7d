// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/metadatawriter.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <exiv2/exiv2.hpp>

#include "core/library/exiv2session.h"
#include "core/library/imageprobe.h"
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

    std::optional<WriteError> fill(QByteArrayView bytes)
    {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return systemFailure(EACCES, QStringLiteral("cannot open the temporary file"));
        errno = 0;
        if (file.write(bytes.data(), bytes.size()) != bytes.size() || !file.flush())
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

/// Reads a whole file into `buffer`, reusing its memory: a batch reads thousands of large files,
/// and fresh memory for each costs more than the copy itself.
bool readInto(const QString &path, QByteArray *buffer)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = file.size();
    buffer->resize(size);
    return file.read(buffer->data(), size) == size;
}

/// A worker's buffers for the image being written and the copy read back.
thread_local QByteArray t_original;
thread_local QByteArray t_writtenCopy;

std::optional<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

// ---- The image data, which must not change ------------------------------------------------

/// JPEG: every byte from the first SOS marker to the end (the compressed image).
QByteArrayView jpegScan(QByteArrayView jpeg)
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
            return jpeg.sliced(i);
        i += 2 + ((uchar(jpeg[i + 2]) << 8) | uchar(jpeg[i + 3]));
    }
    return QByteArrayView();
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
        const QByteArrayView scan = jpegScan(before);
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
    return ImageProbe::samePixels(before, after); // no decoder: the metadata check stands alone
}

/// Photoshop's IPTC digest (image resource 0x0425, the MD5 of the IIM resource 0x0404) goes stale
/// when IIM changes, and other programs then prefer the old IIM over the new XMP (§6). Exiv2 does
/// not maintain it, so it is recomputed here, in place: the digest keeps its 16 bytes.
void refreshIptcDigest(char *jpeg, qsizetype size)
{
    const auto u8 = [jpeg](qsizetype i) { return uchar(jpeg[i]); };
    const auto be32 = [&](qsizetype i) { return quint32(u8(i)) << 24 | u8(i + 1) << 16 | u8(i + 2) << 8 | u8(i + 3); };
    if (size < 4 || u8(0) != 0xFF || u8(1) != 0xD8)
        return;
    static const QByteArray photoshop("Photoshop 3.0", 14); // with its NUL
    qsizetype i = 2;
    while (i + 4 <= size && u8(i) == 0xFF && u8(i + 1) != 0xDA) {
        const qsizetype length = u8(i + 2) << 8 | u8(i + 3);
        const qsizetype end = std::min(size, i + 2 + length);
        if (u8(i + 1) == 0xED && QByteArrayView(jpeg + i + 4, std::min<qsizetype>(14, end - i - 4)) == photoshop) {
            QByteArrayView iim;
            char *digest = nullptr;
            qsizetype r = i + 4 + 14;
            while (r + 12 <= end && QByteArrayView(jpeg + r, 4) == "8BIM") {
                const int id = u8(r + 4) << 8 | u8(r + 5);
                const qsizetype nameLength = u8(r + 6);
                const qsizetype sizeAt = r + 6 + ((1 + nameLength + 1) & ~qsizetype(1));
                if (sizeAt + 4 > end)
                    break;
                const qsizetype dataAt = sizeAt + 4;
                const qsizetype dataLength = be32(sizeAt);
                if (dataAt + dataLength > end)
                    break;
                if (id == 0x0404)
                    iim = QByteArrayView(jpeg + dataAt, dataLength);
                else if (id == 0x0425 && dataLength == 16)
                    digest = jpeg + dataAt;
                r = dataAt + ((dataLength + 1) & ~qsizetype(1));
            }
            if (digest) {
                const QByteArray md5 = QCryptographicHash::hash(iim, QCryptographicHash::Md5);
                std::copy(md5.cbegin(), md5.cend(), digest);
            }
        }
        i += 2 + length;
    }
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
            const auto toolkit = Exiv2Session::lockToolkit();
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
    return value.index() ? displayText(value) : QStringLiteral("(empty)");
}

/// Every written field reads back, through our own reader, as the edit intended.
std::optional<WriteError> verifyFields(const ImageMetadata &readBack, MetadataEdit &edit)
{
    for (const Field field : edit.fields()) {
        const FieldValue expected = edit.expected(field);
        const FieldValue &actual = readBack.record.value(field);
        const Provenance source = readBack.sources.provenance(size_t(field));
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

} // namespace

/// One write between its two steps: the temporary files are written and verified, nothing is replaced.
class PreparedWrite
{
    Q_DISABLE_COPY_MOVE(PreparedWrite)

public:
    PreparedWrite(WriteRequest request, WriteOptions options)
        : m_request(std::move(request))
        , m_options(std::move(options))
    {
    }

    /// `flushEach`: each temporary file is flushed on its own (a batch flushes them all at once).
    void prepare(bool flushEach)
    {
        m_flushEach = flushEach;
        guarded([this] { return attempt(&m_result); });
    }

    /// Replaces the originals with the prepared files (when there are any); `flushFolders` says
    /// whether to flush their folders here (a batch does it once per folder).
    WriteResult commit(bool flushFolders)
    {
        if (m_result.outcome == WriteResult::Outcome::Written && hasFiles())
            guarded([&] { return publish(flushFolders); });
        if (m_edit)
            m_result.warnings = m_edit->warnings();
        return m_result;
    }

    bool hasFiles() const { return m_imageTemp || !m_sidecarTemps.empty(); }
    /// The prepared files, for a batch's single flush.
    QStringList temporaryFiles() const
    {
        QStringList paths;
        if (m_imageTemp)
            paths << m_imageTemp->path();
        for (const auto &temp : m_sidecarTemps)
            paths << temp->path();
        return paths;
    }
    /// The folders whose entries commit() changes.
    QStringList folders() const
    {
        QStringList folders { QFileInfo(m_target).path() };
        if (QFileInfo(m_request.path).path() != folders.first())
            folders << QFileInfo(m_request.path).path();
        return folders;
    }

private:
    template <typename Step> void guarded(Step step)
    {
        try {
            if (const std::optional<WriteError> error = step()) {
                m_result = WriteResult();
                m_result.error = *error;
            }
        } catch (const std::exception &e) {
            m_result = WriteResult();
            m_result.error = failure("corrupt-image", QString::fromUtf8(e.what()));
        }
        if (m_result.outcome == WriteResult::Outcome::Failed) {
            m_imageTemp.reset(); // removes what was prepared: the originals stay as they were
            m_sidecarTemps.clear();
        }
    }

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

        const QByteArray *original = &t_original;
        if (!readInto(m_target, &t_original))
            return failure("read-only", QStringLiteral("the file cannot be read"));
        Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(original->constData()), long(original->size()));
        {
            const auto toolkit = Exiv2Session::lockToolkit();
            image->readMetadata();
        }
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
                    && fileOnly->sources.provenance(size_t(field)) != Provenance::Derived)
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
        if (fileChanges) {
            m_imageTemp = std::make_unique<TemporaryFile>();
            if (const auto error = writeImage(*original, *image, m_imageTemp.get()))
                return error;
        }
        for (const SidecarPlan &plan : std::as_const(changedSidecars)) {
            m_sidecarTemps.push_back(std::make_unique<TemporaryFile>());
            if (const auto error = writeSidecar(plan, m_sidecarTemps.back().get()))
                return error;
        }
        m_sidecars = changedSidecars;
        return std::nullopt;
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
        try {
            const auto toolkit = Exiv2Session::lockToolkit();
            edited.writeMetadata();
        } catch (const std::exception &e) {
            return failure("write-failed", QString::fromUtf8(e.what()));
        }
        // The new file is in Exiv2's memory: written from there, without a copy.
        Exiv2::BasicIo &io = edited.io();
        char *data = reinterpret_cast<char *>(io.mmap(true));
        refreshIptcDigest(data, qsizetype(io.size()));
        const QByteArrayView bytes(data, qsizetype(io.size()));
        if (auto error = temp->create(m_target, m_info))
            return error;
        if (auto error = temp->fill(bytes))
            return error;
        if (m_flushEach) {
            if (auto error = temp->sync())
                return error;
        }
        if (m_options.keepModificationTime) {
            if (auto error = temp->setTimes(m_info))
                return error;
        }
        return verifyImage(original, temp->path());
    }

    std::optional<WriteError> verifyImage(const QByteArray &original, const QString &written)
    {
        const QByteArray *bytes = &t_writtenCopy;
        if (!readInto(written, &t_writtenCopy) || !sameImageData(original, *bytes))
            return failure("verify-failed", QStringLiteral("the image data changed"));
        Exiv2::Image::AutoPtr image
            = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes->constData()), long(bytes->size()));
        {
            const auto toolkit = Exiv2Session::lockToolkit();
            image->readMetadata();
        }
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
        const auto toolkit = Exiv2Session::lockToolkit();
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
        if (m_flushEach) {
            if (auto error = temp->sync())
                return error;
        }
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
    std::optional<WriteError> publish(bool flushFolders)
    {
        TemporaryFile *imageTemp = m_imageTemp.get();
        const QList<SidecarPlan> &sidecars = m_sidecars;
        const auto &temps = m_sidecarTemps;
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
        if (flushFolders) {
            for (const QString &folder : folders())
                syncFolder(folder);
        }
        return std::nullopt;
    }

    const WriteRequest m_request;
    const WriteOptions m_options;
    bool m_flushEach = true;
    WriteResult m_result;
    QString m_target;
    struct stat m_info = {};
    std::optional<MetadataEdit> m_edit;
    QByteArray m_untouched;
    std::unique_ptr<TemporaryFile> m_imageTemp;
    std::vector<std::unique_ptr<TemporaryFile>> m_sidecarTemps;
    QList<SidecarPlan> m_sidecars; ///< those with a temporary file, in the same order
};

WriteResult MetadataWriter::write(const WriteRequest &request, const WriteOptions &options)
{
    PreparedWrite write(request, options);
    write.prepare(true);
    return write.commit(true);
}

void PreparedWriteDeleter::operator()(PreparedWrite *write) const
{
    delete write;
}

PreparedWritePtr MetadataWriter::prepare(const WriteRequest &request, const WriteOptions &options)
{
    PreparedWritePtr write(new PreparedWrite(request, options));
    write->prepare(false);
    return write;
}

QList<WriteResult> MetadataWriter::commit(const std::vector<PreparedWritePtr> &batch)
{
    // One flush per file system carries every prepared file to the disk, as `sync` does for a
    // tool that writes in place; only then is any original replaced.
    QSet<dev_t> flushed;
    for (const auto &write : batch) {
        for (const QString &path : write->temporaryFiles()) {
            struct stat info = {};
            if (!statPath(path, &info) || flushed.contains(info.st_dev))
                continue;
            const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC);
            if (fd >= 0) {
                ::syncfs(fd);
                ::close(fd);
            }
            flushed.insert(info.st_dev);
        }
    }
    QList<WriteResult> results;
    QSet<QString> folders;
    for (const auto &write : batch) {
        const bool replaces = write->hasFiles();
        results << write->commit(false);
        if (replaces) {
            for (const QString &folder : write->folders())
                folders.insert(folder);
        }
    }
    for (const QString &folder : std::as_const(folders))
        syncFolder(folder);
    return results;
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
