// SPDX-License-Identifier: GPL-3.0-or-later
// The table with many records, on the GUI thread as the app runs it, and the first rows of a
// folder in a shown table. Prints `metric<TAB>value<TAB>unit<TAB>target`.
// Usage: model_bench model PHOTOS_DIR ROWS        loading, sorting, searching, editing, scrolling
//        model_bench firstrows PHOTOS_DIR FILES   a FILES-file folder until rows are painted
// (QT_QPA_PLATFORM=offscreen without a display). PHOTOS_DIR comes from bench/make-photos.
//
// The model's rows are made from a real scan of PHOTOS_DIR, as the app reads a folder: every
// field's provenance and the other sources' values, the loaded copy. Row i is a deep copy of
// scanned row i % N (its own strings, as a scan of its own file would allocate them, except the
// texts the scan shared between files), with its own path, id and title, so sorting by title and
// the record-id hash see distinct values.

#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include "core/library/allocatortuning.h"
#include "core/workspace/workspace.h"
#include "models/collectionsession.h"
#include "models/errorreviewmodel.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"

using namespace Wesog;

namespace {

double statusMb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void report(const QString &metric, double value, const char *unit, const char *target)
{
    std::printf("%s\t%.1f\t%s\t%s\n", qPrintable(metric), value, unit, target);
    std::fflush(stdout);
}

template <typename Work> double millis(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

/// The table's rows after the session has read `folder`.
QList<RecordRow> scanFolder(const QString &folder)
{
    QTemporaryDir home;
    QNetworkAccessManager network;
    CollectionSession session(nullptr, &network, home.filePath(QStringLiteral("ws")));
    QEventLoop loop;
    QObject::connect(&session, &CollectionSession::loaded, &loop, &QEventLoop::quit);
    if (!session.openFolder(folder, false))
        return {};
    loop.exec();
    QList<RecordRow> rows;
    for (int i = 0; i < session.model()->rowCount(); ++i)
        rows << session.model()->row(i);
    return rows;
}

QString fresh(const QString &text)
{
    return text.isNull() ? QString() : QString(text.constData(), text.size());
}

/// The texts the scan gave to more than one file: the reader keeps repeating values (keywords,
/// places, names, dates) once, and a copy of a row shares them as the scan of its own file would.
using SharedTexts = QSet<const void *>;

SharedTexts sharedAcrossRows(const QList<RecordRow> &rows)
{
    QHash<const void *, int> rowsUsing;
    for (const RecordRow &row : rows) {
        QSet<const void *> used;
        for (const FieldInfo &info : FieldRegistry::all()) {
            const FieldValue &value = row.record().value(info.field);
            if (const auto *single = std::get_if<QString>(&value))
                used.insert(single->constData());
            else if (const auto *list = std::get_if<QStringList>(&value))
                for (const QString &item : *list)
                    used.insert(item.constData());
        }
        for (const void *data : std::as_const(used))
            ++rowsUsing[data];
    }
    SharedTexts shared;
    for (auto it = rowsUsing.cbegin(); it != rowsUsing.cend(); ++it) {
        if (it.value() > 1)
            shared.insert(it.key());
    }
    return shared;
}

/// A copy of `text`: the same string when the scan shared it between files, else its own
/// string, whose bytes are added to `bytes`.
QString copyText(const QString &text, const SharedTexts &shared, qint64 *bytes)
{
    if (shared.contains(text.constData()))
        return text;
    *bytes += text.size() * 2;
    return fresh(text);
}

FieldValue copyValue(const FieldValue &value, const SharedTexts &shared, qint64 *bytes)
{
    if (const auto *single = std::get_if<QString>(&value))
        return copyText(*single, shared, bytes);
    if (const auto *list = std::get_if<QStringList>(&value)) {
        QStringList items;
        items.reserve(list->size());
        for (const QString &item : *list)
            items << copyText(item, shared, bytes);
        return items;
    }
    return value;
}

/// Row `i`: a deep copy of `scanned` with its own path, id and title. `text` counts the
/// metadata text (the record's values and the other sources' values; paths are overhead).
RecordRow copyOf(const RecordRow &scanned, int i, const SharedTexts &shared, qint64 *text)
{
    RecordRow row = scanned;
    row.relativePath = QStringLiteral("%1/%2").arg(i / 1000, 4, 10, QLatin1Char('0')).arg(scanned.relativePath);
    row.absolutePath = QStringLiteral("/photos/") + row.relativePath;
    ImageRecord record;
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (scanned.record().has(info.field))
            record.setValue(info.field, copyValue(scanned.record().value(info.field), shared, text));
    }
    record.setId(QStringLiteral("IMG_%1").arg(i, 7, 10, QLatin1Char('0')));
    record.setSrc(QStringLiteral("{sandbox}/files/") + row.relativePath);
    if (record.has(Field::Title))
        record.setValue(Field::Title, *record.text(Field::Title) + QStringLiteral(" · %1").arg(i / 1000));
    record.squeeze();
    row.metadata.record = record;
    row.loaded = record;
    // A copy of the scanned sources, as the scan left them: an other source's value the scan
    // shared with the record's text shares the copy's text (the file said the same twice).
    FieldSources sources;
    for (const FieldInfo &info : FieldRegistry::all()) {
        FieldSource source = scanned.metadata.sources[size_t(info.field)];
        const QString scannedText = displayText(scanned.record().value(info.field));
        const QString recordText = displayText(record.value(info.field));
        for (SourceValue &other : source.others)
            other.text = other.text.isSharedWith(scannedText) ? recordText : copyText(other.text, shared, text);
        sources.set(size_t(info.field), source);
    }
    sources.squeeze();
    row.metadata.sources = sources;
    return row;
}

/// Longest time, over `steps` scroll positions, from moving the scroll bar to the repainted
/// table: what the GUI thread does while the user drags through the records.
double worstScrollStep(QTableView &view, int steps)
{
    QScrollBar *bar = view.verticalScrollBar();
    double worst = 0;
    for (int step = 0; step < steps; ++step) {
        // Page steps from the top, then jumps across the whole range, as a drag of the bar.
        const int value
            = step < steps / 2 ? step * bar->pageStep() : int(qint64(bar->maximum()) * ((step * 7919) % steps) / steps);
        worst = std::max(worst, millis([&] {
            bar->setValue(value);
            view.viewport()->repaint();
            QCoreApplication::processEvents();
        }));
    }
    return worst;
}

int model(const QString &photos, int count)
{
    const QList<RecordRow> scanned = scanFolder(photos);
    if (scanned.isEmpty()) {
        std::fprintf(stderr, "model_bench: no rows read from %s\n", qPrintable(photos));
        return 1;
    }
    const SharedTexts shared = sharedAcrossRows(scanned);
    QTemporaryDir home;
    QNetworkAccessManager network;
    CollectionSession session(nullptr, &network, home.filePath(QStringLiteral("ws")));
    Workspace &workspace = *session.workspace();
    QString error;
    if (!workspace.open(home.path(), home.filePath(QStringLiteral("ws")), &error)) {
        std::fprintf(stderr, "model_bench: %s\n", qPrintable(error));
        return 1;
    }
    RecordTableModel &model = *session.model();
    QElapsedTimer handlerClock;
    handlerClock.start();
    qint64 handlersStart = 0;
    qint64 handlersEnd = -1;
    QObject::connect(
        &model, &QAbstractItemModel::dataChanged, &model, [&] { handlersStart = handlerClock.nsecsElapsed(); });
    RecordFilterModel filter(&model);
    ErrorReviewModel review(&model);
    QTableView view;
    view.setModel(&filter);
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();
    const QString n = QLocale(QLocale::English).toString(count);

    const double rssBefore = statusMb("VmRSS:");
    qint64 text = 0;
    QList<RecordRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i)
        rows.append(copyOf(scanned.at(i % scanned.size()), i, shared, &text));
    const double load = millis([&] {
        model.setRows(std::move(rows));
        QCoreApplication::processEvents(); // the view and the proxy take the reset
    });
    rows = {};
    const double perRecordKb = ((statusMb("VmRSS:") - rssBefore) * 1024 * 1024 - double(text)) / count / 1024.0;
    report(QStringLiteral("model: load %1 scanned records into the shown table").arg(n), load, "ms", "< 5000 ms");

