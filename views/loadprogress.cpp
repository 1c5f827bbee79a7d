// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/loadprogress.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace Wesog {

LoadProgress::LoadProgress(QStatusBar *statusBar, QAction *cancel, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_cancel(cancel)
    , m_label(new QLabel(statusBar))
    , m_bar(new QProgressBar(statusBar))
    , m_cancelButton(new QToolButton(statusBar))
{
    m_label->setObjectName(QStringLiteral("loadProgressLabel"));
    m_bar->setObjectName(QStringLiteral("loadProgress"));
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelButton->setDefaultAction(cancel);
    statusBar->addPermanentWidget(m_label);
    statusBar->addPermanentWidget(m_bar);
    statusBar->addPermanentWidget(m_cancelButton);
    setVisible(false);
}

void LoadProgress::start()
{
    setVisible(true);
    m_bar->setRange(0, 0); // busy until the first count arrives
    m_label->setText(tr("Reading images…"));
}

void LoadProgress::update(int done, int found, bool walking)
{
    // While the folder is still being listed the total is unknown: keep the bar busy.
    m_bar->setRange(0, walking ? 0 : std::max(found, 1));
    m_bar->setValue(done);
    m_label->setText(walking ? tr("Reading images… %1 so far").arg(QLocale().toString(done))
                             : tr("Reading images… %1 of %2").arg(QLocale().toString(done), QLocale().toString(found)));
}

void LoadProgress::finish(bool cancelled, int rows, int unreadable)
{
    setVisible(false);
    QString message = cancelled ? tr("Loading cancelled after %n image(s).", nullptr, rows)
                                : tr("%n image(s) read.", nullptr, rows);
    if (unreadable > 0)
        message += QLatin1Char(' ') + tr("%n file(s) could not be read.", nullptr, unreadable);
    m_statusBar->showMessage(message);
}

void LoadProgress::setVisible(bool visible)
{
    m_label->setVisible(visible);
    m_bar->setVisible(visible);
    m_cancelButton->setVisible(visible);
    m_cancel->setEnabled(visible);
}

} // namespace Wesog
