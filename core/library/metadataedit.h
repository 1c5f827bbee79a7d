// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>

#include <exiv2/exiv2.hpp>

#include "core/library/metadatawriter.h"

namespace Wesog {

/// The in-memory half of a write (docs/metadata-fields.md §6): changes Exiv2's XMP, IIM and EXIF
/// data so each requested field holds its new value in every copy the file already has, and says
/// what the file will read back. Touches no file; MetadataWriter does that.
class MetadataEdit
{
public:
    /// `current`: the file as read now (its values, sources and notes).
    MetadataEdit(const WriteRequest &request, const WriteOptions &options, const ImageMetadata &current);

    /// The requested fields that can be written (never id, src or the two URLs).
    const QList<Field> &fields() const { return m_fields; }
    /// The fields cleared by this edit.
    QList<Field> clearedFields() const;
    /// The value the field should read back as (normalised as the reader does); absent for a clear.
    FieldValue expected(Field field) const;

    void applyToXmp(Exiv2::XmpData &xmp) const;
    /// Only when the file already has IIM datasets; rewrites them all as UTF-8 with the marker.
    void applyToIim(Exiv2::IptcData &iptc);
    /// Only the EXIF tags the file already has; DateTimeOriginal is never touched.
    void applyToExif(Exiv2::ExifData &exif) const;

    /// What the copies of `field` hold, as text, to tell which fields an edit changed.
    static QStringList signature(
        Field field, const Exiv2::XmpData &xmp, const Exiv2::IptcData &iptc, const Exiv2::ExifData &exif);

    const QList<WriteWarning> &warnings() const { return m_warnings; }
    void warn(Field field, const char *code);

private:
    void writeIimField(Exiv2::IptcData &iptc, Field field, const char *key);
    QByteArray iimCut(Field field, const QString &text);

    WriteOptions m_options;
    ImageRecord m_values;
    QList<Field> m_fields;
    ImageMetadata m_current;
    QList<WriteWarning> m_warnings;
};

} // namespace Wesog
