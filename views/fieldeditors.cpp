// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/fieldeditors.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Wesog {

CaptionEditor::CaptionEditor(int byteLimit, QWidget *parent)
    : QWidget(parent)
    , m_byteLimit(byteLimit)
{
    setObjectName(QStringLiteral("captionEditor"));
    setAutoFillBackground(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setTabChangesFocus(true); // Tab leaves (and commits); Enter starts a new line
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("captionCount"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_count);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &CaptionEditor::updateCount);
    updateCount();
}

QString CaptionEditor::text() const
{
    return m_edit->toPlainText();
}

void CaptionEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

void CaptionEditor::updateCount()
{
    const QString text = m_edit->toPlainText();
    const int bytes = int(text.toUtf8().size());
    QString count = tr("%n character(s), ", nullptr, int(text.size())) + tr("%n byte(s)", nullptr, bytes);
    if (m_byteLimit > 0 && bytes > m_byteLimit)
        count += QLatin1Char(' ') + tr("(longer than the %n bytes IPTC IIM keeps)", nullptr, m_byteLimit);
    m_count->setText(count);
}

} // namespace Wesog
