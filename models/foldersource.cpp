// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/foldersource.h"

#include <utility>

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include "core/library/pathtemplate.h"
#include "core/workspace/workspace.h"
#include "models/recordtablemodel.h"

namespace Wesog {

FolderSource::FolderSource(RecordTableModel *model, Workspace *workspace, const QString &workspaceDirectory,
    const QString &folder, bool recursive, QObject *parent)
    : RecordSource(parent)
    , m_model(model)
    , m_folder(QDir(folder).absolutePath())
    , m_workspace(workspace)
    , m_workspaceDirectory(workspaceDirectory)
    , m_recursive(recursive)
{
    connect(&m_scanner, &FolderScanner::filesScanned, this, &FolderSource::handleBatch);
    connect(&m_scanner, &FolderScanner::filesScanned, this, &FolderSource::watch);
    connect(&m_scanner, &FolderScanner::progressChanged, this, &FolderSource::progressChanged);
    connect(&m_scanner, &FolderScanner::finished, this, &FolderSource::finished);
    connect(&m_scanner, &FolderScanner::finished, this, [this] {
        if (std::exchange(m_rescanAgain, false))
            rescan();
    });
    connect(&m_rescanner, &FolderScanner::filesScanned, this,
        [this](const QList<ScannedFile> &batch) { m_rescanned += batch; });
    connect(&m_rescanner, &FolderScanner::finished, this, &FolderSource::handleRescanFinished);
    m_watchDelay.setSingleShot(true);
    m_watchDelay.setInterval(700); // let a copy of many files settle before reading again
    connect(&m_watchDelay, &QTimer::timeout, this, [this] { rescan(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderSource::handleFolderChanged);
}

FolderScanner::Options FolderSource::scanOptions() const
{
    FolderScanner::Options options;
    options.recursive = m_recursive;
    options.read = m_readOptions;
    options.computeSha1 = PathTemplate::usesSha1(m_templates.id) || PathTemplate::usesSha1(m_templates.src);
    return options;
}

QString FolderSource::displayName() const
{
    return QDir(m_folder).dirName();
}

bool FolderSource::load(const QString &folder, bool recursive)
{
    m_recursive = recursive;
    m_rescanner.cancel();
    m_watchDelay.stop();
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_model->clear();
    if (!m_scanner.start(folder, scanOptions()))
        return false;
    m_folder = QDir(folder).absolutePath();
    m_watcher.addPath(m_folder);
    m_savedEdits.clear();
    QString error;
    if (m_workspace->open(m_folder, m_workspaceDirectory, &error))
        m_savedEdits = m_workspace->edits(&error);
    if (!error.isEmpty())
        emit problem(tr("Edits Cannot Be Kept"),
            tr("The workspace that keeps your edits could not be opened, so edits would be lost: %1").arg(error));
    else if (!m_workspace->recoveryNote().isEmpty())
        emit problem(tr("Saved Edits Could Not Be Read"), m_workspace->recoveryNote());
    return true;
}

void FolderSource::cancel()
{
    m_scanner.cancel();
    m_rescanner.cancel();
}

RecordRow FolderSource::rowFor(const ScannedFile &file) const
{
    RecordRow row;
    row.absolutePath = file.absolutePath;
    row.relativePath = file.relativePath;
    row.sha1 = file.sha1;
    row.size = file.size;
    row.modifiedMs = file.modifiedMs;
    if (const auto *metadata = std::get_if<ImageMetadata>(&file.result))
        row.metadata = *metadata;
    else
        row.error = std::get<ScanError>(file.result);
    // Even an unreadable file gets its id, so the row can be named and found.
    const TemplateFile templateFile { file.absolutePath, file.relativePath, file.sha1 };
    row.metadata.record.setId(PathTemplate::expand(m_templates.id, templateFile));
    row.metadata.record.setSrc(PathTemplate::expand(m_templates.src, templateFile));
    row.metadata.sources.setProvenance(size_t(Field::Id), Provenance::Template);
    row.metadata.sources.setProvenance(size_t(Field::Src), Provenance::Template);
    row.metadata.record.squeeze(); // held for the whole session, by 100,000 rows
    row.metadata.sources.squeeze();
    row.loaded = row.metadata.record;
    // Saved edits win over what the file says: they are the user's work.
    for (const CellEdit &edit : m_savedEdits.value(file.relativePath)) {
        row.metadata.record.setValue(edit.field, *edit.value);
        row.editedFields.insert(int(edit.field));
    }
    return row;
}

void FolderSource::handleBatch(const QList<ScannedFile> &batch)
{
    QList<RecordRow> rows;
    rows.reserve(batch.size());
    for (const ScannedFile &file : batch)
        rows.append(rowFor(file));
    m_model->appendRows(rows);
}

void FolderSource::watch(const QList<ScannedFile> &files)
{
    QSet<QString> folders;
    for (const ScannedFile &file : files)
        folders.insert(QFileInfo(file.absolutePath).path());
    const QStringList watched = m_watcher.directories();
    for (const QString &folder : folders) {
        if (!watched.contains(folder))
            m_watcher.addPath(folder);
    }
}

void FolderSource::handleFolderChanged()
{
    if (!QFileInfo(m_folder).isDir()) {
        m_watchDelay.stop();
        emit folderLost(m_folder);
        return;
    }
    m_watchDelay.start(); // restarts on every change: one rescan per burst
}

bool FolderSource::rescan()
{
    if (m_folder.isEmpty())
        return false;
    if (m_scanner.isRunning() || m_rescanner.isRunning()) {
        m_rescanAgain = true; // changes may have come after that read began
        return true;
    }
    m_rescanned.clear();
    if (!m_rescanner.start(m_folder, scanOptions())) {
        emit folderLost(m_folder);
        return false;
    }
    return true;
}

void FolderSource::handleRescanFinished(bool cancelled)
{
    const QList<ScannedFile> files = std::move(m_rescanned);
    m_rescanned.clear();
    if (cancelled)
        return;
    if (m_scanner.isRunning())
        return; // a new load replaced the rows meanwhile
    QSet<QString> present;
    QList<RecordRow> added;
    int changed = 0;
    for (const ScannedFile &file : files) {
        present.insert(file.absolutePath);
        const int row = m_model->rowOfPath(file.absolutePath);
        if (row < 0) {
            added.append(rowFor(file));
            continue;
        }
        const RecordRow &current = m_model->row(row);
        const bool differs = current.size != file.size || current.modifiedMs != file.modifiedMs
            || current.error.has_value() != std::holds_alternative<ScanError>(file.result);
        if (!differs)
            continue;
        ++changed;
        if (!current.editedFields.isEmpty()) {
            // Neither side is overwritten: the edits stay, the row is flagged for review.
            RecordRow conflict = current;
            conflict.changedOnDisk = true;
            conflict.size = file.size;
            conflict.modifiedMs = file.modifiedMs;
            m_model->replaceRow(row, conflict);
            continue;
        }
        m_model->replaceRow(row, rowFor(file));
    }
    int missing = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RecordRow &current = m_model->row(row);
        if (present.contains(current.absolutePath)
            || (current.error && current.error->code == QLatin1String("file-missing")))
            continue;
        // The row stays, with its values, so nothing read or typed is lost.
        RecordRow gone = current;
        gone.error = ScanError { QStringLiteral("file-missing"), QStringLiteral("the file was removed or renamed") };
        m_model->replaceRow(row, gone);
        ++missing;
    }
    m_model->appendRows(added);
    watch(files);
    emit rescanned(int(added.size()), missing, changed);
    if (std::exchange(m_rescanAgain, false))
        rescan();
}

bool FolderSource::rereadsFor(const RecordTemplates &templates) const
{
    const bool needsSha1 = PathTemplate::usesSha1(templates.id) || PathTemplate::usesSha1(templates.src);
    return needsSha1 && m_model->rowCount() > 0 && m_model->row(0).sha1.isEmpty() && !m_folder.isEmpty();
}

void FolderSource::setTemplates(const RecordTemplates &templates)
{
    const bool rereads = rereadsFor(templates);
    m_templates = templates;
    if (rereads) {
        load(m_folder, m_recursive); // the hashes are made on the scan's workers
        return;
    }
    QList<QPair<QString, QString>> values;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RecordRow &current = m_model->row(row);
        const TemplateFile file { current.absolutePath, current.relativePath, current.sha1 };
        values.append({ PathTemplate::expand(templates.id, file), PathTemplate::expand(templates.src, file) });
    }
    m_model->setIdsAndSources(values);
}

} // namespace Wesog
