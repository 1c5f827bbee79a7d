// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Wesog {

/// File → Open Recent: the last ten folders opened, kept in the settings, &1 … &0 for the
/// keyboard, and Clear Recent Folders.
/// Thread: GUI. Lifetime: a child of the menu it sits in.
class RecentMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentMenu)

public:
    explicit RecentMenu(QWidget *parent);

    /// Puts `path` first (once) and forgets the eleventh.
    void remember(const QString &path);
    void retranslateUi();

signals:
    void chosen(const QString &path);

private:
    void rebuild();

    QAction *m_clear;
};

} // namespace Wesog
