// SPDX-License-Identifier: GPL-3.0-or-later
// The table's sort and quick search take fast paths for a million rows (ranked collation keys
// made on every core, per-row match answers kept between keystrokes). These tests hold the
// fast paths to what they replace: QCollator's own order, and a plain case-insensitive
// "contains" over every field, through typing, deleting, edits and appended rows.
#include <algorithm>
#include <numeric>

#include <QCollator>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "core/workspace/workspace.h"
#include "models/collectionsession.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"

using namespace Wesog;

namespace {

/// Titles that collation orders differently from code points: accents, case, numbers in
/// text (numeric mode), other scripts, punctuation and the empty value.
const QStringList Tricky = { QStringLiteral("École"), QStringLiteral("ecole"), QStringLiteral("Ecole"),
    QStringLiteral("éclair"), QStringLiteral("IMG_2"), QStringLiteral("IMG_10"), QStringLiteral("img_1"), QString(),
    QStringLiteral("Zebra"), QStringLiteral("zèbre"), QStringLiteral("Ärger"), QStringLiteral("apple"),
    QStringLiteral("Øre"), QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("Парад"),
    QStringLiteral("парад 2"), QStringLiteral("côte"), QStringLiteral("cote"), QStringLiteral("coté"),
    QStringLiteral("côté"), QStringLiteral("a-b"), QStringLiteral("ab"), QStringLiteral("Harbour · 12"),
    QStringLiteral("harbour · 3"), QStringLiteral("Hà Nội"),
    QStringLiteral("\u212Aelvin \u017Fhore") }; // the Kelvin sign and the long s fold to k and s

RecordRow makeRow(int i, const QString &title, const QString &city)
{
    RecordRow row;
    row.relativePath = QStringLiteral("d%1/p%2.jpg").arg(i % 7).arg(i);
    row.absolutePath = QStringLiteral("/photos/") + row.relativePath;
    ImageRecord record;
    record.setId(QStringLiteral("IMG_%1").arg(i));
    if (!title.isNull())
        record.setValue(Field::Title, title);
    if (!city.isEmpty())
        record.setValue(Field::City, city);
    // Dates repeat, so ranks must tie where keys do (the sort keeps source order among ties).
    record.setValue(Field::Date, QStringLiteral("2024-0%1-1%2").arg(1 + i % 9).arg(i % 10));
    record.setValue(Field::Keywords, QStringList { QStringLiteral("kw%1").arg(i % 13), QStringLiteral("Sea") });
    row.metadata.record = record;
    row.loaded = record;
    return row;
}

QList<RecordRow> makeRows(int count)
{
    static const QStringList cities
        = { QStringLiteral("Porto"), QStringLiteral("Harbin"), QStringLiteral("Évora"), QString() };
    QList<RecordRow> rows;
    for (int i = 0; i < count; ++i)
        rows << makeRow(i, Tricky.at(i % Tricky.size()), cities.at(i % cities.size()));
    return rows;
}

/// The source rows in the proxy's order.
QList<int> shown(const RecordFilterModel &filter)
{
    QList<int> rows;
    for (int i = 0; i < filter.rowCount(); ++i)
        rows << filter.mapToSource(filter.index(i, 0)).row();
    return rows;
}

/// What the search must show: rows whose file name or any field value contains `term`.
QSet<int> expectedMatches(const RecordTableModel &model, const QString &term)
{
    QSet<int> rows;
    for (int i = 0; i < model.rowCount(); ++i) {
        const RecordRow &row = model.row(i);
        bool found = row.relativePath.contains(term, Qt::CaseInsensitive);
        for (const FieldInfo &info : FieldRegistry::all()) {
            const FieldValue &value = row.record().value(info.field);
            if (const auto *text = std::get_if<QString>(&value))
                found = found || text->contains(term, Qt::CaseInsensitive);
            if (const auto *list = std::get_if<QStringList>(&value))
                found = found || std::any_of(list->cbegin(), list->cend(), [&](const QString &item) {
                    return item.contains(term, Qt::CaseInsensitive);
                });
        }
        if (found)
            rows.insert(i);
    }
    return rows;
}

/// A session with an open workspace, as the app edits rows.
struct Table
{
    Table()
    {
        QString error;
        opened = session.workspace()->open(home.path(), home.filePath(QStringLiteral("ws")), &error);
    }

