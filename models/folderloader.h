// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "library/folderscanner.h"

namespace Wesog {

class RecordTableModel;

/// The id and src templates of a workspace (docs/metadata-fields.md §3).
struct RecordTemplates
{
    QString id = QStringLiteral("{basename}");
    QString src = QStringLiteral("{sandbox}/files/{relpath}");
};

/// Loads a folder into the table: runs a FolderScanner, fills id and src from the templates
/// and appends each batch to the model as one insert.
/// Thread: GUI. Lifetime: owned by the composition root; does not own the model.
class FolderLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderLoader)

public:
    FolderLoader(RecordTableModel *model, QObject *parent = nullptr);

    /// Clears the model and starts reading `folder`; false if it cannot be read.
    bool load(const QString &folder, bool recursive);
    void cancel() { m_scanner.cancel(); }
    bool isLoading() const { return m_scanner.isRunning(); }
    QString folder() const { return m_folder; }

    void setTemplates(const RecordTemplates &templates) { m_templates = templates; }
    void setReadOptions(const ReadOptions &options) { m_readOptions = options; }

signals:
    void progressChanged(int done, int found, bool walking);
    void finished(bool cancelled);

private:
    void handleBatch(const QList<ScannedFile> &batch);

    RecordTableModel *m_model;
    FolderScanner m_scanner;
    RecordTemplates m_templates;
    ReadOptions m_readOptions;
    QString m_folder;
};

} // namespace Wesog
