// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSize>

namespace Wesog {

class RecordTableModel;
class RemoteThumbnailLoader;
class ThumbnailService;

/// Feeds the model's thumbnail roles for the rows the views show (the pattern of Dolphin's
/// KFileItemModelRolesUpdater): views report their visible rows, only those are asked of the
/// ThumbnailService (which serves the newest requests first), and each result is scaled once for
/// the table and handed to the model. The model's data() never starts any work. Rows without a
/// file (a server collection) are asked of the RemoteThumbnailLoader instead, by image URL, in
/// the same visible-first way; one that cannot be fetched gets an "unavailable" picture (a
/// crossed frame), so the views stop showing it as still loading.
/// Thread: GUI. Lifetime: owned by the view that reports its rows; does not own the model, the
/// service or the loader.
class ThumbnailUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailUpdater)

public:
    ThumbnailUpdater(RecordTableModel *model, ThumbnailService *service, RemoteThumbnailLoader *remote,
        const QSize &decorationSize = QSize(52, 40), QObject *parent = nullptr);

    /// The source rows on screen now; their thumbnails are made first.
    void setVisibleRows(const QList<int> &sourceRows);

private:
    void deliver(const QString &key, const QImage &image);
    static QImage unavailableImage();

    RecordTableModel *m_model;
    ThumbnailService *m_service;
    RemoteThumbnailLoader *m_remote;
    QSize m_decorationSize;
};

} // namespace Wesog
