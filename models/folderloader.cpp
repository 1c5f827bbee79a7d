// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderloader.h"

#include <QDir>

#include "library/pathtemplate.h"
#include "recordtablemodel.h"

namespace Wesog {

FolderLoader::FolderLoader(RecordTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(&m_scanner, &FolderScanner::filesScanned, this, &FolderLoader::handleBatch);
    connect(&m_scanner, &FolderScanner::progressChanged, this, &FolderLoader::progressChanged);
    connect(&m_scanner, &FolderScanner::finished, this, &FolderLoader::finished);
}

bool FolderLoader::load(const QString &folder, bool recursive)
{
    FolderScanner::Options options;
    options.recursive = recursive;
    options.read = m_readOptions;
    m_model->clear();
    if (!m_scanner.start(folder, options))
        return false;
    m_folder = QDir(folder).absolutePath();
    return true;
}

void FolderLoader::handleBatch(const QList<ScannedFile> &batch)
{
    const bool needsSha1 = PathTemplate::usesSha1(m_templates.id) || PathTemplate::usesSha1(m_templates.src);
    QList<RecordRow> rows;
    rows.reserve(batch.size());
    for (const ScannedFile &file : batch) {
        RecordRow row{file.absolutePath, file.relativePath, {}, std::nullopt};
        if (const auto *metadata = std::get_if<ImageMetadata>(&file.result))
            row.metadata = *metadata;
        else
            row.error = std::get<ScanError>(file.result);
        // Even an unreadable file gets its id, so the row can be named and found.
        const TemplateFile templateFile{file.absolutePath, file.relativePath,
                                        needsSha1 ? PathTemplate::sha1Of(file.absolutePath) : QString()};
        row.metadata.record.setId(PathTemplate::expand(m_templates.id, templateFile));
        row.metadata.record.setSrc(PathTemplate::expand(m_templates.src, templateFile));
        row.metadata.sources[size_t(Field::Id)].provenance = Provenance::Template;
        row.metadata.sources[size_t(Field::Src)].provenance = Provenance::Template;
        rows.append(std::move(row));
    }
    m_model->appendRows(rows);
}

} // namespace Wesog
