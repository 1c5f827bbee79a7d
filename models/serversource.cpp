// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/serversource.h"

#include <QTimer>
#include <QUrlQuery>

#include "core/workspace/workspace.h"
#include "models/recordtablemodel.h"

namespace Wesog {

namespace {

// Rows restored from the workspace per turn of the event loop: a few milliseconds of decoding.
constexpr int s_restorePart = 2000;
// Images of an arriving page stored as base and appended per turn of the event loop: a whole
// page of 1,000 at once kept the window from painting for a long moment (server_gui_bench).
constexpr int s_appendPart = 200;

} // namespace

ServerSource::ServerSource(RecordTableModel *model, Workspace *workspace, const QString &workspaceDirectory,
    QNetworkAccessManager *network, const ApiEndpoint &endpoint, const QString &query, QObject *parent)
    : RecordSource(parent)
    , m_model(model)
    , m_workspace(workspace)
    , m_workspaceDirectory(workspaceDirectory)
    , m_endpoint(endpoint)
    , m_query(query)
    , m_pager(network, endpoint)
{
    m_pager.setMaxInFlight(2); // bounded: other editors share the server
    connect(&m_pager, &ImagePager::pageLoaded, this, &ServerSource::handlePage);
    connect(&m_pager, &ImagePager::progress, this,
        [this](qint64 loaded, qint64 total) { emit progressChanged(int(loaded), int(total), false); });
    connect(&m_pager, &ImagePager::finished, this, [this] {
        m_pagerDone = true;
        if (m_pending.isEmpty())
            completeLoad();
    });
    connect(&m_pager, &ImagePager::failed, this, &ServerSource::handleFailed);
}

QString ServerSource::location() const
{
    QUrl url = m_endpoint.url(QStringLiteral("/imgs"));
    if (!m_query.isEmpty())
        url.setQuery(QUrlQuery { { QStringLiteral("q"), m_query } });
    return url.toDisplayString();
}

QString ServerSource::displayName() const
{
    return m_query.isEmpty() ? tr("All images on %1").arg(m_endpoint.baseUrl.host()) : m_query;
}

QString ServerSource::imageUrlOf(const ImageRecord &record)
{
    for (Field field : { Field::UrlImgThumbnail, Field::UrlImgWatermark, Field::Src }) {
        const QString url = record.text(field).value_or(QString());
        if (!url.isEmpty())
            return url;
    }
    return {};
}

QString ServerSource::noFilesReason()
{
    return tr("The images of a server collection have no files on this computer.");
}

bool ServerSource::start()
{
    ++m_generation;
    m_model->clear();
    QString error;
    if (!m_workspace->openServer(m_endpoint.baseUrl, m_endpoint.apiKey, m_query, m_workspaceDirectory, &error)) {
        emit problem(tr("Edits Cannot Be Kept"),
            tr("The workspace that keeps your edits could not be opened, so edits would be lost: %1").arg(error));
        return false;
    }
    if (!m_workspace->recoveryNote().isEmpty())
        emit problem(tr("Saved Edits Could Not Be Read"), m_workspace->recoveryNote());
    m_savedEdits = m_workspace->edits(&error);
    m_loading = true;
    m_loaded = 0;
    m_pending.clear();
    m_pagerDone = false;
    m_restored = m_workspace->isServerBaseComplete();
    if (m_restored) {
        // Parts on a zero timer: the window keeps painting while 100,000 rows come back.
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                restoreNextPart();
        });
        return true;
    }
    // A load that did not finish is started again; the edits stay, keyed by image id.
    if (!m_workspace->clearServerBase(&error)) {
        emit problem(tr("Edits Cannot Be Kept"),
            tr("The workspace that keeps your edits could not be opened, so edits would be lost: %1").arg(error));
        m_loading = false;
        return false;
    }
    m_pager.start(m_query);
    return true;
}

