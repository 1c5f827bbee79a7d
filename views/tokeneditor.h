// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;

namespace Wesog {

class FlowLayout;

/// Edits a keyword, category or collection list as tokens: one chip per item with a remove
/// button, and a line to type the next one with completion. Enter, ";" or "," adds the typed
/// item; Backspace in the empty line removes the last chip; Enter on an empty line finishes.
/// `text` is the list in the table's "a; b" form, so the delegate treats it like any editor.
class TokenEditor final : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText USER true)

public:
    explicit TokenEditor(const QStringList &completions, QWidget *parent = nullptr);

    QStringList tokens() const;
    void setTokens(const QStringList &tokens);
    /// The items joined with "; " (a half-typed item counts as one).
    QString text() const;
    void setText(const QString &text);
    QLineEdit *input() const { return m_input; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addToken(const QString &token);
    void removeToken(QWidget *chip);
    /// Turns what was typed into tokens, item by item.
    void commitInput();
    void fitHeight();

    FlowLayout *m_flow;
    QLineEdit *m_input;
    QList<QWidget *> m_chips;
};

} // namespace Wesog
