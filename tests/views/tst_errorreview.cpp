// SPDX-License-Identifier: GPL-3.0-or-later
// The error review, offscreen: a submission with failures against a sandbox process, the
// review's groups and counts, the jump to the failing field, next/previous problem, Resubmit
// Failed sending exactly the failed images, the history in the inspector, the CSV report, and
// the review emptying once everything is fixed.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/i18n/languagemanager.h"
#include "core/record/csv.h"
#include "core/workspace/workspace.h"
#include "models/errorreviewmodel.h"
#include "models/foldersource.h"
#include "models/recordtablemodel.h"
#include "models/submissioncontroller.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxprocess.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testpaths.h"
#include "tests/views/desktopsession.h"
#include "views/errorreviewpanel.h"
#include "views/mainwindow.h"
#include "views/submitdialog.h"

using namespace Wesog;

class tst_ErrorReview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    QTemporaryDir m_folder;
    QTemporaryDir m_workspaces;
    std::unique_ptr<Test::SandboxProcess> m_sandbox;

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<Test::TestEnvironment>();
        // market-lisbon's own metadata disagrees between XMP and IIM: left out, so that the
        // review can end empty.
        QVERIFY(Test::copySamples(m_folder.path(), QStringLiteral("market-lisbon.jpg")));
        m_sandbox = std::make_unique<Test::SandboxProcess>(QStringList {
            QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), m_folder.path() });
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void reviewFixResubmitUntilEmpty()
    {
        Test::DesktopSession session(m_workspaces.path(), m_env->path(), m_sandbox->baseUrl());
        QVERIFY(session.open(m_folder.path()));
        RecordTableModel &model = session.model;
        SubmissionController &controller = session.controller;
        MainWindow &window = session.window;
        auto row = [&](const char *id) { return session.row(id); };

        // Two images whose src the server cannot fetch, one with a local problem.
        for (const char *id : { "festival-night", "mountain-lake" })
            QVERIFY(model.editCells({ row(id) }, Field::Src,
                QStringLiteral("{sandbox}/files/gone-%1.jpg").arg(QLatin1String(id)), QStringLiteral("src")));
        QVERIFY(
            model.editCells({ row("parade-moscow") }, Field::Date, QStringLiteral("someday"), QStringLiteral("date")));
        QSignalSpy finished(&controller, &SubmissionController::submissionFinished);
        // Options unlike the defaults and the interface language, so Resubmit Failed shows they are kept.
        SubmitOptions first;
        first.urgent = true;
        first.lang = QStringLiteral("fr");
        first.batchSize = 7;
        QVERIFY(controller.submit(controller.plan(SubmitScope::AllValid, {}), first));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(1).toInt(), 2);
        // The Operations panel names every flag the operation was sent with, not only the language.
        const OperationsModel *watched = controller.operations();
        QVERIFY(watched->rowCount() > 0);
        for (int op = 0; op < watched->rowCount(); ++op)
            QCOMPARE(
                watched->index(op, OperationsModel::FlagsColumn).data().toString(), QStringLiteral("urgent, lang=fr"));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("errorReviewDock"));
        QVERIFY(dock->isVisible()); // failures open the review

        auto *review = window.findChild<ErrorReviewModel *>();
        QAbstractItemModelTester tester(review, QAbstractItemModelTester::FailureReportingMode::QtTest);
        review->refreshNow();
        QCOMPARE(review->rowCount(), 2);
        const ErrorGroup server = review->groups().at(0);
        QCOMPARE(server.kind, ErrorGroup::Kind::Server);
        QCOMPARE(server.rows.size(), 2); // alike messages, different ids: one cause
        QVERIFY2(server.cause.contains(QStringLiteral("'…'")), qPrintable(server.cause));
        QVERIFY(review->index(0).data().toString().endsWith(QStringLiteral("(2)")));
        QCOMPARE(review->groups().at(1).kind, ErrorGroup::Kind::Invalid);
        QCOMPARE(review->index(1).data().toString(), QStringLiteral("Invalid fields (1)"));

        // The grid of the first cause; an image's message is under its name.
        auto *grid = window.findChild<QListWidget *>(QStringLiteral("errorGrid"));
        QCOMPARE(grid->count(), 2);
        const QString both = grid->item(0)->text() + grid->item(1)->text();
        QVERIFY(both.contains(QStringLiteral("festival-night.jpg\n"))
            && both.contains(QStringLiteral("mountain-lake.jpg\n")));
        QVERIFY(grid->item(0)->text().contains(QStringLiteral("could not be fetched")));
        // Every icon has the grid's icon size, so names line up whatever the image's orientation.
        for (int i = 0; i < grid->count(); ++i)
            QCOMPARE(grid->item(i)->icon().actualSize(grid->iconSize()), grid->iconSize());
        // Choosing the invalid image: its row is current and the inspector marks the date.
        auto *groups = window.findChild<QListView *>(QStringLiteral("errorGroups"));
        groups->setCurrentIndex(review->index(1));
        QCOMPARE(grid->count(), 1);
        grid->setCurrentRow(0);
        emit grid->itemClicked(grid->item(0));
        auto *table = window.findChild<QTableView *>(QStringLiteral("recordTable"));
        auto *filter = qobject_cast<QSortFilterProxyModel *>(table->model());
        QCOMPARE(filter->mapToSource(table->currentIndex()).row(), row("parade-moscow"));
        QCOMPARE(table->currentIndex().column(), RecordTableModel::columnForField(Field::Date));
        bool marked = false;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("▶")) && label->text().contains(QStringLiteral("Date")))
                marked = true;
        }
        QVERIFY(marked);

        // Next problem (F8) from the last cause wraps to the first; previous (Shift+F8) goes back.
        window.findChild<QAction *>(QStringLiteral("nextProblemAction"))->trigger();
        QCOMPARE(groups->currentIndex().row(), 0);
        QCOMPARE(grid->currentRow(), 0);
        window.findChild<QAction *>(QStringLiteral("previousProblemAction"))->trigger();
        QCOMPARE(groups->currentIndex().row(), 1);
        QCOMPARE(filter->mapToSource(table->currentIndex()).row(), row("parade-moscow"));
        window.findChild<QAction *>(QStringLiteral("nextProblemAction"))->trigger();
        QCOMPARE(groups->currentIndex().row(), 0);
        QCOMPARE(filter->mapToSource(table->currentIndex()).row(), grid->item(0)->data(Qt::UserRole + 1).toInt());

        // The report: one line per problem.
        QString error;
        const QString report = m_folder.filePath(QStringLiteral("errors.csv"));
        QVERIFY2(window.findChild<ErrorReviewPanel *>()->exportReport(report, &error), qPrintable(error));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> lines = Csv::parse(file.readAll());
        QCOMPARE(lines.first(),
            (QStringList { QStringLiteral("file"), QStringLiteral("id"), QStringLiteral("field"),
                QStringLiteral("message"), QStringLiteral("operation_id"), QStringLiteral("time") }));
        QCOMPARE(lines.size(), 1 + 3);
        QVERIFY(!lines.at(1).at(4).isEmpty()); // a server failure carries its operation

        // Fix the two sources and resubmit: exactly those two go.
        for (const char *id : { "festival-night", "mountain-lake" })
            QVERIFY(model.editCells({ row(id) }, Field::Src,
                QStringLiteral("{sandbox}/files/%1.jpg").arg(QLatin1String(id)), QStringLiteral("src")));
        Test::HttpTestClient client(m_sandbox->baseUrl(), "k1");
        const int operationsBefore = int(client.get(QStringLiteral("/ops")).array().size());
        window.findChild<QPushButton *>(QStringLiteral("resubmitFailedButton"))->click();
        // The Submit dialog shows what will be repeated: the Failed scope and the first options.
        auto *dialog = window.findChild<SubmitDialog *>();
        QVERIFY(dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("submitScope"))->currentData().toInt(),
            int(SubmitScope::Failed));
        QCOMPARE(dialog->plan().items.size(), 2);
        const SubmitOptions shown = dialog->options();
        QVERIFY(shown.urgent && !shown.wait && !shown.strict);
        QCOMPARE(shown.lang, QStringLiteral("fr"));
        QCOMPARE(shown.batchSize, 7);
        dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toInt(), 2);
        const QJsonArray operations = client.get(QStringLiteral("/ops")).array();
        QCOMPARE(operations.size(), operationsBefore + 1);
        QCOMPARE(operations.first().toObject().value(QStringLiteral("num_total")).toInt(), 2);
        QVERIFY(operations.first().toObject().value(QStringLiteral("do_urgent")).toBool());
        review->refreshNow();
        QCOMPARE(review->rowCount(), 1); // only the local problem is left
        QCOMPARE(review->groups().at(0).kind, ErrorGroup::Kind::Invalid);

        // The history of a resubmitted image: failed, then accepted.
        table->setCurrentIndex(filter->mapFromSource(model.index(row("festival-night"), 0)));
        const QString history = window.findChild<QLabel *>(QStringLiteral("inspectorHistory"))->text();
        QVERIFY2(history.contains(QStringLiteral("accepted")) && history.contains(QStringLiteral("failed")),
            qPrintable(history));

        // Fixing the last problem empties the review.
        QVERIFY(model.editCells(
            { row("parade-moscow") }, Field::Date, QStringLiteral("2024-05-01"), QStringLiteral("date")));
        QTRY_COMPARE(review->rowCount(), 0);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("errorReviewEmpty"))->isVisible());
    }

    void anEmptyReviewSaysSo()
    {
        QTemporaryDir workspaces;
        Test::EnglishInterface english;
        Test::SessionFixture session(workspaces.path(), &english.languages);
        RecordTableModel &model = session.model;
        ErrorReviewModel review(&model);
        QAbstractItemModelTester tester(&review, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ErrorReviewPanel panel(&model, &review);
        panel.show();
        review.refreshNow();
        QCOMPARE(review.rowCount(), 0);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("errorReviewEmpty"))->isVisible());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("errorReviewEmpty"))
                    ->text()
                    .startsWith(QStringLiteral("Nothing to review")));
    }
};

QTEST_MAIN(tst_ErrorReview)
#include "tst_errorreview.moc"
