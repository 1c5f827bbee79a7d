// SPDX-License-Identifier: GPL-3.0-or-later
// The table with 100,000 records: loading the model, sorting, a quick-search keystroke, a bulk
// edit of 10,000 rows with its undo step and workspace commit, data() calls, and the memory
// each record costs beyond its metadata text. Rows are made in memory as a scan makes them
// (every field's provenance, the loaded copy), so only the model is measured.
// Prints `metric<TAB>value<TAB>unit<TAB>target`. Usage: model_bench (QT_QPA_PLATFORM=offscreen).

#include <algorithm>
#include <cstdio>

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QTemporaryDir>
#include <QUndoStack>

#include "core/workspace/workspace.h"
#include "models/collectionsession.h"
#include "models/errorreviewmodel.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"

using namespace Wesog;

namespace {

constexpr int s_rows = 100000;

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

qint64 textBytes(const ImageRecord &record)
{
    qint64 bytes = 0;
    for (const FieldInfo &info : FieldRegistry::all()) {
        const FieldValue &value = record.value(info.field);
        if (const auto *text = std::get_if<QString>(&value))
            bytes += text->size() * 2;
        else if (const auto *list = std::get_if<QStringList>(&value))
            for (const QString &item : *list)
                bytes += item.size() * 2;
    }
    return bytes;
}

/// A row as a scan of an agency photo makes it: a dozen fields, ten keywords, their sources.
RecordRow makeRow(int i, qint64 *text)
{
    static const QStringList cities { QStringLiteral("Lisboa"), QStringLiteral("Porto"), QStringLiteral("Madrid"),
        QStringLiteral("Moscow") };
    RecordRow row;
    row.relativePath = QStringLiteral("2026/11/agency/IMG_%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
    row.absolutePath = QStringLiteral("/photos/") + row.relativePath;
    ImageRecord &record = row.metadata.record;
    record.setId(QStringLiteral("IMG_%1").arg(i, 6, 10, QLatin1Char('0')));
    record.setSrc(QStringLiteral("{sandbox}/files/") + row.relativePath);
    record.setValue(Field::Title, QStringLiteral("Harbour at dawn %1").arg(i));
    record.setValue(Field::Headline, QStringLiteral("Fishing fleet returns"));
    record.setValue(Field::Caption,
        QStringLiteral("Boats return to the quay as the sun rises over the river; the catch is unloaded "
                       "before the market opens. Picture %1.")
            .arg(i));
    record.setValue(Field::City, cities.at(i % cities.size()));
    record.setValue(Field::Country, QStringLiteral("Portugal"));
    record.setValue(Field::Author, QStringLiteral("Ana Pérez"));
    record.setValue(Field::Provider, QStringLiteral("Acme Images"));
    record.setValue(Field::Date, QStringLiteral("2026-11-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0')));
    record.setValue(Field::Status, QStringLiteral("Active"));
    QStringList keywords;
    for (int k = 0; k < 10; ++k)
        keywords << QStringLiteral("keyword%1").arg((i + k) % 500);
    record.setValue(Field::Keywords, keywords);
    record.setValue(Field::Nsfw, false);
    for (const FieldInfo &info : FieldRegistry::all()) {
        if (record.has(info.field)) {
            FieldSource &source = row.metadata.sources[size_t(info.field)];
            source.provenance = Provenance::Xmp;
            source.key = QStringLiteral("Xmp.dc.field"); // shared: a scan interns its keys the same way
        }
    }
    record.squeeze();
    row.loaded = record;
    *text += textBytes(record); // the paths are not metadata: they count as overhead
    return row;
}

template <typename Work> double millis(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

void report(const char *metric, double value, const char *unit, const char *target)
{
    std::printf("%s\t%.1f\t%s\t%s\n", metric, value, unit, target);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
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
    // Brackets around every handler of a dataChanged (filter, error review): first and last.
    QElapsedTimer handlerClock;
    qint64 handlersStart = 0;
    qint64 handlersEnd = -1;
    QObject::connect(
        &model, &QAbstractItemModel::dataChanged, &app, [&] { handlersStart = handlerClock.nsecsElapsed(); });
    RecordFilterModel filter(&model);

    const double rssBefore = rssMb();
    qint64 text = 0;
    QList<RecordRow> rows;
    rows.reserve(s_rows);
    for (int i = 0; i < s_rows; ++i)
        rows.append(makeRow(i, &text));
    const double load = millis([&] { model.setRows(std::move(rows)); });
    rows = {};
    const double perRecordKb = ((rssMb() - rssBefore) * 1024 * 1024 - double(text)) / s_rows / 1024.0;
    report("model: load 100,000 records", load, "ms", "< 1000 ms");

    const int titleColumn = RecordTableModel::columnForField(Field::Title);
    const double sortTitle = millis([&] { filter.sort(titleColumn, Qt::DescendingOrder); });
    const double sortDate = millis([&] { filter.sort(RecordTableModel::columnForField(Field::Date)); });
    report("model: sort 100,000 records by title / by date (worst)", std::max(sortTitle, sortDate), "ms", "< 300 ms");

    double search = 0;
    for (const char *typed : { "h", "ha", "har", "harb" })
        search = std::max(search, millis([&] { filter.setSearchText(QString::fromLatin1(typed)); }));
    filter.setSearchText(QString());
    report("model: quick-search keystroke over 100,000 records (worst of 4)", search, "ms", "< 100 ms");

    QList<int> selected;
    for (int i = 0; i < 10000; ++i)
        selected << i * 10;
    const double bulk
        = millis([&] { model.editCells(selected, Field::City, QStringLiteral("Évora"), QStringLiteral("city")); });
    report("model: bulk edit of 10,000 rows with undo step and workspace commit", bulk, "ms", "< 150 ms");

    QElapsedTimer timer;
    timer.start();
    qint64 calls = 0;
    for (int i = 0; i < 200000; ++i, ++calls)
        model.data(model.index(i % s_rows, RecordTableModel::columnForField(Field::Headline)));
    report("model: data() of a plain text cell", timer.nsecsElapsed() / 1e3 / double(calls), "µs", "no parsing");

    report("model: memory per record beyond its metadata text", perRecordKb, "KB", "< 3 KB");

    // A thumbnail arriving: the model stores it, and its coalesced dataChanged goes through
    // everything the app connects at model level (sort/filter proxy, error review, counts).
    ErrorReviewModel review(&model);
    review.refreshNow();
    QObject::connect(
        &model, &QAbstractItemModel::dataChanged, &app, [&] { handlersEnd = handlerClock.nsecsElapsed(); });
    handlerClock.start();
    const QImage thumbnail = QImage(160, 120, QImage::Format_RGB32);
    const QPixmap decoration = QPixmap::fromImage(thumbnail.scaled(52, 40, Qt::KeepAspectRatio));
    QList<double> arrivals;
    for (int i = 0; i < 200; ++i) {
        const QString path = model.row((i * 499) % s_rows).absolutePath;
        const qint64 before = handlerClock.nsecsElapsed();
        model.setThumbnail(path, thumbnail, decoration);
        const qint64 stored = handlerClock.nsecsElapsed() - before;
        handlersEnd = -1;
        while (handlersEnd < 0) // the model flushes its burst 30 ms later
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        arrivals.append((stored + handlersEnd - handlersStart) / 1e6);
    }
    std::sort(arrivals.begin(), arrivals.end());
    report("model: GUI time of one thumbnail arriving in 100,000 rows (worst of 200)", arrivals.last(), "ms", "< 1 ms");
    return 0;
}
