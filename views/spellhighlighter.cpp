// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/spellhighlighter.h"

#include "core/caption/codeawarespelling.h"
#include "core/caption/spellchecker.h"

namespace Wesog {

SpellHighlighter::SpellHighlighter(
    std::shared_ptr<const SpellChecker> checker, QChar delimiter, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_checker(std::move(checker))
    , m_delimiter(delimiter)
{
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat misspelled;
    misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelled.setUnderlineColor(Qt::red);
    for (const TextWord &word : misspelledOutsideCodes(*m_checker, m_delimiter, text))
        setFormat(word.position, word.length, misspelled);
}

} // namespace Wesog
