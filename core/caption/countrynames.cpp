// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/caption/countrynames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace Wesog {

namespace {

QString fold(const QString &name)
{
    return name.simplified().toCaseFolded();
}

/// The metadata languages and the locale folder of their translations.
const QList<std::pair<QString, QString>> &translationLocales()
{
    static const QList<std::pair<QString, QString>> locales {
        { QStringLiteral("es"), QStringLiteral("es") },
        { QStringLiteral("pt-BR"), QStringLiteral("pt_BR") },
        { QStringLiteral("pt-PT"), QStringLiteral("pt") },
        { QStringLiteral("fr"), QStringLiteral("fr") },
        { QStringLiteral("ru"), QStringLiteral("ru") },
    };
    return locales;
}

struct Alias
{
    const char *alpha2;
    const char *language; ///< a metadata language; "en" for the English name
    const char *name;
    bool common; ///< the name the press writes: shown in completion instead of the ISO name
};

// Names editors write that iso-codes does not have (its Russian Federation has no common name,
// and it says Türkiye): without them a caption desk would see warnings on every story.
constexpr Alias aliases[] = {
    { "RU", "en", "Russia", true },
    { "RU", "es", "Rusia", true },
    { "RU", "pt-BR", "Rússia", true },
    { "RU", "pt-PT", "Rússia", true },
    { "RU", "fr", "Russie", true },
    { "RU", "ru", "Россия", true },
    { "GB", "en", "UK", false },
    { "GB", "en", "Great Britain", false },
    { "GB", "en", "Britain", false },
    { "GB", "ru", "Великобритания", true },
    { "US", "en", "USA", false },
    { "US", "es", "EE. UU.", false },
    { "US", "pt-BR", "EUA", false },
    { "US", "pt-PT", "EUA", false },
    { "US", "ru", "США", false },
    { "US", "ru", "Соединённые Штаты", true },
    { "TR", "en", "Turkey", false },
    { "TR", "es", "Turquía", true },
    { "TR", "fr", "Turquie", true },
    { "TR", "ru", "Турция", true },
    { "NL", "en", "Holland", false },
};

} // namespace

std::shared_ptr<const CountryNames> CountryNames::shared()
{
    static const std::shared_ptr<const CountryNames> names = [] {
        auto loaded = std::make_shared<CountryNames>();
        QString ignored; // without iso-codes nothing is flagged; isEmpty() tells
        loaded->load(
            QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"), QStringLiteral("/usr/share/locale"), &ignored);
        return loaded;
    }();
    return names;
}

bool CountryNames::load(const QString &jsonPath, const QString &localeDir, QString *error)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the country list %1: %2").arg(jsonPath, file.errorString());
        return false;
    }
    const QJsonArray entries
        = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
    if (entries.isEmpty()) {
        *error = tr("the country list %1 has no countries").arg(jsonPath);
        return false;
    }
    QList<std::pair<QString, QHash<QString, QString>>> catalogs;
    for (const auto &[language, locale] : translationLocales())
        catalogs.append({ language,
            readMoFile(localeDir + QLatin1Char('/') + locale + QStringLiteral("/LC_MESSAGES/iso_3166-1.mo")) });

    QStringList written; // every name as the sources write it, for m_codeByWritten
    const auto addName = [this, &written](const QString &name, const QString &code) {
        m_codeByName.insert(fold(name), code);
        written.append(name);
    };
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        Country country;
        country.alpha2 = entry.value(QStringLiteral("alpha_2")).toString();
        // The common name where there is one ("Bolivia", not "Bolivia, Plurinational State of").
        country.name = entry.value(QStringLiteral("common_name")).toString();
        if (country.name.isEmpty())
            country.name = entry.value(QStringLiteral("name")).toString();
        addName(country.alpha2, country.alpha2);
        addName(entry.value(QStringLiteral("alpha_3")).toString(), country.alpha2);
        for (const char *key : { "name", "common_name", "official_name" }) {
            const QString english = entry.value(QLatin1String(key)).toString();
            if (english.isEmpty())
                continue;
            addName(english, country.alpha2);
            for (const auto &[language, messages] : catalogs) {
                const QString translated = messages.value(english);
                if (translated.isEmpty())
                    continue;
                addName(translated, country.alpha2);
                // The completion list shows the common name where there is one.
                if (qstrcmp(key, "official_name") != 0)
                    country.translated.insert(language, translated);
            }
        }
        m_countries.append(country);
    }
    for (const Alias &alias : aliases) {
        const QString code = QLatin1String(alias.alpha2);
        const QString name = QString::fromUtf8(alias.name);
        addName(name, code);
        if (!alias.common)
            continue;
        for (Country &country : m_countries) {
            if (country.alpha2 != code)
                continue;
            if (qstrcmp(alias.language, "en") == 0)
                country.name = name;
            else
                country.translated.insert(QLatin1String(alias.language), name);
        }
    }
    // The answer of the folded look-up, after every name is in (a later name may fold alike).
    for (const QString &name : std::as_const(written))
        m_codeByWritten.insert(name, m_codeByName.value(fold(name)));
    return true;
}

QString CountryNames::codeOf(const QString &name) const
{
    if (const auto found = m_codeByWritten.constFind(name); found != m_codeByWritten.cend())
        return *found;
    return m_codeByName.value(fold(name));
}

QStringList CountryNames::names(const QString &language) const
{
    QStringList out;
    for (const Country &country : m_countries)
        out.append(country.translated.value(language, country.name));
    out.sort(Qt::CaseInsensitive);
    return out;
}

QHash<QString, QString> CountryNames::readMoFile(const QString &path)
{
    // GNU gettext's format: a magic number, the count, then two tables of (length, offset)
    // pairs for the originals and the translations. The magic number's byte order is the file's.
    QHash<QString, QString> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    const QByteArray data = file.readAll();
    if (data.size() < 20)
        return messages;
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const quint32 magic = qFromLittleEndian<quint32>(bytes);
    bool little = true;
    if (magic == 0xde120495U)
        little = false;
    else if (magic != 0x950412deU)
        return messages;
    const auto word = [&](qsizetype offset) -> qint64 {
        if (offset < 0 || offset + 4 > data.size())
            return -1;
        return little ? qFromLittleEndian<quint32>(bytes + offset) : qFromBigEndian<quint32>(bytes + offset);
    };
    const qint64 count = word(8);
    const qint64 originals = word(12);
    const qint64 translations = word(16);
    const auto string = [&](qint64 table, qint64 index) -> std::optional<QString> {
        const qint64 length = word(table + index * 8);
        const qint64 offset = word(table + index * 8 + 4);
        if (length < 0 || offset < 0 || offset + length > data.size())
            return std::nullopt;
        return QString::fromUtf8(data.constData() + offset, length);
    };
    for (qint64 i = 0; i < count; ++i) {
        const std::optional<QString> original = string(originals, i);
        const std::optional<QString> translation = string(translations, i);
        if (!original || !translation)
            break; // a truncated file: keep what was read
        if (!original->isEmpty() && !translation->isEmpty())
            messages.insert(*original, *translation);
    }
    return messages;
}

} // namespace Wesog
