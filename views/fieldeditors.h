// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Wesog {

/// A multi-line caption editor that counts characters and UTF-8 bytes and warns when the text
/// is longer than the IPTC IIM dataset allows (it still takes it: the limit matters only when
/// writing back to files).
class CaptionEditor final : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText USER true)

public:
    CaptionEditor(int byteLimit, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    /// The text editor itself (code expansion, spell checking hook into it).
    QPlainTextEdit *textEdit() const { return m_edit; }

private:
    void updateCount();

    int m_byteLimit;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Wesog
