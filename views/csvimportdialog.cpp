// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/csvimportdialog.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/record/fieldregistry.h"

namespace Wesog {

namespace {

/// Every change of the plan as a table, its text made only for the rows the view paints, so
/// an import of many thousand cells is listed in full without building them all up front.
class CsvChangesModel final : public QAbstractTableModel
{
public:
    CsvChangesModel(const RecordTableModel &records, const CsvImportPlan &plan, QObject *parent)
        : QAbstractTableModel(parent)
        , m_records(records)
        , m_plan(plan)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_plan.changes.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 4; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const CsvImportPlan::Change &change = m_plan.changes.at(index.row());
        switch (index.column()) {
        case 0:
            return m_records.row(change.row).relativePath;
        case 1:
            return FieldRegistry::label(change.field);
        case 2:
            return CsvExchange::cellText(change.before);
        default:
            return CsvExchange::cellText(change.after);
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return CsvImportDialog::tr("File");
        case 1:
            return CsvImportDialog::tr("Field");
        case 2:
            return CsvImportDialog::tr("Now");
        default:
            return CsvImportDialog::tr("After import");
        }
    }

private:
    const RecordTableModel &m_records;
    const CsvImportPlan &m_plan;
};

} // namespace

CsvImportDialog::CsvImportDialog(
    const RecordTableModel &records, CsvImportPlan plan, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    QSet<int> rows;
    for (const CsvImportPlan::Change &change : std::as_const(m_plan.changes))
        rows.insert(change.row);
    auto *summary = new QLabel(tr("%n cell(s) will change", nullptr, int(m_plan.changes.size())) + QStringLiteral(", ")
            + tr("in %n image(s)", nullptr, int(rows.size())) + QStringLiteral(" (")
            + tr("%n line(s) matched", nullptr, m_plan.matchedRows) + QStringLiteral(")."),
        this);
    summary->setObjectName(QStringLiteral("csvSummary"));
    summary->setWordWrap(true);
    auto *changes = new QTableView(this);
    changes->setObjectName(QStringLiteral("csvChanges"));
    changes->setModel(new CsvChangesModel(records, m_plan, changes));
    changes->verticalHeader()->hide();
    changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    changes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *problems = new QListWidget(this);
    problems->setObjectName(QStringLiteral("csvProblems"));
    problems->addItems(m_plan.problems);
    problems->setVisible(!m_plan.problems.isEmpty());
    problems->setMaximumHeight(120);
    auto *problemsLabel = new QLabel(tr("Left out:"), this);
    problemsLabel->setVisible(!m_plan.problems.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("csvApply"));
    apply->setEnabled(m_plan.usable());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(changes, 1);
    layout->addWidget(problemsLabel);
    layout->addWidget(problems);
    layout->addWidget(buttons);
    resize(760, 520);
}

} // namespace Wesog
