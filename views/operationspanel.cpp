// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/operationspanel.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include "models/operationsmodel.h"

namespace Wesog {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(index.data(OperationsModel::ProgressRole).toDouble() * 1000);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
}

OperationsPanel::OperationsPanel(OperationsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("operationsTable"));
    m_table->setModel(model);
    m_table->setItemDelegateForColumn(OperationsModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OperationsModel::ProgressColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(OperationsModel::ProgressColumn, 160);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

} // namespace Wesog
