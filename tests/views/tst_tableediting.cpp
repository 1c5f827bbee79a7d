// SPDX-License-Identifier: GPL-3.0-or-later
// Search and state filters, and spreadsheet-style copy, paste and fill down.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include "core/workspace/workspace.h"
#include "models/foldersource.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/testpaths.h"
#include "views/fieldeditors.h"
#include "views/findreplacedialog.h"
#include "views/listitemdialog.h"
#include "views/recorddelegate.h"
#include "views/recordlistwidget.h"
#include "views/tableeditor.h"
#include "views/tokeneditor.h"

using namespace Wesog;

class tst_TableEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QTemporaryDir m_workspaces;
    std::unique_ptr<Test::SessionFixture> m_session;
    RecordTableModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    std::unique_ptr<RecordFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QTableView> m_view;

    int column(Field field) const { return RecordTableModel::columnForField(field); }
    QModelIndex at(int row, Field field) const { return m_filter->index(row, column(field)); }
    QString text(int row, Field field) const { return at(row, field).data().toString(); }

private slots:
    void initTestCase()
    {
        for (const char *name : { "festival-night.jpg", "harbour-dawn.jpg", "market-lisbon.jpg", "parade-moscow.jpg" })
            QVERIFY(QFile::copy(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/") + QLatin1String(name),
                m_folder.filePath(QLatin1String(name))));
    }

    void init()
    {
        QDir(m_workspaces.path()).removeRecursively();
        m_session = std::make_unique<Test::SessionFixture>(m_workspaces.path());
        m_model = &m_session->model;
        m_undo = &m_session->undo;
        m_filter = std::make_unique<RecordFilterModel>(m_model);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter->sort(RecordTableModel::FileColumn);
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_filter.get());
        QVERIFY(m_session->open(m_folder.path()));
        QCOMPARE(m_filter->rowCount(), 4); // festival, harbour, market, parade
    }

    void cleanup()
    {
        m_view.reset();
        m_tester.reset();
        m_filter.reset();
        m_session.reset();
    }

    void searchAndStateFilters()
    {
        m_filter->setSearchText(QStringLiteral("ПАРАД"));
        QCOMPARE(m_filter->rowCount(), 1);
        m_filter->setSearchText(QStringLiteral("porto")); // city of two images
        QCOMPARE(m_filter->rowCount(), 2);
        m_filter->setSearchText(QStringLiteral("market-lis")); // the file name
        QCOMPARE(m_filter->rowCount(), 1);
        m_filter->setSearchText(QString());
        QCOMPARE(m_filter->rowCount(), 4);

        QCOMPARE(m_filter->count(RecordFilterModel::State::Edited), 0);
        QCOMPARE(m_filter->count(RecordFilterModel::State::Conflicts), 1); // market: XMP and IPTC city differ
        QVERIFY(m_filter->setData(at(0, Field::Title), QStringLiteral("Lanterns")));
        m_filter->setState(RecordFilterModel::State::Edited);
        QCOMPARE(m_filter->rowCount(), 1);
        QCOMPARE(text(0, Field::Title), QStringLiteral("Lanterns"));
        QVERIFY(m_filter->setData(at(0, Field::Date), QStringLiteral("31/12/2024")));
        QCOMPARE(m_filter->count(RecordFilterModel::State::Invalid), 1);
        m_filter->setState(RecordFilterModel::State::All);
        QCOMPARE(m_filter->rowCount(), 4);
    }

    void copyAsTsv()
    {
        const TableEditor editor(m_model, m_filter.get(), m_view->horizontalHeader());
        const QModelIndexList block { at(1, Field::Title), at(1, Field::Headline), at(2, Field::Title),
            at(2, Field::Headline) };
        QCOMPARE(editor.copy(block), QStringLiteral("Harbour at dawn\tFishing fleet returns\nMorning market\t\n"));
        // Columns follow what the user sees: moving Headline before Title swaps them.
        m_view->horizontalHeader()->moveSection(column(Field::Headline), column(Field::Title));
        QCOMPARE(editor.copy(block), QStringLiteral("Fishing fleet returns\tHarbour at dawn\n\tMorning market\n"));
    }

    void pasteABlock()
    {
        const TableEditor editor(m_model, m_filter.get(), m_view->horizontalHeader());
        const QStringList problems
            = editor.paste(QStringLiteral("Lisbon\tPortugal\nMoscow\tRussia\n"), at(2, Field::City), {});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(text(2, Field::City), QStringLiteral("Lisbon"));
        QCOMPARE(text(2, Field::Country), QStringLiteral("Portugal"));
        QCOMPARE(text(3, Field::City), QStringLiteral("Moscow"));
        QCOMPARE(text(3, Field::Country), QStringLiteral("Russia"));
        QCOMPARE(m_undo->count(), 1); // one step
        m_undo->undo();
        QCOMPARE(text(3, Field::City), QStringLiteral("Москва"));
    }

    void oneValueFillsTheSelection()
    {
        const TableEditor editor(m_model, m_filter.get(), m_view->horizontalHeader());
        const QModelIndexList selection { at(0, Field::Nsfw), at(1, Field::Nsfw), at(3, Field::Nsfw) };
        QVERIFY(editor.paste(QStringLiteral("no\n"), at(0, Field::Nsfw), selection).isEmpty());
        for (int row : { 0, 1, 3 })
            QCOMPARE(m_model->row(m_filter->mapToSource(at(row, Field::Nsfw)).row()).record().flag(Field::Nsfw),
                std::optional<bool>(false));
        QVERIFY(!m_model->row(m_filter->mapToSource(at(2, Field::Nsfw)).row()).record().has(Field::Nsfw));
    }

    void badPastesChangeNothing_data()
    {
        QTest::addColumn<QString>("tsv");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("problem");
        QTest::newRow("flag") << "maybe" << column(Field::Nsfw) << "is not yes, no or empty";
        QTest::newRow("file column") << "x.jpg" << int(RecordTableModel::FileColumn) << "cannot be edited";
        QTest::newRow("too tall") << "a\nb\nc\nd\ne\n" << column(Field::Title) << "more row";
        QTest::newRow("mixed") << "ok\tyes\nfine\tperhaps\n" << column(Field::Nsfw) - 1 << "perhaps";
    }

    void badPastesChangeNothing()
    {
        QFETCH(QString, tsv);
        QFETCH(int, column);
        QFETCH(QString, problem);
        const TableEditor editor(m_model, m_filter.get(), m_view->horizontalHeader());
        const QStringList problems = editor.paste(tsv, m_filter->index(0, column), {});
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(problem), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(m_model->editedCount(), 0);
        QCOMPARE(m_undo->count(), 0);
    }

    void findAndReplaceCountsThenReplaces()
    {
        FindReplaceDialog dialog(m_model, m_filter.get(), m_view.get());
        auto *find = dialog.findChild<QLineEdit *>(QStringLiteral("findEdit"));
        auto *replace = dialog.findChild<QLineEdit *>(QStringLiteral("replaceEdit"));
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("findPreview"));
        auto *replaceAll = dialog.findChild<QPushButton *>(QStringLiteral("replaceAllButton"));
        find->setText(QStringLiteral("porto"));
        replace->setText(QStringLiteral("Oporto"));
        QCOMPARE(dialog.pendingChanges().size(), 2); // festival and harbour say Porto
        QVERIFY2(preview->text().contains(QLatin1String("2 cell")), qPrintable(preview->text()));
        QCOMPARE(m_model->editedCount(), 0); // nothing changed yet
        replaceAll->click();
        QCOMPARE(text(0, Field::City), QStringLiteral("Oporto"));
        QCOMPARE(text(1, Field::City), QStringLiteral("Oporto"));
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(dialog.pendingChanges().size(), 2); // "Oporto" holds "porto"...
        dialog.findChild<QCheckBox *>(QStringLiteral("wholeWordCheck"))->setChecked(true);
        QVERIFY(dialog.pendingChanges().isEmpty()); // ...but not as a whole word
        dialog.findChild<QCheckBox *>(QStringLiteral("wholeWordCheck"))->setChecked(false);
        m_undo->undo();
        QCOMPARE(text(0, Field::City), QStringLiteral("Porto"));

        // Only the selected cells, and a broken pattern changes nothing.
        dialog.findChild<QComboBox *>(QStringLiteral("scopeCombo"))->setCurrentIndex(FindReplaceDialog::SelectedCells);
        m_view->selectionModel()->select(at(1, Field::City), QItemSelectionModel::ClearAndSelect);
        QCOMPARE(dialog.pendingChanges().size(), 1);
        dialog.findChild<QCheckBox *>(QStringLiteral("regexCheck"))->setChecked(true);
        find->setText(QStringLiteral("(porto"));
        QVERIFY(!replaceAll->isEnabled());
        QVERIFY(preview->text().contains(QLatin1String("not valid")));
    }

    void addAndRemoveOneListItemAcrossRows()
    {
        RecordListWidget list(&m_session->session);
        list.table()->selectAll();
        QCOMPARE(list.selectedSourceRows().size(), 4);
        ListItemDialog add(ListItemDialog::Mode::Add, &list);
        add.findChild<QLineEdit *>(QStringLiteral("listItemEdit"))->setText(QStringLiteral(" Harbour "));
        QVERIFY(add.apply());
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_model->editedCount(), 3); // harbour-dawn already had "harbour"
        const int market = m_model->rowOfId(QStringLiteral("market-lisbon"));
        QCOMPARE(m_model->row(market).record().list(Field::Keywords),
            std::optional<QStringList>(
                { QStringLiteral("market"), QStringLiteral("fruit"), QStringLiteral("Harbour") }));

        ListItemDialog remove(ListItemDialog::Mode::Remove, &list);
        remove.findChild<QLineEdit *>(QStringLiteral("listItemEdit"))->setText(QStringLiteral("FRUIT"));
        QVERIFY(remove.apply());
        QCOMPARE(m_undo->count(), 2);
        QCOMPARE(m_model->row(market).record().list(Field::Keywords),
            std::optional<QStringList>({ QStringLiteral("market"), QStringLiteral("Harbour") }));
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(m_model->editedCount(), 0);
    }

    void editorsFitTheirFields()
    {
        auto *delegate = new RecordDelegate(m_view.get());
        QTemporaryDir vocabularyDir;
        QFile vocabulary(vocabularyDir.filePath(QStringLiteral("terms.txt")));
        QVERIFY(vocabulary.open(QIODevice::WriteOnly));
        vocabulary.write("# agency terms\nhaze\nharbourmaster # the office\n\n");
        vocabulary.close();
        delegate->setVocabularyFile(vocabulary.fileName());
        QCOMPARE(RecordDelegate::readVocabulary(vocabulary.fileName()),
            (QStringList { QStringLiteral("haze"), QStringLiteral("harbourmaster") }));
        m_view->setItemDelegate(delegate);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        auto commit = [this](QWidget *editor) {
            emit m_view->itemDelegate()->commitData(editor);
            emit m_view->itemDelegate()->closeEditor(editor);
        };

        // Caption: several lines, with a count of characters and IIM bytes.
        m_view->setCurrentIndex(at(1, Field::Caption));
        m_view->edit(at(1, Field::Caption));
        auto *caption = m_view->findChild<CaptionEditor *>(QStringLiteral("captionEditor"));
        QVERIFY(caption);
        QVERIFY(caption->height() >= 160);
        caption->setText(QStringLiteral("Line one\nЛиния два"));
        QVERIFY(caption->findChild<QLabel *>(QStringLiteral("captionCount"))->text().contains(QLatin1String("18")));
        commit(caption);
        QCOMPARE(text(1, Field::Caption), QStringLiteral("Line one\nЛиния два"));

        // Status: the known values are offered, any text is taken.
        m_view->setCurrentIndex(at(2, Field::Status));
        m_view->edit(at(2, Field::Status));
        auto *status = m_view->findChild<QComboBox *>(QStringLiteral("statusEditor"));
        QVERIFY(status);
        QVERIFY(status->findText(QStringLiteral("RDA Only")) >= 0);
        status->setEditText(QStringLiteral("Embargoed until Monday"));
        commit(status);
        QCOMPARE(text(2, Field::Status), QStringLiteral("Embargoed until Monday"));

        // Keywords: tokens; the item being typed is completed from the folder and the vocabulary.
        const QStringList before = m_model->row(m_filter->mapToSource(at(0, Field::Keywords)).row())
                                       .record()
                                       .list(Field::Keywords)
                                       .value_or(QStringList());
        m_view->setCurrentIndex(at(0, Field::Keywords));
        m_view->edit(at(0, Field::Keywords));
        auto *tokens = m_view->findChild<TokenEditor *>(QStringLiteral("tokenEditor"));
        QVERIFY(tokens);
        QCOMPARE(tokens->tokens(), before);
        QCOMPARE(tokens->findChildren<QToolButton *>(QStringLiteral("tokenChip")).size(), before.size());
        QLineEdit *input = tokens->input();
        QCOMPARE(m_view->focusWidget(), input);
        input->completer()->setCompletionPrefix(QStringLiteral("har"));
        QCOMPARE(input->completer()->completionCount(), 2); // harbour (folder), harbourmaster (vocabulary)
        QTest::keyClicks(input, QStringLiteral("harbourmaster"));
        QTest::keyClick(input, Qt::Key_Return); // adds the item (maybe through the completer), keeps editing
        QTRY_COMPARE(tokens->tokens(), before + QStringList { QStringLiteral("harbourmaster") });
        QTRY_VERIFY(input->text().isEmpty());
        QTest::keyClicks(input, QStringLiteral("pier;"));
        QCOMPARE(tokens->tokens(), before + QStringList({ QStringLiteral("harbourmaster"), QStringLiteral("pier") }));
        QTest::keyClick(input, Qt::Key_Backspace); // the empty line: removes the last chip
        QCOMPARE(tokens->tokens(), before + QStringList { QStringLiteral("harbourmaster") });
        tokens->findChildren<QToolButton *>(QStringLiteral("tokenChip")).first()->click(); // × on the first
        QCOMPARE(tokens->tokens(), before.mid(1) + QStringList { QStringLiteral("harbourmaster") });
        commit(tokens);
        QCOMPARE(m_model->row(m_filter->mapToSource(at(0, Field::Keywords)).row()).record().list(Field::Keywords),
            std::optional<QStringList>(before.mid(1) + QStringList { QStringLiteral("harbourmaster") }));
    }

    void fillDownCopiesTheTopValue()
    {
        const TableEditor editor(m_model, m_filter.get(), m_view->horizontalHeader());
        QVERIFY(editor.fillDown({ at(1, Field::Author), at(2, Field::Author), at(3, Field::Author) }));
        QCOMPARE(text(2, Field::Author), QStringLiteral("Ana Pérez"));
        QCOMPARE(text(3, Field::Author), QStringLiteral("Ana Pérez"));
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), QStringLiteral("Fill Down"));
    }

    // The table and the grid share this proxy, so both list camera names as a file manager does.
    void fileNamesSortNaturally()
    {
        QList<RecordRow> rows;
        for (const char *name : { "IMG_10.jpg", "cam_10.jpg", "IMG_2.jpg", "cam_9.jpg", "IMG_1.jpg" }) {
            RecordRow row;
            row.relativePath = QLatin1String(name);
            row.absolutePath = m_folder.filePath(row.relativePath);
            rows << row;
        }
        m_model->setRows(rows);
        QStringList order;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            order << m_filter->index(row, RecordTableModel::FileColumn).data().toString();
        QCOMPARE(order,
            (QStringList { QStringLiteral("cam_9.jpg"), QStringLiteral("cam_10.jpg"), QStringLiteral("IMG_1.jpg"),
                QStringLiteral("IMG_2.jpg"), QStringLiteral("IMG_10.jpg") }));
        m_filter->sort(RecordTableModel::FileColumn, Qt::DescendingOrder);
        QCOMPARE(m_filter->index(0, RecordTableModel::FileColumn).data().toString(), QStringLiteral("IMG_10.jpg"));
    }

    // The cell shows the address that will be sent; the template it comes from is in the tooltip.
    void sourceUrlShowsTheResolvedAddress()
    {
        const QString pattern = QStringLiteral("{sandbox}/img/festival-night.jpg");
        QVERIFY(m_filter->setData(at(0, Field::Src), pattern));
        m_model->setSandboxBaseUrl(QStringLiteral("http://127.0.0.1:8123/"));
        QCOMPARE(text(0, Field::Src), QStringLiteral("http://127.0.0.1:8123/img/festival-night.jpg"));
        QCOMPARE(at(0, Field::Src).data(Qt::EditRole).toString(), pattern); // editing keeps the template
        QVERIFY(at(0, Field::Src).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Template: ") + pattern));
        m_model->setSandboxBaseUrl(QStringLiteral("http://127.0.0.1:9000"));
        QCOMPARE(text(0, Field::Src), QStringLiteral("http://127.0.0.1:9000/img/festival-night.jpg"));
    }
};

QTEST_MAIN(tst_TableEditing)
#include "tst_tableediting.moc"
