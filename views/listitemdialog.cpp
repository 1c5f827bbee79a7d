// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/listitemdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/recordtablemodel.h"
#include "views/codeexpansion.h"
#include "views/recordlistwidget.h"

namespace Wesog {

ListItemDialog::ListItemDialog(Mode mode, RecordListWidget *list)
    : QDialog(list)
    , m_mode(mode)
    , m_records(list->model())
    , m_rows(list->selectedSourceRows())
{
    setObjectName(QStringLiteral("listItemDialog"));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("listFieldCombo"));
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (info.type == FieldType::TextList)
            m_field->addItem(QString(), int(info.field));
    }
    m_item = new QLineEdit(this);
    m_item->setObjectName(QStringLiteral("listItemEdit"));
    // Keywords, categories and collections all take codes: `=cc17=` is expanded as it is typed.
    CodeExpander::attach(m_item, list->codeReplacements());
    m_fieldLabel = new QLabel(this);
    m_itemLabel = new QLabel(this);
    m_fieldLabel->setBuddy(m_field);
    m_itemLabel->setBuddy(m_item);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_item, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    auto *form = new QFormLayout;
    form->addRow(m_fieldLabel, m_field);
    form->addRow(m_itemLabel, m_item);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    retranslateUi();
}

bool ListItemDialog::apply()
{
    const Field field = static_cast<Field>(m_field->currentData().toInt());
    const QString item = m_item->text().trimmed();
    if (item.isEmpty())
        return false;
    QList<RecordTableModel::CellValue> cells;
    for (int row : m_rows) {
        QStringList items = m_records->row(row).record().list(field).value_or(QStringList());
        const auto same = [&item](const QString &other) { return other.compare(item, Qt::CaseInsensitive) == 0; };
        if (m_mode == Mode::Add) {
            if (std::any_of(items.cbegin(), items.cend(), same))
                continue;
            items.append(item);
        } else {
            const qsizetype before = items.size();
            items.erase(std::remove_if(items.begin(), items.end(), same), items.end());
            if (items.size() == before)
                continue;
        }
        cells.append({ row, field, items.isEmpty() ? FieldValue {} : FieldValue { items } });
    }
    if (cells.isEmpty())
        return true;
    const QString action = m_mode == Mode::Add
        ? tr("Add \"%1\" to %n image(s)", nullptr, int(cells.size())).arg(item)
        : tr("Remove \"%1\" from %n image(s)", nullptr, int(cells.size())).arg(item);
    return m_records->editCellValues(cells, action);
}

void ListItemDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ListItemDialog::retranslateUi()
{
    setWindowTitle(m_mode == Mode::Add ? tr("Add to List") : tr("Remove from List"));
    for (int i = 0; i < m_field->count(); ++i)
        m_field->setItemText(i, FieldRegistry::label(static_cast<Field>(m_field->itemData(i).toInt())));
    m_fieldLabel->setText(tr("&List:"));
    m_itemLabel->setText(m_mode == Mode::Add ? tr("&Add:") : tr("&Remove:"));
}

} // namespace Wesog
