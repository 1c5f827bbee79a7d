// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/thumbnailupdater.h"

#include <QPainter>
#include <QPixmap>

#include "core/library/thumbnailservice.h"
#include "models/recordtablemodel.h"
#include "models/remotethumbnails.h"

namespace Wesog {

ThumbnailUpdater::ThumbnailUpdater(RecordTableModel *model, ThumbnailService *service, RemoteThumbnailLoader *remote,
    const QSize &decorationSize, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_service(service)
    , m_remote(remote)
    , m_decorationSize(decorationSize)
{
    connect(m_service, &ThumbnailService::thumbnailReady, this,
        [this](const QString &path) { deliver(path, m_service->thumbnail(path)); });
    connect(m_remote, &RemoteThumbnailLoader::thumbnailReady, this,
        [this](const QString &url) { deliver(url, m_remote->thumbnail(url)); });
    connect(m_remote, &RemoteThumbnailLoader::thumbnailFailed, this,
        [this](const QString &url) { deliver(url, unavailableImage()); });
    // A new collection: requests for the old one's images are of no use any more.
    connect(m_model, &QAbstractItemModel::modelReset, m_service, &ThumbnailService::clear);
    connect(m_model, &QAbstractItemModel::modelReset, m_remote, &RemoteThumbnailLoader::clear);
}

void ThumbnailUpdater::setVisibleRows(const QList<int> &sourceRows)
{
    for (int row : sourceRows) {
        if (row < 0 || row >= m_model->rowCount())
            continue;
        const RecordRow &record = m_model->row(row);
        const QString &key = record.thumbnailKey();
        if (record.error || key.isEmpty() || m_model->hasThumbnail(key))
            continue;
        const QImage image = record.hasFile() ? m_service->thumbnail(key) : m_remote->thumbnail(key);
        if (!image.isNull()) // in memory: no need to wait
            deliver(key, image);
    }
}

void ThumbnailUpdater::deliver(const QString &key, const QImage &image)
{
    if (image.isNull() || m_model->rowOfPath(key) < 0)
        return;
    m_model->setThumbnail(
        key, image, QPixmap::fromImage(image.scaled(m_decorationSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

QImage ThumbnailUpdater::unavailableImage()
{
    // Drawn, not a themed icon: the same on every desktop, and in the offscreen tests.
    QImage image(160, 120, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(150, 150, 150), 4));
    const QRect frame = image.rect().adjusted(20, 10, -20, -10);
    painter.drawRect(frame);
    painter.drawLine(frame.topLeft(), frame.bottomRight());
    painter.drawLine(frame.topRight(), frame.bottomLeft());
    return image;
}

} // namespace Wesog
