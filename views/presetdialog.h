// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/record/preset.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Wesog {

/// Edit → Presets → Manage Presets: named sets of field values; each row is a field, its value
/// (variables such as {filename} and {date} allowed) and whether it replaces or appends.
/// Opened with open(); presets() holds the edited list when it is accepted.
/// Thread: GUI. Lifetime: a child of the main window, deleted on close.
class PresetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetDialog)

public:
    PresetDialog(QList<Preset> presets, QWidget *parent = nullptr);

    QList<Preset> presets() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void storeCurrent();
    void showPreset(int index);
    void addEntryRow(const Preset::Entry &entry);

    QList<Preset> m_presets;
    int m_current = -1;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QTableWidget *m_entries = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_help = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_addField = nullptr;
    QPushButton *m_removeField = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Wesog
