// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/leaveguard.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

#include "models/collectionsession.h"
#include "models/metadatawritecontroller.h"
#include "models/submissioncontroller.h"

namespace Wesog {

LeaveGuard::LeaveGuard(CollectionSession *session, QWidget *window)
    : m_session(session)
    , m_window(window)
{
}

bool LeaveGuard::mayLeave(Leaving leaving, QWidget *over) const
{
    QStringList underWay;
    QStringList consequences;
    if (m_session->submissions()->isSending()) {
        underWay << tr("A submission is still being sent.");
        consequences << (leaving == Leaving::ChangeConnection
                ? tr("Images not yet sent stay edited, ready to send again.")
                : tr("Images not yet sent stay edited, ready to send again; operations the server has "
                     "confirmed are followed when this collection is next opened."));
    }
    const MetadataWriteController *writer = m_session->writer();
    if (leaving != Leaving::ChangeConnection && writer->isWritingFiles()) {
        underWay << tr("Metadata is still being written to files.");
        consequences << (writer->isUndoingWrite()
                ? tr("Files not yet put back keep the values written last; your corrections stay in the collection.")
                : tr("Files not yet written keep their old metadata; your corrections stay in the collection."));
    }
    if (underWay.isEmpty())
        return true;

    QMessageBox box(QMessageBox::Question, tr("Work Under Way"), underWay.join(QLatin1Char(' ')), QMessageBox::NoButton,
        over ? over : m_window);
    box.setObjectName(QStringLiteral("leaveQuestion"));
    box.setWindowModality(Qt::WindowModal);
    box.setInformativeText(consequences.join(QStringLiteral("\n\n")));
    QPushButton *leave = box.addButton(leaveText(leaving), QMessageBox::DestructiveRole);
    leave->setObjectName(QStringLiteral("leaveAnyway"));
    QPushButton *stay = box.addButton(tr("Keep Working"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("keepWorking"));
    box.setDefaultButton(stay); // Enter (or Escape) must not stop the work
    box.exec();
    return box.clickedButton() == leave;
}

QString LeaveGuard::leaveText(Leaving leaving)
{
    switch (leaving) {
    case Leaving::Quit:
        return tr("Quit Anyway");
    case Leaving::OpenAnother:
        return tr("Open Anyway");
    case Leaving::ReadAgain:
        return tr("Read Again Anyway");
    case Leaving::ChangeConnection:
        return tr("Change Anyway");
    }
    return QString();
}

} // namespace Wesog
