// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QSyntaxHighlighter>

namespace Wesog {

class SpellChecker;

/// Underlines the misspelled words of a text document with the red wavy line, block by block
/// (a block is a paragraph of a caption: checking it costs microseconds, so typing never waits).
/// The words inside a replacement code (`=zz=`, `delimiter` `=`) are not underlined: an unknown
/// code is a warning of its own (misspelledOutsideCodes()).
/// Thread: GUI. Lifetime: a child of the document it highlights.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)

public:
    SpellHighlighter(std::shared_ptr<const SpellChecker> checker, QChar delimiter, QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    std::shared_ptr<const SpellChecker> m_checker;
    QChar m_delimiter;
};

} // namespace Wesog
