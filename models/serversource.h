// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QHash>
#include <QList>

#include "core/api/apiendpoint.h"
#include "core/record/imagerecord.h"
#include "core/server/imagepager.h"
#include "core/workspace/celledit.h"
#include "models/recordsource.h"

class QNetworkAccessManager;

namespace Wesog {

class RecordTableModel;
class Workspace;
struct RecordRow;

/// A server collection (issue 15): the images a `GET /imgs` query matches, as rows without
/// files.
///
/// start() opens the collection's workspace, keyed by server URL, account (a hash of the key)
/// and query, so two accounts never share edits. If the workspace holds a complete base (the
/// images as the server held them when loaded), the rows come from it, with the saved edits on
/// top, and no request is made: reopening works offline and shows what the edits were made
/// against. Otherwise an ImagePager reads the pages of the query, a few at a time, and each
/// page it hands over (in the server's order) goes to a worker, one page at a time in order,
/// which stores it as base (encoded to JSON, one transaction on a connection of its own) and
/// builds its rows with the saved edits on top; the GUI thread then appends the rows to the
/// model in parts, one per turn of its event loop, so rows appear while the rest loads and the
/// window keeps painting. A failed request or a bad answer (the pager checks types,
/// `image_id`, repeats and the count) stops the load with a problem once the pages handed over
/// before it are in; those rows stay, and the base stays incomplete, so the next opening loads
/// again, keeping the base of each image with saved edits (Workspace::clearServerBase). Cancel
/// stops at once, without a problem, dropping the pages not yet appended.
///
/// Rows carry the image id as their relative path (the key of their edits) and the image URL
/// their thumbnail comes from (`url_img_thumbnail`, else `url_img_watermark`, else `src`).
/// Thread: GUI. Lifetime: owned by the CollectionSession; does not own the model or workspace.
class ServerSource final : public RecordSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSource)

public:
    /// A source for the images `query` matches on `endpoint`, filling `model`, keeping edits and
    /// base in `workspace` (a file in `workspaceDirectory`); requests go through `network`.
    ServerSource(RecordTableModel *model, Workspace *workspace, const QString &workspaceDirectory,
        QNetworkAccessManager *network, const ApiEndpoint &endpoint, const QString &query, QObject *parent = nullptr);
    /// Out of line: the lists of rows it holds need RecordRow, which this header only declares.
    ~ServerSource() override;

    bool start() override;
    void cancel() override;
    bool isLoading() const override { return m_loading; }
    QString location() const override;
    QString displayName() const override;

    QString query() const { return m_query; }
    QUrl server() const { return m_endpoint.baseUrl; }
    /// True when the rows came from the workspace's stored base rather than from the server.
    bool restoredFromWorkspace() const { return m_restored; }

    /// The URL a row without a file shows its image from: thumbnail, else watermark, else src.
    static QString imageUrlOf(const ImageRecord &record);
    /// Why an action on files is not offered for a server collection, for tooltips and the status bar.
    static QString noFilesReason();

    void setPageSize(int size) { m_pager.setPageSize(size); }
    void setConcurrency(int requests) { m_pager.setMaxInFlight(requests); }
    void setRetryPolicy(const RetryPolicy &policy) { m_pager.setRetryPolicy(policy); }

private:
    /// Images made ready on a worker for the GUI thread (a page stored as base, or a part of
    /// the base read back): their rows in parts. Or why not.
    struct PreparedPage
    {
        int images = 0;
        QList<QList<RecordRow>> parts;
        QString error;
    };

    void readNextBasePart();
    void handlePage(const QVector<StoredImage> &images);
    void prepareNextPage();
    void runOnWorker(const QFuture<PreparedPage> &work);
    void takePrepared(PreparedPage prepared);
    void scheduleNextPart();
    void appendNextPart();
    void completeLoadIfDone();
    void dropPending();
    void handleFailed(const PagerError &error);
    void appendRows(const QList<RecordRow> &rows);
    void stop(const QString &title, const QString &message);
    void finishLoading(bool cancelled);
    /// Stores a page as base from `position` on in the workspace file, and builds its rows
    /// (with `savedEdits` on top); an image with saved edits and a base in `editedBases` takes
    /// that base instead of the page's copy. Runs on a worker.
    static PreparedPage prepare(const QString &workspaceFile, const QString &loadId, int position,
        QVector<StoredImage> images, const QHash<QString, QList<CellEdit>> &savedEdits,
        const QHash<QString, StoredImage> &editedBases);
    /// Reads a part of the stored base from `first` on and builds its rows; runs on a worker.
    static PreparedPage restorePart(
        const QString &workspaceFile, int first, const QHash<QString, QList<CellEdit>> &savedEdits);
    static QList<QList<RecordRow>> rowsInParts(
        const QList<StoredImage> &images, const QHash<QString, QList<CellEdit>> &savedEdits);
    static RecordRow rowFor(const StoredImage &image, const QHash<QString, QList<CellEdit>> &savedEdits);

    RecordTableModel *m_model;
    Workspace *m_workspace;
    QString m_workspaceDirectory;
    ApiEndpoint m_endpoint;
    QString m_query;
    ImagePager m_pager;
    QHash<QString, QList<CellEdit>> m_savedEdits; ///< by image id, applied as rows arrive
    QHash<QString, StoredImage> m_editedBases; ///< kept bases of edited images, by id: a restarted load keeps them
    QList<QVector<StoredImage>> m_arrived; ///< pages arrived, waiting for the worker (one page at a time)
    QString m_loadId; ///< names this load in the workspace: only its pages are stored
    bool m_onWorker = false; ///< a page or a part of the base is on the worker, its rows not yet taken
    int m_stored = 0; ///< images stored as base (or read back from it): where the next page goes
    QList<QList<RecordRow>> m_prepared; ///< parts ready to be appended, one per turn, in order
    bool m_allArrived = false; ///< every page arrived, the pager failed, or the base is read: ends when nothing waits
    QString m_failureTitle; ///< why the pager failed, reported once the pages before the failure are in
    QString m_failureMessage;
    int m_loaded = 0;
    int m_generation = 0; ///< a restart or cancel makes a restore already under way stale
    bool m_loading = false;
    bool m_restored = false;
};

} // namespace Wesog
