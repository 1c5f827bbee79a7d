// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/aboutdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Wesog {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Wesog Desk"));
    m_title->setText(tr("Wesog Desk %1").arg(QStringLiteral(WESOGDESK_VERSION)));
    m_body->setText(tr("Correct the metadata of thousands of photos and send it to the Wesog image "
                       "search service.\n\nBuilt with Qt %1. Licensed under the GNU General Public "
                       "License, version 3 or later.")
                        .arg(QString::fromLatin1(qVersion())));
}

} // namespace Wesog
