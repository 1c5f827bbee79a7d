// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/recentmenu.h"

#include <QDir>
#include <QSettings>

namespace Wesog {

namespace {
const auto s_recentKey = QStringLiteral("folders/recent");
constexpr int s_maxRecent = 10;
} // namespace

RecentMenu::RecentMenu(QWidget *parent)
    : QMenu(parent)
    , m_clear(new QAction(this))
{
    setObjectName(QStringLiteral("recentMenu"));
    m_clear->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clear, &QAction::triggered, this, [this] {
        QSettings().remove(s_recentKey);
        rebuild();
    });
    rebuild();
    retranslateUi();
}

void RecentMenu::remember(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(s_recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(s_recentKey, recent.mid(0, s_maxRecent));
    rebuild();
}

void RecentMenu::rebuild()
{
    // Not clear(): it would delete the Clear action too, which this menu owns.
    for (QAction *action : actions()) {
        removeAction(action);
        if (action != m_clear)
            delete action;
    }
    const QStringList recent = QSettings().value(s_recentKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // &1 … &9 and &0 give keyboard access to the first ten.
        QAction *action = addAction(QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(QDir::toNativeSeparators(path)));
        action->setObjectName(QStringLiteral("recentFolderAction"));
        connect(action, &QAction::triggered, this, [this, path] { emit chosen(path); });
    }
    addSeparator();
    addAction(m_clear);
    m_clear->setEnabled(!recent.isEmpty());
}

void RecentMenu::retranslateUi()
{
    setTitle(tr("Open &Recent"));
    m_clear->setText(tr("&Clear Recent Folders"));
}

} // namespace Wesog
