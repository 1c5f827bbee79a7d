// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export and import of the table: what a spreadsheet round trip does to the records.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/caption/codereplacements.h"
#include "core/record/csv.h"
#include "core/workspace/workspace.h"
#include "models/csvexchange.h"
#include "models/foldersource.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/testpaths.h"

using namespace Wesog;

class tst_CsvExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QTemporaryDir m_workspaces;
    Wesog::Test::SessionFixture m_session { m_workspaces.path() };
    RecordTableModel &m_model = m_session.model;
    QUndoStack &m_undo = m_session.undo;

    int row(const char *id) const { return m_model.rowOfId(QString::fromLatin1(id)); }

private slots:
    void initTestCase()
    {
        const QDir samples(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples"));
        for (const QString &name : samples.entryList({ QStringLiteral("*.jpg") }, QDir::Files))
            QVERIFY(QFile::copy(samples.filePath(name), m_folder.filePath(name)));
        QVERIFY(m_session.open(m_folder.path()));
        QCOMPARE(m_model.rowCount(), 5);
    }

    void exportsEveryFieldAndReimportsToNoChange()
    {
        const QByteArray csv = CsvExchange::exportRows(m_model);
        const QList<QStringList> table = Csv::parse(csv);
        QCOMPARE(table.size(), 6);
        QCOMPARE(table.first().first(), QStringLiteral("file"));
        QCOMPARE(table.first().at(1), QStringLiteral("id"));
        QCOMPARE(table.first().size(), 1 + FieldCount);
        const int keywords = int(table.first().indexOf(QStringLiteral("keywords")));
        const QStringList harbour = *std::find_if(table.cbegin(), table.cend(),
            [](const QStringList &line) { return line.first() == QLatin1String("harbour-dawn.jpg"); });
        QCOMPARE(harbour.at(keywords),
            m_model.row(row("harbour-dawn")).record().list(Field::Keywords)->join(QStringLiteral("; ")));

        const CsvImportPlan plan = CsvExchange::planImport(m_model, csv);
        QCOMPARE(plan.matchedRows, 5);
        QVERIFY(plan.changes.isEmpty());
        QVERIFY(plan.problems.isEmpty());
        // Only the selected rows when there is a selection.
        QCOMPARE(Csv::parse(CsvExchange::exportRows(m_model, { row("parade-moscow") })).size(), 2);
    }

    void importShowsWhatChangesAndAppliesAsOneStep()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "file,id,title,nsfw,keywords,shoe_size\r\n"
                               "harbour-dawn.jpg,harbour-dawn,New harbour title,true,boat; pier,44\r\n"
                               ",market-lisbon,\"Mercado, Lisboa\",,,\r\n"
                               "missing.jpg,nobody,x,,,\r\n"
                               "parade-moscow.jpg,parade-moscow,Новый заголовок,maybe,,\r\n";
        const CsvImportPlan plan = CsvExchange::planImport(m_model, csv);
        QCOMPARE(plan.matchedRows, 3); // by file, by id (empty file), and parade; "missing" matched nothing
        QVERIFY(plan.problems.join(QLatin1Char('\n')).contains(QStringLiteral("shoe_size")));
        QVERIFY(plan.problems.join(QLatin1Char('\n')).contains(QStringLiteral("Line 4")));
        QVERIFY(plan.problems.join(QLatin1Char('\n')).contains(QStringLiteral("maybe")));
        auto changeOf = [&](const char *id, Field field) -> const CsvImportPlan::Change * {
            for (const CsvImportPlan::Change &change : plan.changes) {
                if (change.row == row(id) && change.field == field)
                    return &change;
            }
            return nullptr;
        };
        QVERIFY(changeOf("harbour-dawn", Field::Title));
        QCOMPARE(changeOf("harbour-dawn", Field::Title)->after, FieldValue(QStringLiteral("New harbour title")));
        QCOMPARE(changeOf("harbour-dawn", Field::Nsfw)->after, FieldValue(true));
        QCOMPARE(changeOf("harbour-dawn", Field::Keywords)->after,
            FieldValue(QStringList { QStringLiteral("boat"), QStringLiteral("pier") }));
        QCOMPARE(changeOf("market-lisbon", Field::Title)->after, FieldValue(QStringLiteral("Mercado, Lisboa")));
        QVERIFY(changeOf("parade-moscow", Field::Title));
        QVERIFY(!changeOf("parade-moscow", Field::Nsfw)); // "maybe" is reported, not applied

        const int stepsBefore = m_undo.count();
        QVERIFY(CsvExchange::apply(&m_model, plan));
        QCOMPARE(m_undo.count(), stepsBefore + 1);
        QCOMPARE(m_model.row(row("harbour-dawn")).record().text(Field::Title),
            std::optional<QString>(QStringLiteral("New harbour title")));
        QCOMPARE(m_model.row(row("parade-moscow")).record().text(Field::Title),
            std::optional<QString>(QStringLiteral("Новый заголовок")));
        m_undo.undo();
        QVERIFY(m_model.row(row("harbour-dawn")).record().text(Field::Title)
            != std::optional<QString>(QStringLiteral("New harbour title")));
    }

    void importExpandsCodesInTextFieldsOnly()
    {
        CodeReplacements codes;
        QVERIFY(codes.addData("cc17\tRick Perkins\n\xD1\x80\xD0\xB8\xD0\xBE\t\xD0\xA0\xD0\xB8\xD0\xBE\n" // рио → Рио
                              "eq\tx =cc17= y\n",
            QStringLiteral("codes.txt"), nullptr));
        const QByteArray csv = "file,title,headline,keywords,status,url_img_watermark\r\n"
                               "harbour-dawn.jpg,\"=cc17=, at =\xD1\x80\xD0\xB8\xD0\xBE=!\",=eq=,=cc17=; =zz=,=cc17=,"
                               "https://cdn.example.org/=cc17=.jpg\r\n";
        const CsvImportPlan plan = CsvExchange::planImport(m_model, csv, &codes);
        QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(QLatin1Char('\n'))));
        QMap<Field, FieldValue> after;
        for (const CsvImportPlan::Change &change : plan.changes)
            after.insert(change.field, change.after);
        // What the preview shows is what will be stored: the expanded text.
        QCOMPARE(after.value(Field::Title), FieldValue(QStringLiteral("Rick Perkins, at Рио!")));
        QCOMPARE(after.value(Field::Headline), FieldValue(QStringLiteral("x =cc17= y"))); // not expanded again
        QCOMPARE(after.value(Field::Keywords),
            FieldValue(QStringList { QStringLiteral("Rick Perkins"), QStringLiteral("=zz=") }));
        QCOMPARE(after.value(Field::Status), FieldValue(QStringLiteral("=cc17=")));
        QCOMPARE(after.value(Field::UrlImgWatermark), FieldValue(QStringLiteral("https://cdn.example.org/=cc17=.jpg")));
        // Without codes the cells are taken as they are.
        const CsvImportPlan plain = CsvExchange::planImport(m_model, csv);
        QVERIFY(std::any_of(plain.changes.cbegin(), plain.changes.cend(), [](const CsvImportPlan::Change &change) {
            return change.field == Field::Title && change.after == FieldValue(QStringLiteral("=cc17=, at =рио=!"));
        }));

        // The code no file defines is a row warning once imported; the row is not invalid for it.
        // (Just after an undo, too: the import drops the step that could be redone, and is made.)
        m_model.setCodeReplacements(std::make_shared<CodeReplacements>(codes));
        QVERIFY(
            m_model.editCells({ row("harbour-dawn") }, Field::Event, QStringLiteral("Regatta"), QStringLiteral("x")));
        m_undo.undo();
        QVERIFY(m_undo.canRedo());
        QVERIFY(CsvExchange::apply(&m_model, plan));
        QVERIFY(!m_undo.canRedo());
        const RecordRow &harbour = m_model.row(row("harbour-dawn"));
        const auto unknown = std::find_if(harbour.issues.cbegin(), harbour.issues.cend(),
            [](const FieldIssue &issue) { return issue.code == IssueCode::UnknownReplacementCode; });
        QVERIFY(unknown != harbour.issues.cend());
        QCOMPARE(unknown->field, Field::Keywords);
        QCOMPARE(unknown->text, QStringLiteral("=zz="));
        QCOMPARE(unknown->severity, Severity::Warning);
        QVERIFY(!hasErrors(harbour.issues));
        m_undo.undo();
        QVERIFY(std::none_of(m_model.row(row("harbour-dawn")).issues.cbegin(),
            m_model.row(row("harbour-dawn")).issues.cend(),
            [](const FieldIssue &issue) { return issue.code == IssueCode::UnknownReplacementCode; }));
        m_model.setCodeReplacements(nullptr);
    }

    void aLineWithAnEmptyIdMatchesNoRowWithoutAnId()
    {
        // A row whose id was cleared is not "the row with the empty id": a line naming neither a
        // file nor an id is reported, never applied to it.
        const int market = row("market-lisbon");
        QVERIFY(m_model.editCells({ market }, Field::Id, QString(), QStringLiteral("id")));
        QCOMPARE(m_model.rowOfId(QString()), -1);
        const CsvImportPlan plan = CsvExchange::planImport(m_model, "file,id,title\r\n,,Stray title\r\n");
        QCOMPARE(plan.matchedRows, 0);
        QVERIFY(plan.changes.isEmpty());
        QVERIFY(plan.problems.join(QLatin1Char('\n')).contains(QStringLiteral("Line 2")));
        m_undo.undo();
        QCOMPARE(row("market-lisbon"), market);
    }

    void aFileWithoutFileOrIdColumnIsRefused()
    {
        const CsvImportPlan plan = CsvExchange::planImport(m_model, "title,caption\r\nx,y\r\n");
        QVERIFY(!plan.usable());
        QCOMPARE(plan.problems.size(), 1);
        QVERIFY(CsvExchange::planImport(m_model, QByteArray()).problems.first().contains(QStringLiteral("empty")));
    }
};

QTEST_MAIN(tst_CsvExchange)
#include "tst_csvexchange.moc"