    const int titleColumn = RecordTableModel::columnForField(Field::Title);
    const double sortTitle = millis([&] { filter.sort(titleColumn, Qt::DescendingOrder); });
    const double sortDate = millis([&] { filter.sort(RecordTableModel::columnForField(Field::Date)); });
    report(QStringLiteral("model: sort %1 records by title / by date (locale collation), worst").arg(n),
        std::max(sortTitle, sortDate), "ms", "< 2000 ms");

    double search = 0;
    for (const char *typed : { "h", "ha", "har", "harb" })
        search = std::max(search, millis([&] { filter.setSearchText(QString::fromLatin1(typed)); }));
    filter.setSearchText(QString());
    // The worst case: nothing matches, so every field of every row is read.
    const double nothing = millis([&] { filter.setSearchText(QStringLiteral("zqxjv")); });
    filter.setSearchText(QString());
    report(QStringLiteral("model: quick-search keystroke over %1 records, worst of h/ha/har/harb").arg(n), search, "ms",
        "< 300 ms");
    report(QStringLiteral("model: quick search over %1 records for a term that matches nothing").arg(n), nothing, "ms",
        "< 300 ms");

    // 10,000 selected rows spread over the table (all of them in a smaller one).
    const int editedRows = std::min(10000, count);
    QList<int> selected;
    for (int i = 0; i < editedRows; ++i)
        selected << int(qint64(i) * count / editedRows);
    const double bulk
        = millis([&] { model.editCells(selected, Field::City, QStringLiteral("Évora"), QStringLiteral("city")); });
    report(QStringLiteral("model: bulk edit of %1 of %2 rows with undo step and workspace commit")
               .arg(QLocale(QLocale::English).toString(editedRows), n),
        bulk, "ms", "< 150 ms");

