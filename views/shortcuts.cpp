// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shortcuts.h"

#include <QAction>

namespace Wesog {

void setDocumentedShortcut(QAction *action, const QKeySequence &documented, QKeySequence::StandardKey standard)
{
    // The documented key comes first: menus show the first shortcut, and the README names it.
    QList<QKeySequence> keys { documented };
    if (standard != QKeySequence::UnknownKey) {
        for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
            if (!keys.contains(key))
                keys << key;
        }
    }
    action->setShortcuts(keys);
}

} // namespace Wesog
