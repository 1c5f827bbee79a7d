// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>

class QAction;
class QMainWindow;

namespace Wesog {

class RecordTableModel;

/// File → Export CSV… and Import CSV…: the file dialogs, the import preview, and the status
/// bar's word on the result. Thread: GUI. Lifetime: a child of the main window.
class CsvActions final : public QObject
{
    Q_OBJECT

public:
    CsvActions(QMainWindow *window, RecordTableModel *records, std::function<QList<int>()> selectedRows,
        std::function<QString()> folder);

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
    std::function<QList<int>()> m_selectedRows;
    std::function<QString()> m_folder;
    QAction *m_export;
    QAction *m_import;
};

} // namespace Wesog
