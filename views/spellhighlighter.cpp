// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/spellhighlighter.h"

#include "core/caption/spellchecker.h"

namespace Wesog {

SpellHighlighter::SpellHighlighter(std::shared_ptr<const SpellChecker> checker, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_checker(std::move(checker))
{
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat misspelled;
    misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelled.setUnderlineColor(Qt::red);
    for (const TextWord &word : m_checker->check(text))
        setFormat(word.position, word.length, misspelled);
}

} // namespace Wesog
