// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/caption/vocabularies.h"

#include <algorithm>

#include <QCollator>

#include "core/caption/countrynames.h"

namespace Wesog {

namespace {

struct Term
{
    const char *code;
    const char *label; ///< marked for translation in the Vocabularies context
};

// The IPTC Scene NewsCodes (cv.iptc.org/newscodes/scene), with their English names.
constexpr Term sceneTerms[] = {
    { "010100", QT_TRANSLATE_NOOP("Vocabularies", "Headshot") },
    { "010200", QT_TRANSLATE_NOOP("Vocabularies", "Half-length") },
    { "010300", QT_TRANSLATE_NOOP("Vocabularies", "Full-length") },
    { "010400", QT_TRANSLATE_NOOP("Vocabularies", "Profile") },
    { "010500", QT_TRANSLATE_NOOP("Vocabularies", "Rear view") },
    { "010600", QT_TRANSLATE_NOOP("Vocabularies", "Single") },
    { "010700", QT_TRANSLATE_NOOP("Vocabularies", "Couple") },
    { "010800", QT_TRANSLATE_NOOP("Vocabularies", "Two") },
    { "010900", QT_TRANSLATE_NOOP("Vocabularies", "Group") },
    { "011000", QT_TRANSLATE_NOOP("Vocabularies", "General view") },
    { "011100", QT_TRANSLATE_NOOP("Vocabularies", "Panoramic view") },
    { "011200", QT_TRANSLATE_NOOP("Vocabularies", "Aerial view") },
    { "011300", QT_TRANSLATE_NOOP("Vocabularies", "Underwater") },
    { "011400", QT_TRANSLATE_NOOP("Vocabularies", "Night scene") },
    { "011500", QT_TRANSLATE_NOOP("Vocabularies", "Satellite") },
    { "011600", QT_TRANSLATE_NOOP("Vocabularies", "Exterior view") },
    { "011700", QT_TRANSLATE_NOOP("Vocabularies", "Interior view") },
    { "011800", QT_TRANSLATE_NOOP("Vocabularies", "Close-up") },
    { "011900", QT_TRANSLATE_NOOP("Vocabularies", "Action") },
    { "012000", QT_TRANSLATE_NOOP("Vocabularies", "Performing") },
    { "012100", QT_TRANSLATE_NOOP("Vocabularies", "Posing") },
    { "012200", QT_TRANSLATE_NOOP("Vocabularies", "Symbolic") },
    { "012300", QT_TRANSLATE_NOOP("Vocabularies", "Off-beat") },
    { "012400", QT_TRANSLATE_NOOP("Vocabularies", "Movie scene") },
};

// The IPTC Digital Source Types (cv.iptc.org/newscodes/digitalsourcetype), the retired ones
// (minorHumanEdits, softwareImage) included since files still carry them.
constexpr Term sourceTypeTerms[] = {
    { "digitalCapture", QT_TRANSLATE_NOOP("Vocabularies", "Original digital capture of a real-life scene") },
    { "computationalCapture", QT_TRANSLATE_NOOP("Vocabularies", "Computational capture of a real-life scene") },
    { "negativeFilm", QT_TRANSLATE_NOOP("Vocabularies", "Digitised from a negative on film") },
    { "positiveFilm", QT_TRANSLATE_NOOP("Vocabularies", "Digitised from a positive on film") },
    { "print", QT_TRANSLATE_NOOP("Vocabularies", "Digitised from a print") },
    { "humanEdits", QT_TRANSLATE_NOOP("Vocabularies", "Edited by a human") },
    { "minorHumanEdits", QT_TRANSLATE_NOOP("Vocabularies", "Original with minor human edits") },
    { "compositeCapture", QT_TRANSLATE_NOOP("Vocabularies", "Composite of captured elements") },
    { "algorithmicallyEnhanced", QT_TRANSLATE_NOOP("Vocabularies", "Algorithmically enhanced") },
    { "dataDrivenMedia", QT_TRANSLATE_NOOP("Vocabularies", "Data-driven media") },
    { "digitalArt", QT_TRANSLATE_NOOP("Vocabularies", "Digital art") },
    { "virtualRecording", QT_TRANSLATE_NOOP("Vocabularies", "Virtual recording") },
    { "compositeSynthetic", QT_TRANSLATE_NOOP("Vocabularies", "Composite including synthetic elements") },
    { "trainedAlgorithmicMedia", QT_TRANSLATE_NOOP("Vocabularies", "Created by generative AI") },
    { "compositeWithTrainedAlgorithmicMedia", QT_TRANSLATE_NOOP("Vocabularies", "Edited with generative AI") },
    { "algorithmicMedia", QT_TRANSLATE_NOOP("Vocabularies", "Pure algorithmic media") },
    { "screenCapture", QT_TRANSLATE_NOOP("Vocabularies", "Screen capture") },
    { "softwareImage", QT_TRANSLATE_NOOP("Vocabularies", "Created by software") },
};

// The `medium` values of the standard profile (MetadataProfile::standard()).
constexpr const char *standardMedia[] = {
    QT_TRANSLATE_NOOP("Vocabularies", "Photograph"),
    QT_TRANSLATE_NOOP("Vocabularies", "Scan of a film negative"),
    QT_TRANSLATE_NOOP("Vocabularies", "Scan of a slide"),
    QT_TRANSLATE_NOOP("Vocabularies", "Scan"),
    QT_TRANSLATE_NOOP("Vocabularies", "Digital art"),
    QT_TRANSLATE_NOOP("Vocabularies", "Screenshot"),
    QT_TRANSLATE_NOOP("Vocabularies", "Composite photograph"),
};

template <size_t N> const Term *findTerm(const Term (&terms)[N], const QString &code)
{
    const auto it = std::find_if(
        std::begin(terms), std::end(terms), [&code](const Term &term) { return code == QLatin1String(term.code); });
    return it == std::end(terms) ? nullptr : it;
}

/// Sorted as a reader of the interface language expects ("É" beside "E", not after "Z").
void sortByLabel(QList<Vocabularies::Choice> *choices)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(choices->begin(), choices->end(),
        [&collator](const auto &a, const auto &b) { return collator.compare(a.label, b.label) < 0; });
}

} // namespace

