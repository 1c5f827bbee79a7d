// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/findreplacedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include "core/caption/captionfields.h"
#include "core/caption/codereplacements.h"
#include "core/record/findreplace.h"
#include "models/recordfiltermodel.h"

namespace Wesog {

FindReplaceDialog::FindReplaceDialog(
    RecordTableModel *records, RecordFilterModel *filter, QTableView *table, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
    , m_filter(filter)
    , m_table(table)
{
    setObjectName(QStringLiteral("findReplaceDialog"));
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceEdit"));
    m_regex = new QCheckBox(this);
    m_regex->setObjectName(QStringLiteral("regexCheck"));
    m_matchCase = new QCheckBox(this);
    m_matchCase->setObjectName(QStringLiteral("matchCaseCheck"));
    m_wholeWord = new QCheckBox(this);
    m_wholeWord->setObjectName(QStringLiteral("wholeWordCheck"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    for (int i = 0; i < 3; ++i)
        m_scope->addItem(QString());
    m_scope->setCurrentIndex(AllFields);
    m_findLabel = new QLabel(this);
    m_replaceLabel = new QLabel(this);
    m_scopeLabel = new QLabel(this);
    m_findLabel->setBuddy(m_find);
    m_replaceLabel->setBuddy(m_replace);
    m_scopeLabel->setBuddy(m_scope);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("findPreview"));
    m_preview->setWordWrap(true);
    m_replaceAll = new QPushButton(this);
    m_replaceAll->setObjectName(QStringLiteral("replaceAllButton"));
    m_replaceAll->setDefault(true);
    m_close = new QPushButton(this);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceDialog::replaceAll);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    for (QLineEdit *edit : { m_find, m_replace })
        connect(edit, &QLineEdit::textChanged, this, &FindReplaceDialog::updatePreview);
    for (QCheckBox *box : { m_regex, m_matchCase, m_wholeWord })
        connect(box, &QCheckBox::toggled, this, &FindReplaceDialog::updatePreview);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FindReplaceDialog::updatePreview);
    // The count follows edits and selection while the dialog stays open.
    connect(m_records, &QAbstractItemModel::dataChanged, this, &FindReplaceDialog::updatePreview);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindReplaceDialog::updatePreview);

    auto *form = new QFormLayout;
    form->addRow(m_findLabel, m_find);
    form->addRow(m_replaceLabel, m_replace);
    form->addRow(m_scopeLabel, m_scope);
    auto *options = new QHBoxLayout;
    options->addWidget(m_regex);
    options->addWidget(m_matchCase);
    options->addWidget(m_wholeWord);
    options->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_replaceAll);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(options);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    setMinimumWidth(480);
    retranslateUi();
}

QList<RecordTableModel::CellValue> FindReplaceDialog::pendingChanges() const
{
    QList<RecordTableModel::CellValue> changes;
    const FindReplace::Options options { m_find->text(), m_replace->text(), m_regex->isChecked(),
        m_matchCase->isChecked(), m_wholeWord->isChecked() };
    const FindReplace findReplace(options);
    if (!findReplace.isValid())
        return changes;
    // The replacement with its codes expanded, for the text fields. (With a regular expression, a
    // \1 inside a code's replacement is read as a group reference, as a typed one is.)
    FindReplace::Options expandedOptions = options;
    if (m_codes)
        expandedOptions.replace = m_codes->expand(options.replace).text;
    const FindReplace expandedFindReplace(expandedOptions);
    QList<QModelIndex> cells; // view indexes
    const int scope = m_scope->currentIndex();
    if (scope == SelectedCells) {
        cells = m_table->selectionModel()->selectedIndexes();
    } else {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            if (scope == CurrentColumn) {
                cells << m_filter->index(row, m_table->currentIndex().column());
            } else {
                for (int i = 0; i < FieldCount; ++i)
                    cells << m_filter->index(row, RecordTableModel::columnForField(static_cast<Field>(i)));
            }
        }
    }
    for (const QModelIndex &cell : cells) {
        const std::optional<Field> field = RecordTableModel::fieldForColumn(cell.column());
        if (!field)
            continue;
        const int row = m_filter->mapToSource(cell).row();
        const FindReplace &replacer = takesCodeExpansion(*field) ? expandedFindReplace : findReplace;
        if (const auto value = replacer.apply(m_records->row(row).record().value(*field)))
            changes.append({ row, *field, *value });
    }
    return changes;
}

void FindReplaceDialog::setCodeReplacements(std::shared_ptr<const CodeReplacements> codes)
{
    m_codes = std::move(codes);
    updatePreview();
}

void FindReplaceDialog::replaceAll()
{
    const QList<RecordTableModel::CellValue> changes = pendingChanges();
    if (!changes.isEmpty())
        m_records->editCellValues(
            changes, tr("Replace \"%1\" in %n cell(s)", nullptr, int(changes.size())).arg(m_find->text()));
    updatePreview();
}

void FindReplaceDialog::updatePreview()
{
    const FindReplace findReplace({ m_find->text(), m_replace->text(), m_regex->isChecked() });
    if (!m_find->text().isEmpty() && !findReplace.isValid()) {
        m_preview->setText(tr("The regular expression is not valid: %1").arg(findReplace.error()));
        m_replaceAll->setEnabled(false);
        return;
    }
    const QList<RecordTableModel::CellValue> changes = pendingChanges();
    QSet<int> rows;
    for (const RecordTableModel::CellValue &change : changes)
        rows.insert(change.row);
    m_preview->setText(m_find->text().isEmpty() ? QString()
                                                : tr("%n cell(s) will change", nullptr, int(changes.size()))
                + QLatin1Char(' ') + tr("in %n image(s).", nullptr, int(rows.size())));
    m_replaceAll->setEnabled(!changes.isEmpty());
}

void FindReplaceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FindReplaceDialog::retranslateUi()
{
    setWindowTitle(tr("Find and Replace"));
    m_findLabel->setText(tr("&Find:"));
    m_replaceLabel->setText(tr("Replace &with:"));
    m_scopeLabel->setText(tr("&In:"));
    m_regex->setText(tr("Regular e&xpression"));
    m_matchCase->setText(tr("Match &case"));
    m_wholeWord->setText(tr("Whole w&ords"));
    m_scope->setItemText(SelectedCells, tr("Selected cells"));
    m_scope->setItemText(CurrentColumn, tr("Current column"));
    m_scope->setItemText(AllFields, tr("All fields of the images shown"));
    m_replaceAll->setText(tr("Replace &All"));
    m_close->setText(tr("Close"));
    updatePreview();
}

} // namespace Wesog
