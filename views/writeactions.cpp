// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/writeactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMessageBox>

#include "models/collectionsession.h"
#include "models/serversource.h"
#include "views/recordlistwidget.h"
#include "views/writemetadatadialog.h"

namespace Wesog {

WriteActions::WriteActions(QMainWindow *window, CollectionSession *session, RecordListWidget *list)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_list(list)
    , m_write(new QAction(this))
    , m_undo(new QAction(this))
{
    m_write->setObjectName(QStringLiteral("writeMetadataAction"));
    m_write->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_undo->setObjectName(QStringLiteral("undoWriteAction"));
    connect(m_write, &QAction::triggered, this, &WriteActions::showWriteDialog);
    connect(m_undo, &QAction::triggered, this, &WriteActions::undoWrite);
    MetadataWriteController *writer = session->writer();
    connect(writer, &MetadataWriteController::undoAvailableChanged, this, &WriteActions::updateActions);
    connect(writer, &MetadataWriteController::started, this, &WriteActions::updateActions);
    connect(writer, &MetadataWriteController::finished, this, &WriteActions::updateActions);
    connect(session, &CollectionSession::loaded, this, &WriteActions::updateActions);
    connect(session, &CollectionSession::closed, this, &WriteActions::updateActions);
    connect(session, &CollectionSession::loadingStarted, this, &WriteActions::updateActions);
    updateActions();
}

void WriteActions::retranslateUi()
{
    m_write->setText(tr("&Write Metadata to Files…"));
    m_write->setToolTip(m_session->serverSource()
            ? ServerSource::noFilesReason()
            : tr("Write the edited fields into the image files or their XMP sidecars; shows what "
                 "will change first"));
    m_undo->setText(tr("Und&o Write"));
    m_undo->setToolTip(tr("Write back the values the files held before the last write"));
}

WriteMetadataDialog *WriteActions::dialog() const
{
    return m_dialog;
}

void WriteActions::updateActions()
{
    const MetadataWriteController *writer = m_session->writer();
    m_write->setEnabled(m_session->folderSource() != nullptr && !writer->isRunning());
    m_undo->setEnabled(writer->canUndo());
    retranslateUi(); // the tooltip says why writing is off for a server collection
}

void WriteActions::showWriteDialog()
{
    const QList<int> selected = m_list->selectedSourceRows();
    const QList<int> rows = MetadataWriteController::rowsToWrite(*m_session->model(), selected);
    const bool fromSelection = selected.size() >= 2;
    if (rows.isEmpty()) {
        QMessageBox::information(m_window, tr("Write Metadata to Files"),
            fromSelection ? tr("None of the selected images has edits to write.") : tr("No image has edits to write."));
        return;
    }
    auto *dialog = new WriteMetadataDialog(m_session->writer(), rows, fromSelection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    dialog->start();
}

void WriteActions::undoWrite()
{
    auto *dialog = new WriteMetadataDialog(m_session->writer(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    dialog->start();
}

} // namespace Wesog