QString Vocabularies::sceneLabel(const QString &code)
{
    const Term *term = findTerm(sceneTerms, code.trimmed().section(QLatin1Char('/'), -1));
    return term ? QCoreApplication::translate("Vocabularies", term->label) : QString();
}

QString Vocabularies::sourceTypeLabel(const QString &codeOrUri)
{
    const Term *term = findTerm(sourceTypeTerms, codeOrUri.trimmed().section(QLatin1Char('/'), -1));
    return term ? QCoreApplication::translate("Vocabularies", term->label) : QString();
}

QStringList Vocabularies::sourceTypeCodes()
{
    QStringList codes;
    for (const Term &term : sourceTypeTerms)
        codes.append(QLatin1String(term.code));
    return codes;
}

QString Vocabularies::mediumLabel(const QString &value)
{
    for (const char *medium : standardMedia) {
        if (value == QLatin1String(medium))
            return QCoreApplication::translate("Vocabularies", medium);
    }
    return value;
}

QList<Vocabularies::Choice> Vocabularies::sceneChoices(const QHash<QString, QString> &table)
{
    QStringList codes = table.keys();
    codes.sort();
    QList<Choice> choices;
    for (const QString &code : std::as_const(codes)) {
        const QString value = table.value(code);
        const Term *term = findTerm(sceneTerms, code);
        QString label = term ? QCoreApplication::translate("Vocabularies", term->label) : value;
        // An agency's own value ("Portrait" for a headshot) is what is stored: show it too.
        if (term && value.compare(QLatin1String(term->label), Qt::CaseInsensitive) != 0 && label != value)
            label = QStringLiteral("%1 (%2)").arg(label, value);
        choices.append({ value, label });
    }
    return choices;
}

QList<Vocabularies::Choice> Vocabularies::mediumChoices(const QHash<QString, QString> &table)
{
    QList<Choice> choices;
    QStringList codes = table.keys();
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        const QString value = table.value(code);
        const bool seen = std::any_of(
            choices.cbegin(), choices.cend(), [&value](const Choice &choice) { return choice.value == value; });
        if (!seen) // several source types give "Photograph": one entry
            choices.append({ value, mediumLabel(value) });
    }
    sortByLabel(&choices);
    return choices;
}

QString Vocabularies::sceneValueLabel(const QHash<QString, QString> &table, const QString &value)
{
    if (value.isEmpty())
        return QString();
    QStringList codes = table.keys(value);
    if (codes.isEmpty())
        return QString();
    codes.sort(); // several codes for one value: the first, so the label never changes by chance
    return sceneLabel(codes.constFirst());
}

std::optional<FieldIssue> Vocabularies::countryIssue(const ImageRecord &record, const CountryNames &names)
{
    const QString country = record.text(Field::Country).value_or(QString()).trimmed();
    if (country.isEmpty() || names.isEmpty() || names.isKnown(country))
        return std::nullopt;
    return FieldIssue { Field::Country, Severity::Warning, IssueCode::UnknownCountry, 0, {} };
}

} // namespace Wesog
