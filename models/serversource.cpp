// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/serversource.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include "core/workspace/workspace.h"
#include "models/recordtablemodel.h"

namespace Wesog {

namespace {

// Images of the stored base a worker reads back at a time when a collection is reopened.
constexpr int s_restorePart = 2000;
// Images of an arriving page stored as base and appended per turn of the event loop. Each turn
// also repaints the table, so parts too small spend the load painting; parts too large keep the
// window from painting for a long moment (server_gui_bench measures both).
constexpr int s_appendPart = 500;

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
        if (!m_loading)
            return;
        m_allArrived = true;
        completeLoadIfDone();
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

ServerSource::~ServerSource() = default;

bool ServerSource::start()
{
    dropPending();
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
    m_allArrived = false;
    m_failureTitle.clear();
    m_failureMessage.clear();
    m_restored = m_workspace->isServerBaseComplete();
    if (m_restored) {
        readNextBasePart(); // on a worker, a part at a time: the window keeps painting
        return true;
    }
    // A load that did not finish is started again; the edits stay, keyed by image id.
    m_loadId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_workspace->clearServerBase(m_loadId, &error)) {
        emit problem(tr("Edits Cannot Be Kept"),
            tr("The workspace that keeps your edits could not be opened, so edits would be lost: %1").arg(error));
        m_loading = false;
        return false;
    }
    error.clear();
    m_editedBases = m_workspace->editedBases(&error);
    if (!error.isEmpty())
        emit problem(tr("Saved Edits Could Not Be Read"),
            tr("What the server held when the collection was loaded could not be read back from the workspace: %1")
                .arg(error));
    m_pager.start(m_query);
    return true;
}

void ServerSource::readNextBasePart()
{
    const int first = m_stored;
    m_stored += s_restorePart;
    runOnWorker(QtConcurrent::run(&ServerSource::restorePart, m_workspace->fileName(), first, m_savedEdits));
}

ServerSource::PreparedPage ServerSource::restorePart(
    const QString &workspaceFile, int first, const QHash<QString, QList<CellEdit>> &savedEdits)
{
    PreparedPage page;
    const QList<StoredImage> images = Workspace::serverBase(workspaceFile, first, s_restorePart, &page.error);
    page.images = int(images.size());
    if (page.error.isEmpty())
        page.parts = rowsInParts(images, savedEdits);
    return page;
}

void ServerSource::handlePage(const QVector<StoredImage> &images)
{
    if (!m_loading)
        return;
    m_arrived.append(images);
    prepareNextPage();
}

void ServerSource::prepareNextPage()
{
    if (m_onWorker || m_arrived.isEmpty())
        return;
    const QVector<StoredImage> page = m_arrived.takeFirst();
    // A page of a load dropped meanwhile is not stored (its load id is no longer the base's).
    runOnWorker(QtConcurrent::run(
        &ServerSource::prepare, m_workspace->fileName(), m_loadId, m_stored, page, m_savedEdits, m_editedBases));
    m_stored += int(page.size());
}

ServerSource::PreparedPage ServerSource::prepare(const QString &workspaceFile, const QString &loadId, int position,
    QVector<StoredImage> images, const QHash<QString, QList<CellEdit>> &savedEdits,
    const QHash<QString, StoredImage> &editedBases)
{
    PreparedPage page;
    page.images = int(images.size());
    // An edited image keeps the base its edits were made against; the send's check then sees
    // what another editor changed since as theirs, not as the base.
    if (!editedBases.isEmpty()) {
        for (StoredImage &image : images) {
            const auto kept = editedBases.constFind(image.record.id());
            if (kept != editedBases.cend() && savedEdits.contains(image.record.id()))
                image = *kept;
        }
    }
    if (Workspace::appendServerBase(workspaceFile, loadId, position, images, &page.error))
        page.parts = rowsInParts(images, savedEdits);
    return page;
}

QList<QList<RecordRow>> ServerSource::rowsInParts(
    const QList<StoredImage> &images, const QHash<QString, QList<CellEdit>> &savedEdits)
{
    QList<QList<RecordRow>> parts;
    for (qsizetype first = 0; first < images.size(); first += s_appendPart) {
        QList<RecordRow> part;
        const qsizetype end = qMin(first + s_appendPart, images.size());
        part.reserve(end - first);
        for (qsizetype i = first; i < end; ++i)
            part.append(rowFor(images.at(i), savedEdits));
        parts.append(std::move(part));
    }
    return parts;
}

void ServerSource::runOnWorker(const QFuture<PreparedPage> &work)
{
    m_onWorker = true;
    auto *watcher = new QFutureWatcher<PreparedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // dropPending() has forgotten this work
        m_onWorker = false;
        takePrepared(watcher->result());
    });
    watcher->setFuture(work);
}

