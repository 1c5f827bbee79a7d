// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/metadatareader.h"

#include <QHash>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <string_view>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>
#include <vector>

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <exiv2/exiv2.hpp>

#include "core/library/codepage.h"
#include "core/library/exifsubset.h"
#include "core/library/iimdatasets.h"
#include "core/library/imageprobe.h"
#include "core/library/jpegheader.h"
#include "core/library/metadataprofile.h"
#include "core/library/normalization.h"
#include "core/library/xmppacket.h"

namespace Wesog {

namespace {

// ---- Raw metadata, read once per file ------------------------------------------------------

/// A value as one source holds it, before normalisation.
/// Source keys are a few dozen literals: one shared QString each per reader thread, not one per
/// image and field. Per thread, so that the reading threads share no lock.
QString internedKey(const char *key)
{
    thread_local QHash<const char *, QString> keys;
    auto found = keys.constFind(key);
    if (found == keys.cend())
        found = keys.insert(key, QString::fromLatin1(key));
    return *found;
}

/// The dataset number of an `Iptc.Application2.` key, asked of Exiv2's table once per key and
/// reader thread: the datasets of a file are matched by number, not by a key string made for each.
quint16 iimDataset(const char *key)
{
    thread_local QHash<const char *, quint16> numbers;
    auto found = numbers.constFind(key);
    if (found == numbers.cend())
        found = numbers.insert(key, Exiv2::IptcKey(key).tag());
    return *found;
}

/// Values that repeat from file to file (keywords, places, names, dates, codes) are kept once
/// per reader thread: each file's record shares the string read first, so a table of 1,000,000
/// photos holds "Lisboa" a few times, not 1,000,000 times. Free text (titles, captions) is not
/// pooled; it rarely repeats. The pool is emptied when full, so a long scan of files that share
/// nothing holds at most its cap.
class RepeatedValues
{
public:
    static FieldValue share(Field field, const FieldValue &value)
    {
        if (field == Field::Title || field == Field::Headline || field == Field::Caption || field == Field::AltText)
            return value;
        if (const auto *text = std::get_if<QString>(&value))
            return shared(*text);
        if (const auto *list = std::get_if<QStringList>(&value)) {
            QStringList items;
            items.reserve(list->size());
            for (const QString &item : *list)
                items.append(shared(item));
            return items;
        }
        return value;
    }

private:
    static constexpr qsizetype Cap = 65536;

