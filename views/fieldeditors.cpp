// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditors.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
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

ListCompleter::ListCompleter(const QStringList &values, QObject *parent)
    : QCompleter(parent)
{
    setModel(new QStringListModel(values, this));
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchStartsWith);
}

QStringList ListCompleter::splitPath(const QString &path) const
{
    return {path.section(QLatin1Char(';'), -1).trimmed()};
}

QString ListCompleter::pathFromIndex(const QModelIndex &index) const
{
    // Keep the items before the one being typed.
    const auto *line = qobject_cast<const QLineEdit *>(widget());
    const QString before = line ? line->text().section(QLatin1Char(';'), 0, -2) : QString();
    const QString item = index.data().toString();
    return before.isEmpty() ? item : before + QStringLiteral("; ") + item;
}

} // namespace Wesog
