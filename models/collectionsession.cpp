// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/collectionsession.h"

#include <utility>

#include "core/workspace/workspace.h"
#include "models/recordsource.h"
#include "models/serversource.h"

namespace Wesog {

CollectionSession::CollectionSession(
    LanguageManager *languages, QNetworkAccessManager *network, const QString &workspaceDirectory, QObject *parent)
    : QObject(parent)
    , m_workspaceDirectory(workspaceDirectory)
    , m_network(network)
    , m_workspace(std::make_unique<Workspace>())
    , m_model(languages, m_workspace.get(), &m_undo)
    , m_submissions(&m_model, m_workspace.get(), network, languages)
    , m_writer(&m_model, m_workspace.get())
{
}

CollectionSession::~CollectionSession()
{
    // The source reads into the model on worker threads: stop it before the model goes.
    if (m_source)
        m_source->disconnect(this);
    m_source.reset();
}

bool CollectionSession::open(std::unique_ptr<RecordSource> source)
{
    close();
    RecordSource *raw = source.get();
    connect(raw, &RecordSource::progressChanged, this, &CollectionSession::progressChanged);
    connect(raw, &RecordSource::finished, this, &CollectionSession::handleLoaded);
    connect(raw, &RecordSource::problem, this, &CollectionSession::problem);
    m_source = std::move(source);
    if (!raw->start()) {
        m_source.reset();
        return false;
    }
    emit loadingStarted();
    return true;
}

bool CollectionSession::openFolder(const QString &folder, bool recursive)
{
    auto source = std::make_unique<FolderSource>(&m_model, m_workspace.get(), m_workspaceDirectory, folder, recursive);
    source->setTemplates(m_templates);
    source->setReadOptions(m_readOptions);
    return open(std::move(source));
}

bool CollectionSession::openServer(const ApiEndpoint &endpoint, const QString &query)
{
    return open(
        std::make_unique<ServerSource>(&m_model, m_workspace.get(), m_workspaceDirectory, m_network, endpoint, query));
}

void CollectionSession::close()
{
    if (!m_source)
        return;
    m_source->disconnect(this); // a scan cancelled by the reset is not a load that finished
    m_writer.reset(); // its rows and its Undo Write belong to what is closing
    m_submissions.collectionClosed(); // while its rows are still in the model
    m_source.reset();
    m_model.clear();
    emit closed();
}

void CollectionSession::cancelLoading()
{
    if (m_source)
        m_source->cancel();
}

bool CollectionSession::isLoading() const
{
    return m_source && m_source->isLoading();
}

void CollectionSession::setConnection(const ApiEndpoint &endpoint, const QString &server, const QString &sandboxBaseUrl)
{
    m_submissions.setConnection(endpoint, server, sandboxBaseUrl);
}

void CollectionSession::setTemplates(const RecordTemplates &templates)
{
    m_templates = templates;
    if (FolderSource *folder = folderSource()) {
        // Reading the folder again empties the rows first: a write under way stops there, and
        // the files it finished reach their rows (an Undo Write's corrections become edits).
        if (folder->rereadsFor(templates))
            m_writer.reset();
        folder->setTemplates(templates);
    }
}

void CollectionSession::setReadOptions(const ReadOptions &options)
{
    m_readOptions = options;
    m_writer.setReadOptions(options);
    if (FolderSource *folder = folderSource())
        folder->setReadOptions(options);
}

FolderSource *CollectionSession::folderSource() const
{
    return qobject_cast<FolderSource *>(m_source.get());
}

ServerSource *CollectionSession::serverSource() const
{
    return qobject_cast<ServerSource *>(m_source.get());
}

QString CollectionSession::location() const
{
    return m_source ? m_source->location() : QString();
}

void CollectionSession::handleLoaded(bool cancelled)
{
    // The rows are in: the submission side follows what this workspace left running.
    m_submissions.workspaceReady();
    emit loaded(cancelled);
}

} // namespace Wesog
