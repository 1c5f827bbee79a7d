// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/metadataedit.h"

#include <QRegularExpression>

#include "core/library/codepage.h"
#include "core/library/normalization.h"

namespace Wesog {

namespace {

enum class Shape : quint8 { Text, LangAlt, Bag, Seq, Date, SourceType, Release, Flag };

struct XmpTarget
{
    Field field;
    const char *key;
    Shape shape;
    const char *structureCopy = nullptr; ///< LocationShown's copy, updated only where it exists
};

// The reverse of the reader's table (§2), plus the project namespace (§6).
const XmpTarget kXmpTargets[] = {
    { Field::Title, "Xmp.dc.title", Shape::LangAlt },
    { Field::Headline, "Xmp.photoshop.Headline", Shape::Text },
    { Field::Caption, "Xmp.dc.description", Shape::LangAlt },
    { Field::AltText, "Xmp.iptc.AltTextAccessibility", Shape::LangAlt },
    { Field::Author, "Xmp.dc.creator", Shape::Seq },
    { Field::Provider, "Xmp.photoshop.Credit", Shape::Text },
    { Field::City, "Xmp.photoshop.City", Shape::Text, "Xmp.iptcExt.LocationShown[1]/Iptc4xmpExt:City" },
    { Field::Country, "Xmp.photoshop.Country", Shape::Text, "Xmp.iptcExt.LocationShown[1]/Iptc4xmpExt:CountryName" },
    { Field::Location, "Xmp.iptc.Location", Shape::Text, "Xmp.iptcExt.LocationShown[1]/Iptc4xmpExt:Sublocation" },
    { Field::Date, "Xmp.photoshop.DateCreated", Shape::Date },
    { Field::Event, "Xmp.iptcExt.Event", Shape::LangAlt },
    { Field::Keywords, "Xmp.dc.subject", Shape::Bag },
    { Field::Categories, "Xmp.photoshop.SupplementalCategories", Shape::Bag },
    { Field::AiGenerated, "Xmp.iptcExt.DigitalSourceType", Shape::SourceType },
    { Field::ModelRelease, "Xmp.plus.ModelReleaseStatus", Shape::Release },
    { Field::PropertyRelease, "Xmp.plus.PropertyReleaseStatus", Shape::Release },
    { Field::Nsfw, "Xmp.wesogdesk.NSFW", Shape::Flag },
    { Field::Status, "Xmp.wesogdesk.Status", Shape::Text },
    { Field::Technique, "Xmp.wesogdesk.Technique", Shape::Text },
    { Field::Shot, "Xmp.wesogdesk.Shot", Shape::Text },
    { Field::Scene, "Xmp.wesogdesk.Scene", Shape::Text },
    { Field::Medium, "Xmp.wesogdesk.Medium", Shape::Text },
    { Field::Collections, "Xmp.wesogdesk.Collections", Shape::Bag },
};

struct IimTarget
{
    Field field;
    const char *key;
};

const IimTarget kIimTargets[] = {
    { Field::Title, "Iptc.Application2.ObjectName" },
    { Field::Headline, "Iptc.Application2.Headline" },
    { Field::Caption, "Iptc.Application2.Caption" },
    { Field::Author, "Iptc.Application2.Byline" },
    { Field::Provider, "Iptc.Application2.Credit" },
    { Field::City, "Iptc.Application2.City" },
    { Field::Country, "Iptc.Application2.CountryName" },
    { Field::Location, "Iptc.Application2.SubLocation" },
    { Field::Date, "Iptc.Application2.DateCreated" },
    { Field::Keywords, "Iptc.Application2.Keywords" },
    { Field::Categories, "Iptc.Application2.SuppCategory" },
};

struct ExifTarget
{
    Field field;
    const char *key;
};

// DateTimeOriginal is the camera's clock and is never written (§6).
const ExifTarget kExifTargets[] = {
    { Field::Title, "Exif.Image.XPTitle" },
    { Field::Caption, "Exif.Image.ImageDescription" },
    { Field::Caption, "Exif.Photo.UserComment" },
    { Field::Caption, "Exif.Image.XPComment" },
    { Field::Author, "Exif.Image.Artist" },
    { Field::Author, "Exif.Image.XPAuthor" },
    { Field::Keywords, "Exif.Image.XPKeywords" },
};

const QByteArray kUtf8Marker("\x1b%G");

bool neverWritten(Field field)
{
    return field == Field::Id || field == Field::Src || field == Field::UrlImgWatermark
        || field == Field::UrlImgThumbnail;
}

std::string toStd(const QString &text)
{
    return text.toUtf8().toStdString();
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

Exiv2::XmpData::iterator findXmp(Exiv2::XmpData &xmp, const char *key)
{
    return std::find_if(xmp.begin(), xmp.end(), [key](const Exiv2::Xmpdatum &datum) { return datum.key() == key; });
}

void eraseXmp(Exiv2::XmpData &xmp, const char *key)
{
    for (auto it = findXmp(xmp, key); it != xmp.end(); it = findXmp(xmp, key))
        xmp.erase(it);
}

void eraseIptc(Exiv2::IptcData &iptc, const char *key)
{
    for (auto it = iptc.begin(); it != iptc.end();)
        it = it->key() == key ? iptc.erase(it) : std::next(it);
}

void addXmp(Exiv2::XmpData &xmp, const char *key, const Exiv2::Value &value)
{
    eraseXmp(xmp, key);
    xmp.add(Exiv2::XmpKey(key), &value);
}

/// The last path segment of a code URI (`…/digitalsourcetype/digitalCapture` → `digitalCapture`).
QString codeOf(const QString &raw)
{
    return raw.trimmed().section(QLatin1Char('/'), -1);
}

std::optional<bool> sourceTypeMeans(const QString &code)
{
    static const QStringList yes = { QStringLiteral("trainedAlgorithmicMedia"),
        QStringLiteral("compositeWithTrainedAlgorithmicMedia"), QStringLiteral("algorithmicMedia") };
    static const QStringList no
        = { QStringLiteral("digitalCapture"), QStringLiteral("computationalCapture"), QStringLiteral("negativeFilm"),
              QStringLiteral("positiveFilm"), QStringLiteral("print"), QStringLiteral("minorHumanEdits") };
    if (yes.contains(code))
        return true;
    if (no.contains(code))
        return false;
    return std::nullopt;
}

std::optional<bool> releaseMeans(const QString &code)
{
    if (code.endsWith(QLatin1String("-UMR")) || code.endsWith(QLatin1String("-LMR"))
        || code.endsWith(QLatin1String("-UPR")) || code.endsWith(QLatin1String("-LPR")))
        return true;
    if (code.endsWith(QLatin1String("-NON")))
        return false;
    return std::nullopt;
}

/// Author is one text field on the API and an ordered list in XMP and IIM.
QStringList authorItems(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

QByteArray ucs2(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    bytes.append(2, '\0');
    return bytes;
}

} // namespace

MetadataEdit::MetadataEdit(const WriteRequest &request, const WriteOptions &options, const ImageMetadata &current)
    : m_options(options)
    , m_values(request.values)
    , m_current(current)
{
    for (const Field field : request.fields) {
        if (!neverWritten(field) && !m_fields.contains(field))
            m_fields << field;
    }
    // Clearing the source type empties a medium derived from it, unless medium is written too.
    if (m_fields.contains(Field::AiGenerated) && !m_values.has(Field::AiGenerated) && !m_fields.contains(Field::Medium)
        && m_current.sources.provenance(size_t(Field::Medium)) == Provenance::Derived)
        warn(Field::Medium, "medium-follows-source-type");
}

QList<Field> MetadataEdit::clearedFields() const
{
    QList<Field> cleared;
    for (const Field field : m_fields) {
        if (!expected(field).index())
            cleared << field;
    }
    return cleared;
}

FieldValue MetadataEdit::expected(Field field) const
{
    const FieldValue &value = m_values.value(field);
    if (const auto *text = std::get_if<QString>(&value)) {
        if (field == Field::Date) {
            bool invalid = false;
            const std::optional<QString> date = Normalize::date(*text, &invalid);
            return date ? FieldValue(*date) : FieldValue();
        }
        if (field == Field::Author)
            return authorItems(*text).isEmpty()
                ? FieldValue()
                : FieldValue(Normalize::text(authorItems(*text).join(QStringLiteral("; "))));
        const QString clean = Normalize::text(*text);
        return clean.isEmpty() ? FieldValue() : FieldValue(clean);
    }
    if (const auto *list = std::get_if<QStringList>(&value)) {
        const QStringList clean = Normalize::list(*list);
        return clean.isEmpty() ? FieldValue() : FieldValue(clean);
    }
    return value;
}

void MetadataEdit::warn(Field field, const char *code)
{
    const QString name = QString::fromLatin1(code);
    for (const WriteWarning &warning : std::as_const(m_warnings)) {
        if (warning.field == field && warning.code == name)
            return;
    }
    m_warnings.append({ field, name });
}

// ---- XMP ----------------------------------------------------------------------------------

void MetadataEdit::applyToXmp(Exiv2::XmpData &xmp) const
{
    for (const XmpTarget &target : kXmpTargets) {
        if (!m_fields.contains(target.field))
            continue;
        const FieldValue value = expected(target.field);
        const auto existing = findXmp(xmp, target.key);
        const QString current = existing == xmp.end() ? QString() : fromStd(existing->toString());
        if (!value.index()) {
            eraseXmp(xmp, target.key);
            if (target.structureCopy)
                eraseXmp(xmp, target.structureCopy);
            continue;
        }
        switch (target.shape) {
        case Shape::Text:
        case Shape::Date: {
            const QString text = std::get<QString>(value);
            bool invalid = false;
            const bool agrees = target.shape == Shape::Date ? Normalize::date(current, &invalid) == text
                                                            : Normalize::text(current) == text;
            if (!agrees)
                addXmp(xmp, target.key, Exiv2::XmpTextValue(toStd(text))); // a date as written
            if (target.structureCopy && findXmp(xmp, target.structureCopy) != xmp.end())
                xmp[target.structureCopy] = toStd(text);
            break;
        }
        case Shape::LangAlt: {
            // The metadata language's alternative changes, and x-default when there is one (it is
            // the one read); other languages stay.
            Exiv2::LangAltValue alternatives;
            if (existing != xmp.end()) {
                if (const auto *langAlt = dynamic_cast<const Exiv2::LangAltValue *>(&existing->value()))
                    alternatives.value_ = langAlt->value_;
            }
            const std::string text = toStd(std::get<QString>(value));
            const std::string language = toStd(m_options.read.language);
            const bool hadDefault = alternatives.value_.count("x-default") > 0;
            if (hadDefault || alternatives.value_.empty())
                alternatives.value_["x-default"] = text;
            alternatives.value_[language] = text;
            addXmp(xmp, target.key, alternatives);
            break;
        }
        case Shape::Bag:
        case Shape::Seq: {
            const QStringList items
                = target.field == Field::Author ? authorItems(std::get<QString>(value)) : std::get<QStringList>(value);
            const Exiv2::Value::AutoPtr array
                = Exiv2::Value::create(target.shape == Shape::Bag ? Exiv2::xmpBag : Exiv2::xmpSeq);
            for (const QString &item : items)
                array->read(toStd(item));
            addXmp(xmp, target.key, *array);
            break;
        }
        case Shape::SourceType:
        case Shape::Release: {
            const bool flag = std::get<bool>(value);
            const auto means
                = target.shape == Shape::SourceType ? sourceTypeMeans(codeOf(current)) : releaseMeans(codeOf(current));
            if (means == flag)
                break; // a code that says the same stays (compositeWithTrainedAlgorithmicMedia for true)
            QString code;
            if (target.shape == Shape::SourceType)
                code = QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/")
                    + (flag ? QStringLiteral("trainedAlgorithmicMedia") : QStringLiteral("digitalCapture"));
            else
                code = QStringLiteral("http://ns.useplus.org/ldf/vocab/")
                    + (target.field == Field::ModelRelease
                            ? (flag ? QStringLiteral("MR-UMR") : QStringLiteral("MR-NON"))
                            : (flag ? QStringLiteral("PR-UPR") : QStringLiteral("PR-NON")));
            const Exiv2::XmpTextValue text(toStd(code));
            addXmp(xmp, target.key, text);
            break;
        }
        case Shape::Flag:
            addXmp(xmp, target.key, Exiv2::XmpTextValue(std::get<bool>(value) ? "True" : "False"));
            break;
        }
    }
}

// ---- IIM ----------------------------------------------------------------------------------

void MetadataEdit::applyToIim(Exiv2::IptcData &iptc)
{
    bool hasIim = false;
    bool allUtf8 = true;
    for (const Exiv2::Iptcdatum &datum : iptc) {
        if (datum.key().rfind("Iptc.Application2.", 0) != 0)
            continue;
        hasIim = true;
        if (datum.typeId() == Exiv2::string)
            allUtf8 = allUtf8 && Codepage::isValidUtf8(QByteArray::fromStdString(datum.toString()));
    }
    bool anyField = false;
    for (const IimTarget &target : kIimTargets)
        anyField = anyField || m_fields.contains(target.field);
    if (!hasIim || !anyField)
        return; // a file without IIM gets none: XMP is the modern copy
    if (!allUtf8) {
        // Everything becomes UTF-8 under one marker, so no dataset is left in the old page.
        for (Exiv2::Iptcdatum &datum : iptc) {
            if (datum.key().rfind("Iptc.Application2.", 0) != 0 || datum.typeId() != Exiv2::string)
                continue;
            const QByteArray bytes = QByteArray::fromStdString(datum.toString());
            if (!Codepage::isValidUtf8(bytes))
                datum.setValue(Codepage::decode(bytes, m_options.read.legacyCodepage).toUtf8().toStdString());
        }
    }
    iptc["Iptc.Envelope.CharacterSet"] = std::string(kUtf8Marker.constData(), size_t(kUtf8Marker.size()));
    for (const IimTarget &target : kIimTargets) {
        if (m_fields.contains(target.field))
            writeIimField(iptc, target.field, target.key);
    }
}

void MetadataEdit::writeIimField(Exiv2::IptcData &iptc, Field field, const char *key)
{
    const FieldValue value = expected(field);
    if (field == Field::Date) {
        // Only a full date has an IIM form; TimeCreated belongs to the old date.
        const QString date = value.index() ? std::get<QString>(value) : QString();
        if (date.size() == 10) {
            const auto existing = iptc.findKey(Exiv2::IptcKey(key));
            if (existing == iptc.end() || QString::fromStdString(existing->toString()) != date) {
                iptc[key] = toStd(date);
                eraseIptc(iptc, "Iptc.Application2.TimeCreated");
            }
        } else {
            eraseIptc(iptc, key);
            eraseIptc(iptc, "Iptc.Application2.TimeCreated");
        }
        return;
    }
    QStringList items;
    if (const auto *list = std::get_if<QStringList>(&value))
        items = *list;
    else if (const auto *text = std::get_if<QString>(&value))
        items = field == Field::Author ? authorItems(*text) : QStringList { *text };
    QList<QByteArray> wanted;
    for (const QString &item : items)
        wanted << iimCut(field, item);
    QList<QByteArray> present;
    for (const Exiv2::Iptcdatum &datum : iptc) {
        if (datum.key() == key)
            present << QByteArray::fromStdString(datum.toString());
    }
    if (present == wanted)
        return;
    eraseIptc(iptc, key);
    for (const QByteArray &bytes : wanted) {
        Exiv2::StringValue dataset(bytes.toStdString());
        iptc.add(Exiv2::IptcKey(key), &dataset);
    }
}

/// IIM limits are bytes: a longer value is cut at a UTF-8 character boundary in IIM only.
QByteArray MetadataEdit::iimCut(Field field, const QString &text)
{
    const int limit = FieldRegistry::info(field).iimByteLimit;
    QByteArray bytes = text.toUtf8();
    if (limit <= 0 || bytes.size() <= limit)
        return bytes;
    bytes.truncate(limit);
    while (!bytes.isEmpty() && (uchar(bytes.at(bytes.size() - 1)) & 0xC0) == 0x80)
        bytes.chop(1); // a continuation byte: drop back to the lead byte
    if (!bytes.isEmpty() && uchar(bytes.at(bytes.size() - 1)) >= 0xC0)
        bytes.chop(1); // the lead byte of the character that did not fit
    warn(field, "iim-truncated");
    return bytes;
}

// ---- EXIF ---------------------------------------------------------------------------------

void MetadataEdit::applyToExif(Exiv2::ExifData &exif) const
{
    for (const ExifTarget &target : kExifTargets) {
        if (!m_fields.contains(target.field))
            continue;
        const auto datum = exif.findKey(Exiv2::ExifKey(target.key));
        if (datum == exif.end())
            continue; // only the copies the file already has
        if (QByteArray(target.key) == "Exif.Image.ImageDescription") {
            // Camera boilerplate is not a copy of the caption: the reader ignores it, so do we.
            bool cameraText = false;
            for (const MetadataNote &note : m_current.notes)
                cameraText = cameraText || note.code == QLatin1String("camera-text-ignored");
            if (cameraText)
                continue;
        }
        const FieldValue value = expected(target.field);
        if (!value.index()) {
            exif.erase(datum);
            continue;
        }
        const QString text = std::holds_alternative<QStringList>(value)
            ? std::get<QStringList>(value).join(QStringLiteral("; "))
            : std::get<QString>(value);
        if (QByteArray(target.key).startsWith("Exif.Image.XP")) {
            const QByteArray bytes = ucs2(text);
            Exiv2::DataValue data(Exiv2::unsignedByte);
            data.read(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), long(bytes.size()));
            datum->setValue(&data);
        } else if (QByteArray(target.key) == "Exif.Photo.UserComment") {
            bool ascii = true;
            for (const QChar c : text)
                ascii = ascii && c.unicode() < 0x80;
            datum->setValue(
                toStd((ascii ? QStringLiteral("charset=Ascii ") : QStringLiteral("charset=Unicode ")) + text));
        } else {
            datum->setValue(toStd(text));
        }
    }
}

QStringList MetadataEdit::signature(
    Field field, const Exiv2::XmpData &xmp, const Exiv2::IptcData &iptc, const Exiv2::ExifData &exif)
{
    QStringList parts;
    for (const XmpTarget &target : kXmpTargets) {
        if (target.field != field)
            continue;
        for (const Exiv2::Xmpdatum &datum : xmp) {
            if (datum.key() == target.key || (target.structureCopy && datum.key() == target.structureCopy))
                parts << fromStd(datum.key() + '=' + datum.toString());
        }
    }
    for (const IimTarget &target : kIimTargets) {
        if (target.field != field)
            continue;
        for (const Exiv2::Iptcdatum &datum : iptc) {
            if (datum.key() == target.key)
                parts << fromStd(datum.key() + '=' + datum.toString());
        }
    }
    for (const ExifTarget &target : kExifTargets) {
        if (target.field != field)
            continue;
        const auto datum = exif.findKey(Exiv2::ExifKey(target.key));
        if (datum != exif.end())
            parts << fromStd(datum->key() + '=' + datum->toString());
    }
    return parts;
}

} // namespace Wesog
