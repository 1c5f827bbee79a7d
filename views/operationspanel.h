// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class QTableView;

namespace Wesog {

class OperationsModel;

/// Draws OperationsModel's progress column as a progress bar with its "n of m" text.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// The Operations dock: every operation of the workspace, live, newest first.
/// Thread: GUI.
class OperationsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OperationsPanel(OperationsModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }

private:
    QTableView *m_table;
};

} // namespace Wesog
