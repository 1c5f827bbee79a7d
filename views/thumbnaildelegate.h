// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Wesog {

/// Paints one image of the thumbnail grid: the thumbnail centred in a fixed cell, the file name
/// under it, and the row's state icon (unreadable, invalid, edited, conflict) in the corner, so
/// the grid tells the same story as the table's State column.
/// Thread: GUI. Lifetime: owned by its view.
class ThumbnailDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailDelegate)

public:
    explicit ThumbnailDelegate(int thumbnailSize, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_size;
};

} // namespace Wesog
