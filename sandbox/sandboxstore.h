// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "core/record/imagerecord.h"
#include "sandbox/operation.h"
#include "sandbox/requestparser.h"

namespace Wesog::Sandbox {

struct SqlFilter;

/// A page of GET /imgs results.
struct SearchPage
{
    QList<StoredImage> images;
    qint64 count = 0;
    QString error; ///< SQLite could not run the filter (too deep, too many terms): not "no match"
};

/// The sandbox's SQLite store: images (one column per registry field, per tenant) and
/// operations. In memory unless a file is given.
/// Thread: the engine thread only (a QSQLITE connection belongs to the thread that opened it).
class SandboxStore final
{
    Q_DISABLE_COPY_MOVE(SandboxStore)

public:
    SandboxStore();
    ~SandboxStore();

    bool open(const QString &file, QString *error);

    bool begin();
    bool commit();
    void rollback();

    std::optional<StoredImage> image(const QString &tenant, const QString &id);
    bool putImage(const QString &tenant, const StoredImage &image);
    bool deleteImage(const QString &tenant, const QString &id);
    SearchPage search(const QString &tenant, const SearchRequest &request, const SqlFilter &filter);

    bool insertOperation(const Operation &operation);
    bool saveOperation(const Operation &operation); ///< everything but the items
    /// Every stored operation (items only for unfinished ones), oldest first.
    QList<Operation> loadOperations();

    QString lastError() const { return m_lastError; }

private:
    bool exec(QSqlQuery &query);
    bool createSchema();
    /// Where each image column is in a `SELECT *` row, looked up once per query: by name per
    /// row and field (QSqlRecord::indexOf compares names one by one) it was 40% of a page's cost.
    struct ImageColumns
    {
        std::array<int, FieldCount> fields {};
        int width = -1;
        int height = -1;
        int nFaces = -1;
    };
    static ImageColumns columnsOf(const QSqlRecord &record);
    StoredImage readImage(const QSqlQuery &query, const ImageColumns &columns) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    qint64 m_nextSeq = 1;
    QString m_lastError;
    std::optional<QSqlQuery> m_selectImage;
    std::optional<ImageColumns> m_selectColumns; ///< of m_selectImage, read once: its record() is costly
    std::optional<QSqlQuery> m_upsertImage;
    std::optional<QSqlQuery> m_deleteImage;
    std::optional<QSqlQuery> m_saveOperation;
};

} // namespace Wesog::Sandbox
