// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/library/imagemetadata.h"
#include "core/record/imagerecord.h"

namespace Wesog {

/// Where corrections are written (Preferences; `wesogctl write --target`).
enum class WriteTarget : quint8 {
    Automatic, ///< into the file (or a sidecar where Exiv2 cannot write the format) and every existing sidecar
    SidecarOnly, ///< into XMP sidecars only; the image file is never opened for writing
};

/// How a new sidecar is named; an existing sidecar keeps its name. Images that share a base
/// name (`IMG_1.jpg`, `IMG_1.tif`) always get `NAME.EXT.xmp`.
enum class SidecarNaming : quint8 {
    BaseName, ///< `NAME.xmp`: Adobe tools, Photo Mechanic
    FullName, ///< `NAME.EXT.xmp`: darktable, digiKam
};

/// How a write is done. `read` is used to verify what was written and to find the alternatives
/// of lang-alt fields: its language is the metadata language, its code page decodes IIM text
/// that has no character-set marker (it is transcoded to UTF-8 when the file is written).
struct WriteOptions
{
    ReadOptions read;
    WriteTarget target = WriteTarget::Automatic;
    SidecarNaming newSidecar = SidecarNaming::BaseName;
    bool keepModificationTime = false; ///< else the written file's time is now
    bool backup = false; ///< keep the original as `NAME.EXT_original` (an existing backup is kept)
    bool dryRun = false; ///< only say what would be written
};

/// A correction to write into one image: `fields` of `values`. The other fields of the file are
/// left alone; `id`, `src` and the two URL fields are never written (they are ignored here).
struct WriteRequest
{
    QString path; ///< the image file
    ImageRecord values;
    QList<Field> fields;
    /// The file as it was when its values were read; the write is refused (`changed-on-disk`)
    /// when it no longer matches. A null stamp skips the check.
    FileStamp readStamp;
};

/// Something worth knowing about a write that is not a failure, on one field:
/// `iim-truncated` (IIM holds a shortened copy; XMP the whole value), `date-from-camera`
/// (a cleared date reads back from the camera's EXIF DateTimeOriginal, which is never touched),
/// `medium-follows-source-type` (clearing ai_generated empties a medium derived from it).
struct WriteWarning
{
    Q_DECLARE_TR_FUNCTIONS(WriteWarning)

public:
    Field field = Field::Title;
    QString code;

    QString message() const; ///< English, for logs and `wesogctl`
    QString userMessage() const; ///< translated
};

/// Why a file was not written; the file is untouched. Codes: `changed-on-disk`, `read-only`,
/// `disk-full`, `unsupported-format`, `corrupt-image`, `verify-failed`, `hard-linked`,
/// `needs-file`, `file-missing`, `not-owner` (the owner could not be kept), `write-failed`.
struct WriteError
{
    Q_DECLARE_TR_FUNCTIONS(WriteError)

public:
    QString code;
    QString message; ///< English, with the technical detail

    QString userMessage() const; ///< translated
};

/// What became of one request.
struct WriteResult
{
    enum class Outcome : quint8 { Written, Unchanged, Failed };
    Outcome outcome = Outcome::Failed;
    WriteError error; ///< when Failed
    QStringList files; ///< absolute paths written (or, in a dry run, that would be): image and sidecars
    QList<Field> changedFields; ///< the fields whose stored value changed in at least one copy
    QList<WriteWarning> warnings;
};

/// Writes corrections into image files and XMP sidecars (docs/metadata-fields.md §6), never
/// damaging one: each file is copied to a hidden temporary file in its folder, written and
/// flushed there, read back and verified, then renamed over the original, and the folder flushed.
/// Thread: any worker thread, once an Exiv2Session exists; files of one image must not be
/// written by two threads at once.
class MetadataWriter
{
public:
    static WriteResult write(const WriteRequest &request, const WriteOptions &options);

    /// Removes temporary files a crashed write left in `folder`; returns how many. Call it before
    /// a batch of writes, never while one runs in that folder (it would remove its file).
    static int removeStaleTemporaries(const QString &folder);
    /// Whether `fileName` is one of our temporary files (`.NAME.EXT.wesogdesk-XXXXXX`).
    static bool isTemporaryName(const QString &fileName);
    /// The project's XMP namespace for fields with no standard key (§6).
    static QString projectNamespace() { return QStringLiteral("http://ns.wesog.com/desk/1.0/"); }
};

} // namespace Wesog
