// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/spellmarkupdater.h"

#include <algorithm>
#include <array>

#include <QThread>
#include <QThreadPool>

#include "core/caption/captionfields.h"
#include "core/caption/codeawarespelling.h"
#include "core/caption/spellchecker.h"
#include "models/recordtablemodel.h"

namespace Wesog {

namespace {
constexpr std::array<Field, 4> s_fields { Field::Title, Field::Headline, Field::Caption, Field::AltText };
/// Rows per worker task: small enough that the visible rows are not stuck behind a long
/// sweep task, large enough that handing results over is not the cost (a 40-word caption
/// takes about 0.1 ms to check).
constexpr int s_batchRows = 64;

QString textOf(const RecordRow &row, Field field)
{
    if (row.error)
        return QString();
    const FieldValue value = row.record().value(field);
    const auto *text = std::get_if<QString>(&value);
    return text ? *text : QString();
}
} // namespace

struct SpellMarkUpdater::Batch
{
    quint64 generation = 0;
    std::shared_ptr<const SpellChecker> checker;
    QChar delimiter;
    QList<int> rows;
    QList<std::array<QString, 4>> texts; ///< per row, in s_fields order, as they were checked
    QList<quint32> marks; ///< filled by the worker
};

SpellMarkUpdater::SpellMarkUpdater(RecordTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_pool(new QThreadPool(this))
{
    // Its own pool, so checking 100,000 captions never delays thumbnails or scans in the global one.
    m_pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        ++m_generation;
        m_needsCheck.assign(size_t(m_model->rowCount()), m_checker != nullptr);
        m_urgent.clear();
        m_visible.clear(); // rows of the old collection; the view reports the new ones
        m_sweep = 0;
        dispatch();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        m_needsCheck.resize(size_t(m_model->rowCount()), false);
        markRows(first, last, false);
        m_sweep = std::min(m_sweep, first);
        dispatch();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            if (RecordTableModel::changesNoValue(roles))
                return; // our own marks, or thumbnails
            // Only the checked fields matter (a submission's progress changes the State column).
            if (bottomRight.column() < RecordTableModel::columnForField(Field::Title)
                || topLeft.column() > RecordTableModel::columnForField(Field::AltText))
                return;
            markRows(topLeft.row(), bottomRight.row(), true); // an edit: its row goes first
            dispatch();
        });
    m_needsCheck.assign(size_t(m_model->rowCount()), false);
}

SpellMarkUpdater::~SpellMarkUpdater()
{
    m_pool->clear();
    m_pool->waitForDone(); // the tasks hold `this` for delivering; none may outlive it
}

void SpellMarkUpdater::setSpellChecker(std::shared_ptr<const SpellChecker> checker)
{
    m_checker = std::move(checker);
    if (m_checker) {
        recheckAll();
        return;
    }
    ++m_generation;
    m_needsCheck.assign(m_needsCheck.size(), false);
    m_urgent.clear();
    QList<QPair<int, quint32>> cleared; // no dictionary: nothing is known to be misspelled
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row).misspelledFields != 0)
            cleared.append({ row, 0 });
    }
    m_model->setSpellMarks(cleared);
}

void SpellMarkUpdater::setCodeDelimiter(QChar delimiter)
{
    if (delimiter == m_delimiter)
        return;
    m_delimiter = delimiter;
    if (m_checker)
        recheckAll(); // what is a code, and so skipped, has changed
}

void SpellMarkUpdater::setThreadCount(int threads)
{
    m_pool->setMaxThreadCount(std::max(1, threads));
}

void SpellMarkUpdater::recheckAll()
{
    ++m_generation;
    m_needsCheck.assign(size_t(m_model->rowCount()), m_checker != nullptr);
    m_sweep = 0;
    m_urgent = m_visible; // what is on screen is checked again first
    dispatch();
}

