// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/csvimportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/record/fieldregistry.h"

namespace Wesog {

namespace {

constexpr int s_shownChanges = 1000; // enough to look through; the count says the rest

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
    auto *changes = new QTableWidget(int(std::min<qsizetype>(m_plan.changes.size(), s_shownChanges)), 4, this);
    changes->setObjectName(QStringLiteral("csvChanges"));
    changes->setHorizontalHeaderLabels({ tr("File"), tr("Field"), tr("Now"), tr("After import") });
    changes->verticalHeader()->hide();
    changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < changes->rowCount(); ++i) {
        const CsvImportPlan::Change &change = m_plan.changes.at(i);
        changes->setItem(i, 0, new QTableWidgetItem(records.row(change.row).relativePath));
        changes->setItem(i, 1, new QTableWidgetItem(FieldRegistry::label(change.field)));
        changes->setItem(i, 2, new QTableWidgetItem(CsvExchange::cellText(change.before)));
        changes->setItem(i, 3, new QTableWidgetItem(CsvExchange::cellText(change.after)));
    }
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
