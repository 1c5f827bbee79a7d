// SPDX-License-Identifier: GPL-3.0-or-later
// Spell checking in the table: the title, headline, caption and alt text editors underline
// misspellings and offer suggestions, Add to Dictionary and Ignore in five languages; the
// spell-mark updater marks cells and keeps the Misspelled count; the agency dictionary preference;
// code expansion and the underline together as a caption is typed, and the words of a code never
// taken for misspellings.
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include "core/caption/codereplacements.h"
#include "core/caption/spellchecker.h"
#include "core/i18n/languagemanager.h"
#include "models/recordfiltermodel.h"
#include "models/recordtablemodel.h"
#include "models/spellmarkupdater.h"
#include "tests/models/sessionfixture.h"
#include "tests/support/testenvironment.h"
#include "tests/support/testpaths.h"
#include "tests/views/desktopsession.h"
#include "views/fieldeditors.h"
#include "views/preferences.h"
#include "views/recorddelegate.h"
#include "views/recordlistwidget.h"
#include "views/settingsdialog.h"
#include "views/spellingsupport.h"

using namespace Wesog;

namespace {

/// Types `text` key by key; type() takes ASCII only, and the sentences are Cyrillic too.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, c.isSpace() ? Qt::Key_Space : Qt::Key_A, QString(c), Qt::NoModifier);
}

/// Types `text` as a person does: the event loop runs between keys, so the line edit's queued
/// underline and the caption editor's queued code expansion happen between keystrokes, as they do
/// when typing.
void typeSlowly(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        type(widget, QString(c));
        QCoreApplication::processEvents();
    }
}

/// Reddish pixels: the spelling underline (thin and antialiased, so often pink on white) and the
/// cell marker; text is grey, where red, green and blue are alike.
int redPixels(const QImage &image, const QRect &area = {})
{
    const QRect rect = area.isNull() ? image.rect() : area.intersected(image.rect());
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.red() > 150 && c.red() - c.green() > 50 && c.red() - c.blue() > 50 ? 1 : 0;
        }
    }
    return count;
}

QStringList actionTexts(const QMenu *menu, const QString &objectName)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (action->objectName() == objectName)
            texts << action->text();
    }
    return texts;
}

/// The suggestions at the top of a spelling menu, before any other action.
QStringList leadingSuggestions(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (action->objectName() != QStringLiteral("spellingSuggestion"))
            break;
        texts << action->text();
    }
    return texts;
}

QAction *actionNamed(const QMenu *menu, const QString &objectName, const QString &text = {})
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName && (text.isEmpty() || action->text() == text))
            return action;
    }
    return nullptr;
}

/// Waits until every row's marks describe its text.
bool waitIdle(SpellMarkUpdater *updater)
{
    if (updater->isIdle())
        return true;
    QSignalSpy idle(updater, &SpellMarkUpdater::idle);
    return idle.wait(30000);
}

} // namespace

