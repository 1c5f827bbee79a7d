// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/record/fieldregistry.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Wesog {

class RecordListWidget;
class RecordTableModel;

/// Edit → Add to List / Remove from List: one keyword, category or collection added to (or
/// removed from) every selected image, as one undo step. Other items are left as they are;
/// adding skips images that already have the item (case-insensitively).
/// Thread: GUI. Lifetime: a child of the main window, deleted on close.
class ListItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListItemDialog)

public:
    enum class Mode { Add, Remove };

    /// Works on the rows selected in `list` when it opens; a child of `list`.
    ListItemDialog(Mode mode, RecordListWidget *list);

    /// Applies the item to the rows; false if nothing could be stored.
    bool apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Mode m_mode;
    RecordTableModel *m_records;
    QList<int> m_rows;
    QComboBox *m_field = nullptr;
    QLineEdit *m_item = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QLabel *m_itemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Wesog
