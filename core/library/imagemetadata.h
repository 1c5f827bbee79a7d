// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

#include "core/library/metadataprofile.h"
#include "core/record/imagerecord.h"
#include "core/record/validation.h"

namespace Wesog {

/// Where a field's value came from (docs/metadata-fields.md §1).
enum class Provenance : quint8 { None, Xmp, Sidecar, Iim, Exif, Template, Derived, Edited };

/// One source's value for a field, as shown in the inspector: `XMP Xmp.photoshop.City: Lisboa`.
struct SourceValue
{
    Provenance source = Provenance::None;
    QString key;
    QString text;
};

/// Where a field's value came from, and what the other sources said. A value: FieldSources
/// keeps it packed and hands out copies.
struct FieldSource
{
    Provenance provenance = Provenance::None;
    bool conflict = false; ///< a loser differs after normalisation (§5)
    QString key; ///< the winning key, e.g. `Xmp.photoshop.City`
    QList<SourceValue> others; ///< the losers, kept for the inspector

    bool isEmpty() const { return provenance == Provenance::None && !conflict && key.isEmpty() && others.isEmpty(); }
};

/// The sources of the fields that have one. Packed, because a table holds 1,000,000 photos and
/// a photo fills a dozen of the 27 fields: a field takes 8 bytes and each other value 32, in two
/// lists per photo, and a key is a number into one process-wide table of the few dozen keys the
/// reader knows (a QString each would be 24 bytes, a list per field another allocation).
class FieldSources
{
public:
    /// The field's source, unpacked; an empty one (provenance None) when it has none. For the
    /// inspector and tooltips; painting asks provenance() and isConflict().
    FieldSource operator[](size_t field) const;
    Provenance provenance(size_t field) const;
    bool isConflict(size_t field) const;
    /// Whether the sources disagree on any field.
    bool hasConflict() const;
    /// Replaces the field's source; an empty one removes it.
    void set(size_t field, const FieldSource &source);
    void setProvenance(size_t field, Provenance provenance);
    /// Gives back room the lists kept for more; for rows held long.
    void squeeze();

private:
    struct Entry
    {
        quint8 field = 0;
        Provenance provenance = Provenance::None;
        bool conflict = false;
        quint16 key = 0; ///< SourceKeys id
        quint16 otherCount = 0; ///< this field's run in m_others, which follows m_entries' order
    };
    struct Other
    {
        Provenance source = Provenance::None;
        quint16 key = 0;
        QString text;
    };

    qsizetype indexOf(size_t field) const;
    qsizetype firstOther(qsizetype entry) const;

    QList<Entry> m_entries;
    QList<Other> m_others;
};

/// Something worth knowing about a file's metadata that is not an error: `charset-assumed`
/// (detail: the page), `charset-suspect` (detail: the page that reads better, if any),
/// `charset-invalid`, `iim-truncated`, `camera-text-ignored` (detail: the text),
/// `unknown-code` (detail: the code), `invalid-date` (detail: the value),
/// `sidecar-shared` (detail: the sidecar's file name), `sidecar-unreadable` (detail: its name),
/// `xmp-unreadable` (the embedded packet is broken).
struct MetadataNote
{
    Q_DECLARE_TR_FUNCTIONS(MetadataNote)

public:
    std::optional<Field> field;
    Severity severity = Severity::Info;
    QString code;
    QString detail;

    QString message() const; ///< translated
};

/// A file that cannot become a record: a stable code and an English message (for logs and
/// `wesogctl`); userMessage() translates it for the UI.
struct ScanError
{
    Q_DECLARE_TR_FUNCTIONS(ScanError)

public:
    QString code; ///< file-empty, file-unreadable, not-an-image, corrupt-image, image-too-large,
                  ///< broken-symlink, symlink-loop, file-missing, name-not-utf8, not-a-file
    QString message; ///< English, with the technical detail

    QString userMessage() const;
};

/// A file's identity and version when it was read: a write refuses a file that changed since.
struct FileStamp
{
    qint64 size = -1;
    qint64 modifiedNs = 0; ///< since the epoch
    quint64 inode = 0;
    quint64 device = 0;

    bool isNull() const { return size < 0; }
    /// The stamp of the file `path` names (a symlink's target); null when it cannot be read.
    static FileStamp of(const QString &path);
    /// From a `struct stat` the caller already has.
    static FileStamp fromStat(const void *statBuffer);
    friend bool operator==(const FileStamp &a, const FileStamp &b)
    {
        return a.size == b.size && a.modifiedNs == b.modifiedNs && a.inode == b.inode && a.device == b.device;
    }
    friend bool operator!=(const FileStamp &a, const FileStamp &b) { return !(a == b); }
};

/// What MetadataReader found in one file.
struct ImageMetadata
{
    ImageRecord record; ///< the metadata fields; id and src come from templates
    FieldSources sources;
    QList<MetadataNote> notes;
    QSize pixelSize; ///< as stored, before orientation
    int orientation = 1; ///< EXIF 1–8
    QSize embeddedThumbnail; ///< size of the EXIF thumbnail, empty if none
    QString sidecar; ///< the XMP sidecar used, if any
    FileStamp stamp; ///< the image file as read (null for bytes in memory)
};

/// Options of a read: the UI language picks lang-alt values; the code page decodes unmarked IIM.
struct ReadOptions
{
    QString language = QStringLiteral("en");
    QString legacyCodepage = QStringLiteral("windows-1252");
    QStringList cameraBoilerplate = defaultCameraBoilerplate();
    MetadataProfile profile = MetadataProfile::standard();
    qint64 maxPixels = 500'000'000; ///< larger declared images are refused as decompression bombs

    static QStringList defaultCameraBoilerplate();
};

/// What Preferences says about reading metadata, kept in QSettings under `metadata/`.
struct ReadingPreferences
{
    Q_DECLARE_TR_FUNCTIONS(ReadingPreferences)

public:
    QString codepage; ///< of IPTC text without a character-set marker
    bool titleFromHeadline = false; ///< on when this or the profile file says so
    QString profileFile; ///< a JSON reading profile; empty for the standard one
    /// Picks lang-alt alternatives when reading and writing (en, es, pt-BR, pt-PT, fr, ru);
    /// empty for the interface language.
    QString metadataLanguage;

    /// Unmarked IPTC text is read as windows-1251 under a Russian interface until a code page
    /// is chosen (§4).
    static ReadingPreferences load(const QString &language);
    void save() const;
    bool operator==(const ReadingPreferences &other) const;
    bool operator!=(const ReadingPreferences &other) const { return !(*this == other); }

    /// The read options for the interface `language` (the metadata language when one is set). A profile file that
    /// cannot be used leaves the standard profile, and `profileProblem` says why.
    ReadOptions readOptions(const QString &language, QString *profileProblem) const;
};

/// Short, translated name of a provenance for cells and the inspector ("XMP", "sidecar", …).
QString provenanceName(Provenance provenance);

} // namespace Wesog
