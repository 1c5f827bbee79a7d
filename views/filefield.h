// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Wesog {

/// A file path, typed or chosen with Browse…, which opens a file dialog without a nested event
/// loop. Used for the vocabulary file, the reading profile and the CA file.
/// Thread: GUI. Lifetime: a child of its dialog.
class FileField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileField)

public:
    explicit FileField(const QString &path, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    /// The path as typed, without outer spaces.
    QString path() const;
    /// The file dialog's title and name filters (translated by the caller; set again on a
    /// language change).
    void setDialogTexts(const QString &title, const QString &nameFilters);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_browse = nullptr;
    QString m_title;
    QString m_nameFilters;
};

} // namespace Wesog
