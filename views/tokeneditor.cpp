// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tokeneditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>

#include "views/flowlayout.h"

namespace Wesog {

namespace {

QStringList splitItems(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

} // namespace

TokenEditor::TokenEditor(const QStringList &completions, QWidget *parent)
    : QWidget(parent)
    , m_flow(new FlowLayout(this))
    , m_input(new QLineEdit(this))
{
    setObjectName(QStringLiteral("tokenEditor"));
    setAutoFillBackground(true);
    m_input->setObjectName(QStringLiteral("tokenInput"));
    m_input->setFrame(false);
    m_input->setMinimumWidth(120);
    m_input->setPlaceholderText(tr("Add…"));
    auto *completer = new QCompleter(completions, m_input);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    m_input->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &chosen) {
        // The completer writes the choice into the line after this signal: take it afterwards.
        QMetaObject::invokeMethod(
            this,
            [this, chosen] {
                m_input->setText(chosen);
                commitInput();
            },
            Qt::QueuedConnection);
    });
    m_input->installEventFilter(this);
    m_flow->addWidget(m_input);
    setFocusProxy(m_input);
}

QStringList TokenEditor::tokens() const
{
    QStringList items;
    for (const QWidget *chip : m_chips)
        items << chip->property("token").toString();
    return items;
}

void TokenEditor::setTokens(const QStringList &tokens)
{
    for (QWidget *chip : std::as_const(m_chips))
        delete chip;
    m_chips.clear();
    for (const QString &token : tokens)
        addToken(token);
}

QString TokenEditor::text() const
{
    QStringList items = tokens();
    items += splitItems(m_input->text()); // typed but not yet a chip: still meant
    return items.join(QStringLiteral("; "));
}

void TokenEditor::setText(const QString &text)
{
    m_input->clear();
    setTokens(splitItems(text));
}

void TokenEditor::addToken(const QString &token)
{
    auto *chip = new QToolButton(this);
    chip->setObjectName(QStringLiteral("tokenChip"));
    chip->setProperty("token", token);
    chip->setText(token + QStringLiteral("  ×"));
    chip->setToolTip(tr("Remove \"%1\"").arg(token));
    chip->setAutoRaise(false);
    chip->setFocusPolicy(Qt::NoFocus); // typing stays in the line
    connect(chip, &QToolButton::clicked, this, [this, chip] { removeToken(chip); });
    m_chips.append(chip);
    m_flow->insertWidget(int(m_chips.size()) - 1, chip); // before the input line
    fitHeight();
}

void TokenEditor::removeToken(QWidget *chip)
{
    m_chips.removeOne(chip);
    m_flow->removeWidget(chip);
    chip->deleteLater();
    m_input->setFocus();
    fitHeight();
}

int TokenEditor::heightForWidth(int width) const
{
    return m_flow->heightForWidth(width);
}

void TokenEditor::fitHeight()
{
    // As a cell editor it floats over the rows below; it grows with its chips.
    const int needed = m_flow->heightForWidth(std::max(width(), 1));
    if (needed > height())
        resize(width(), needed);
}

void TokenEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

void TokenEditor::commitInput()
{
    const QStringList items = splitItems(m_input->text());
    m_input->clear();
    for (const QString &item : items) {
        if (!tokens().contains(item))
            addToken(item);
    }
}

bool TokenEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_input || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool typed = !m_input->text().trimmed().isEmpty();
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && typed) {
        // (With its popup open, the completer takes the key itself; activated() adds the item.)
        m_input->completer()->popup()->hide();
        commitInput();
        return true; // an item added; a second Enter finishes the edit
    }
    if (key->text() == QLatin1String(";") || key->text() == QLatin1String(",")) {
        commitInput();
        return true;
    }
    if (key->key() == Qt::Key_Backspace && m_input->text().isEmpty() && !m_chips.isEmpty()) {
        removeToken(m_chips.last());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Wesog