void ServerSource::restoreNextPart()
{
    QString error;
    const QList<StoredImage> part = m_workspace->serverBase(m_loaded, s_restorePart, &error);
    if (!error.isEmpty()) {
        stop(tr("Saved Edits Could Not Be Read"), error);
        return;
    }
    appendImages(part);
    emit progressChanged(m_loaded, m_loaded, true); // the total is not counted: "so far"
    if (part.size() < s_restorePart) {
        finishLoading(false);
        return;
    }
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            restoreNextPart();
    });
}

void ServerSource::handlePage(const QVector<StoredImage> &images)
{
    const bool idle = m_pending.isEmpty();
    m_pending.append(images);
    if (idle)
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                appendNextPart();
        });
}

void ServerSource::appendNextPart()
{
    // A part never spans two pages: a page's rows are one insert unless the page is large.
    QList<StoredImage> &page = m_pending.first();
    const QList<StoredImage> part = page.first(qMin<qsizetype>(s_appendPart, page.size()));
    page.remove(0, part.size());
    if (page.isEmpty())
        m_pending.removeFirst();
    QString error;
    if (!m_workspace->appendServerBase(m_loaded, part, &error)) {
        stop(tr("Edits Cannot Be Kept"),
            tr("The workspace that keeps your edits could not be opened, so edits would be lost: %1").arg(error));
        m_pager.cancel(); // after stop(): its Canceled is then of no interest
        return;
    }
    appendImages(part);
    if (!m_pending.isEmpty())
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                appendNextPart();
        });
    else if (m_pagerDone)
        completeLoad();
}

void ServerSource::completeLoad()
{
    QString error;
    if (!m_workspace->setServerBaseComplete(true, &error))
        emit problem(tr("Edits Cannot Be Kept"),
            tr("The workspace that keeps your edits could not be opened, so edits would be lost: %1").arg(error));
    finishLoading(false);
}

void ServerSource::handleFailed(const PagerError &error)
{
    if (!m_loading)
        return;
    if (error.api.kind == ApiError::Kind::Canceled) {
        finishLoading(true);
        return;
    }
    stop(error.api.isError() ? tr("The Collection Could Not Be Loaded") : tr("The Server Sent a Bad Answer"),
        error.userMessage());
}

void ServerSource::appendImages(const QList<StoredImage> &images)
{
    QList<RecordRow> rows;
    rows.reserve(images.size());
    for (const StoredImage &image : images)
        rows.append(rowFor(image));
    m_loaded += int(rows.size());
    m_model->appendRows(rows);
}

RecordRow ServerSource::rowFor(const StoredImage &image) const
{
    RecordRow row;
    row.relativePath = image.record.id();
    row.imageUrl = imageUrlOf(image.record);
    row.metadata.record = image.record;
    row.metadata.record.squeeze();
    row.loaded = row.metadata.record;
    // What the server held when loaded: sending checks it against the server's copy then.
    row.serverBase = row.loaded;
    // Saved edits win over what the server said when loaded: they are the user's work.
    for (const CellEdit &edit : m_savedEdits.value(row.relativePath)) {
        row.metadata.record.setValue(edit.field, *edit.value);
        row.editedFields.insert(int(edit.field));
    }
    return row;
}

void ServerSource::stop(const QString &title, const QString &message)
{
    ++m_generation;
    m_pending.clear(); // not in the base either: the next opening loads them again
    emit problem(title, message);
    if (m_loading)
        finishLoading(false);
}

void ServerSource::cancel()
{
    if (!m_loading)
        return;
    if (m_pager.isRunning()) {
        m_pager.cancel(); // reports Canceled, which ends the load
        return;
    }
    ++m_generation; // a restore under way
    finishLoading(true);
}

void ServerSource::finishLoading(bool cancelled)
{
    if (cancelled) {
        ++m_generation; // parts of a page still waiting are dropped
        m_pending.clear();
    }
    m_loading = false;
    emit finished(cancelled);
}

} // namespace Wesog