void ServerSource::takePrepared(PreparedPage prepared)
{
    if (!prepared.error.isEmpty()) {
        if (m_restored) {
            stop(tr("Saved Edits Could Not Be Read"),
                tr("What the server held when the collection was loaded could not be read back from the workspace: %1")
                    .arg(prepared.error));
            return;
        }
        stop(tr("Edits Cannot Be Kept"),
            tr("The workspace that keeps your edits could not be opened, so edits would be lost: %1")
                .arg(prepared.error));
        return;
    }
    const bool idle = m_prepared.isEmpty();
    m_prepared += std::move(prepared.parts);
    if (idle && !m_prepared.isEmpty())
        scheduleNextPart();
    if (!m_restored)
        prepareNextPage();
    else if (prepared.images == s_restorePart)
        readNextBasePart();
    else
        m_allArrived = true; // a short part is the end of the base
    completeLoadIfDone();
}

void ServerSource::scheduleNextPart()
{
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            appendNextPart();
    });
}

void ServerSource::appendNextPart()
{
    appendRows(m_prepared.takeFirst());
    if (m_restored)
        emit progressChanged(m_loaded, m_loaded, true); // the total is not counted: "so far"
    if (!m_prepared.isEmpty())
        scheduleNextPart();
    else
        completeLoadIfDone();
}

void ServerSource::completeLoadIfDone()
{
    if (!m_allArrived || m_onWorker || !m_arrived.isEmpty() || !m_prepared.isEmpty())
        return;
    if (!m_failureMessage.isEmpty()) { // the base stays incomplete: the next opening loads again
        stop(m_failureTitle, m_failureMessage);
        return;
    }
    QString error;
    if (!m_restored && !m_workspace->markServerBaseComplete(&error))
        emit problem(tr("Edits Cannot Be Kept"),
            tr("The workspace that keeps your edits could not be opened, so edits would be lost: %1").arg(error));
    finishLoading(false);
}

void ServerSource::dropPending()
{
    ++m_generation; // a page on the worker or a part on the timer is then ignored
    m_onWorker = false;
    m_arrived.clear();
    m_stored = 0;
    m_prepared.clear();
}

void ServerSource::handleFailed(const PagerError &error)
{
    if (!m_loading)
        return;
    if (error.api.kind == ApiError::Kind::Canceled) {
        finishLoading(true);
        return;
    }
    // The pages handed over before the failure are kept: they are stored and appended first.
    m_failureTitle
        = error.api.isError() ? tr("The Collection Could Not Be Loaded") : tr("The Server Sent a Bad Answer");
    m_failureMessage = error.userMessage();
    m_allArrived = true;
    completeLoadIfDone();
}

void ServerSource::appendRows(const QList<RecordRow> &rows)
{
    m_loaded += int(rows.size());
    m_model->appendRows(rows);
}

RecordRow ServerSource::rowFor(const StoredImage &image, const QHash<QString, QList<CellEdit>> &savedEdits)
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
    for (const CellEdit &edit : savedEdits.value(row.relativePath)) {
        row.metadata.record.setValue(edit.field, *edit.value);
        row.editedFields.insert(int(edit.field));
    }
    return row;
}

void ServerSource::stop(const QString &title, const QString &message)
{
    dropPending(); // not in the base either: the next opening loads them again
    const bool wasLoading = m_loading;
    m_loading = false; // before anything is emitted: no page of this load is taken any more
    m_pager.cancel(); // its Canceled finds the load over
    emit problem(title, message);
    if (wasLoading)
        emit finished(false);
}

void ServerSource::cancel()
{
    if (!m_loading)
        return;
    if (m_pager.isRunning()) {
        m_pager.cancel(); // reports Canceled, which ends the load
        return;
    }
    finishLoading(true); // drops a restore under way
}

void ServerSource::finishLoading(bool cancelled)
{
    if (cancelled)
        dropPending(); // parts of a page still waiting are dropped
    m_loading = false;
    emit finished(cancelled);
}

} // namespace Wesog
