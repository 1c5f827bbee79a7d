// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace Wesog {

class CollectionSession;
class RecordListWidget;
class WriteMetadataDialog;

/// Edit → Write Metadata to Files… (Ctrl+Shift+W) and Edit → Undo Write: which rows a write
/// covers (the selection of two or more rows, else every edited row), the dialog, and the actions'
/// enabled states. Thread: GUI. Lifetime: a child of the main window.
class WriteActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteActions)

public:
    WriteActions(QMainWindow *window, CollectionSession *session, RecordListWidget *list);

    QAction *writeAction() const { return m_write; }
    QAction *undoAction() const { return m_undo; }
    void retranslateUi();
    /// The dialog last opened (for tests and screenshots); null when closed.
    WriteMetadataDialog *dialog() const;

    /// Opens the dialog for the rows the rule picks and starts its dry run.
    void showWriteDialog();
    /// Starts Undo Write with its progress and result in the dialog.
    void undoWrite();

private:
    void updateActions();

    QMainWindow *m_window;
    CollectionSession *m_session;
    RecordListWidget *m_list;
    QAction *m_write;
    QAction *m_undo;
    QPointer<WriteMetadataDialog> m_dialog;
};

} // namespace Wesog
