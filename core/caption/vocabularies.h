// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include "core/record/imagerecord.h"
#include "core/record/validation.h"

namespace Wesog {

class CountryNames;

/// The controlled vocabularies of the caption desk (issue 17, point 4): translated labels of
/// the IPTC Scene NewsCodes (shot, scene), of the IPTC Digital Source Types and of the
/// standard profile's media, and the `unknown-country` finding that `wesogctl check` and the
/// table share. The stored values stay the profile's (data sent to the service); only what is
/// shown is translated.
/// Thread: any (pure functions over constant tables; labels in the installed language).
class Vocabularies
{
    Q_DECLARE_TR_FUNCTIONS(Vocabularies)

public:
    /// One entry of a picker: the value stored in the record and what the user reads.
    struct Choice
    {
        QString value;
        QString label;
    };

    /// The translated name of an IPTC Scene code (`010100` → "Headshot"); empty when unknown.
    static QString sceneLabel(const QString &code);
    /// The translated name of an IPTC Digital Source Type, given as a bare code or its
    /// cv.iptc.org URI ("…/trainedAlgorithmicMedia" → "Created by generative AI"); empty when
    /// unknown.
    static QString sourceTypeLabel(const QString &codeOrUri);
    /// Every IPTC Digital Source Type code, current and retired, in the order IPTC lists them.
    static QStringList sourceTypeCodes();
    /// A `medium` value of the standard profile translated ("Photograph" → "Фотография"); any
    /// other value (an agency's own) as it is.
    static QString mediumLabel(const QString &value);

    /// The picker of `shot` or `scene`: one entry per value of the profile's table (by Scene
    /// code), labelled with the code's translated name, and the value beside it when the
    /// agency's value is not the standard English name.
    static QList<Choice> sceneChoices(const QHash<QString, QString> &table);
    /// The picker of `medium`: each value of the profile's table once, with its translated label.
    static QList<Choice> mediumChoices(const QHash<QString, QString> &table);
    /// The label shown for a stored `shot`/`scene` value: the Scene code's translated name when
    /// the profile's table holds the value, else empty.
    static QString sceneValueLabel(const QHash<QString, QString> &table, const QString &value);

    /// `unknown-country` (a warning, never an error: free text is allowed) when the record's
    /// country is not empty and is no ISO 3166 name or code in any of the five languages.
    /// Nothing when the names could not be loaded.
    static std::optional<FieldIssue> countryIssue(const ImageRecord &record, const CountryNames &names);
};

} // namespace Wesog
