// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QXmlStreamReader>

#include "tests/support/testpaths.h"

namespace Wesog::Test {

/// The translation of `source` in `context` as the committed catalog for `language` has it
/// (translations/wesogdesk_<language>.ts), so a test compares what is shown with what the
/// translators wrote, not with text the code under test makes. Empty if the catalog lacks it.
inline QString catalogTranslation(const QString &language, const QString &context, const QString &source)
{
    QFile file(QStringLiteral(WESOG_SOURCE_DIR "/translations/wesogdesk_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString currentSource;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            currentSource = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (currentContext == context && currentSource == source)
                return text;
        }
    }
    return {};
}

} // namespace Wesog::Test