class tst_Spelling : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    QTemporaryDir m_folder;
    QTemporaryDir m_workspaces;
    std::unique_ptr<Test::SessionFixture> m_session;
    std::unique_ptr<RecordFilterModel> m_filter;
    std::unique_ptr<QTableView> m_view;
    QHash<QString, std::shared_ptr<SpellChecker>> m_checkers;

    QModelIndex at(int row, Field field) const { return m_filter->index(row, RecordTableModel::columnForField(field)); }

    /// A table editor of `field` holding `text`, its checker reading and writing the user
    /// dictionary `dictionary`.
    struct SpellingEditor
    {
        RecordDelegate *delegate = nullptr;
        std::unique_ptr<QWidget> editor;
        SpellingSupport *spelling = nullptr; ///< null if the dictionary did not load
    };
    SpellingEditor spellingEditor(const QString &language, const QString &dictionary, Field field, const QString &text)
    {
        SpellingEditor made;
        const std::shared_ptr<SpellChecker> spell
            = Preferences::loadSpellChecker(language, QString(), nullptr, dictionary);
        if (!spell)
            return made;
        made.delegate = new RecordDelegate(m_view.get());
        made.delegate->setSpellChecker(spell);
        made.editor.reset(made.delegate->createEditor(m_view->viewport(), QStyleOptionViewItem(), at(0, field)));
        qobject_cast<QLineEdit *>(made.editor.get())->setText(text);
        made.spelling = made.editor->findChild<SpellingSupport *>(QStringLiteral("spellingSupport"));
        return made;
    }

    std::shared_ptr<SpellChecker> checker(const QString &language)
    {
        if (!m_checkers.contains(language)) {
            QString error;
            m_checkers.insert(language, SpellChecker::create(language, &error));
            if (!m_checkers.value(language))
                qWarning("%s", qPrintable(error));
        }
        return m_checkers.value(language);
    }

    /// Sets the four checked fields of a row (through the model, as an edit).
    void setTexts(int row, const QString &title, const QString &caption)
    {
        QVERIFY(m_filter->setData(at(row, Field::Title), title));
        QVERIFY(m_filter->setData(at(row, Field::Headline), QString()));
        QVERIFY(m_filter->setData(at(row, Field::Caption), caption));
        QVERIFY(m_filter->setData(at(row, Field::AltText), QString()));
    }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<Test::TestEnvironment>();
        for (const char *name : { "festival-night.jpg", "harbour-dawn.jpg" })
            QVERIFY(QFile::copy(QStringLiteral(WESOG_SOURCE_DIR "/resources/samples/") + QLatin1String(name),
                m_folder.filePath(QLatin1String(name))));
    }

    void init()
    {
        m_env->clearSettings(); // no test's preferences (agency dictionary, metadata language) leak into the next
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
        LanguageManager().apply(QStringLiteral("en"));
    }

    void editorsUnderlineAndSuggest_data()
    {
        QTest::addColumn<QString>("language"); // the interface and the metadata language
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("suggestion");
        QTest::addColumn<QString>("addText"); // Add to Dictionary, translated
        QTest::addColumn<QString>("ignoreText");
        struct Case
        {
            const char *language;
            QString sentence, word, suggestion, addText, ignoreText;
        };
        const QList<Case> cases {
            { "en", QStringLiteral("The goverment announced new measures"), QStringLiteral("goverment"),
                QStringLiteral("government"), QStringLiteral("Add to Dictionary"), QStringLiteral("Ignore") },
            { "es", QStringLiteral("El presidente visitó el hopital de la ciudad"), QStringLiteral("hopital"),
                QStringLiteral("hospital"), QStringLiteral("Añadir al diccionario"), QStringLiteral("Ignorar") },
            { "pt", QStringLiteral("O goberno anunciou novas medidas"), QStringLiteral("goberno"),
                QStringLiteral("governo"), QStringLiteral("Adicionar ao dicionário"), QStringLiteral("Ignorar") },
            { "fr", QStringLiteral("Le gouvernment a annoncé de nouvelles mesures"), QStringLiteral("gouvernment"),
                QStringLiteral("gouvernement"), QStringLiteral("Ajouter au dictionnaire"), QStringLiteral("Ignorer") },
            { "ru", QStringLiteral("Правительство обьявило о новых мерах"), QStringLiteral("обьявило"),
                QStringLiteral("объявило"), QStringLiteral("Добавить в словарь"), QStringLiteral("Пропустить") },
        };
        for (const Case &c : cases) {
            for (const Field field : { Field::Title, Field::Headline, Field::Caption, Field::AltText })
                QTest::addRow("%s-%s", c.language, qPrintable(FieldRegistry::jsonKey(field))) << QString::fromLatin1(
                    c.language) << field << c.sentence << c.word << c.suggestion << c.addText << c.ignoreText;
        }
    }

    void editorsUnderlineAndSuggest()
    {
        QFETCH(QString, language);
        QFETCH(Field, field);
        QFETCH(QString, sentence);
        QFETCH(QString, word);
        QFETCH(QString, suggestion);
        QFETCH(QString, addText);
        QFETCH(QString, ignoreText);
        LanguageManager languages;
        QVERIFY(languages.apply(language));
        const std::shared_ptr<SpellChecker> spell = checker(language);
        QVERIFY2(spell, "the hunspell dictionaries are installed by scripts/bootstrap");
        auto *delegate = new RecordDelegate(m_view.get());
        delegate->setSpellChecker(spell);
        const QModelIndex cell = at(0, field);
        std::unique_ptr<QWidget> editor(delegate->createEditor(m_view->viewport(), QStyleOptionViewItem(), cell));
        auto *caption = qobject_cast<CaptionEditor *>(editor.get());
        auto *line = qobject_cast<QLineEdit *>(editor.get());
        QVERIFY(field == Field::Caption ? caption != nullptr : line != nullptr);
        QWidget *typedInto = caption ? static_cast<QWidget *>(caption->textEdit()) : line;
        auto text = [&] { return caption ? caption->text() : line->text(); };
        auto *spelling = editor->findChild<SpellingSupport *>(QStringLiteral("spellingSupport"));
        QVERIFY(spelling);

        caption ? caption->setText(QString()) : line->clear();
        type(typedInto, sentence);
        QCoreApplication::processEvents(); // the line edit is underlined once the keystroke is done
        QCOMPARE(text(), sentence);
        const qsizetype start = sentence.indexOf(word);
        QCOMPARE(spelling->misspellings(), QList<TextWord>({ { int(start), int(word.size()), word } }));
        // The underline is drawn: the caption editor's layout carries it; the line edit is painted red.
        if (caption) {
            const QList<QTextLayout::FormatRange> ranges
                = caption->textEdit()->document()->firstBlock().layout()->formats();
            QCOMPARE(ranges.size(), 1);
            QCOMPARE(ranges.first().start, int(start));
            QCOMPARE(ranges.first().length, int(word.size()));
            QCOMPARE(ranges.first().format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
        } else {
            line->resize(700, 30);
            line->setCursorPosition(0);
            QVERIFY(redPixels(line->grab().toImage()) > 0);
        }

        std::unique_ptr<QMenu> menu(spelling->createContextMenu(int(start) + 1));
        const QStringList suggestions = actionTexts(menu.get(), QStringLiteral("spellingSuggestion"));
        QVERIFY2(suggestions.contains(suggestion), qPrintable(suggestions.join(QLatin1String(", "))));
        QVERIFY(suggestions.size() <= 5);
        QCOMPARE(actionNamed(menu.get(), QStringLiteral("addToDictionaryAction"))->text(), addText);
        QCOMPARE(actionNamed(menu.get(), QStringLiteral("ignoreWordAction"))->text(), ignoreText);
        // The editor's own actions stay below (undo, cut, copy, paste…).
        QVERIFY(menu->actions().size() > suggestions.size() + 4);
        // Away from the misspelled word: only the editor's own actions.
        std::unique_ptr<QMenu> plain(spelling->createContextMenu(0));
        QVERIFY(!actionNamed(plain.get(), QStringLiteral("addToDictionaryAction")));

        actionNamed(menu.get(), QStringLiteral("spellingSuggestion"), suggestion)->trigger();
        QString corrected = sentence;
        corrected.replace(start, word.size(), suggestion);
        QCOMPARE(text(), corrected);
        QCoreApplication::processEvents();
        QVERIFY(spelling->misspellings().isEmpty());
        if (line)
            QCOMPARE(redPixels(line->grab().toImage()), 0); // the underline went with the word
        else
            QVERIFY(caption->textEdit()->document()->firstBlock().layout()->formats().isEmpty());
        delegate->setModelData(editor.get(), m_filter.get(), cell);
        QCOMPARE(cell.data().toString(), corrected);
    }

    void typingACodeAndAMisspellingInTheTable_data()
    {
        QTest::addColumn<QString>("language"); // the interface and the metadata language
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("replacement"); // what =cc17= stands for, spelled right
        QTest::addColumn<QString>("sentence"); // typed after the code
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("suggestion");
        struct Case
        {
            const char *language;
            QString replacement, sentence, word, suggestion;
        };
        const QList<Case> cases {
            { "en", QStringLiteral("In London,"), QStringLiteral("the goverment announced new measures"),
                QStringLiteral("goverment"), QStringLiteral("government") },
            { "es", QStringLiteral("En Madrid,"), QStringLiteral("el presidente visitó el hopital de la ciudad"),
                QStringLiteral("hopital"), QStringLiteral("hospital") },
            { "pt", QStringLiteral("Em Lisboa,"), QStringLiteral("o goberno anunciou novas medidas"),
                QStringLiteral("goberno"), QStringLiteral("governo") },
            { "fr", QStringLiteral("À Paris,"), QStringLiteral("le gouvernment a annoncé de nouvelles mesures"),
                QStringLiteral("gouvernment"), QStringLiteral("gouvernement") },
            { "ru", QStringLiteral("В Москве"), QStringLiteral("правительство обьявило о новых мерах"),
                QStringLiteral("обьявило"), QStringLiteral("объявило") },
        };
        for (const Case &c : cases) {
            for (const Field field : { Field::Title, Field::Caption })
                QTest::addRow("%s-%s", c.language, qPrintable(FieldRegistry::jsonKey(field))) << QString::fromLatin1(
                    c.language) << field << c.replacement << c.sentence << c.word << c.suggestion;
        }
    }

    void typingACodeAndAMisspellingInTheTable()
    {
        // The issue's "done when": in the table's own editor, in each interface language, the
        // code typed first is expanded and the misspelled word after it underlined, with the
        // right suggestion at the top of its context menu. The line edit's underline is an
        // input-method event and the expansion an edit of the same text: they must not undo
        // each other.
        QFETCH(QString, language);
        QFETCH(Field, field);
        QFETCH(QString, replacement);
        QFETCH(QString, sentence);
        QFETCH(QString, word);
        QFETCH(QString, suggestion);
        LanguageManager languages;
        QVERIFY(languages.apply(language));
        const std::shared_ptr<SpellChecker> spell = checker(language);
        QVERIFY2(spell, "the hunspell dictionaries are installed by scripts/bootstrap");
        auto codes = std::make_shared<CodeReplacements>();
        QVERIFY(codes->addData("cc17\t" + replacement.toUtf8() + '\n', QStringLiteral("codes.txt"), nullptr));

        RecordListWidget list(&m_session->session);
        list.setCodeReplacements(codes);
        list.setSpellChecker(spell);
        list.resize(1400, 500);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        auto *table = list.findChild<QTableView *>(QStringLiteral("recordTable"));
        QVERIFY(table);
        const QModelIndex cell = table->model()->index(0, RecordTableModel::columnForField(field));
        table->setColumnWidth(cell.column(), 900); // the whole title in view, for its underline's pixels
        table->scrollTo(cell);
        table->setCurrentIndex(cell);
        table->edit(cell);
        QWidget *editor = table->indexWidget(cell);
        QVERIFY(editor);
        auto *caption = qobject_cast<CaptionEditor *>(editor);
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(field == Field::Caption ? caption != nullptr : line != nullptr);
        QWidget *typedInto = caption ? static_cast<QWidget *>(caption->textEdit()) : line;
        auto text = [&] { return caption ? caption->text() : line->text(); };
        caption ? caption->setText(QString()) : line->clear();

        typeSlowly(typedInto, QStringLiteral("=cc17= ") + sentence);
        const QString expanded = replacement + QLatin1Char(' ') + sentence;
        QCOMPARE(text(), expanded);
        const int start = int(expanded.indexOf(word));
        auto *spelling = editor->findChild<SpellingSupport *>(QStringLiteral("spellingSupport"));
        QVERIFY(spelling);
        QCOMPARE(spelling->misspellings(), QList<TextWord>({ { start, int(word.size()), word } }));

        // The underline, under the misspelled word only.
        QPoint at; // where the word is, for the right-click
        if (caption) {
            const QList<QTextLayout::FormatRange> ranges
                = caption->textEdit()->document()->firstBlock().layout()->formats();
            QCOMPARE(ranges.size(), 1);
            QCOMPARE(ranges.first().start, start);
            QCOMPARE(ranges.first().length, int(word.size()));
            QCOMPARE(ranges.first().format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
            QTextCursor cursor(caption->textEdit()->document());
            cursor.setPosition(start + 1);
            at = caption->textEdit()->cursorRect(cursor).center();
        } else {
            auto xAt = [line](int position) {
                line->setCursorPosition(position);
                return line->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
            };
            const int wordLeft = xAt(start);
            const int wordRight = xAt(start + int(word.size()));
            const int textRight = xAt(int(expanded.size()));
            line->setCursorPosition(int(expanded.size()));
            QVERIFY(textRight < line->width()); // nothing scrolled out of view
            const QImage painted = line->grab().toImage();
            QVERIFY(redPixels(painted, QRect(wordLeft, 0, wordRight - wordLeft, painted.height())) > 0);
            QCOMPARE(redPixels(painted, QRect(0, 0, wordLeft - 1, painted.height())), 0); // not the expansion
            QCOMPARE(redPixels(painted, QRect(wordRight + 2, 0, painted.width(), painted.height())), 0);
            at = QPoint((wordLeft + wordRight) / 2, line->height() / 2);
        }

        // A right-click on the word: its suggestions first, the right one among them.
        QWidget *clicked = caption ? caption->textEdit()->viewport() : line;
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, clicked->mapToGlobal(at));
        QCoreApplication::sendEvent(clicked, &click);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("spellingMenu"));
        const QStringList suggestions = leadingSuggestions(menu);
        QVERIFY2(suggestions.contains(suggestion), qPrintable(suggestions.join(QLatin1String(", "))));
        QVERIFY(suggestions.size() <= 5);
        menu->close();

        // In the table: the expanded text, and the cell marked.
        table->itemDelegate()->setModelData(editor, table->model(), cell);
        QCOMPARE(cell.data().toString(), expanded);
        QVERIFY(waitIdle(list.spellMarkUpdater()));
        QVERIFY(cell.data(RecordTableModel::SpellMarkRole).toBool());
    }

    void wordsInsideACodeAreNoMisspelling()
    {
        // `wesogctl check` reports an unknown code once, as a code: its letters are no misspelled
        // word. The table's marks and the editors' underline follow the same rule.
        auto codes = std::make_shared<CodeReplacements>();
        QVERIFY(codes->addData("cc17\tRick Perkins\n", QStringLiteral("codes.txt"), nullptr));
        setTexts(0, QStringLiteral("=zzqx= at dawn"), QStringLiteral("=zzqx= and the goverment"));
        setTexts(1, QStringLiteral("Boats at dawn"), QString());
        RecordListWidget list(&m_session->session);
        list.setCodeReplacements(codes);
        list.setSpellChecker(checker(QStringLiteral("en")));
        QVERIFY(waitIdle(list.spellMarkUpdater()));
        const QModelIndex title = m_filter->mapToSource(at(0, Field::Title));
        const QModelIndex caption = m_filter->mapToSource(at(0, Field::Caption));
        const RecordRow &row = m_session->model.row(title.row());
        QVERIFY(std::any_of(row.issues.cbegin(), row.issues.cend(),
            [](const FieldIssue &issue) { return issue.code == IssueCode::UnknownReplacementCode; }));
        QCOMPARE(title.data(RecordTableModel::SpellMarkRole).toBool(), false); // only the code's letters
        QCOMPARE(caption.data(RecordTableModel::SpellMarkRole).toBool(), true); // goverment
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), 1);

        auto *table = list.findChild<QTableView *>(QStringLiteral("recordTable"));
        QVERIFY(table);
        const auto *shown = qobject_cast<const RecordFilterModel *>(table->model());
        QVERIFY(shown);
        for (const Field field : { Field::Title, Field::Caption }) {
            const QModelIndex cell = shown->mapFromSource(field == Field::Title ? title : caption);
            std::unique_ptr<QWidget> editor(
                table->itemDelegate()->createEditor(table->viewport(), QStyleOptionViewItem(), cell));
            table->itemDelegate()->setEditorData(editor.get(), cell);
            auto *spelling = editor->findChild<SpellingSupport *>(QStringLiteral("spellingSupport"));
            QVERIFY(spelling);
            if (field == Field::Title) {
                QVERIFY(spelling->misspellings().isEmpty());
                continue;
            }
            QCOMPARE(spelling->misspellings(),
                QList<TextWord>({ { 15, 9, QStringLiteral("goverment") } })); // "=zzqx= and the goverment"
            const QList<QTextLayout::FormatRange> ranges
                = qobject_cast<CaptionEditor *>(editor.get())->textEdit()->document()->firstBlock().layout()->formats();
            QCOMPARE(ranges.size(), 1);
            QCOMPARE(ranges.first().start, 15);
        }

        // A code is what the delimiter preference makes one: with `%`, `=zzqx=` is text, checked.
        auto percent = std::make_shared<CodeReplacements>();
        percent->setDelimiter(QLatin1Char('%'));
        list.setCodeReplacements(percent);
        QVERIFY(waitIdle(list.spellMarkUpdater()));
        QCOMPARE(title.data(RecordTableModel::SpellMarkRole).toBool(), true);
        std::unique_ptr<QWidget> editor(table->itemDelegate()->createEditor(
            table->viewport(), QStyleOptionViewItem(), shown->mapFromSource(title)));
        auto *line = qobject_cast<QLineEdit *>(editor.get());
        QVERIFY(line);
        line->setText(QStringLiteral("%zzqx% and =zzqx="));
        QCOMPARE(editor->findChild<SpellingSupport *>()->misspellings(),
            QList<TextWord>({ { 12, 4, QStringLiteral("zzqx") } }));
    }

    void aMarkArrivingWhileTypingKeepsTheTypedText()
    {
        // The background check's marks come as the cell's dataChanged, which a view answers by
        // filling its open editor again: what is typed must survive them.
        RecordListWidget list(&m_session->session);
        list.resize(1400, 500);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QTableView *table = list.table();
        const QModelIndex source = m_filter->mapToSource(at(0, Field::Caption));
        const QModelIndex cell = qobject_cast<const RecordFilterModel *>(table->model())->mapFromSource(source);
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto *caption = qobject_cast<CaptionEditor *>(table->indexWidget(cell));
        QVERIFY(caption);
        caption->setText(QString());
        type(caption->textEdit(), QStringLiteral("Typed so far"));
        const quint32 marks = m_session->model.row(source.row()).misspelledFields;
        m_session->model.setSpellMarks({ { source.row(), marks ^ (1U << int(Field::Caption)) } });
        QCOMPARE(caption->text(), QStringLiteral("Typed so far"));
        // A new value of the cell (here an edit through the model) still reaches the editor.
        QVERIFY(m_session->model.setData(source, QStringLiteral("Changed elsewhere")));
        QCOMPARE(caption->text(), QStringLiteral("Changed elsewhere"));
    }

    void rightClickOpensTheSpellingMenu()
    {
        auto *delegate = new RecordDelegate(m_view.get());
        delegate->setSpellChecker(checker(QStringLiteral("en")));
        m_view->resize(900, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        std::unique_ptr<QWidget> editor(
            delegate->createEditor(m_view->viewport(), QStyleOptionViewItem(), at(0, Field::Headline)));
        auto *line = qobject_cast<QLineEdit *>(editor.get());
        QVERIFY(line);
        line->setGeometry(0, 0, 600, 30);
        line->show();
        line->setText(QStringLiteral("Goverment"));
        QContextMenuEvent click(QContextMenuEvent::Mouse, QPoint(8, 15), line->mapToGlobal(QPoint(8, 15)));
        QCoreApplication::sendEvent(line, &click);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("spellingMenu"));
        QVERIFY(actionTexts(menu, QStringLiteral("spellingSuggestion")).contains(QStringLiteral("Government")));
        menu->close();
    }

    void addToDictionaryPersists()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("dictionary.txt"));
        const SpellingEditor made
            = spellingEditor(QStringLiteral("en"), path, Field::Title, QStringLiteral("Kwiatkowski wins the stage"));
        QVERIFY(made.spelling);
        SpellingSupport *spelling = made.spelling;
        QSignalSpy changed(made.delegate, &RecordDelegate::spellingDictionaryChanged);
        QCOMPARE(spelling->misspellings().size(), 1);
        std::unique_ptr<QMenu> menu(spelling->createContextMenu(2));
        actionNamed(menu.get(), QStringLiteral("addToDictionaryAction"))->trigger();
        QVERIFY(spelling->misspellings().isEmpty());
        QCOMPARE(changed.size(), 1); // the table's marks are checked again
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("Kwiatkowski\n"));
        // The next run of the app (a new checker over the same file) knows the word.
        const std::shared_ptr<SpellChecker> next
            = Preferences::loadSpellChecker(QStringLiteral("en"), QString(), nullptr, path);
        QVERIFY(next->isCorrect(QStringLiteral("Kwiatkowski")));
        QVERIFY(next->check(QStringLiteral("Kwiatkowski wins the stage")).isEmpty());
    }

    void anUnsavedWordIsReportedAndIgnored()
    {
        QTemporaryDir home;
        // A dictionary path under a regular file: no one, root included, can create it.
        QFile blocker(home.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = home.filePath(QStringLiteral("not-a-folder/dictionary.txt"));
        const SpellingEditor made
            = spellingEditor(QStringLiteral("en"), path, Field::Title, QStringLiteral("Kwiatkowski wins the stage"));
        QVERIFY(made.spelling);
        SpellingSupport *spelling = made.spelling;
        QCOMPARE(spelling->misspellings().size(), 1);
        std::unique_ptr<QMenu> menu(spelling->createContextMenu(2));
        actionNamed(menu.get(), QStringLiteral("addToDictionaryAction"))->trigger();
        // Not saved, and the user is told; the word is no longer marked in this session.
        QVERIFY(!QFileInfo::exists(path));
        QMessageBox *message = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QStringLiteral("dictionaryNotSavedMessage") && widget->isVisible())
                message = qobject_cast<QMessageBox *>(widget);
        }
        QVERIFY(message);
        QVERIFY(message->text().contains(QStringLiteral("Kwiatkowski")));
        QVERIFY(message->text().contains(QStringLiteral("not-a-folder")));
        QVERIFY(spelling->misspellings().isEmpty());
        message->close();
    }

    void ignoreLastsForTheSession()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("dictionary.txt"));
        const SpellingEditor made
            = spellingEditor(QStringLiteral("fr"), path, Field::AltText, QStringLiteral("Les suporters chantent"));
        QVERIFY(made.spelling);
        SpellingSupport *spelling = made.spelling;
        QSignalSpy changed(made.delegate, &RecordDelegate::spellingDictionaryChanged);
        std::unique_ptr<QMenu> menu(spelling->createContextMenu(6));
        actionNamed(menu.get(), QStringLiteral("ignoreWordAction"))->trigger();
        QVERIFY(spelling->misspellings().isEmpty());
        QCOMPARE(changed.size(), 1);
        // Another editor of the session skips it too; nothing was written, so the next session flags it.
        std::unique_ptr<QWidget> other(
            made.delegate->createEditor(m_view->viewport(), QStyleOptionViewItem(), at(1, Field::Title)));
        qobject_cast<QLineEdit *>(other.get())->setText(QStringLiteral("suporters"));
        QVERIFY(other->findChild<SpellingSupport *>()->misspellings().isEmpty());
        QVERIFY(!QFile::exists(path));
        const std::shared_ptr<SpellChecker> next
            = Preferences::loadSpellChecker(QStringLiteral("fr"), QString(), nullptr, path);
        QCOMPARE(next->check(QStringLiteral("Les suporters chantent")).size(), 1);
    }

    void wordsAddedOrIgnoredOutliveANewChecker()
    {
        // Preferences loads a new checker on a worker (another agency dictionary, say); a word
        // added or ignored in the editors while it loads is still accepted once it is in place.
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("dictionary.txt"));
        const std::shared_ptr<SpellChecker> first
            = Preferences::loadSpellChecker(QStringLiteral("en"), QString(), nullptr, path);
        const std::shared_ptr<SpellChecker> loading
            = Preferences::loadSpellChecker(QStringLiteral("en"), QString(), nullptr, path);
        RecordListWidget list(&m_session->session);
        list.setSpellChecker(first);
        QVERIFY(first->addToUserDictionary(QStringLiteral("Kwiatkowski")));
        first->ignoreWord(QStringLiteral("suporters"));
        list.setSpellChecker(loading);
        QVERIFY(loading->check(QStringLiteral("Kwiatkowski greets the suporters")).isEmpty());
    }

    void tableMarksMisspelledCellsAndCountsThem()
    {
        setTexts(0, QStringLiteral("Festival night"), QStringLiteral("Crowds with paper lanterns at night."));
        setTexts(1, QStringLiteral("Boats at dawn"), QStringLiteral("Boats return to the quay as the sun rises."));
        RecordListWidget list(&m_session->session);
        list.resize(1400, 400);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        auto *table = list.findChild<QTableView *>(QStringLiteral("recordTable"));
        auto *states = list.findChild<QComboBox *>(QStringLiteral("stateFilterCombo"));
        QVERIFY(table && states);
        const int misspelled = int(RecordState::Misspelled);
        // Source indexes of the rows the list shows first (festival) and second (harbour), by file name.
        const QModelIndex caption0 = m_filter->mapToSource(at(0, Field::Caption));
        const QModelIndex title1 = m_filter->mapToSource(at(1, Field::Title));

        list.setSpellChecker(checker(QStringLiteral("en")));
        QVERIFY(waitIdle(list.spellMarkUpdater()));
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), 0);
        QTRY_COMPARE(states->itemText(misspelled), QStringLiteral("Misspelled (0)"));

        // Introduce a misspelling: the cell is marked, the count moves, the filter shows the row.
        QVERIFY(m_session->model.setData(caption0, QStringLiteral("Crowds with paper lantterns at night.")));
        QVERIFY(waitIdle(list.spellMarkUpdater()));
        QCOMPARE(caption0.data(RecordTableModel::SpellMarkRole).toBool(), true);
        QCOMPARE(caption0.siblingAtColumn(RecordTableModel::columnForField(Field::Title))
                     .data(RecordTableModel::SpellMarkRole)
                     .toBool(),
            false);
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), 1);
        QTRY_COMPARE(states->itemText(misspelled), QStringLiteral("Misspelled (1)"));

        // The delegate paints the marker in the cell's top right corner, and only there.
        const QModelIndex shown = table->model()->index(0, caption0.column());
        table->scrollTo(shown);
        const QRect rect = table->visualRect(shown);
        const QImage painted = table->viewport()->grab().toImage();
        QVERIFY(redPixels(painted, QRect(rect.right() - 4, rect.top(), 4, 3)) > 0);
        const QRect titleRect = table->visualRect(table->model()->index(0, title1.column()));
        QCOMPARE(redPixels(painted, QRect(titleRect.right() - 4, titleRect.top(), 4, 3)), 0);

        QVERIFY(m_session->model.setData(title1, QStringLiteral("Boats at dawnn")));
        QVERIFY(waitIdle(list.spellMarkUpdater()));
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), 2);
        states->setCurrentIndex(misspelled);
        QCOMPARE(table->model()->rowCount(), 2);

        // Fixing one: the count goes down and the filter lets the row go.
        QVERIFY(m_session->model.setData(caption0, QStringLiteral("Crowds with paper lanterns at night.")));
        QVERIFY(waitIdle(list.spellMarkUpdater()));
        QCOMPARE(caption0.data(RecordTableModel::SpellMarkRole).toBool(), false);
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), 1);
        QTRY_COMPARE(states->itemText(misspelled), QStringLiteral("Misspelled (1)"));
        QCOMPARE(table->model()->rowCount(), 1);
        // Undo brings the misspelling back, and its mark.
        m_session->undo.undo();
        QVERIFY(waitIdle(list.spellMarkUpdater()));
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), 2);

        // No dictionary for the metadata language: no marks.
        list.setSpellChecker(nullptr);
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), 0);
        QCOMPARE(title1.data(RecordTableModel::SpellMarkRole).toBool(), false);
    }

    void visibleRowsAreCheckedFirst()
    {
        // One worker thread, so batches finish in the order they were queued (with more, a thread
        // that must first load its own Hunspell copy finishes its batch late).
        const int count = 1000;
        QList<RecordRow> rows;
        for (int i = 0; i < count; ++i) {
            RecordRow row;
            row.relativePath = row.absolutePath = QStringLiteral("/photos/%1.jpg").arg(i);
            row.metadata.record.setId(QString::number(i));
            row.metadata.record.setValue(Field::Caption, QStringLiteral("A beautifull morning, picture %1.").arg(i));
            rows.append(row);
        }
        m_session->model.setRows(rows);
        SpellMarkUpdater updater(&m_session->model);
        updater.setThreadCount(1);
        updater.setVisibleRows({ 900, 901 });
        QSignalSpy marked(&m_session->model, &QAbstractItemModel::dataChanged);
        updater.setSpellChecker(checker(QStringLiteral("en")));
        QVERIFY(waitIdle(&updater));
        QCOMPARE(marked.size(), count); // each row once
        QCOMPARE(marked.at(0).at(0).toModelIndex().row(), 900);
        QCOMPARE(marked.at(1).at(0).toModelIndex().row(), 901);
        QCOMPARE(marked.at(2).at(0).toModelIndex().row(), 0); // then the rest, in order
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), count);

        // An edit: its row is checked again; only its mark changes.
        QVERIFY(m_session->model.setData(m_session->model.index(10, RecordTableModel::columnForField(Field::Caption)),
            QStringLiteral("A fine morning.")));
        QVERIFY(waitIdle(&updater));
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), count - 1); // the edited row, again
    }

    void agencyDictionaryPreference()
    {
        QTemporaryDir dir;
        const QString agency = dir.filePath(QStringLiteral("agency.txt"));
        QFile file(agency);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# people\nKwiatkowski\n\xc3\x89gr\xc3\xa8ve\n"); // UTF-8
        file.close();

        // The dialog shows and returns the path; it is saved with the caption preferences.
        SettingsDialog dialog { RecordTemplates(), ReadingPreferences(), WritingPreferences(), QString(), QString() };
        dialog.setCaption({ {}, QLatin1Char('='), QStringLiteral("/old/agency.txt") });
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("agencyDictionaryEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->text(), QStringLiteral("/old/agency.txt"));
        edit->setText(agency);
        dialog.caption().save();
        QCOMPARE(CaptionPreferences::load().agencyDictionary, agency);

        // Its words are never flagged, in the editors and in the table, once the checker is replaced.
        setTexts(0, QStringLiteral("Kwiatkowski wins in Égrève"), QString());
        setTexts(1, QStringLiteral("Boats at dawn"), QString());
        RecordListWidget list(&m_session->session);
        list.setSpellChecker(Preferences::loadSpellChecker(
            QStringLiteral("en"), QString(), nullptr, dir.filePath(QStringLiteral("user.txt"))));
        QVERIFY(waitIdle(list.spellMarkUpdater()));
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), 1);
        QString problem;
        const std::shared_ptr<SpellChecker> withAgency = Preferences::loadSpellChecker(
            QStringLiteral("en"), agency, &problem, dir.filePath(QStringLiteral("user.txt")));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        list.setSpellChecker(withAgency);
        QVERIFY(waitIdle(list.spellMarkUpdater()));
        QCOMPARE(m_session->model.stateCount(RecordState::Misspelled), 0);

        // A file that is not there is reported; spelling still works without it.
        const std::shared_ptr<SpellChecker> without
            = Preferences::loadSpellChecker(QStringLiteral("en"), dir.filePath(QStringLiteral("gone.txt")), &problem);
        QVERIFY(without);
        QVERIFY2(problem.contains(QStringLiteral("gone.txt")), qPrintable(problem));
    }

    void preferencesRecheckTheTable()
    {
        // The window as the app builds it: Preferences loads the metadata language's checker on a
        // worker at start, and again when the agency dictionary or the metadata language changes.
        QTemporaryDir workspaces;
        QTemporaryDir dir;
        const QString agency = dir.filePath(QStringLiteral("agency.txt"));
        QFile file(agency);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Zbigniewowski\n");
        file.close();
        Test::DesktopSession desk(workspaces.path(), m_env->path());
        QVERIFY(desk.open(m_folder.path()));
        const int harbour = desk.model.rowOfId(QStringLiteral("harbour-dawn"));
        const QModelIndex title = desk.model.index(harbour, RecordTableModel::columnForField(Field::Title));
        const QModelIndex caption = desk.model.index(harbour, RecordTableModel::columnForField(Field::Caption));
        QVERIFY(desk.model.setData(title, QStringLiteral("Zbigniewowski at dawn")));
        QVERIFY(desk.model.setData(caption, QStringLiteral("Boats return as the sun rises.")));
        // Both at once: the sample's own title and caption were marked already ("Harbour", "Ribeira").
        QTRY_VERIFY_WITH_TIMEOUT(title.data(RecordTableModel::SpellMarkRole).toBool()
                && !caption.data(RecordTableModel::SpellMarkRole).toBool(),
            20000);

        auto openPreferences = [&desk]() -> QDialog * {
            desk.window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
            auto *dialog = desk.window.findChild<QDialog *>(QStringLiteral("settingsDialog"));
            return dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }) ? dialog : nullptr;
        };
        QDialog *dialog = openPreferences();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("agencyDictionaryEdit"))->setText(agency);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!title.data(RecordTableModel::SpellMarkRole).toBool(), 20000);

        // Another metadata language: the folder is read again and checked in French.
        dialog = openPreferences();
        QVERIFY(dialog);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("metadataLanguageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(desk.model
                                     .index(desk.model.rowOfId(QStringLiteral("harbour-dawn")),
                                         RecordTableModel::columnForField(Field::Caption))
                                     .data(RecordTableModel::SpellMarkRole)
                                     .toBool(),
            20000); // "Boats return as the sun rises." is no French
    }
};

QTEST_MAIN(tst_Spelling)
#include "tst_spelling.moc"
