// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>

class QAction;

namespace Wesog {

/// Gives `action` the key the README documents, whatever the platform theme, and keeps the
/// theme's standard key for the same command as a further shortcut where it differs. Qt binds
/// several standard keys only under some themes (Preferences on macOS, Replace under GNOME,
/// FullScreen under KDE), so relying on them alone left documented keys dead on plain X11.
void setDocumentedShortcut(
    QAction *action, const QKeySequence &documented, QKeySequence::StandardKey standard = QKeySequence::UnknownKey);

} // namespace Wesog
