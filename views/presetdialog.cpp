// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/presetdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Wesog {

namespace {
enum EntryColumn { FieldColumn, ValueColumn, AppendColumn };
}

PresetDialog::PresetDialog(QList<Preset> presets, QWidget *parent)
    : QDialog(parent)
    , m_presets(std::move(presets))
{
    setObjectName(QStringLiteral("presetDialog"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("presetList"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("presetName"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_entries = new QTableWidget(0, 3, this);
    m_entries->setObjectName(QStringLiteral("presetEntries"));
    m_entries->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_entries->verticalHeader()->hide();
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newPresetButton"));
    m_delete = new QPushButton(this);
    m_addField = new QPushButton(this);
    m_addField->setObjectName(QStringLiteral("addPresetFieldButton"));
    m_removeField = new QPushButton(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        storeCurrent();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        showPreset(row);
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        storeCurrent();
        m_presets.append({ tr("New preset"), {} });
        m_list->addItem(m_presets.last().name);
        m_list->setCurrentRow(int(m_presets.size()) - 1);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_current = -1; // nothing to store from the deleted one
        m_presets.removeAt(row);
        delete m_list->takeItem(row);
    });
    connect(m_addField, &QPushButton::clicked, this, [this] { addEntryRow({ Field::Provider, QString(), false }); });
    connect(m_removeField, &QPushButton::clicked, this, [this] { m_entries->removeRow(m_entries->currentRow()); });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (QListWidgetItem *item = m_list->currentItem())
            item->setText(text);
    });

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_nameLabel);
    nameRow->addWidget(m_name);
    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(m_addField);
    fieldButtons->addWidget(m_removeField);
    fieldButtons->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(nameRow);
    right->addWidget(m_entries);
    right->addLayout(fieldButtons);
    right->addWidget(m_help);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);
    resize(760, 420);
    for (const Preset &preset : m_presets)
        m_list->addItem(preset.name);
    retranslateUi();
    m_list->setCurrentRow(m_presets.isEmpty() ? -1 : 0);
    showPreset(m_list->currentRow());
}

void PresetDialog::addEntryRow(const Preset::Entry &entry)
{
    const int row = m_entries->rowCount();
    m_entries->insertRow(row);
    auto *field = new QComboBox(m_entries);
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (info.field != Field::Id && info.field != Field::Src)
            field->addItem(FieldRegistry::label(info.field), int(info.field));
    }
    field->setCurrentIndex(field->findData(int(entry.field)));
    m_entries->setCellWidget(row, FieldColumn, field);
    m_entries->setItem(row, ValueColumn, new QTableWidgetItem(entry.value));
    auto *append = new QCheckBox(m_entries);
    append->setChecked(entry.append);
    m_entries->setCellWidget(row, AppendColumn, append);
}

void PresetDialog::showPreset(int index)
{
    m_current = index;
    m_entries->setRowCount(0);
    const bool valid = index >= 0 && index < m_presets.size();
    m_name->setEnabled(valid);
    m_entries->setEnabled(valid);
    m_addField->setEnabled(valid);
    m_removeField->setEnabled(valid);
    m_delete->setEnabled(valid);
    m_name->setText(valid ? m_presets.at(index).name : QString());
    if (!valid)
        return;
    for (const Preset::Entry &entry : m_presets.at(index).entries)
        addEntryRow(entry);
}

void PresetDialog::storeCurrent()
{
    if (m_current < 0 || m_current >= m_presets.size())
        return;
    Preset &preset = m_presets[m_current];
    preset.name = m_name->text().trimmed().isEmpty() ? preset.name : m_name->text().trimmed();
    preset.entries.clear();
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        const auto *field = qobject_cast<QComboBox *>(m_entries->cellWidget(row, FieldColumn));
        const auto *append = qobject_cast<QCheckBox *>(m_entries->cellWidget(row, AppendColumn));
        const QTableWidgetItem *value = m_entries->item(row, ValueColumn);
        preset.entries.append({ static_cast<Field>(field->currentData().toInt()), value ? value->text() : QString(),
            append->isChecked() });
    }
}

QList<Preset> PresetDialog::presets() const
{
    return m_presets;
}

void PresetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PresetDialog::retranslateUi()
{
    setWindowTitle(tr("Presets"));
    m_nameLabel->setText(tr("&Name:"));
    m_entries->setHorizontalHeaderLabels({ tr("Field"), tr("Value"), tr("Append") });
    m_help->setText(tr("Values may use {filename}, {basename}, {folder}, {id}, {date} (the image's date) and {today}. "
                       "Append adds to the field instead of replacing it; list items are separated by \";\"."));
    m_new->setText(tr("N&ew"));
    m_delete->setText(tr("&Delete"));
    m_addField->setText(tr("&Add Field"));
    m_removeField->setText(tr("&Remove Field"));
}

} // namespace Wesog
