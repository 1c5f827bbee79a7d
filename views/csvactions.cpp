// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/csvactions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QSaveFile>
#include <QStatusBar>

#include "models/csvexchange.h"
#include "views/csvimportdialog.h"

#include "models/collectionsession.h"
#include "views/recordlistwidget.h"

namespace Wesog {

CsvActions::CsvActions(QMainWindow *window, CollectionSession *session, RecordListWidget *list)
    : QObject(window)
    , m_window(window)
    , m_records(session->model())
    , m_session(session)
    , m_list(list)
    , m_export(new QAction(this))
    , m_import(new QAction(this))
{
    m_export->setObjectName(QStringLiteral("exportCsvAction"));
    m_import->setObjectName(QStringLiteral("importCsvAction"));
    connect(m_export, &QAction::triggered, this, &CsvActions::chooseExportFile);
    connect(m_import, &QAction::triggered, this, &CsvActions::chooseImportFile);
    retranslateUi();
}

void CsvActions::retranslateUi()
{
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Save the selected images' fields (all images when none is selected) for a spreadsheet"));
    m_import->setText(tr("&Import CSV…"));
    m_import->setToolTip(tr("Take field values from a spreadsheet; shows what changes first"));
}

void CsvActions::chooseExportFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Export CSV"),
        QDir(m_session->location()).filePath(QStringLiteral("metadata.csv")), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CsvActions::exportTo);
    dialog->open();
}

void CsvActions::chooseImportFile()
{
    auto *dialog
        = new QFileDialog(m_window, tr("Import CSV"), m_session->location(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &CsvActions::importFrom);
    dialog->open();
}

bool CsvActions::exportTo(const QString &file)
{
    const QList<int> rows = m_list->selectedSourceRows();
    QSaveFile out(file); // all or nothing: a half-written file never replaces a good one
    if (!out.open(QIODevice::WriteOnly) || out.write(CsvExchange::exportRows(*m_records, rows)) < 0 || !out.commit()) {
        m_window->statusBar()->showMessage(tr("The CSV file cannot be written: %1").arg(out.errorString()), 15000);
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %n image(s) to %1.", nullptr, int(rows.isEmpty() ? m_records->rowCount() : rows.size()))
            .arg(QDir::toNativeSeparators(file)),
        10000);
    return true;
}

void CsvActions::importFrom(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        m_window->statusBar()->showMessage(tr("The CSV file cannot be read: %1").arg(in.errorString()), 15000);
        return;
    }
    auto *dialog = new CsvImportDialog(*m_records,
        CsvExchange::planImport(*m_records, in.read(64LL * 1024 * 1024), m_list->codeReplacements().get()), file,
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!CsvExchange::apply(m_records, dialog->plan()))
            m_window->statusBar()->showMessage(tr("The imported values could not be saved; nothing changed."), 15000);
    });
    dialog->open();
}

} // namespace Wesog
