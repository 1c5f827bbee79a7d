// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/thumbnailupdater.h"

#include <QPixmap>

#include "core/library/thumbnailservice.h"
#include "models/recordtablemodel.h"

namespace Wesog {

ThumbnailUpdater::ThumbnailUpdater(
    RecordTableModel *model, ThumbnailService *service, const QSize &decorationSize, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_service(service)
    , m_decorationSize(decorationSize)
{
    connect(m_service, &ThumbnailService::thumbnailReady, this, &ThumbnailUpdater::deliver);
    // A new collection: requests for the old one's files are of no use any more.
    connect(m_model, &QAbstractItemModel::modelReset, m_service, &ThumbnailService::clear);
}

void ThumbnailUpdater::setVisibleRows(const QList<int> &sourceRows)
{
    for (int row : sourceRows) {
        if (row < 0 || row >= m_model->rowCount())
            continue;
        const RecordRow &record = m_model->row(row);
        if (record.error || m_model->hasThumbnail(record.absolutePath))
            continue;
        if (!m_service->thumbnail(record.absolutePath).isNull()) // in memory: no need to wait
            deliver(record.absolutePath);
    }
}

void ThumbnailUpdater::deliver(const QString &path)
{
    if (m_model->rowOfPath(path) < 0)
        return;
    const QImage image = m_service->thumbnail(path);
    if (image.isNull())
        return;
    m_model->setThumbnail(
        path, image, QPixmap::fromImage(image.scaled(m_decorationSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace Wesog
