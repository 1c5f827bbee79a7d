// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Wesog {

/// ISO 3166-1 country names from Debian's iso-codes: the English names (name, common and
/// official names) of `/usr/share/iso-codes/json/iso_3166-1.json` and their translations in
/// `/usr/share/locale/LANG/LC_MESSAGES/iso_3166-1.mo` for es, pt-BR, pt-PT, fr and ru.
///
/// Thread: immutable once loaded; shared() loads once and is safe from any thread.
class CountryNames
{
    Q_DECLARE_TR_FUNCTIONS(CountryNames)

public:
    /// The names from the system's iso-codes, loaded on first use. Empty (isEmpty()) when the
    /// package is missing; then no country is flagged.
    static std::shared_ptr<const CountryNames> shared();
    /// Loads from `jsonPath` and the .mo files under `localeDir`. False with `error` if the
    /// JSON cannot be read; a missing translation only leaves that language out.
    bool load(const QString &jsonPath, const QString &localeDir, QString *error);

    bool isEmpty() const { return m_codeByName.isEmpty(); }
    /// The alpha-2 code of a country name in any loaded language, or of an alpha-2 / alpha-3
    /// code itself; empty when unknown. Case and surrounding spaces do not matter.
    QString codeOf(const QString &name) const;
    bool isKnown(const QString &name) const { return !codeOf(name).isEmpty(); }
    /// The country names in a metadata language (en, es, pt-BR, pt-PT, fr, ru), for completion;
    /// English where a translation is missing.
    QStringList names(const QString &language) const;

    /// The messages of a GNU .mo file (msgid → msgstr); empty if it is not one.
    static QHash<QString, QString> readMoFile(const QString &path);

private:
    struct Country
    {
        QString alpha2;
        QString name; ///< English
        QHash<QString, QString> translated; ///< by metadata language
    };
    QList<Country> m_countries;
    QHash<QString, QString> m_codeByName; ///< folded name or code → alpha-2
    /// The same for names as written, which most fields hold: found without folding a copy of
    /// each, which checking a million rows would make.
    QHash<QString, QString> m_codeByWritten;
};

} // namespace Wesog
