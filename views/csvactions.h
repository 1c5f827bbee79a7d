// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace Wesog {

class CollectionSession;
class RecordListWidget;
class RecordTableModel;

/// File → Export CSV… and Import CSV…: the file dialogs, the import preview, and the status
/// bar's word on the result. Thread: GUI. Lifetime: a child of the main window.
class CsvActions final : public QObject
{
    Q_OBJECT

public:
    /// Exports `list`'s selection (or every row) of the session's collection; files are offered
    /// in the open collection's folder.
    CsvActions(QMainWindow *window, CollectionSession *session, RecordListWidget *list);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    void retranslateUi();

    /// Writes the selected rows (all if none are selected) to `file`; false with a message.
    bool exportTo(const QString &file);
    /// Reads `file` and shows what it would change; applying is the dialog's Apply.
    void importFrom(const QString &file);

private:
    void chooseExportFile();
    void chooseImportFile();

    QMainWindow *m_window;
    RecordTableModel *m_records;
    CollectionSession *m_session;
    RecordListWidget *m_list;
    QAction *m_export;
    QAction *m_import;
};

} // namespace Wesog
