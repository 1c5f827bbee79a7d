// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>

#include "models/recordtablemodel.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Wesog {

class CodeReplacements;
class RecordFilterModel;

/// Edit → Find and Replace: plain text or a regular expression, match case, whole words, in
/// the selected cells, the current column or every field of the images shown. It says how many
/// cells will change before anything does; Replace All is one undo step.
/// Thread: GUI. Lifetime: a child of the main window, kept and reused (modeless).
class FindReplaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceDialog)

public:
    enum Scope { SelectedCells, CurrentColumn, AllFields };

    FindReplaceDialog(
        RecordTableModel *records, RecordFilterModel *filter, QTableView *table, QWidget *parent = nullptr);

    /// Codes in the replacement text are expanded in the text fields (takesCodeExpansion()) and
    /// taken as typed in the others (id, src, URLs, date, status). Null: none.
    void setCodeReplacements(std::shared_ptr<const CodeReplacements> codes);

    /// The cells that Replace All would change, with their new values.
    QList<RecordTableModel::CellValue> pendingChanges() const;
    void replaceAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePreview();

    RecordTableModel *m_records;
    RecordFilterModel *m_filter;
    QTableView *m_table;
    std::shared_ptr<const CodeReplacements> m_codes;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QCheckBox *m_wholeWord = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_findLabel = nullptr;
    QLabel *m_replaceLabel = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_replaceAll = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Wesog