    report(
        QStringLiteral("model: longest GUI-thread step scrolling the shown table through %1 rows (100 steps)").arg(n),
        worstScrollStep(view, 100), "ms", "< 50 ms");

    QElapsedTimer timer;
    timer.start();
    qint64 calls = 0;
    const int headline = RecordTableModel::columnForField(Field::Headline);
    for (int i = 0; i < 200000; ++i, ++calls)
        model.data(model.index(int(qint64(i) * 4999 % count), headline));
    report(QStringLiteral("model: data() of a plain text cell"), timer.nsecsElapsed() / 1e3 / double(calls), "µs",
        "no parsing");
    report(QStringLiteral("model: memory per scanned record beyond its metadata text (paths count as overhead)"),
        perRecordKb, "KB", "< 3 KB");
    report(QStringLiteral("model: peak resident memory with %1 records shown").arg(n), statusMb("VmHWM:"), "MB",
        "< 3072 MB");

    // A thumbnail arriving: the model stores it, and its coalesced dataChanged goes through
    // everything the app connects at model level (sort/filter proxy, error review, counts),
    // between the first handler (connected before them) and this last one.
    review.refreshNow();
    QObject::connect(
        &model, &QAbstractItemModel::dataChanged, &view, [&] { handlersEnd = handlerClock.nsecsElapsed(); });
    const QImage thumbnail = QImage(160, 120, QImage::Format_RGB32);
    const QPixmap decoration = QPixmap::fromImage(thumbnail.scaled(52, 40, Qt::KeepAspectRatio));
    double worstArrival = 0;
    for (int i = 0; i < 200; ++i) {
        const QString path = model.row(int(qint64(i) * 4999 % count)).absolutePath;
        const qint64 before = handlerClock.nsecsElapsed();
        model.setThumbnail(path, thumbnail, decoration);
        const qint64 stored = handlerClock.nsecsElapsed() - before;
        handlersEnd = -1;
        while (handlersEnd < 0) // the model flushes its burst 30 ms later
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        worstArrival = std::max(worstArrival, (stored + handlersEnd - handlersStart) / 1e6);
    }
    report(QStringLiteral("model: GUI time of one thumbnail arriving in %1 rows (worst of 200)").arg(n), worstArrival,
        "ms", "< 1 ms");
    return 0;
}

/// A table view that notes when it first painted rows.
class TimedView final : public QTableView
{
public:
    QElapsedTimer clock;
    qint64 paintedRowsNs = -1;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (paintedRowsNs < 0 && model() && model()->rowCount() > 0)
            paintedRowsNs = clock.nsecsElapsed();
    }
};

int firstRows(const QString &photos, int files)
{
    // FILES names (hard links) cycling through the distinct photos: the folder as a user opens it.
    const QStringList names = QDir(photos).entryList({ QStringLiteral("*.jpg") }, QDir::Files, QDir::Name);
    if (names.isEmpty())
        return 1;
    QTemporaryDir folder;
    for (int i = 0; i < files; ++i)
        ::link(QFile::encodeName(QDir(photos).absoluteFilePath(names.at(i % names.size()))).constData(),
            QFile::encodeName(folder.filePath(QStringLiteral("p%1.jpg").arg(i, 6, 10, QLatin1Char('0')))).constData());
    QTemporaryDir home;
    QNetworkAccessManager network;
    CollectionSession session(nullptr, &network, home.filePath(QStringLiteral("ws")));
    RecordFilterModel filter(session.model());
    TimedView view;
    view.setModel(&filter);
    view.resize(1200, 700);
    view.show();
    QCoreApplication::processEvents();
    QEventLoop loop;
    QObject::connect(&session, &CollectionSession::loaded, &loop, &QEventLoop::quit);
    view.clock.start();
    if (!session.openFolder(folder.path(), false))
        return 1;
    loop.exec();
    const double all = view.clock.nsecsElapsed() / 1e6;
    QCoreApplication::processEvents(); // a paint still pending when the last batch arrived
    const QString n = QLocale(QLocale::English).toString(files);
    report(QStringLiteral("%1-file folder: first rows painted in the shown table").arg(n), view.paintedRowsNs / 1e6,
        "ms", "< 200 ms");
    report(QStringLiteral("%1-file folder: every row in the table").arg(n), all, "ms", "-");
    return session.model()->rowCount() == files ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    tuneAllocatorForReading(); // as the apps do
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("model"))
        return model(args.at(2), std::max(1, args.at(3).toInt()));
    if (args.size() == 4 && args.at(1) == QLatin1String("firstrows"))
        return firstRows(args.at(2), std::max(1, args.at(3).toInt()));
    std::fprintf(stderr, "usage: model_bench model PHOTOS_DIR ROWS | firstrows PHOTOS_DIR FILES\n");
    return 2;
}
