// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/imagemetadata.h"

#include <sys/stat.h>

#include <algorithm>
#include <limits>

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSettings>

#include "core/library/codepage.h"

namespace Wesog {

ReadingPreferences ReadingPreferences::load(const QString &language)
{
    const QSettings settings;
    ReadingPreferences preferences;
    const QString fallback = language == QLatin1String("ru") ? Codepage::windows1251() : Codepage::windows1252();
    preferences.codepage = settings.value(QStringLiteral("metadata/legacyCodepage"), fallback).toString();
    preferences.titleFromHeadline = settings.value(QStringLiteral("metadata/titleFromHeadline"), false).toBool();
    preferences.profileFile = settings.value(QStringLiteral("metadata/profileFile")).toString();
    preferences.metadataLanguage = settings.value(QStringLiteral("metadata/language")).toString();
    return preferences;
}

void ReadingPreferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("metadata/legacyCodepage"), codepage);
    settings.setValue(QStringLiteral("metadata/titleFromHeadline"), titleFromHeadline);
    settings.setValue(QStringLiteral("metadata/profileFile"), profileFile);
    settings.setValue(QStringLiteral("metadata/language"), metadataLanguage);
}

bool ReadingPreferences::operator==(const ReadingPreferences &other) const
{
    return codepage == other.codepage && titleFromHeadline == other.titleFromHeadline
        && profileFile == other.profileFile && metadataLanguage == other.metadataLanguage;
}

ReadOptions ReadingPreferences::readOptions(const QString &language, QString *profileProblem) const
{
    ReadOptions options;
    options.language = metadataLanguage.isEmpty() ? language : metadataLanguage;
    options.legacyCodepage = codepage;
    profileProblem->clear();
    if (!profileFile.isEmpty()) {
        QString problem;
        if (std::optional<MetadataProfile> profile = MetadataProfile::fromFile(profileFile, &problem))
            options.profile = std::move(*profile);
        else
            *profileProblem = tr("The reading profile %1 is not used: %2").arg(profileFile, problem);
    }
    options.profile.titleFromHeadline = options.profile.titleFromHeadline || titleFromHeadline;
    return options;
}

QStringList ReadOptions::defaultCameraBoilerplate()
{
    return { QStringLiteral("OLYMPUS DIGITAL CAMERA"), QStringLiteral("SONY DSC"), QStringLiteral("DIGITAL CAMERA"),
        QStringLiteral("MINOLTA DIGITAL CAMERA"), QStringLiteral("SAMSUNG CAMERA PICTURES"),
        QStringLiteral("KODAK Digital Still Camera") };
}

FileStamp FileStamp::of(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return fromStat(&info);
}

FileStamp FileStamp::fromStat(const void *statBuffer)
{
    const auto &info = *static_cast<const struct stat *>(statBuffer);
    FileStamp stamp;
    stamp.size = info.st_size;
    stamp.modifiedNs = qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    stamp.inode = info.st_ino;
    stamp.device = info.st_dev;
    return stamp;
}

QString provenanceName(Provenance provenance)
{
    switch (provenance) {
    case Provenance::None:
        return QString();
    case Provenance::Xmp:
        return QStringLiteral("XMP");
    case Provenance::Iim:
        return QStringLiteral("IIM");
    case Provenance::Exif:
        return QStringLiteral("EXIF");
    case Provenance::Sidecar:
        return QCoreApplication::translate("Provenance", "sidecar");
    case Provenance::Template:
        return QCoreApplication::translate("Provenance", "template");
    case Provenance::Derived:
        return QCoreApplication::translate("Provenance", "derived");
    case Provenance::Edited:
        return QCoreApplication::translate("Provenance", "edited");
    }
    return QString();
}

QString MetadataNote::message() const
{
    const QString label = field ? FieldRegistry::label(*field) : QString();
    if (code == QLatin1String("charset-assumed"))
        return tr("IPTC text has no character set marker; it was read as %1.").arg(detail);
    if (code == QLatin1String("charset-suspect"))
        return detail.isEmpty() ? tr("IPTC text looks garbled; the character set may be wrong.")
                                : tr("IPTC text looks garbled; it may read correctly as %1.").arg(detail);
    if (code == QLatin1String("charset-invalid"))
        return tr("IPTC text claims to be UTF-8 but is not; it was read with the legacy code page.");
    if (code == QLatin1String("iim-truncated"))
        return tr("The IPTC copy of %1 is cut short; the XMP value is used.").arg(label);
    if (code == QLatin1String("camera-text-ignored"))
        return tr("Ignored camera text in %1: \"%2\".").arg(label, detail);
    if (code == QLatin1String("unknown-code"))
        return tr("Unknown code \"%2\" for %1; the field is left empty.").arg(label, detail);
    if (code == QLatin1String("invalid-date"))
        return tr("\"%1\" is not a date; %2 is left empty.").arg(detail, label);
    if (code == QLatin1String("sidecar-unreadable"))
        return tr("The sidecar %1 cannot be read; only the embedded metadata is used.").arg(detail);
    if (code == QLatin1String("xmp-unreadable"))
        return tr("The embedded XMP metadata is damaged and was ignored; IPTC and EXIF values are used.");
    if (code == QLatin1String("sidecar-shared"))
        return tr("The sidecar %1 is shared with other images of the same name.").arg(detail);
    return code;
}

