// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Wesog {

/// The status bar while a collection is read: what is read so far, a bar (busy while the total
/// is unknown), Cancel, and the closing message; hidden when nothing is being read.
/// Thread: GUI. Lifetime: a child of the window whose status bar it fills.
class LoadProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadProgress)

public:
    /// Puts its widgets in `statusBar`; `cancel` is the action the Cancel button triggers.
    LoadProgress(QStatusBar *statusBar, QAction *cancel, QObject *parent);

    void start();
    void update(int done, int found, bool walking);
    /// Hides the progress and says how it ended: `rows` read, `unreadable` of them not.
    void finish(bool cancelled, int rows, int unreadable);

private:
    void setVisible(bool visible);

    QStatusBar *m_statusBar;
    QAction *m_cancel;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancelButton;
};

} // namespace Wesog