    QTemporaryDir home;
    QNetworkAccessManager network;
    CollectionSession session { nullptr, &network, home.filePath(QStringLiteral("ws")) };
    RecordTableModel &model = *session.model();
    bool opened = false;
};

/// The reference order: a stable sort of the source rows by QCollator::compare (not by keys),
/// as the proxy's sort keeps source order among equal values.
QList<int> collatorOrder(const RecordTableModel &model, int column, Qt::SortOrder order)
{
    QCollator collator { QLocale() };
    collator.setNumericMode(true);
    QStringList texts;
    for (int i = 0; i < model.rowCount(); ++i)
        texts << model.index(i, column).data(RecordTableModel::SortRole).toString();
    QList<int> rows(model.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? collator.compare(texts.at(a), texts.at(b)) < 0
                                           : collator.compare(texts.at(b), texts.at(a)) < 0;
    });
    return rows;
}

} // namespace

class tst_RecordFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); }

    void sortIsTheCollatorsOrder_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("order");
        // 300 rows: keys made on the GUI thread; 30,000: on every core, sorted in two halves.
        for (const int rows : { 300, 30000 }) {
            for (const Field field : { Field::Title, Field::Date }) {
                for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                    QTest::addRow("%d rows, %s, %s", rows, field == Field::Title ? "title" : "date",
                        order == Qt::AscendingOrder ? "ascending" : "descending")
                        << rows << int(field) << int(order);
                }
            }
        }
    }

    void sortIsTheCollatorsOrder()
    {
        QFETCH(int, rows);
        QFETCH(int, field);
        QFETCH(int, order);
        Table table;
        QVERIFY(table.opened);
        table.model.setRows(makeRows(rows));
        RecordFilterModel filter(&table.model);
        const int column = RecordTableModel::columnForField(Field(field));
        filter.sort(column, Qt::SortOrder(order));
        QCOMPARE(shown(filter), collatorOrder(table.model, column, Qt::SortOrder(order)));
    }

    void editedRowMovesToItsPlace()
    {
        Table table;
        QVERIFY(table.opened);
        table.model.setRows(makeRows(30000));
        RecordFilterModel filter(&table.model);
        const int column = RecordTableModel::columnForField(Field::Title);
        filter.sort(column);
        const int last = table.model.rowCount() - 1;
        const qsizetype place = shown(filter).indexOf(last);
        QVERIFY(table.model.editCells({ last }, Field::Title, QStringLiteral("0 at dawn"), QStringLiteral("title")));
        const QList<int> edited = shown(filter);
        QCOMPARE(edited, collatorOrder(table.model, column, Qt::AscendingOrder));
        QVERIFY(edited.indexOf(last) < place); // among the "a-b" titles before, after the empty ones now
        // A second sort after the edit ranks the changed key with the others.
        filter.sort(column, Qt::DescendingOrder);
        QCOMPARE(shown(filter), collatorOrder(table.model, column, Qt::DescendingOrder));
    }

    void searchShowsWhatContainsTheTerm()
    {
        Table table;
        QVERIFY(table.opened);
        table.model.setRows(makeRows(30000)); // enough rows for the search to run on every core
        RecordFilterModel filter(&table.model);
        filter.sort(RecordTableModel::columnForField(Field::Title));
        const auto check = [&](const QString &term) {
            filter.setSearchText(term);
            const QList<int> rows = shown(filter);
            return QSet<int>(rows.cbegin(), rows.cend()) == expectedMatches(table.model, term.trimmed());
        };
        QCOMPARE(
            expectedMatches(table.model, QStringLiteral("kelvin s")).size(), 30000 / Tricky.size()); // folding holds
        // Typing (each keystroke re-tests only the previous matches), then deleting (only the
        // others), a term in no row, one only a file name or a list item holds, and non-ASCII.
        for (const char *term :
            { "h", "ha", "har", "harb", "HARBO", "har", "h", "zqxjv", "p12.jpg", "kw12", "sea", "kelvin s", "SHORE" })
            QVERIFY2(check(QString::fromLatin1(term)), term);
        for (const QString &term : { QStringLiteral("ÉVO"), QStringLiteral("évor"), QStringLiteral("парад"),
                 QStringLiteral("Hà N"), QString() })
            QVERIFY2(check(term), qPrintable(term));
    }

    void editsBetweenKeystrokesShowAndHideRows()
    {
        Table table;
        QVERIFY(table.opened);
        table.model.setRows(makeRows(30000));
        RecordFilterModel filter(&table.model);
        filter.setSearchText(QStringLiteral("har"));
        const QList<int> before = shown(filter);
        QVERIFY(!before.isEmpty());
        // A matching row loses the term; one without it gains it ("Parade" has no "har").
        const int losing = before.first();
        int gaining = -1;
        for (int i = 0; i < table.model.rowCount() && gaining < 0; ++i) {
            if (!before.contains(i))
                gaining = i;
        }
        QVERIFY(
            table.model.editCells({ losing }, Field::Title, QStringLiteral("Quay at dawn"), QStringLiteral("title")));
        QVERIFY(table.model.editCells({ losing }, Field::City, QString(), QStringLiteral("city")));
        QVERIFY(table.model.editCells(
            { gaining }, Field::Headline, QStringLiteral("The HARBOUR wall"), QStringLiteral("headline")));
        QList<int> now = shown(filter);
        QVERIFY(!now.contains(losing));
        QVERIFY(now.contains(gaining));
        // Typed further and deleted again: the edited rows keep their new answers.
        for (const char *term : { "harb", "harbour w", "har", "ha", "harbour" }) {
            filter.setSearchText(QString::fromLatin1(term));
            now = shown(filter);
            QCOMPARE(QSet<int>(now.cbegin(), now.cend()), expectedMatches(table.model, QString::fromLatin1(term)));
        }
        QVERIFY(now.contains(gaining));
        // Undo puts the values back; the proxy shows the rows as their values say.
        table.session.undoStack()->undo();
        table.session.undoStack()->undo();
        table.session.undoStack()->undo();
        filter.setSearchText(QStringLiteral("harb"));
        now = shown(filter);
        QCOMPARE(QSet<int>(now.cbegin(), now.cend()), expectedMatches(table.model, QStringLiteral("harb")));
        QVERIFY(!now.contains(gaining));
    }

    void stateAndAppendedRowsWithASearch()
    {
        Table table;
        QVERIFY(table.opened);
        table.model.setRows(makeRows(30000));
        RecordFilterModel filter(&table.model);
        filter.setSearchText(QStringLiteral("porto"));
        QVERIFY(table.model.editCells({ 4, 5 }, Field::Headline, QStringLiteral("x"), QStringLiteral("headline")));
        filter.setState(RecordFilterModel::State::Edited);
        QCOMPARE(shown(filter), QList<int> { 4 }); // row 4 is in Porto, row 5 in Harbin
        filter.setState(RecordFilterModel::State::All);
        // A scan's next batch: the new rows are tested for the current term.
        QList<RecordRow> batch;
        batch << makeRow(30000, QStringLiteral("Porto harbour"), QString())
              << makeRow(30001, QStringLiteral("Lisbon"), QString());
        table.model.appendRows(batch);
        const QList<int> rows = shown(filter);
        QVERIFY(rows.contains(30000));
        QVERIFY(!rows.contains(30001));
        QCOMPARE(QSet<int>(rows.cbegin(), rows.cend()), expectedMatches(table.model, QStringLiteral("porto")));
        filter.setSearchText(QStringLiteral("porto h")); // typed on: only the matches are re-tested
        QCOMPARE(shown(filter), QList<int> { 30000 });
    }
};

QTEST_MAIN(tst_RecordFilter)
#include "tst_recordfilter.moc"