    static QString shared(const QString &text)
    {
        thread_local QSet<QString> pool;
        const auto found = pool.constFind(text);
        if (found != pool.cend())
            return *found;
        if (pool.size() >= Cap)
            pool.clear();
        pool.insert(text);
        return text;
    }
};

struct Candidate
{
    Provenance source = Provenance::None;
    QString key;
    FieldValue value;
};

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// The text Exiv2's toString() gives for a datum. For the kinds most read (plain XMP text, EXIF
/// ASCII) it is a view into the value, where toString() would write it through a string stream;
/// for the others it is made in `storage`.
std::string_view textOf(const Exiv2::Metadatum &datum, std::string *storage)
{
    // typeId() first: value() throws when no value is set, where toString() gives "".
    if (datum.typeId() == Exiv2::xmpText) {
        const auto *text = dynamic_cast<const Exiv2::XmpTextValue *>(&datum.value());
        if (text && text->xmpArrayType() == Exiv2::XmpValue::xaNone && text->xmpStruct() == Exiv2::XmpValue::xsNone)
            return text->value_;
    } else if (datum.typeId() == Exiv2::asciiString) {
        if (const auto *ascii = dynamic_cast<const Exiv2::AsciiValue *>(&datum.value()))
            return std::string_view(ascii->value_).substr(0, ascii->value_.find('\0')); // as AsciiValue::write
    }
    *storage = datum.toString();
    return *storage;
}

QString textOf(const Exiv2::Metadatum &datum)
{
    std::string storage;
    const std::string_view text = textOf(datum, &storage);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString comparable(const QString &text)
{
    return text.toCaseFolded().simplified();
}

bool sameValue(const FieldValue &a, const FieldValue &b)
{
    if (a == b)
        return true; // most files repeat their XMP in IIM word for word: no folding needed
    const auto *listA = std::get_if<QStringList>(&a);
    const auto *listB = std::get_if<QStringList>(&b);
    if (listA && listB) {
        QStringList x, y;
        for (const QString &item : *listA)
            x << comparable(item);
        for (const QString &item : *listB)
            y << comparable(item);
        x.sort();
        y.sort();
        x.removeDuplicates();
        y.removeDuplicates();
        return x == y;
    }
    return comparable(displayText(a)) == comparable(displayText(b));
}

// ---- XMP -----------------------------------------------------------------------------------

/// Exiv2's findKey parses the key and walks the list on every call; an index built once per
/// file makes the ~20 look-ups per file cheap. A key held twice finds the first, as findKey does.
template <typename Datum> class KeyIndex
{
public:
    template <typename Data> explicit KeyIndex(const Data &data)
    {
        m_byKey.reserve(size_t(data.count()));
        for (const auto &datum : data)
            m_byKey.emplace_back(datum.key(), m_byKey.size(), &datum);
        std::sort(m_byKey.begin(), m_byKey.end()); // by key, then by place
    }
    const Datum *find(std::string_view key) const
    {
        const auto it = std::lower_bound(m_byKey.cbegin(), m_byKey.cend(), key,
            [](const Entry &entry, std::string_view wanted) { return std::get<0>(entry) < wanted; });
        return it != m_byKey.cend() && std::get<0>(*it) == key ? std::get<2>(*it) : nullptr;
    }

private:
    using Entry = std::tuple<std::string, size_t, const Datum *>; // key, place in the data, datum
    std::vector<Entry> m_byKey;
};
using XmpIndex = KeyIndex<Exiv2::Xmpdatum>;

const Exiv2::Xmpdatum *findXmp(const XmpIndex &xmp, const char *key)
{
    return xmp.find(key);
}

/// Lang-alt: x-default, else the UI language (exact tag, then primary subtag), else the tag
/// that sorts first case-insensitively.
std::optional<QString> langAlt(const Exiv2::Xmpdatum &datum, const QString &language)
{
    const auto *value = dynamic_cast<const Exiv2::LangAltValue *>(&datum.value());
    if (!value)
        return textOf(datum);
    QMap<QString, QString> byLang; // lower-case tag → text
    for (const auto &[lang, text] : value->value_)
        byLang.insert(fromStd(lang).toLower(), fromStd(text));
    if (byLang.isEmpty())
        return std::nullopt;
    if (byLang.contains(QStringLiteral("x-default")))
        return byLang.value(QStringLiteral("x-default"));
    const QString ui = language.toLower();
    if (byLang.contains(ui))
        return byLang.value(ui);
    const QString primary = ui.section(QLatin1Char('-'), 0, 0);
    for (auto it = byLang.cbegin(); it != byLang.cend(); ++it) {
        if (it.key().section(QLatin1Char('-'), 0, 0) == primary)
            return it.value();
    }
    return byLang.first();
}

QStringList xmpArray(const Exiv2::Xmpdatum &datum)
{
    QStringList items;
    for (long i = 0; i < datum.count(); ++i)
        items << fromStd(datum.toString(i));
    return items;
}

enum class XmpShape { Text, LangAlt, Array };

std::optional<QString> xmpString(const XmpIndex &xmp, const char *key, XmpShape shape, const QString &language)
{
    const Exiv2::Xmpdatum *datum = findXmp(xmp, key);
    if (!datum)
        return std::nullopt;
    if (shape == XmpShape::LangAlt)
        return langAlt(*datum, language);
    if (shape == XmpShape::Array)
        return xmpArray(*datum).join(QStringLiteral("; "));
    return textOf(*datum);
}

// ---- EXIF ----------------------------------------------------------------------------------

const Exiv2::Exifdatum *findExif(const Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    return it == exif.end() ? nullptr : &*it;
}

QByteArray exifBytes(const Exiv2::Exifdatum &datum)
{
    QByteArray bytes(qsizetype(datum.size()), Qt::Uninitialized);
    if (!bytes.isEmpty())
        datum.copy(reinterpret_cast<Exiv2::byte *>(bytes.data()), Exiv2::littleEndian);
    return bytes;
}

/// XP* tags are UCS-2LE bytes with a trailing NUL.
std::optional<QString> exifXp(const Exiv2::Exifdatum &datum)
{
    const QByteArray bytes = exifBytes(datum);
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
}

// ---- The reader ----------------------------------------------------------------------------

class Extraction
{
public:
    Extraction(const ReadOptions &options, ImageMetadata *out)
        : m_options(options)
        , m_out(out)
    {
    }

    void run(const Exiv2::ExifData &exif, IimDatasets iim, const Exiv2::XmpData &xmp, const Exiv2::XmpData *sidecar)
    {
        m_exif.emplace(exif);
        if (sidecar)
            m_sidecar.emplace(*sidecar);
        m_xmp.emplace(xmp);
        m_iim = std::move(iim);
        decideIimCharset();
        textField(Field::Title, "Xmp.dc.title", XmpShape::LangAlt, { "Iptc.Application2.ObjectName" },
            { "Exif.Image.XPTitle" });
        textField(Field::Headline, "Xmp.photoshop.Headline", XmpShape::Text, { "Iptc.Application2.Headline" }, {});
        textField(Field::Caption, "Xmp.dc.description", XmpShape::LangAlt, { "Iptc.Application2.Caption" },
            { "Exif.Image.ImageDescription", "Exif.Photo.UserComment", "Exif.Image.XPComment" });
        textField(Field::AltText, "Xmp.iptc.AltTextAccessibility", XmpShape::LangAlt, {}, {});
        textField(Field::Author, "Xmp.dc.creator", XmpShape::Array, { "Iptc.Application2.Byline" },
            { "Exif.Image.Artist", "Exif.Image.XPAuthor" });
        textField(Field::Provider, "Xmp.photoshop.Credit", XmpShape::Text, { "Iptc.Application2.Credit" }, {});
        textField(Field::City, "Xmp.photoshop.City", XmpShape::Text, { "Iptc.Application2.City" }, {},
            "Xmp.iptcExt.LocationShown[1]/Iptc4xmpExt:City");
        textField(Field::Country, "Xmp.photoshop.Country", XmpShape::Text, { "Iptc.Application2.CountryName" }, {},
            "Xmp.iptcExt.LocationShown[1]/Iptc4xmpExt:CountryName");
        textField(Field::Location, "Xmp.iptc.Location", XmpShape::Text, { "Iptc.Application2.SubLocation" }, {},
            "Xmp.iptcExt.LocationShown[1]/Iptc4xmpExt:Sublocation");
        textField(Field::Event, "Xmp.iptcExt.Event", XmpShape::LangAlt, {}, {});
        textField(Field::Date, "Xmp.photoshop.DateCreated", XmpShape::Text, { "Iptc.Application2.DateCreated" },
            { "Exif.Photo.DateTimeOriginal" });
        listField(Field::Keywords, "Xmp.dc.subject", "Iptc.Application2.Keywords", "Exif.Image.XPKeywords");
        listField(Field::Categories, "Xmp.photoshop.SupplementalCategories", "Iptc.Application2.SuppCategory", nullptr);
        codeField(Field::AiGenerated, "Xmp.iptcExt.DigitalSourceType");
        codeField(Field::ModelRelease, "Xmp.plus.ModelReleaseStatus");
        codeField(Field::PropertyRelease, "Xmp.plus.PropertyReleaseStatus");
        projectFields();
        deriveFromProfile();
        // Shown beside the field in the inspector (§2 notes 2 and 3); never a conflict.
        keepForInspector(Field::Provider, "Xmp.photoshop.Source", "Iptc.Application2.Source");
        keepForInspector(Field::Country, "Xmp.iptc.CountryCode", "Iptc.Application2.CountryCode");
        for (size_t field = 0; field < m_sources.size(); ++field)
            m_out->sources.set(field, m_sources[field]);
    }

private:
    static const XmpIndex *xmpPointer(const std::optional<XmpIndex> &index) { return index ? &*index : nullptr; }

    void note(std::optional<Field> field, Severity severity, const QString &code, const QString &detail = {})
    {
        m_out->notes.append(MetadataNote { field, severity, code, detail });
    }

    // -- IIM character set (§4): one decision per file.
    static QString decode(QByteArrayView bytes, const QString &codec)
    {
        return codec == QLatin1String("UTF-8") ? QString::fromUtf8(bytes) : Codepage::decode(bytes, codec);
    }

    /// Every dataset's text, in `codec`: the texts the character set is judged by.
    QStringList decodeAll(const QString &codec) const
    {
        QStringList all;
        for (const auto &[key, bytes] : m_iim.datasets)
            all << decode(bytes, codec);
        return all;
    }

    void decideIimCharset()
    {
        if (m_iim.datasets.isEmpty())
            return;
        bool allUtf8 = true;
        for (const auto &[key, bytes] : m_iim.datasets)
            allUtf8 = allUtf8 && Codepage::isValidUtf8(bytes);
        const bool markedUtf8 = m_iim.characterSet == QByteArray("\x1b%G");
        if (allUtf8) {
            m_iimCodec = QStringLiteral("UTF-8");
        } else {
            m_iimCodec = m_options.legacyCodepage;
            if (markedUtf8)
                note(std::nullopt, Severity::Warning, QStringLiteral("charset-invalid"));
            else
                note(std::nullopt, Severity::Info, QStringLiteral("charset-assumed"), m_iimCodec);
        }
        // Each dataset is decoded once, here; the fields then read these texts.
        QStringList all;
        all.reserve(m_iim.datasets.size());
        m_iimText.reserve(m_iim.datasets.size());
        for (const auto &[dataset, bytes] : m_iim.datasets) {
            m_iimText.append({ dataset, decode(bytes, m_iimCodec) });
            all << m_iimText.last().second;
        }
        if (Codepage::looksMisdecoded(all)) {
            // Offer the other page if it reads clean.
            const QString other
                = Codepage::alternative(m_iimCodec == QLatin1String("UTF-8") ? m_options.legacyCodepage : m_iimCodec);
            const bool otherReads
                = m_iimCodec != QLatin1String("UTF-8") && !Codepage::looksMisdecoded(decodeAll(other));
            note(std::nullopt, Severity::Warning, QStringLiteral("charset-suspect"), otherReads ? other : QString());
        }
    }

    QStringList iimValues(const char *key) const
    {
        QStringList values;
        const quint16 wanted = iimDataset(key);
        for (const auto &[dataset, text] : m_iimText) {
            if (dataset == wanted)
                values << text;
        }
        return values;
    }

    QByteArray iimBytes(const char *key) const
    {
        const quint16 wanted = iimDataset(key);
        for (const auto &[dataset, bytes] : m_iim.datasets) {
            if (dataset == wanted)
                return bytes;
        }
        return QByteArray();
    }

    // EXIF ASCII text: UTF-8 when valid, else the legacy page (§4 step 2–3).
    std::optional<QString> exifText(const char *key) const
    {
        const Exiv2::Exifdatum *datum = m_exif->find(key);
        if (std::string_view(key).substr(0, 13) == "Exif.Image.XP")
            return datum ? exifXp(*datum) : std::nullopt;
        if (!datum)
            return std::nullopt;
        if (const auto *comment = dynamic_cast<const Exiv2::CommentValue *>(&datum->value()))
            return fromStd(comment->comment());
        std::string storage;
        const std::string_view text = textOf(*datum, &storage);
        const QByteArrayView bytes(text.data(), qsizetype(text.size()));
        return Codepage::isValidUtf8(bytes) ? QString::fromUtf8(bytes)
                                            : Codepage::decode(bytes, m_options.legacyCodepage);
    }

    bool isCameraText(const QString &text) const
    {
        const QString make = Normalize::text(exifText("Exif.Image.Make").value_or(QString()));
        const QString model = Normalize::text(exifText("Exif.Image.Model").value_or(QString()));
        bool hasLetter = false;
        for (const QChar c : text)
            hasLetter = hasLetter || c.isLetter();
        if (!hasLetter || text.compare(make, Qt::CaseInsensitive) == 0 || text.compare(model, Qt::CaseInsensitive) == 0)
            return true;
        for (const QString &boilerplate : m_options.cameraBoilerplate) {
            if (text.compare(boilerplate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    // A source's value normalised; nothing if it is empty (and so takes no part).
    std::optional<FieldValue> normalize(Field field, const QString &text)
    {
        if (field == Field::Date) {
            bool invalid = false;
            std::optional<QString> date = Normalize::date(text, &invalid);
            if (invalid)
                note(field, Severity::Warning, QStringLiteral("invalid-date"), text.trimmed());
            if (!date)
                return std::nullopt;
            return FieldValue { std::move(*date) };
        }
        QString clean = Normalize::text(text);
        if (clean.isEmpty())
            return std::nullopt;
        return FieldValue { std::move(clean) };
    }

    void xmpCandidates(Field field, const char *key, XmpShape shape, const char *fallbackKey, QList<Candidate> *out)
    {
        // Sidecar XMP first, then embedded XMP (§1: the sidecar wins field by field).
        for (const auto &[data, source] : { std::pair { xmpPointer(m_sidecar), Provenance::Sidecar },
                 std::pair { xmpPointer(m_xmp), Provenance::Xmp } }) {
            if (!data)
                continue;
            for (const char *k : { key, fallbackKey }) {
                if (!k)
                    continue;
                const std::optional<QString> text = xmpString(*data, k, shape, m_options.language);
                if (std::optional<FieldValue> value = text ? normalize(field, *text) : std::nullopt) {
                    out->append({ source, internedKey(k), std::move(*value) });
                    break; // the fallback key only when the main one is empty
                }
            }
        }
    }

    void textField(Field field, const char *xmpKey, XmpShape shape, std::initializer_list<const char *> iimKeys,
        std::initializer_list<const char *> exifKeys, const char *xmpFallback = nullptr)
    {
        QList<Candidate> candidates;
        xmpCandidates(field, xmpKey, shape, xmpFallback, &candidates);
        for (const char *key : iimKeys) {
            if (std::optional<FieldValue> value = normalize(field, iimValues(key).join(QStringLiteral("; "))))
                candidates.append({ Provenance::Iim, internedKey(key), std::move(*value) });
        }
        for (const char *key : exifKeys) {
            const std::optional<QString> text = exifText(key);
            if (!text)
                continue;
            if (std::string_view(key) == "Exif.Image.ImageDescription" && isCameraText(Normalize::text(*text))) {
                if (!Normalize::text(*text).isEmpty())
                    note(field, Severity::Info, QStringLiteral("camera-text-ignored"), Normalize::text(*text));
                continue;
            }
            if (std::optional<FieldValue> value = normalize(field, *text))
                candidates.append({ Provenance::Exif, internedKey(key), std::move(*value) });
        }
        choose(field, candidates, iimKeys.size() ? *iimKeys.begin() : nullptr);
    }

    void listField(Field field, const char *xmpKey, const char *iimKey, const char *exifKey)
    {
        QList<Candidate> candidates;
        for (const auto &[data, source] : { std::pair { xmpPointer(m_sidecar), Provenance::Sidecar },
                 std::pair { xmpPointer(m_xmp), Provenance::Xmp } }) {
            if (!data)
                continue;
            if (const Exiv2::Xmpdatum *datum = findXmp(*data, xmpKey)) {
                const QStringList items = Normalize::list(xmpArray(*datum));
                if (!items.isEmpty())
                    candidates.append({ source, internedKey(xmpKey), items });
            }
        }
        if (iimKey) {
            if (const QStringList items = Normalize::list(iimValues(iimKey)); !items.isEmpty())
                candidates.append({ Provenance::Iim, internedKey(iimKey), items });
        }
        if (exifKey) {
            if (const auto text = exifText(exifKey)) {
                if (const QStringList items = Normalize::list({ *text }); !items.isEmpty())
                    candidates.append({ Provenance::Exif, internedKey(exifKey), items });
            }
        }
        choose(field, candidates, iimKey);
    }

    // ---- Fields with no standard key, as Wesog Desk writes them (§6); before any derived value ----

    void projectFields()
    {
        textField(Field::Status, "Xmp.wesogdesk.Status", XmpShape::Text, {}, {});
        textField(Field::Technique, "Xmp.wesogdesk.Technique", XmpShape::Text, {}, {});
        textField(Field::Shot, "Xmp.wesogdesk.Shot", XmpShape::Text, {}, {});
        textField(Field::Scene, "Xmp.wesogdesk.Scene", XmpShape::Text, {}, {});
        textField(Field::Medium, "Xmp.wesogdesk.Medium", XmpShape::Text, {}, {});
        listField(Field::Collections, "Xmp.wesogdesk.Collections", nullptr, nullptr);
        const SourceValue nsfw = firstXmp("Xmp.wesogdesk.NSFW", XmpShape::Text);
        if (nsfw.text.isEmpty())
            return;
        const QString flag = nsfw.text.toLower();
        if (flag != QLatin1String("true") && flag != QLatin1String("false")) {
            note(Field::Nsfw, Severity::Warning, QStringLiteral("unknown-code"), nsfw.text);
            return;
        }
        m_out->record.setValue(Field::Nsfw, flag == QLatin1String("true"));
        FieldSource &origin = m_sources[size_t(Field::Nsfw)];
        origin.provenance = nsfw.source;
        origin.key = nsfw.key;
    }

    // ---- The profile (§2 notes 1 and 4, §3) ----

    void deriveFromProfile()
    {
        const MetadataProfile &profile = m_options.profile;
        const SourceValue scene = firstXmp("Xmp.iptc.Scene", XmpShape::Array);
        for (const QString &raw : scene.text.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
            const QString code = raw.trimmed().section(QLatin1Char('/'), -1);
            derive(Field::Shot, profile.shotBySceneCode.value(code), scene);
            derive(Field::Scene, profile.sceneBySceneCode.value(code), scene);
        }
        const SourceValue sourceType = firstXmp("Xmp.iptcExt.DigitalSourceType", XmpShape::Text);
        derive(Field::Medium, profile.mediumBySourceType.value(sourceType.text.trimmed().section(QLatin1Char('/'), -1)),
            sourceType);
        prependCategory();
        if (profile.titleFromHeadline)
            titleFromHeadline();
    }

    /// The first non-empty value of an XMP key, sidecar first; an empty text when there is none.
    SourceValue firstXmp(const char *key, XmpShape shape) const
    {
        for (const auto &[data, source] : { std::pair { xmpPointer(m_sidecar), Provenance::Sidecar },
                 std::pair { xmpPointer(m_xmp), Provenance::Xmp } }) {
            if (!data)
                continue;
            if (const std::optional<QString> text = xmpString(*data, key, shape, m_options.language);
                text && !text->trimmed().isEmpty())
                return { source, internedKey(key), Normalize::text(*text) };
        }
        return {};
    }

    /// A derived value fills an empty field only; what it came from stays visible.
    void derive(Field field, const QString &value, const SourceValue &from)
    {
        if (value.isEmpty() || m_sources[size_t(field)].provenance != Provenance::None)
            return;
        m_out->record.setValue(field, value);
        FieldSource &origin = m_sources[size_t(field)];
        origin.provenance = Provenance::Derived;
        origin.key = from.key;
        origin.others.append(from);
    }

    /// The name of a known IPTC Category code goes first in the categories (§2 note 4).
    void prependCategory()
    {
        SourceValue category = firstXmp("Xmp.photoshop.Category", XmpShape::Text);
        if (category.text.isEmpty()) {
            const QStringList iim = iimValues("Iptc.Application2.Category");
            if (!iim.isEmpty())
                category = { Provenance::Iim, internedKey("Iptc.Application2.Category"), Normalize::text(iim.first()) };
        }
        const QString name = m_options.profile.categoryByCode.value(category.text.toUpper());
        if (name.isEmpty())
            return;
        const FieldValue &current = m_out->record.value(Field::Categories);
        QStringList categories
            = std::holds_alternative<QStringList>(current) ? std::get<QStringList>(current) : QStringList();
        for (const QString &existing : categories) {
            if (existing.compare(name, Qt::CaseInsensitive) == 0)
                return;
        }
        categories.prepend(name);
        const bool hadSource = m_sources[size_t(Field::Categories)].provenance != Provenance::None;
        m_out->record.setValue(Field::Categories, categories);
        FieldSource &origin = m_sources[size_t(Field::Categories)];
        if (!hadSource) {
            origin.provenance = Provenance::Derived;
            origin.key = category.key;
        }
        origin.others.append(category);
    }

    /// An empty or file-name-like title takes the headline (§2 note 1); the old title stays visible.
    void titleFromHeadline()
    {
        const QString title = displayText(m_out->record.value(Field::Title));
        const QString headline = displayText(m_out->record.value(Field::Headline));
        if (headline.isEmpty() || !(title.isEmpty() || MetadataProfile::looksLikeFileName(title)))
            return;
        const FieldSource headlineSource = m_sources[size_t(Field::Headline)];
        FieldSource &origin = m_sources[size_t(Field::Title)];
        if (!title.isEmpty())
            origin.others.prepend({ origin.provenance, origin.key, title });
        origin.provenance = Provenance::Derived;
        origin.key = headlineSource.key;
        origin.conflict = false;
        m_out->record.setValue(Field::Title, headline);
    }

    void keepForInspector(Field field, const char *xmpKey, const char *iimKey)
    {
        QList<SourceValue> found;
        if (const SourceValue xmp = firstXmp(xmpKey, XmpShape::Text); !xmp.text.isEmpty())
            found.append(xmp);
        for (const QString &value : iimValues(iimKey)) {
            if (!Normalize::text(value).isEmpty())
                found.append({ Provenance::Iim, internedKey(iimKey), Normalize::text(value) });
        }
        if (!found.isEmpty())
            m_sources[size_t(field)].others.append(found);
    }

    // DigitalSourceType and PLUS release codes → tri-state (§2.1).
    void codeField(Field field, const char *key)
    {
        for (const auto &[data, source] : { std::pair { xmpPointer(m_sidecar), Provenance::Sidecar },
                 std::pair { xmpPointer(m_xmp), Provenance::Xmp } }) {
            if (!data)
                continue;
            const Exiv2::Xmpdatum *datum = findXmp(*data, key);
            if (!datum)
                continue;
            const QString raw = Normalize::text(textOf(*datum));
            const QString code = raw.section(QLatin1Char('/'), -1);
            FieldSource &origin = m_sources[size_t(field)];
            origin.provenance = source;
            origin.key = internedKey(key);
            origin.others.append({ source, origin.key, raw }); // the raw code stays visible
            const std::optional<bool> value = decodeCode(field, code);
            if (value)
                m_out->record.setValue(field, *value);
            else
                origin.provenance = Provenance::None;
            return;
        }
    }

    std::optional<bool> decodeCode(Field field, const QString &code)
    {
        if (field == Field::AiGenerated) {
            static const QStringList yes = { QStringLiteral("trainedAlgorithmicMedia"),
                QStringLiteral("compositeWithTrainedAlgorithmicMedia"), QStringLiteral("algorithmicMedia") };
            static const QStringList no = { QStringLiteral("digitalCapture"), QStringLiteral("computationalCapture"),
                QStringLiteral("negativeFilm"), QStringLiteral("positiveFilm"), QStringLiteral("print"),
                QStringLiteral("minorHumanEdits") };
            if (yes.contains(code))
                return true;
            if (no.contains(code))
                return false;
            return std::nullopt; // softwareImage, screenCapture, …: not a yes/no answer
        }
        const QString prefix = field == Field::ModelRelease ? QStringLiteral("MR-") : QStringLiteral("PR-");
        if (code == prefix + QStringLiteral("UMR") || code == prefix + QStringLiteral("LMR")
            || code == prefix + QStringLiteral("UPR") || code == prefix + QStringLiteral("LPR"))
            return true;
        if (code == prefix + QStringLiteral("NON"))
            return false;
        if (code != prefix + QStringLiteral("NAP"))
            note(field, Severity::Warning, QStringLiteral("unknown-code"), code);
        return std::nullopt;
    }

    // The first candidate wins; the others are kept, and a differing one is a conflict (§5).
    void choose(Field field, const QList<Candidate> &candidates, const char *iimKey)
    {
        if (candidates.isEmpty())
            return;
        const Candidate &winner = candidates.first();
        FieldSource &origin = m_sources[size_t(field)];
        origin.provenance = winner.source;
        origin.key = winner.key;
        const FieldValue value = RepeatedValues::share(field, winner.value);
        m_out->record.setValue(field, value);
        // An other source that says the same shares the winner's text: most files repeat their
        // XMP in IIM, and a table of 1,000,000 photos would hold each text twice.
        const QString winnerText = displayText(value);
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            const Candidate &other = candidates.at(i);
            const QString otherText = displayText(other.value);
            origin.others.append({ other.source, other.key, otherText == winnerText ? winnerText : otherText });
            if (sameValue(winner.value, other.value))
                continue;
            if (winner.source == Provenance::Sidecar && other.source == Provenance::Xmp)
                continue; // a sidecar overrides embedded XMP on purpose
            if (other.source == Provenance::Iim && iimKey && isTruncatedCopy(field, winner, iimKey)) {
                note(field, Severity::Info, QStringLiteral("iim-truncated"));
                continue;
            }
            origin.conflict = true;
        }
    }

    // An IIM value that fills its byte limit (or ends in a broken UTF-8 sequence) and is a byte
    // prefix of the XMP value is a truncated copy, not a conflict.
    bool isTruncatedCopy(Field field, const Candidate &winner, const char *iimKey) const
    {
        if (winner.source != Provenance::Xmp && winner.source != Provenance::Sidecar)
            return false;
        const int limit = FieldRegistry::info(field).iimByteLimit;
        QByteArray iim = iimBytes(iimKey);
        const bool brokenEnd = !Codepage::isValidUtf8(iim);
        if (!brokenEnd && (limit == 0 || iim.size() < limit))
            return false;
        while (brokenEnd && !iim.isEmpty() && !Codepage::isValidUtf8(iim))
            iim.chop(1); // drop the cut-off character
        return displayText(winner.value).toUtf8().startsWith(iim);
    }

    const ReadOptions &m_options;
    ImageMetadata *m_out;
    std::array<FieldSource, FieldCount> m_sources; // packed into m_out at the end
    std::optional<KeyIndex<Exiv2::Exifdatum>> m_exif;
    std::optional<XmpIndex> m_sidecar;
    std::optional<XmpIndex> m_xmp;
    IimDatasets m_iim;
    QList<std::pair<quint16, QString>> m_iimText; // m_iim's datasets decoded, in their order
    QString m_iimCodec = QStringLiteral("UTF-8");
};

ScanError error(const char *code, const QString &message)
{
    return ScanError { QString::fromLatin1(code), message };
}

/// The frame size from a JPEG's SOF marker, without decoding (or loading an image plugin).
QSize jpegSize(QByteArrayView jpeg)
{
    qsizetype i = 2; // after SOI
    while (i + 9 < jpeg.size()) {
        if (uchar(jpeg[i]) != 0xFF)
            return QSize();
        const uchar marker = uchar(jpeg[i + 1]);
        const int length = (uchar(jpeg[i + 2]) << 8) | uchar(jpeg[i + 3]);
        const bool startOfFrame
            = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame)
            return QSize(
                (uchar(jpeg[i + 7]) << 8) | uchar(jpeg[i + 8]), (uchar(jpeg[i + 5]) << 8) | uchar(jpeg[i + 6]));
        i += 2 + length;
    }
    return QSize();
}

void readLayout(const Exiv2::Image &image, const ExifSubset *ownExif, ImageMetadata *out)
{
    out->pixelSize = QSize(image.pixelWidth(), image.pixelHeight());
    const Exiv2::ExifData &exif = ownExif ? ownExif->data : image.exifData();
    if (const auto *orientation = findExif(exif, "Exif.Image.Orientation")) {
        const long value = orientation->toLong();
        out->orientation = value >= 1 && value <= 8 ? int(value) : 1;
    }
    if (ownExif) {
        if (!ownExif->thumbnail.isEmpty())
            out->embeddedThumbnail = jpegSize(ownExif->thumbnail);
        return;
    }
    const Exiv2::DataBuf buffer = Exiv2::ExifThumbC(exif).copy();
    if (buffer.size_ > 0)
        out->embeddedThumbnail = jpegSize(QByteArrayView(reinterpret_cast<const char *>(buffer.pData_), buffer.size_));
}

/// What was read from a JPEG's header apart from Exiv2, each part's segment then taken out of
/// what Exiv2 reads (the XMP packet JpegHeader always sets apart). A part left empty is Exiv2's
/// to read: the file has none, or its segment is out of the ordinary.
struct ReadApart
{
    QByteArray xmpPacket;
    std::optional<ExifSubset> exif;
    std::optional<IimDatasets> iim;

    static ReadApart from(JpegHeader *header)
    {
        ReadApart apart;
        if (!header)
            return apart;
        apart.xmpPacket = header->xmpPacket;
        if (const QByteArrayView tiff = header->exifTiff(); !tiff.isEmpty()) {
            apart.exif = ExifSubset::read(tiff);
            if (apart.exif)
                header->drop(&JpegHeader::exif);
        }
        if (const QByteArrayView resources = header->photoshopResources(); !resources.isEmpty()) {
            apart.iim = IimDatasets::fromPhotoshopSegment(resources);
            if (apart.iim)
                header->drop(&JpegHeader::photoshop);
        }
        return apart;
    }
};

/// `declaredSize` is asked only when Exiv2 cannot tell the size (it reads just the header).
MetadataReader::Result readImage(Exiv2::Image &image, const ReadApart &apart, const Exiv2::XmpData *sidecar,
    const ReadOptions &options, const std::function<QSize()> &declaredSize)
{
    const QByteArray &xmpPacket = apart.xmpPacket;
    const ExifSubset *ownExif = apart.exif ? &*apart.exif : nullptr;
    try {
        image.readMetadata();
    } catch (const std::exception &e) {
        return error("corrupt-image", QString::fromUtf8(e.what()));
    }
    ImageMetadata metadata;
    try {
        readLayout(image, ownExif, &metadata);
        if (metadata.pixelSize.isEmpty())
            metadata.pixelSize = declaredSize();
        if (metadata.pixelSize.isEmpty()) // no decoder could make a picture of it
            return error("corrupt-image", QStringLiteral("the image has no size"));
        if (qint64(metadata.pixelSize.width()) * metadata.pixelSize.height() > options.maxPixels)
            return error("image-too-large",
                QStringLiteral("%1×%2 pixels").arg(metadata.pixelSize.width()).arg(metadata.pixelSize.height()));
        // PNG and WebP packets Exiv2 reads itself; when its toolkit found nothing in one, the packet
        // is empty or broken, and the fast reader may still read it.
        const std::string &exiv2Packet = image.xmpPacket();
        const bool toolkitFoundNothing = xmpPacket.isEmpty() && !exiv2Packet.empty() && image.xmpData().empty();
        std::optional<Exiv2::XmpData> ownXmp; // the packet read here rather than by Exiv2
        if (!xmpPacket.isEmpty() || toolkitFoundNothing) {
            ownXmp = XmpPacket::decode(toolkitFoundNothing
                    ? QByteArrayView(exiv2Packet.data(), qsizetype(exiv2Packet.size()))
                    : QByteArrayView(xmpPacket));
            if (!ownXmp)
                metadata.notes.append({ std::nullopt, Severity::Warning, QStringLiteral("xmp-unreadable"), {} });
        }
        Extraction(options, &metadata)
            .run(ownExif ? ownExif->data : image.exifData(),
                apart.iim ? *apart.iim : IimDatasets::fromExiv2(image.iptcData()), ownXmp ? *ownXmp : image.xmpData(),
                sidecar);
    } catch (const std::exception &e) {
        return error("corrupt-image", QString::fromUtf8(e.what()));
    }
    return metadata;
}

/// NAME.EXT.xmp wins over NAME.xmp (§1). `folderSidecars`: see MetadataReader::SidecarNames.
QString findSidecar(const QFileInfo &file, const MetadataReader::SidecarNames *folderSidecars, bool *shared)
{
    *shared = false;
    if (folderSidecars && folderSidecars->isEmpty())
        return QString(); // most folders: no name to make and look up
    const QDir dir = file.dir();
    const auto exists = [&](const QString &name) {
        return folderSidecars ? folderSidecars->contains(name) : QFileInfo::exists(dir.filePath(name));
    };
    for (const QString &suffix : { QStringLiteral(".xmp"), QStringLiteral(".XMP") }) {
        if (exists(file.fileName() + suffix))
            return dir.filePath(file.fileName() + suffix);
    }
    for (const QString &suffix : { QStringLiteral(".xmp"), QStringLiteral(".XMP") }) {
        if (exists(file.completeBaseName() + suffix)) {
            int images = 0;
            const QStringList siblings = dir.entryList({ file.completeBaseName() + QStringLiteral(".*") }, QDir::Files);
            for (const QString &name : siblings)
                images += MetadataReader::imageSuffixes().contains(QFileInfo(name).suffix().toLower()) ? 1 : 0;
            *shared = images > 1;
            return dir.filePath(file.completeBaseName() + suffix);
        }
    }
    return QString();
}

/// Nothing when the sidecar cannot be read or is not XMP.
std::optional<Exiv2::XmpData> readSidecar(const QString &path)
{
    constexpr qint64 maxSize = 64 * 1024 * 1024; // far beyond any real sidecar
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxSize)
        return std::nullopt;
    return XmpPacket::decode(file.readAll());
}

} // namespace

QStringList MetadataReader::imageSuffixes()
{
    return { QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("tif"),
        QStringLiteral("tiff"), QStringLiteral("webp") };
}

namespace {
thread_local const QString *t_fileBeingRead = nullptr;
} // namespace

QString MetadataReader::fileBeingRead()
{
    return t_fileBeingRead ? *t_fileBeingRead : QString();
}

MetadataReader::Result MetadataReader::readFile(
    const QString &path, const ReadOptions &options, const SidecarNames *folderSidecars)
{
    t_fileBeingRead = &path;
    const auto reset = qScopeGuard([] { t_fileBeingRead = nullptr; });
    const QByteArray encoded = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(encoded.constData(), &info) != 0) {
        const int err = errno;
        if (err == ELOOP)
            return error("symlink-loop", QStringLiteral("too many levels of symbolic links"));
        if (QFileInfo(path).isSymLink())
            return error("broken-symlink", QStringLiteral("the link target does not exist"));
        if (path.contains(QChar::ReplacementCharacter))
            return error("name-not-utf8", QStringLiteral("the file name is not valid UTF-8"));
        return error("file-missing", QString::fromLocal8Bit(strerror(err)));
    }
    if (!S_ISREG(info.st_mode))
        return error("not-a-file", QStringLiteral("not a regular file")); // reading a pipe would hang
    if (info.st_size == 0)
        return error("file-empty", QStringLiteral("zero bytes"));
    int openError = 0;
    std::optional<JpegHeader> header = JpegHeader::read(path, &openError);
    if (openError != 0)
        return error("file-unreadable", QString::fromLocal8Bit(strerror(openError)));
    const ReadApart apart = ReadApart::from(header ? &*header : nullptr);

    Exiv2::Image::AutoPtr image;
    try {
        // Exiv2 reads anything but a well-formed JPEG header itself, and reports what is wrong.
        image = header ? header->open() : Exiv2::ImageFactory::open(encoded.toStdString());
    } catch (const std::exception &e) {
        return error("not-an-image", QString::fromUtf8(e.what()));
    }
    if (!image.get())
        return error("not-an-image", QStringLiteral("unknown image type"));

    bool shared = false;
    const QString sidecarPath = findSidecar(QFileInfo(path), folderSidecars, &shared);
    const std::optional<Exiv2::XmpData> sidecarXmp = sidecarPath.isEmpty() ? std::nullopt : readSidecar(sidecarPath);
    Result result = readImage(
        *image, apart, sidecarXmp ? &*sidecarXmp : nullptr, options, [&path] { return ImageProbe::sizeOf(path); });
    if (auto *metadata = std::get_if<ImageMetadata>(&result)) {
        metadata->stamp = FileStamp::fromStat(&info);
        if (sidecarXmp)
            metadata->sidecar = QFileInfo(sidecarPath).fileName();
        if (shared)
            metadata->notes.append(
                { std::nullopt, Severity::Info, QStringLiteral("sidecar-shared"), metadata->sidecar });
        if (!sidecarPath.isEmpty() && !sidecarXmp)
            metadata->notes.append({ std::nullopt, Severity::Warning, QStringLiteral("sidecar-unreadable"),
                QFileInfo(sidecarPath).fileName() });
    }
    return result;
}

MetadataReader::Result MetadataReader::readBytes(const QByteArray &bytes, const ReadOptions &options)
{
    if (bytes.isEmpty())
        return error("file-empty", QStringLiteral("zero bytes"));
    std::optional<JpegHeader> header = JpegHeader::split(bytes);
    const ReadApart apart = ReadApart::from(header ? &*header : nullptr);
    Exiv2::Image::AutoPtr image;
    try {
        image = header
            ? header->open()
            : Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), long(bytes.size()));
    } catch (const std::exception &e) {
        return error("not-an-image", QString::fromUtf8(e.what()));
    }
    if (!image.get())
        return error("not-an-image", QStringLiteral("unknown image type"));
    return readImage(*image, apart, nullptr, options, [&bytes] { return ImageProbe::sizeOf(bytes); });
}

} // namespace Wesog