QString ScanError::userMessage() const
{
    if (code == QLatin1String("file-empty"))
        return tr("The file is empty.");
    if (code == QLatin1String("file-unreadable"))
        return tr("The file cannot be read (check its permissions).");
    if (code == QLatin1String("file-missing"))
        return tr("The file is gone.");
    if (code == QLatin1String("not-an-image"))
        return tr("The file is not an image Wesog Desk can read.");
    if (code == QLatin1String("corrupt-image"))
        return tr("The image is damaged: %1").arg(message);
    if (code == QLatin1String("image-too-large"))
        return tr("The image declares a size too large to open safely: %1").arg(message);
    if (code == QLatin1String("broken-symlink"))
        return tr("The link points to a file that does not exist.");
    if (code == QLatin1String("symlink-loop"))
        return tr("The link points to itself in a loop.");
    if (code == QLatin1String("not-a-file"))
        return tr("This is not a regular file (a pipe or a device, say).");
    if (code == QLatin1String("name-not-utf8"))
        return tr("The file name is not valid UTF-8; rename the file to read it.");
    return message;
}

namespace {

/// The keys of all field sources, each stored once: a source names its key by its number here.
/// The reader's keys are a few dozen literals, so the table stays small; reader threads add to it.
class SourceKeys
{
public:
    static quint16 idOf(const QString &key)
    {
        if (key.isEmpty())
            return 0;
        // Each thread keeps the ids it was given: a scan asks a few dozen keys some forty times
        // a file from every reading thread, and an id never changes once given.
        thread_local QHash<QString, quint16> given;
        const auto known = given.constFind(key);
        if (known != given.cend())
            return *known;
        const quint16 id = sharedIdOf(key);
        given.insert(key, id);
        return id;
    }

    static QString keyOf(quint16 id)
    {
        SourceKeys &keys = instance();
        const QMutexLocker lock(&keys.m_mutex);
        return keys.m_keys.value(id);
    }

private:
    SourceKeys() { m_keys.append(QString()); } // id 0: no key

    static quint16 sharedIdOf(const QString &key)
    {
        SourceKeys &keys = instance();
        const QMutexLocker lock(&keys.m_mutex);
        const auto found = keys.m_ids.constFind(key);
        if (found != keys.m_ids.cend())
            return *found;
        if (keys.m_keys.size() > std::numeric_limits<quint16>::max())
            qFatal("FieldSources: more than 65,535 distinct source keys"); // the reader has a few dozen
        const auto id = quint16(keys.m_keys.size());
        keys.m_keys.append(key);
        keys.m_ids.insert(key, id);
        return id;
    }

    static SourceKeys &instance()
    {
        static SourceKeys keys;
        return keys;
    }

    QMutex m_mutex;
    QHash<QString, quint16> m_ids;
    QList<QString> m_keys;
};

} // namespace

qsizetype FieldSources::indexOf(size_t field) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).field == field)
            return i;
    }
    return -1;
}

qsizetype FieldSources::firstOther(qsizetype entry) const
{
    qsizetype first = 0;
    for (qsizetype i = 0; i < entry; ++i)
        first += m_entries.at(i).otherCount;
    return first;
}

FieldSource FieldSources::operator[](size_t field) const
{
    FieldSource source;
    const qsizetype index = indexOf(field);
    if (index < 0)
        return source;
    const Entry &entry = m_entries.at(index);
    source.provenance = entry.provenance;
    source.conflict = entry.conflict;
    source.key = SourceKeys::keyOf(entry.key);
    const qsizetype first = firstOther(index);
    for (qsizetype i = first; i < first + entry.otherCount; ++i) {
        const Other &other = m_others.at(i);
        source.others.append({ other.source, SourceKeys::keyOf(other.key), other.text });
    }
    return source;
}

Provenance FieldSources::provenance(size_t field) const
{
    const qsizetype index = indexOf(field);
    return index < 0 ? Provenance::None : m_entries.at(index).provenance;
}

bool FieldSources::isConflict(size_t field) const
{
    const qsizetype index = indexOf(field);
    return index >= 0 && m_entries.at(index).conflict;
}

bool FieldSources::hasConflict() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) { return entry.conflict; });
}

void FieldSources::set(size_t field, const FieldSource &source)
{
    const qsizetype index = indexOf(field);
    if (index >= 0) {
        m_others.remove(firstOther(index), m_entries.at(index).otherCount);
        m_entries.remove(index);
    }
    if (source.isEmpty())
        return;
    Entry entry;
    entry.field = quint8(field);
    entry.provenance = source.provenance;
    entry.conflict = source.conflict;
    entry.key = SourceKeys::idOf(source.key);
    // A file cannot hold 65,535 values for one field (IIM's whole block is 64 KiB); capped all the same.
    entry.otherCount = quint16(std::min<qsizetype>(source.others.size(), std::numeric_limits<quint16>::max()));
    m_entries.append(entry);
    for (qsizetype i = 0; i < entry.otherCount; ++i) {
        const SourceValue &other = source.others.at(i);
        m_others.append({ other.source, SourceKeys::idOf(other.key), other.text });
    }
}

void FieldSources::setProvenance(size_t field, Provenance provenance)
{
    const qsizetype index = indexOf(field);
    if (index >= 0) {
        m_entries[index].provenance = provenance;
        return;
    }
    FieldSource source;
    source.provenance = provenance;
    set(field, source);
}

void FieldSources::squeeze()
{
    m_entries.squeeze();
    m_others.squeeze();
}

} // namespace Wesog
