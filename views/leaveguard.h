// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Wesog {

class CollectionSession;

/// Asks before the open collection is left while work on it is under way: a submission still
/// being sent, or metadata still being written to files. Leaving stops both; a new connection
/// stops the submission. Nothing is lost (images not yet sent stay edited, files not yet written
/// keep their old metadata, and every correction stays in the collection's workspace), but
/// stopping half-way is the user's choice.
/// Thread: GUI. Lifetime: the window's; owns neither the session nor the window.
class LeaveGuard
{
    Q_DECLARE_TR_FUNCTIONS(LeaveGuard)

public:
    /// What leaving is: the window closing, another collection opening, this one read again, or
    /// submissions going to another connection (which leaves a write alone).
    enum class Leaving { Quit, OpenAnother, ReadAgain, ChangeConnection };

    LeaveGuard(CollectionSession *session, QWidget *window);

    /// True when nothing is under way, or when the user, asked in a window-modal question (over
    /// `over`, else the window), chooses to leave all the same.
    bool mayLeave(Leaving leaving, QWidget *over = nullptr) const;

private:
    static QString leaveText(Leaving leaving);

    CollectionSession *m_session;
    QWidget *m_window;
};

} // namespace Wesog