void SpellMarkUpdater::setVisibleRows(const QList<int> &sourceRows)
{
    m_visible.clear();
    for (int row : sourceRows) {
        if (row >= 0 && row < m_model->rowCount())
            m_visible.append(row);
    }
    m_urgent.clear(); // what scrolled away waits for the sweep again
    for (int row : std::as_const(m_visible)) {
        if (m_needsCheck[size_t(row)])
            m_urgent.append(row);
    }
    dispatch();
}

void SpellMarkUpdater::markRows(int first, int last, bool urgent)
{
    if (!m_checker)
        return;
    for (int row = std::max(0, first); row <= last && size_t(row) < m_needsCheck.size(); ++row) {
        m_needsCheck[size_t(row)] = true;
        if (urgent)
            m_urgent.append(row);
    }
    if (!urgent)
        m_sweep = std::min(m_sweep, std::max(0, first));
}

bool SpellMarkUpdater::hasWork() const
{
    if (!m_checker)
        return false;
    for (int row : m_urgent) {
        if (m_needsCheck[size_t(row)])
            return true;
    }
    return std::find(m_needsCheck.begin() + m_sweep, m_needsCheck.end(), true) != m_needsCheck.end();
}

int SpellMarkUpdater::takeRow()
{
    while (!m_urgent.isEmpty()) {
        const int row = m_urgent.takeFirst();
        if (m_needsCheck[size_t(row)])
            return row;
    }
    while (size_t(m_sweep) < m_needsCheck.size()) {
        const int row = m_sweep++;
        if (m_needsCheck[size_t(row)])
            return row;
    }
    return -1;
}

void SpellMarkUpdater::dispatch()
{
    if (!m_checker)
        return;
    while (m_inFlight < m_pool->maxThreadCount() * 2) { // one queued behind each running task
        auto batch = std::make_shared<Batch>();
        batch->generation = m_generation;
        batch->checker = m_checker;
        batch->delimiter = m_delimiter;
        for (int row = takeRow(); row >= 0; row = batch->rows.size() < s_batchRows ? takeRow() : -1) {
            m_needsCheck[size_t(row)] = false;
            const RecordRow &record = m_model->row(row);
            batch->rows.append(row);
            batch->texts.append(std::array<QString, 4> { textOf(record, s_fields[0]), textOf(record, s_fields[1]),
                textOf(record, s_fields[2]), textOf(record, s_fields[3]) });
        }
        if (batch->rows.isEmpty())
            break;
        ++m_inFlight;
        m_pool->start([this, batch] {
            batch->marks.reserve(batch->rows.size());
            for (const std::array<QString, 4> &texts : std::as_const(batch->texts)) {
                quint32 marks = 0;
                for (size_t i = 0; i < s_fields.size(); ++i) {
                    if (!texts[i].isEmpty()
                        && !misspelledOutsideCodes(*batch->checker, batch->delimiter, texts[i]).isEmpty())
                        marks |= 1U << int(s_fields[i]);
                }
                batch->marks.append(marks);
            }
            QMetaObject::invokeMethod(
                this, [this, batch] { deliver(batch); }, Qt::QueuedConnection);
        });
    }
}

void SpellMarkUpdater::deliver(const std::shared_ptr<Batch> &batch)
{
    --m_inFlight;
    if (batch->generation == m_generation) {
        QList<QPair<int, quint32>> marks;
        marks.reserve(batch->rows.size());
        for (qsizetype i = 0; i < batch->rows.size(); ++i) {
            const int row = batch->rows.at(i);
            if (row >= m_model->rowCount())
                continue;
            const RecordRow &record = m_model->row(row);
            bool same = true; // edited while checked: the newer text is queued already
            for (size_t f = 0; f < s_fields.size() && same; ++f)
                same = textOf(record, s_fields[f]) == batch->texts.at(i)[f];
            if (same)
                marks.append({ row, batch->marks.at(i) });
        }
        m_model->setSpellMarks(marks);
    }
    dispatch();
    if (isIdle())
        emit idle();
}

} // namespace Wesog
