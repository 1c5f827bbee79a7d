// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/thumbnaildelegate.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

#include "models/recordtablemodel.h"

namespace Wesog {

ThumbnailDelegate::ThumbnailDelegate(int thumbnailSize, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_size(thumbnailSize)
{
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(m_size + 16, m_size + option.fontMetrics.height() + 20);
}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem frame = option;
    initStyleOption(&frame, index);
    frame.text.clear();
    frame.icon = QIcon();
    frame.showDecorationSelected = true; // highlight the whole cell, not an (empty) text rect
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &frame, painter, option.widget);

    const QRect box(option.rect.left() + 8, option.rect.top() + 6, m_size, m_size);
    const QImage image = index.data(RecordTableModel::ThumbnailRole).value<QImage>();
    if (!image.isNull()) {
        const QSize size = image.size().scaled(box.size(), Qt::KeepAspectRatio);
        const QRect target(box.left() + (box.width() - size.width()) / 2,
            box.top() + (box.height() - size.height()) / 2, size.width(), size.height());
        painter->drawImage(target, image);
    } else {
        painter->fillRect(box.adjusted(12, 12, -12, -12), option.palette.alternateBase());
    }

    // The state icon, as in the State column (unreadable, invalid, conflict, edited).
    const QModelIndex state = index.sibling(index.row(), RecordTableModel::StateColumn);
    const QIcon stateIcon = state.data(Qt::DecorationRole).value<QIcon>();
    if (!stateIcon.isNull())
        stateIcon.paint(painter, QRect(box.right() - 22, box.top() + 2, 20, 20));

    const QRect textRect(
        option.rect.left() + 4, box.bottom() + 4, option.rect.width() - 8, option.fontMetrics.height());
    const QString name
        = option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, textRect.width());
    painter->setPen(
        option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignVCenter, name);
}

} // namespace Wesog
