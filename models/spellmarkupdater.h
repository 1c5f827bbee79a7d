// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QChar>
#include <QList>
#include <QObject>

class QThreadPool;

namespace Wesog {

class RecordTableModel;
class SpellChecker;

/// Feeds the model's spell marks (RecordTableModel::SpellMarkRole, the Misspelled state) the
/// way ThumbnailUpdater feeds thumbnails: rows are checked on worker threads in small batches,
/// the visible rows and the rows just edited first, then the rest in order; a row is checked
/// again when one of its values changes. A result whose row changed while it was checked is
/// dropped (the row is already queued again), so a mark never describes older text. The GUI
/// thread only copies a batch's texts (implicitly shared) and stores its marks.
/// Thread: GUI. Lifetime: owned by the list widget (or a test); waits for its workers when
/// destroyed; does not own the model, which outlives it.
class SpellMarkUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellMarkUpdater)

public:
    explicit SpellMarkUpdater(RecordTableModel *model, QObject *parent = nullptr);
    ~SpellMarkUpdater() override;

    /// The metadata language's checker; every row is checked again. Null clears every mark.
    void setSpellChecker(std::shared_ptr<const SpellChecker> checker);
    /// The code replacements' delimiter: the words inside a code (`=zz=`) are never marked, as
    /// `wesogctl check` skips them (the unknown code is a row warning already). Default `=`.
    void setCodeDelimiter(QChar delimiter);
    /// Checks every row again (a word was added to the dictionary or ignored).
    void recheckAll();
    /// The source rows on screen now; those not checked yet go first.
    void setVisibleRows(const QList<int> &sourceRows);
    /// How many worker threads check rows (by default one per core). With one, batches are
    /// checked in the order they are queued.
    void setThreadCount(int threads);
    /// True when every row's marks describe its current text.
    bool isIdle() const { return m_inFlight == 0 && !hasWork(); }

signals:
    /// Every row has been checked (after a burst of work; tests and the benchmark wait for it).
    void idle();

private:
    struct Batch;
    void markRows(int first, int last, bool urgent);
    bool hasWork() const;
    int takeRow();
    void dispatch();
    void deliver(const std::shared_ptr<Batch> &batch);

    RecordTableModel *m_model;
    std::shared_ptr<const SpellChecker> m_checker;
    QChar m_delimiter = QLatin1Char('='); ///< CodeReplacements::defaultDelimiter()
    QThreadPool *m_pool;
    std::vector<bool> m_needsCheck; ///< by source row
    QList<int> m_urgent; ///< rows to check before the sweep: visible or just edited (may repeat)
    QList<int> m_visible; ///< as last reported, first again when every row is checked again
    int m_sweep = 0; ///< the next row the in-order sweep looks at
    int m_inFlight = 0;
    quint64 m_generation = 0; ///< bumped when rows or the checker are replaced: older results are dropped
};

} // namespace Wesog
