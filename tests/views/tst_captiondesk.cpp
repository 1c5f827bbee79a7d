// SPDX-License-Identifier: GPL-3.0-or-later
// The caption desk in the table: code replacements expanded as they are typed (every text
// editor of the table, the list editors, Add to List), in pasted text, CSV imports (see
// tst_csvexchange), presets, find-and-replace replacements and by Edit → Expand Codes; unknown
// codes as row warnings; and the preferences that load the replacement files.
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUndoStack>

#include "core/caption/captionfields.h"
#include "core/caption/codereplacements.h"
#include "core/caption/spellchecker.h"
#include "core/record/preset.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testpaths.h"
#include "views/codeexpansion.h"
#include "views/fieldeditors.h"
#include "views/filefield.h"
#include "views/findreplacedialog.h"
#include "views/listitemdialog.h"
#include "views/recorddelegate.h"
#include "views/recordlistwidget.h"
#include "views/settingsdialog.h"
#include "views/tableeditor.h"
#include "views/tokeneditor.h"

using namespace Wesog;

namespace {
/// Types `text` key by key; type() takes ASCII only, and the codes here are Cyrillic too.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, c.isSpace() ? Qt::Key_Space : Qt::Key_A, QString(c), Qt::NoModifier);
}
} // namespace

class tst_CaptionDesk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    QTemporaryDir m_folder;
    QTemporaryDir m_workspaces;
    std::unique_ptr<Test::SessionFixture> m_session;
    std::unique_ptr<RecordFilterModel> m_filter;
    std::unique_ptr<QTableView> m_view;
    std::shared_ptr<CodeReplacements> m_codes;

    QModelIndex at(int row, Field field) const { return m_filter->index(row, RecordTableModel::columnForField(field)); }
    QString text(int row, Field field) const { return at(row, field).data().toString(); }
    /// A delegate of the table with the test's codes, as the app sets it up.
    RecordDelegate *delegateWithCodes() const
    {
        auto *delegate = new RecordDelegate(m_view.get());
        delegate->setCodeReplacements(m_codes);
        return delegate;
    }
    /// The editor `delegate` opens on the first row's `field`.
    std::unique_ptr<QWidget> editorFor(RecordDelegate *delegate, Field field) const
    {
        return std::unique_ptr<QWidget>(
            delegate->createEditor(m_view->viewport(), QStyleOptionViewItem(), at(0, field)));
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<Test::TestEnvironment>();
        for (const char *name : { "festival-night.jpg", "harbour-dawn.jpg" })
            QVERIFY(QFile::copy(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/") + QLatin1String(name),
                m_folder.filePath(QLatin1String(name))));
        m_codes = std::make_shared<CodeReplacements>();
        QString error;
        QVERIFY2(m_codes->addData(
                     QByteArrayLiteral("# players\ncc17\tRick Perkins\nрио\tРио-де-Жанейро\neq\t1 = 1 =cc17=\n"),
                     QStringLiteral("codes.txt"), &error),
            qPrintable(error));
    }

    void init()
    {
        QDir(m_workspaces.path()).removeRecursively();
        m_session = std::make_unique<Test::SessionFixture>(m_workspaces.path());
        m_filter = std::make_unique<RecordFilterModel>(&m_session->model);
        m_filter->sort(RecordTableModel::FileColumn);
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_filter.get());
        QVERIFY(m_session->open(m_folder.path()));
        QCOMPARE(m_filter->rowCount(), 2); // festival, harbour
    }

    void cleanup()
    {
        m_view.reset();
        m_filter.reset();
        m_session.reset();
    }

    void typingACodeInTheCaptionEditorExpandsIt()
    {
        RecordDelegate *delegate = delegateWithCodes();
        const QModelIndex cell = at(0, Field::Caption);
        std::unique_ptr<QWidget> editor(delegate->createEditor(m_view->viewport(), QStyleOptionViewItem(), cell));
        auto *caption = qobject_cast<CaptionEditor *>(editor.get());
        QVERIFY(caption);
        caption->setText(QString());
        type(caption->textEdit(), QStringLiteral("Goal by =cc17="));
        QCoreApplication::processEvents(); // the replacement is made once the keystroke's change is done
        QCOMPARE(caption->text(), QStringLiteral("Goal by Rick Perkins"));
        // Typing goes on after the replacement; an unknown code stays as typed.
        type(caption->textEdit(), QStringLiteral(" and =cc99= in =рио="));
        QCoreApplication::processEvents();
        QCOMPARE(caption->text(), QStringLiteral("Goal by Rick Perkins and =cc99= in Рио-де-Жанейро"));
        delegate->setModelData(editor.get(), m_filter.get(), cell);
        QCOMPARE(text(0, Field::Caption), QStringLiteral("Goal by Rick Perkins and =cc99= in Рио-де-Жанейро"));
    }

    void typingReadsCodesAsExpandCodesDoes()
    {
        // In "=x=cc17=" the unknown code =x= ends at its second "="; that "=" opens no code, so
        // Expand Codes, paste and CSV leave "cc17=" as it is, and typing must too.
        const QString typed = QStringLiteral("=x=cc17= then =cc17=");
        const QString expected = m_codes->expand(typed).text;
        QCOMPARE(expected, QStringLiteral("=x=cc17= then Rick Perkins"));
        RecordDelegate *delegate = delegateWithCodes();
        std::unique_ptr<QWidget> title = editorFor(delegate, Field::Title);
        auto *line = qobject_cast<QLineEdit *>(title.get());
        QVERIFY(line);
        line->clear();
        type(line, typed);
        QCOMPARE(line->text(), expected);
        std::unique_ptr<QWidget> editor = editorFor(delegate, Field::Caption);
        auto *caption = qobject_cast<CaptionEditor *>(editor.get());
        QVERIFY(caption);
        caption->setText(QString());
        type(caption->textEdit(), typed);
        QCoreApplication::processEvents(); // the replacement is made once the keystroke's change is done
        QCOMPARE(caption->text(), expected);
    }

    void typingACodeInALineEditorExpandsItOnlyInTextFields()
    {
        RecordDelegate *delegate = delegateWithCodes();
        std::unique_ptr<QWidget> title = editorFor(delegate, Field::Title);
        auto *line = qobject_cast<QLineEdit *>(title.get());
        QVERIFY(line);
        line->clear();
        type(line, QStringLiteral("=cc17= scores"));
        QCOMPARE(line->text(), QStringLiteral("Rick Perkins scores"));
        // The date is no text field: a code there is left alone.
        std::unique_ptr<QWidget> date = editorFor(delegate, Field::Date);
        auto *dateLine = qobject_cast<QLineEdit *>(date.get());
        QVERIFY(dateLine);
        dateLine->clear();
        type(dateLine, QStringLiteral("=cc17="));
        QCOMPARE(dateLine->text(), QStringLiteral("=cc17="));
    }

    void everyTextEditorOfTheTableExpandsCodes()
    {
        RecordDelegate *delegate = delegateWithCodes();
        for (const FieldInfo &info : FieldRegistry::all()) {
            if (info.field == Field::Caption || FieldRegistry::isList(info.field) || FieldRegistry::isBool(info.field))
                continue; // the caption editor and the token editor have their own tests
            std::unique_ptr<QWidget> editor(
                delegate->createEditor(m_view->viewport(), QStyleOptionViewItem(), at(0, info.field)));
            auto *line = qobject_cast<QLineEdit *>(editor.get());
            if (auto *combo = qobject_cast<QComboBox *>(editor.get()))
                line = combo->lineEdit(); // status: the known values, and any text
            QVERIFY2(line, info.jsonKey);
            line->clear();
            type(line, QStringLiteral("(=cc17=), =рио=; =eq="));
            const QString expected = takesCodeExpansion(info.field)
                ? QStringLiteral(
                    "(Rick Perkins), Рио-де-Жанейро; 1 = 1 =cc17=") // the replacement is not expanded again
                : QStringLiteral("(=cc17=), =рио=; =eq="); // id, src, URLs, date, status: as typed
            QVERIFY2(
                line->text() == expected, qPrintable(QLatin1String(info.jsonKey) + QLatin1String(": ") + line->text()));
        }
    }

    void textPastedIntoAnEditorIsExpanded()
    {
        RecordDelegate *delegate = delegateWithCodes();
        // The caption editor: every code wholly inside the pasted text, on every line.
        std::unique_ptr<QWidget> editor = editorFor(delegate, Field::Caption);
        auto *caption = qobject_cast<CaptionEditor *>(editor.get());
        QVERIFY(caption);
        QGuiApplication::clipboard()->setText(QStringLiteral("(=cc17=) scores,\r\nin =рио= =nope="));
        caption->setText(QStringLiteral("Goal: "));
        caption->textEdit()->moveCursor(QTextCursor::End);
        caption->textEdit()->paste();
        QCoreApplication::processEvents();
        QCOMPARE(caption->text(), QStringLiteral("Goal: (Rick Perkins) scores,\nin Рио-де-Жанейро =nope="));
        // Ctrl+Z gives the pasted codes back, and they stay.
        caption->textEdit()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(caption->text(), QStringLiteral("Goal: (=cc17=) scores,\nin =рио= =nope="));
        // Text set by the program (the cell's value) is not a paste, even with codes in it.
        caption->setText(QStringLiteral("=cc17= as stored"));
        QCoreApplication::processEvents();
        QCOMPARE(caption->text(), QStringLiteral("=cc17= as stored"));

        // A line editor.
        std::unique_ptr<QWidget> title = editorFor(delegate, Field::Title);
        auto *line = qobject_cast<QLineEdit *>(title.get());
        QVERIFY(line);
        line->setText(QStringLiteral("=cc17= stays, "));
        QCOMPARE(line->text(), QStringLiteral("=cc17= stays, ")); // setText() is no typing
        QGuiApplication::clipboard()->setText(QStringLiteral("«=cc17=» at =рио="));
        line->end(false);
        line->paste();
        QCOMPARE(line->text(), QStringLiteral("=cc17= stays, «Rick Perkins» at Рио-де-Жанейро"));
    }

    void undoBringsATypedCodeBack()
    {
        RecordDelegate *delegate = delegateWithCodes();
        std::unique_ptr<QWidget> title = editorFor(delegate, Field::Title);
        auto *line = qobject_cast<QLineEdit *>(title.get());
        QVERIFY(line);
        line->clear();
        type(line, QStringLiteral("=cc17="));
        QCOMPARE(line->text(), QStringLiteral("Rick Perkins"));
        line->undo();
        QCOMPARE(line->text(), QStringLiteral("=cc17=")); // and not expanded again
        line->end(false); // the undo selected the code again
        type(line, QStringLiteral(" =рио="));
        QCOMPARE(line->text(), QStringLiteral("=cc17= Рио-де-Жанейро")); // typing goes on expanding
    }

    void theListEditorsExpandCodes()
    {
        RecordDelegate *delegate = delegateWithCodes();
        for (Field field : { Field::Keywords, Field::Categories, Field::Collections }) {
            std::unique_ptr<QWidget> editor(
                delegate->createEditor(m_view->viewport(), QStyleOptionViewItem(), at(1, field)));
            auto *tokens = qobject_cast<TokenEditor *>(editor.get());
            QVERIFY(tokens);
            tokens->setText(QString());
            type(tokens->input(), QStringLiteral("=cc17="));
            QCOMPARE(tokens->input()->text(), QStringLiteral("Rick Perkins"));
            QTest::keyClick(tokens->input(), Qt::Key_Semicolon, Qt::NoModifier); // the item becomes a chip
            type(tokens->input(), QStringLiteral("=рио=;=nope="));
            QCOMPARE(
                tokens->tokens(), (QStringList { QStringLiteral("Rick Perkins"), QStringLiteral("Рио-де-Жанейро") }));
            QCOMPARE(tokens->input()->text(), QStringLiteral("=nope=")); // unknown: as typed
            delegate->setModelData(editor.get(), m_filter.get(), at(1, field));
            QCOMPARE(text(1, field), QStringLiteral("Rick Perkins; Рио-де-Жанейро; =nope="));
        }
    }

    void addToListExpandsCodes()
    {
        RecordListWidget list(&m_session->session);
        list.setCodeReplacements(m_codes);
        list.table()->selectAll();
        ListItemDialog add(ListItemDialog::Mode::Add, &list);
        auto *item = add.findChild<QLineEdit *>(QStringLiteral("listItemEdit"));
        QVERIFY(item);
        type(item, QStringLiteral("=рио="));
        QCOMPARE(item->text(), QStringLiteral("Рио-де-Жанейро"));
        QVERIFY(add.apply());
        for (int row = 0; row < 2; ++row)
            QVERIFY(
                m_session->model.row(row).record().list(Field::Keywords)->contains(QStringLiteral("Рио-де-Жанейро")));
    }

    void presetsExpandCodesWhenApplied()
    {
        Preset preset;
        preset.name = QStringLiteral("Game");
        preset.entries = { { Field::Headline, QStringLiteral("=cc17= in =рио= ({filename})"), false },
            { Field::Status, QStringLiteral("=cc17="), false } };
        QSettings().setValue(QStringLiteral("presets/list"), Preset::listToJson({ preset }));
        RecordListWidget list(&m_session->session);
        list.setCodeReplacements(m_codes);
        list.table()->selectRow(0);
        const QList<QAction *> actions = list.presetsMenu()->findChildren<QAction *>(QStringLiteral("presetAction"));
        QCOMPARE(actions.size(), 1);
        const int steps = m_session->undo.count();
        actions.first()->trigger();
        QCOMPARE(m_session->undo.count(), steps + 1);
        const int row = list.selectedSourceRows().first();
        const QString file = QFileInfo(m_session->model.row(row).absolutePath).fileName();
        QCOMPARE(m_session->model.row(row).record().text(Field::Headline),
            QStringLiteral("Rick Perkins in Рио-де-Жанейро (%1)").arg(file));
        QCOMPARE(m_session->model.row(row).record().text(Field::Status), QStringLiteral("=cc17=")); // not a text field
        QSettings().remove(QStringLiteral("presets/list"));
    }

    void findAndReplaceExpandsCodesInTheReplacement()
    {
        QVERIFY(m_filter->setData(at(0, Field::City), QStringLiteral("ZRJZ")));
        QVERIFY(m_filter->setData(at(0, Field::Status), QStringLiteral("ZRJZ")));
        FindReplaceDialog dialog(&m_session->model, m_filter.get(), m_view.get());
        dialog.setCodeReplacements(m_codes);
        dialog.findChild<QCheckBox *>(QStringLiteral("matchCaseCheck"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("findEdit"))->setText(QStringLiteral("ZRJZ"));
        dialog.findChild<QLineEdit *>(QStringLiteral("replaceEdit"))->setText(QStringLiteral("=рио= (=x=)"));
        dialog.replaceAll();
        QCOMPARE(text(0, Field::City), QStringLiteral("Рио-де-Жанейро (=x=)"));
        QCOMPARE(text(0, Field::Status), QStringLiteral("=рио= (=x=)")); // status takes the text as typed
        // The unknown code it left is a warning on the city, in the cell's tooltip.
        QVERIFY2(at(0, Field::City).data(Qt::ToolTipRole).toString().contains(QStringLiteral("=x=")),
            qPrintable(at(0, Field::City).data(Qt::ToolTipRole).toString()));
    }

    void unknownCodesAreRowWarnings()
    {
        m_session->model.setCodeReplacements(m_codes);
        QVERIFY(m_filter->setData(at(1, Field::Caption), QStringLiteral("Goal by =cc71=.")));
        const RecordRow &row = m_session->model.row(m_filter->mapToSource(at(1, Field::Caption)).row());
        const auto unknown = std::find_if(row.issues.cbegin(), row.issues.cend(),
            [](const FieldIssue &issue) { return issue.code == IssueCode::UnknownReplacementCode; });
        QVERIFY(unknown != row.issues.cend());
        QCOMPARE(unknown->field, Field::Caption);
        QCOMPARE(unknown->severity, Severity::Warning);
        QVERIFY(!row.isInvalid());
        QVERIFY2(at(1, Field::Caption).data(Qt::ToolTipRole).toString().contains(QStringLiteral("=cc71=")),
            qPrintable(at(1, Field::Caption).data(Qt::ToolTipRole).toString()));
        // A file that defines the code takes the warning away: the rows are checked again.
        auto more = std::make_shared<CodeReplacements>(*m_codes);
        QVERIFY(more->addData("cc71\tDain Bram\n", QStringLiteral("more.txt"), nullptr));
        m_session->model.setCodeReplacements(more);
        QVERIFY(std::none_of(row.issues.cbegin(), row.issues.cend(),
            [](const FieldIssue &issue) { return issue.code == IssueCode::UnknownReplacementCode; }));
    }

    void theCaptionEditorUnderlinesAMisspelling()
    {
        QString error;
        const std::shared_ptr<SpellChecker> checker = SpellChecker::create(QStringLiteral("en"), &error);
        QVERIFY2(checker, qPrintable(error));
        auto *delegate = new RecordDelegate(m_view.get());
        delegate->setSpellChecker(checker);
        std::unique_ptr<QWidget> editor = editorFor(delegate, Field::Caption);
        auto *caption = qobject_cast<CaptionEditor *>(editor.get());
        QVERIFY(caption);
        caption->setText(QStringLiteral("The boat at pier 7 is beautifull today, see https://wesog.example/x."));
        const QList<QTextLayout::FormatRange> ranges
            = caption->textEdit()->document()->firstBlock().layout()->formats();
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first().start, 22);
        QCOMPARE(ranges.first().length, 10); // "beautifull"
        QCOMPARE(ranges.first().format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
    }

    void expandCodesIsOneUndoStep()
    {
        QVERIFY(m_filter->setData(at(0, Field::Title), QStringLiteral("=cc17= celebrates")));
        QVERIFY(m_filter->setData(at(1, Field::Title), QStringLiteral("Fans of =cc17= in =рио=")));
        QVERIFY(m_filter->setData(at(1, Field::Keywords), QStringLiteral("=cc17=; football")));
        const int steps = m_session->undo.count();
        const QModelIndexList selection { m_filter->mapToSource(at(0, Field::Title)),
            m_filter->mapToSource(at(1, Field::Title)), m_filter->mapToSource(at(1, Field::Keywords)) };
        QCOMPARE(CodeExpander::expandCells(&m_session->model, *m_codes, selection), 3);
        QCOMPARE(text(0, Field::Title), QStringLiteral("Rick Perkins celebrates"));
        QCOMPARE(text(1, Field::Title), QStringLiteral("Fans of Rick Perkins in Рио-де-Жанейро"));
        QCOMPARE(text(1, Field::Keywords), QStringLiteral("Rick Perkins; football"));
        QCOMPARE(m_session->undo.count(), steps + 1);
        m_session->undo.undo();
        QCOMPARE(text(0, Field::Title), QStringLiteral("=cc17= celebrates"));
        QCOMPARE(text(1, Field::Keywords), QStringLiteral("=cc17=; football"));
        // Nothing to expand: no empty undo step.
        QCOMPARE(
            CodeExpander::expandCells(&m_session->model, *m_codes, { m_filter->mapToSource(at(0, Field::Headline)) }),
            0);
        QCOMPARE(m_session->undo.index(), steps);
        QVERIFY(m_session->undo.canRedo()); // a pushed step would have dropped the redo
    }

    void theExpandCodesActionExpandsTheSelectedCells()
    {
        // Edit → Expand Codes as the user reaches it: the list's action (the one the window's Edit
        // menu shows) on the cells selected in its table.
        QVERIFY(m_filter->setData(at(0, Field::Title), QStringLiteral("=cc17= celebrates")));
        QVERIFY(m_filter->setData(at(1, Field::Title), QStringLiteral("Fans of =cc17= in =рио=")));
        QVERIFY(m_filter->setData(at(1, Field::Caption), QStringLiteral("=cc17= scores"))); // not selected
        RecordListWidget list(&m_session->session);
        list.setCodeReplacements(m_codes);
        QTableView *table = list.table();
        const auto *shown = qobject_cast<const RecordFilterModel *>(table->model());
        QVERIFY(shown);
        const auto cell
            = [&](int row, Field field) { return shown->mapFromSource(m_filter->mapToSource(at(row, field))); };
        table->selectionModel()->select(cell(0, Field::Title), QItemSelectionModel::ClearAndSelect);
        table->selectionModel()->select(cell(1, Field::Title), QItemSelectionModel::Select);
        auto *expand = list.findChild<QAction *>(QStringLiteral("expandCodesAction"));
        QVERIFY(expand);
        QVERIFY(list.editActions().contains(expand));
        const int steps = m_session->undo.count();

        expand->trigger();
        QCOMPARE(text(0, Field::Title), QStringLiteral("Rick Perkins celebrates"));
        QCOMPARE(text(1, Field::Title), QStringLiteral("Fans of Rick Perkins in Рио-де-Жанейро"));
        QCOMPARE(text(1, Field::Caption), QStringLiteral("=cc17= scores")); // only the selection
        QCOMPARE(m_session->undo.count(), steps + 1);
        QCOMPARE(m_session->undo.undoText(), QStringLiteral("Expand Codes"));

        m_session->undo.undo();
        QCOMPARE(text(0, Field::Title), QStringLiteral("=cc17= celebrates"));
        QCOMPARE(text(1, Field::Title), QStringLiteral("Fans of =cc17= in =рио="));
    }

    void pastedTextIsExpanded()
    {
        TableEditor editor(&m_session->model, m_filter.get(), m_view->horizontalHeader());
        editor.setCodeReplacements(m_codes.get());
        const QStringList problems = editor.paste(QStringLiteral("=cc17= at =рио=\t=cc17=\n"), at(0, Field::Title), {});
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(text(0, Field::Title), QStringLiteral("Rick Perkins at Рио-де-Жанейро"));
        const int next = m_view->horizontalHeader()->logicalIndex(
            m_view->horizontalHeader()->visualIndex(RecordTableModel::columnForField(Field::Title)) + 1);
        QCOMPARE(m_filter->index(0, next).data().toString(), QStringLiteral("Rick Perkins"));
    }

    void preferencesRefuseAFileThatDoesNotLoad()
    {
        QTemporaryDir dir;
        QFile legacy(dir.filePath(QStringLiteral("legacy.txt")));
        QVERIFY(legacy.open(QIODevice::WriteOnly));
        legacy.write("cc1\tJos\xe9 Mourinho\n"); // Windows-1252, not UTF-8
        legacy.close();
        QFile good(dir.filePath(QStringLiteral("good.txt")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("cc1\tJos\xc3\xa9 Mourinho\n");
        good.close();

        SettingsDialog dialog { RecordTemplates(), ReadingPreferences(), WritingPreferences(), QString(), QString() };
        dialog.setCaption({ { QStringLiteral("/first.txt") }, QLatin1Char('%'), QString() });
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("replacementFilesList"));
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("replacementFileEdit"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addReplacementButton"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("templateProblem"));
        QVERIFY(list && path && add && problem);

        path->setText(legacy.fileName());
        add->click();
        QCOMPARE(list->count(), 1); // not added
        QVERIFY2(problem->text().contains(QStringLiteral("legacy.txt")), qPrintable(problem->text()));
        QVERIFY(!problem->isHidden());

        path->setText(good.fileName());
        add->click();
        QCOMPARE(list->count(), 2);
        QVERIFY(problem->isHidden());
        const CaptionPreferences caption = dialog.caption();
        QCOMPARE(caption.replacementFiles, QStringList({ QStringLiteral("/first.txt"), good.fileName() }));
        QCOMPARE(caption.delimiter, QChar(u'%'));
    }
};

QTEST_MAIN(tst_CaptionDesk)
#include "tst_captiondesk.moc"
