// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QCache>
#include <QPixmap>
#include <QHash>
#include <QList>

#include "library/imagemetadata.h"

namespace Wesog {

class LanguageManager;
class ThumbnailService;

/// One image of the open folder: where it is, what was read, and what went wrong.
struct RecordRow
{
    QString absolutePath;
    QString relativePath;
    ImageMetadata metadata;           ///< record with id and src from the templates
    std::optional<ScanError> error;   ///< set when the file could not be read
    QString sha1;                     ///< for {sha1} templates, when they are used
    qint64 size = -1;                 ///< the file as it was read, to notice changes on disk
    qint64 modifiedMs = -1;

    const ImageRecord &record() const { return metadata.record; }
};

/// One row per image; a File column, a State column, then one column per field of the field
/// registry. Keeps a record-id → row hash for mapping server answers to rows. Thumbnails
/// arrive asynchronously; their dataChanged signals are coalesced into contiguous ranges.
/// Thread: GUI only. Lifetime: owned by the composition root; holds rows by value.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Column { FileColumn, StateColumn, FirstFieldColumn };
    /// Raw value for sorting (dates as text sort correctly in ISO form, flags as bool).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// True for rows whose file could not be read.
    static constexpr int HasErrorRole = Qt::UserRole + 2;

    explicit RecordTableModel(LanguageManager *languages, QObject *parent = nullptr);

    /// Thumbnails for the File column's decoration, shown within `decorationSize`; optional.
    void setThumbnailService(ThumbnailService *thumbnails, const QSize &decorationSize = QSize(52, 40));

    static std::optional<Field> fieldForColumn(int column);
    static int columnForField(Field field) { return FirstFieldColumn + static_cast<int>(field); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row (a new folder).
    void setRows(QList<RecordRow> rows);
    /// Appends a batch with one insert, as a scan delivers it.
    void appendRows(const QList<RecordRow> &rows);
    void clear() { setRows({}); }
    /// Replaces one row in place (a file re-read after it changed on disk).
    void replaceRow(int row, RecordRow replacement);
    /// Re-applies the id and src of every row (the templates changed).
    void setIdsAndSources(const QList<QPair<QString, QString>> &idAndSrcPerRow);
    int rowOfPath(const QString &absolutePath) const { return m_rowByPath.value(absolutePath, -1); }
    const RecordRow &row(int row) const { return m_rows.at(row); }
    /// The row of a record id, or -1. Duplicate ids map to their first row.
    int rowOfId(const QString &id) const { return m_rowById.value(id, -1); }
    int errorCount() const { return m_errorCount; }

private:
    void handleLanguageChanged();
    QString displayText(const FieldValue &value) const;
    QString sourcesTooltip(const RecordRow &row, Field field) const;
    void indexRows(int first);
    void handleThumbnailReady(const QString &path);
    void flushThumbnailChanges();

    QList<RecordRow> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, int> m_rowByPath;
    QVariant decoration(const RecordRow &row) const;

    ThumbnailService *m_thumbnails = nullptr;
    QSize m_decorationSize;
    mutable QCache<QString, QPixmap> m_decorations; ///< scaled once, painted many times
    QList<int> m_changedThumbnailRows;
    int m_errorCount = 0;
};

} // namespace Wesog
