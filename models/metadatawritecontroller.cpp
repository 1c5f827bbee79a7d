// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/metadatawritecontroller.h"

#include <sys/stat.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include "core/library/metadatareader.h"
#include "core/workspace/workspace.h"
#include "models/recordtablemodel.h"

namespace Wesog {

namespace {
const auto s_targetKey = QStringLiteral("writing/target");
const auto s_sidecarKey = QStringLiteral("writing/newSidecar");
const auto s_keepTimeKey = QStringLiteral("writing/keepModificationTime");
const auto s_backupKey = QStringLiteral("writing/backup");

bool isSidecar(const QString &path)
{
    return path.endsWith(QLatin1String(".xmp"), Qt::CaseInsensitive);
}
} // namespace

WritingPreferences WritingPreferences::load()
{
    const QSettings settings;
    WritingPreferences preferences;
    // Stored as words, so a settings file stays readable and a reordered enum changes nothing.
    if (settings.value(s_targetKey).toString() == QLatin1String("sidecar"))
        preferences.target = WriteTarget::SidecarOnly;
    if (settings.value(s_sidecarKey).toString() == QLatin1String("full-name"))
        preferences.newSidecar = SidecarNaming::FullName;
    preferences.keepModificationTime = settings.value(s_keepTimeKey, false).toBool();
    preferences.backup = settings.value(s_backupKey, false).toBool();
    return preferences;
}

void WritingPreferences::save() const
{
    QSettings settings;
    settings.setValue(
        s_targetKey, target == WriteTarget::SidecarOnly ? QStringLiteral("sidecar") : QStringLiteral("auto"));
    settings.setValue(s_sidecarKey,
        newSidecar == SidecarNaming::FullName ? QStringLiteral("full-name") : QStringLiteral("base-name"));
    settings.setValue(s_keepTimeKey, keepModificationTime);
    settings.setValue(s_backupKey, backup);
}

WriteOptions WritingPreferences::writeOptions(const ReadOptions &read) const
{
    WriteOptions options;
    options.read = read;
    options.target = target;
    options.newSidecar = newSidecar;
    options.keepModificationTime = keepModificationTime;
    options.backup = backup;
    return options;
}

MetadataWriteController::MetadataWriteController(RecordTableModel *model, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_workspace(workspace)
{
    qRegisterMetaType<WriteSummary>();
}

MetadataWriteController::~MetadataWriteController()
{
    // Workers hold no pointer to this object, but a file half-way through is finished, not dropped.
    m_cancelled = true;
    m_pool.waitForDone();
}

QList<Field> MetadataWriteController::fieldsToWrite(const RecordRow &row)
{
    QList<Field> fields;
    for (int value : row.editedFields) {
        const auto field = Field(value);
        // These name the record on the server; a file has no place for them.
        if (field == Field::Id || field == Field::Src || field == Field::UrlImgWatermark
            || field == Field::UrlImgThumbnail)
            continue;
        if (row.record().value(field) != row.loaded.value(field))
            fields.append(field);
    }
    std::sort(fields.begin(), fields.end());
    return fields;
}

QList<int> MetadataWriteController::rowsToWrite(const RecordTableModel &model, const QList<int> &selected)
{
    QList<int> candidates;
    if (selected.size() >= 2) {
        candidates = selected;
    } else {
        for (int row = 0; row < model.rowCount(); ++row)
            candidates.append(row);
    }
    QList<int> rows;
    for (int row : std::as_const(candidates)) {
        if (row < 0 || row >= model.rowCount())
            continue;
        const RecordRow &current = model.row(row);
        if (!current.error && !fieldsToWrite(current).isEmpty())
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool MetadataWriteController::start(const QList<int> &rows, bool dryRun)
{
    QList<WriteRequest> requests;
    for (int row : rows) {
        if (row < 0 || row >= m_model->rowCount())
            continue;
        const RecordRow &current = m_model->row(row);
        const QList<Field> fields = fieldsToWrite(current);
        if (current.error || fields.isEmpty())
            continue;
        requests.append({ current.absolutePath, current.record(), fields, current.metadata.stamp });
    }
    return run(requests, dryRun, false);
}

bool MetadataWriteController::undoLastWrite()
{
    if (!canUndo())
        return false;
    QList<WriteRequest> requests;
    QHash<QString, ImageRecord> corrections;
    for (const WrittenRow &written : std::as_const(m_lastWrite)) {
        const int row = m_model->rowOfPath(written.path);
        if (row < 0)
            continue;
        // The file as read after the write: changed since (by another program), it is refused.
        requests.append({ written.path, written.before, written.fields, m_model->row(row).metadata.stamp });
        corrections.insert(written.path, written.after);
    }
    if (!run(requests, false, true))
        return false;
    m_undoValues = corrections;
    return true;
}

bool MetadataWriteController::run(const QList<WriteRequest> &requests, bool dryRun, bool undo)
{
    if (isRunning() || requests.isEmpty())
        return false;
    const bool couldUndo = canUndo();
    m_cancelled = false;
    m_total = int(requests.size());
    m_done = 0;
    m_summary = {};
    m_summary.dryRun = dryRun;
    m_summary.undo = undo;
    m_summary.requested = m_total;
    m_writing.clear();
    WriteOptions options = m_preferences.writeOptions(m_readOptions);
    options.dryRun = dryRun;
    if (!dryRun) {
        // What a crashed write left behind goes first: never while a write of ours is under way
        // in that folder, which is why here, before any worker starts, and not per file.
        QSet<QString> folders;
        for (const WriteRequest &request : requests)
            folders.insert(QFileInfo(request.path).path());
        for (const QString &folder : std::as_const(folders))
            MetadataWriter::removeStaleTemporaries(folder);
    }
    emit started(m_total, dryRun, undo);
    if (couldUndo)
        emit undoAvailableChanged(false);
    const int generation = ++m_generation;
    for (const WriteRequest &request : requests) {
        m_pool.start([this, request, options, generation] {
            Outcome outcome;
            outcome.path = request.path;
            outcome.request = request;
            // Checked per file: what has not started when Cancel comes stays untouched.
            if (!m_cancelled) {
                outcome.attempted = true;
                outcome.result = MetadataWriter::write(request, options);
                if (!options.dryRun && outcome.result.outcome == WriteResult::Outcome::Written) {
                    // Read again here, off the GUI thread, as a scan would: the row shows the file.
                    struct stat info = {};
                    if (::stat(QFile::encodeName(request.path).constData(), &info) == 0) {
                        outcome.size = qint64(info.st_size);
                        outcome.modifiedMs = qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000;
                    }
                    MetadataReader::Result read = MetadataReader::readFile(request.path, options.read);
                    if (auto *metadata = std::get_if<ImageMetadata>(&read))
                        outcome.reread = std::move(*metadata);
                }
            }
            QMetaObject::invokeMethod(
                this,
                [this, outcome, generation] {
                    if (generation == m_generation) // else reset() ended that run
                        handleOutcome(outcome);
                },
                Qt::QueuedConnection);
        });
    }
    return true;
}

void MetadataWriteController::handleOutcome(const Outcome &outcome)
{
    const int row = m_model->rowOfPath(outcome.path);
    const WriteResult &result = outcome.result;
    const QString relativePath = row >= 0 ? m_model->row(row).relativePath : outcome.path;
    if (!outcome.attempted) {
        ++m_summary.notAttempted;
    } else if (result.outcome == WriteResult::Outcome::Failed) {
        m_summary.failures.append({ relativePath, result.error });
        if (!m_summary.dryRun && row >= 0)
            setRowError(row, result.error);
    } else {
        if (result.outcome == WriteResult::Outcome::Written)
            ++m_summary.written;
        else
            ++m_summary.unchanged;
        m_summary.fields += int(result.changedFields.size());
        for (const QString &file : result.files)
            (isSidecar(file) ? m_summary.sidecars : m_summary.imageFiles).append(file);
        for (const WriteWarning &warning : result.warnings)
            m_summary.warnings.append({ relativePath, warning });
        if (!m_summary.dryRun && row >= 0) {
            if (m_summary.undo)
                m_undone.insert(outcome.path);
            if (result.outcome == WriteResult::Outcome::Written && !m_summary.undo) {
                QList<Field> changed;
                for (Field field : outcome.request.fields) {
                    if (result.changedFields.contains(field))
                        changed.append(field);
                }
                if (!changed.isEmpty())
                    m_writing.append({ outcome.path, changed, m_model->row(row).loaded, outcome.request.values });
            }
            if (outcome.reread) {
                const ImageRecord corrections = m_undoValues.value(outcome.path);
                applyReread(row, outcome, m_summary.undo ? outcome.request.fields : QList<Field>(), corrections);
            } else {
                setRowError(row, std::nullopt);
            }
        }
    }
    emit progressChanged(++m_done, m_total);
    if (m_done < m_total)
        return;
    m_summary.cancelled = m_cancelled;
    m_total = 0;
    m_undoValues.clear();
    if (m_summary.undo) {
        // What could not be put back (refused, cancelled) can still be undone later.
        m_lastWrite.removeIf([this](const WrittenRow &row) { return m_undone.contains(row.path); });
    } else if (!m_summary.dryRun) {
        m_lastWrite = std::exchange(m_writing, {});
    }
    m_undone.clear();
    m_writing.clear();
    for (QStringList *files : { &m_summary.imageFiles, &m_summary.sidecars }) {
        files->sort();
        files->removeDuplicates();
    }
    const WriteSummary summary = std::exchange(m_summary, {});
    emit finished(summary);
    emit undoAvailableChanged(canUndo());
}

void MetadataWriteController::applyReread(
    int row, const Outcome &outcome, const QList<Field> &restore, const ImageRecord &values)
{
    const RecordRow &current = m_model->row(row);
    RecordRow updated = current;
    updated.metadata = *outcome.reread;
    updated.error.reset();
    updated.writeError.reset();
    updated.changedOnDisk = false;
    updated.size = outcome.size;
    updated.modifiedMs = outcome.modifiedMs;
    // Id and src come from the templates, not from the file.
    ImageRecord loaded = outcome.reread->record;
    loaded.setId(current.loaded.id());
    loaded.setSrc(current.loaded.src());
    updated.metadata.sources.set(size_t(Field::Id), current.metadata.sources[size_t(Field::Id)]);
    updated.metadata.sources.set(size_t(Field::Src), current.metadata.sources[size_t(Field::Src)]);
    updated.loaded = loaded;
    updated.metadata.record = loaded;
    updated.editedFields.clear();
    QList<CellEdit> workspaceCells;
    QSet<int> candidates = current.editedFields;
    for (Field field : restore)
        candidates.insert(int(field));
    for (int value : std::as_const(candidates)) {
        const auto field = Field(value);
        const FieldValue wanted = restore.contains(field) ? values.value(field) : current.record().value(field);
        if (wanted != loaded.value(field)) {
            updated.metadata.record.setValue(field, wanted);
            updated.editedFields.insert(value);
            if (!current.isEdited(field) || current.record().value(field) != wanted)
                workspaceCells.append({ current.relativePath, field, wanted });
        } else if (current.isEdited(field)) {
            workspaceCells.append({ current.relativePath, field, std::nullopt }); // the file agrees now
        }
    }
    QString error;
    if (!workspaceCells.isEmpty() && !m_workspace->write(workspaceCells, &error)) {
        // The file is written either way; the row keeps the edits the workspace still holds.
        emit m_model->editFailed(tr("The workspace could not be updated after writing the file: %1").arg(error));
        return;
    }
    m_model->replaceRow(row, updated);
}

void MetadataWriteController::setRowError(int row, const std::optional<WriteError> &error)
{
    RecordRow updated = m_model->row(row);
    if (!error && !updated.writeError)
        return;
    updated.writeError = error;
    m_model->replaceRow(row, updated);
}

void MetadataWriteController::reset()
{
    m_cancelled = true;
    m_pool.waitForDone();
    // The files finished before the cancel came have their outcomes queued: taken now, while the
    // rows and their workspace are still here, so the rows show what the files hold and an Undo
    // Write's corrections become edits again. Anything later names rows that are going away.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    ++m_generation;
    m_total = 0;
    m_summary = {};
    m_writing.clear();
    m_undoValues.clear();
    m_undone.clear();
    const bool could = !m_lastWrite.isEmpty();
    m_lastWrite.clear();
    if (could)
        emit undoAvailableChanged(false);
}

} // namespace Wesog
