// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/filefield.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Wesog {

FileField::FileField(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(path, this))
    , m_browse(new QPushButton(this))
{
    m_browse->setObjectName(QStringLiteral("browseButton"));
    connect(m_browse, &QPushButton::clicked, this, &FileField::browse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    m_browse->setText(tr("Browse…"));
}

QString FileField::path() const
{
    return m_edit->text().trimmed();
}

void FileField::setDialogTexts(const QString &title, const QString &nameFilters)
{
    m_title = title;
    m_nameFilters = nameFilters;
}

void FileField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_browse->setText(tr("Browse…"));
    QWidget::changeEvent(event);
}

void FileField::browse()
{
    // Starts beside the current file, if there is one.
    auto *dialog = new QFileDialog(
        this, m_title, path().isEmpty() ? QString() : QFileInfo(path()).absolutePath(), m_nameFilters);
    dialog->setObjectName(QStringLiteral("fileFieldDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_edit, &QLineEdit::setText);
    dialog->open();
}

} // namespace Wesog
