// SPDX-License-Identifier: GPL-3.0-or-later
// Controlled vocabularies (issue 17, point 4) in the real window over the bundled samples:
// the shot, scene and medium pickers and the country completion in Russian and Portuguese
// (interface and metadata language), the ISO code and translated labels in the inspector, the
// unknown-country warning, and the keyword ranking (expectations written by hand).
#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/caption/vocabularies.h"
#include "models/keywordvocabulary.h"
#include "models/recordtablemodel.h"
#include "tests/support/testenvironment.h"
#include "tests/views/desktopsession.h"
#include "views/recordlistwidget.h"
#include "views/tokeneditor.h"
#include "views/vocabularyeditors.h"

using namespace Wesog;

namespace {
/// Types `text` key by key (QTest::keyClicks takes Latin-1 only; these words are Cyrillic too).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, c.isSpace() ? Qt::Key_Space : Qt::Key_A, QString(c), Qt::NoModifier);
}

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}
} // namespace

class tst_Vocabularies : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestEnvironment> m_env;
    QTemporaryDir m_folder;
    QTemporaryDir m_workspaces;
    std::unique_ptr<Test::DesktopSession> m_desk;

    RecordListWidget *list() const { return m_desk->window.findChild<RecordListWidget *>(); }
    QTableView *table() const { return list()->findChild<QTableView *>(); }
    int row(const char *id) const { return m_desk->row(id); }
    /// The table's cell of a sample (by its id) and field, through the view's proxies.
    QModelIndex at(const char *id, Field field) const
    {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(table()->model());
        return proxy->mapFromSource(m_desk->model.index(row(id), RecordTableModel::columnForField(field)));
    }
    std::unique_ptr<QWidget> editor(const char *id, Field field) const
    {
        return std::unique_ptr<QWidget>(
            table()->itemDelegate()->createEditor(table()->viewport(), QStyleOptionViewItem(), at(id, field)));
    }
    /// Sets the languages: the interface's (its catalog) and the metadata language.
    void useLanguages(const QString &interface, const QString &metadata, const MetadataProfile &profile)
    {
        QVERIFY(m_desk->languages.setLanguage(interface));
        list()->vocabularies()->setReading(profile, metadata);
    }
    QString inspectorText(const char *jsonKey) const
    {
        const auto *label
            = m_desk->window.findChild<QLabel *>(QStringLiteral("inspectorValue_") + QLatin1String(jsonKey));
        return label ? label->text() : QStringLiteral("(no label)");
    }
    void showInInspector(const char *id) const { table()->setCurrentIndex(at(id, Field::Title)); }

private slots:
    void initTestCase()
    {
        m_env = std::make_unique<Test::TestEnvironment>();
        QVERIFY(Test::copySamples(m_folder.path()));
    }

    void init()
    {
        m_env->clearSettings();
        QDir(m_workspaces.path()).removeRecursively();
        m_desk = std::make_unique<Test::DesktopSession>(m_workspaces.path(), m_env->path());
        QVERIFY(m_desk->open(m_folder.path()));
        QVERIFY(row("harbour-dawn") >= 0);
    }

    void cleanup() { m_desk.reset(); }

    void shotAndScenePickersInRussianStoreTheProfilesValue()
    {
        useLanguages(QStringLiteral("ru"), QStringLiteral("ru"), MetadataProfile::standard());
        const std::unique_ptr<QWidget> shot = editor("harbour-dawn", Field::Shot);
        auto *picker = qobject_cast<VocabularyPicker *>(shot.get());
        QVERIFY(picker);
        const QStringList labels = itemTexts(picker->combo());
        QVERIFY2(labels.contains(QStringLiteral("Крупный портрет")), qPrintable(labels.join(u'|'))); // 010100
        QVERIFY(labels.contains(QStringLiteral("Крупный план"))); // 011800
        QVERIFY(!labels.contains(QStringLiteral("Вид с воздуха"))); // a scene, not a shot
        picker->combo()->setCurrentIndex(labels.indexOf(QStringLiteral("Крупный план")));
        table()->itemDelegate()->setModelData(shot.get(), table()->model(), at("harbour-dawn", Field::Shot));
        QCOMPARE(m_desk->model.row(row("harbour-dawn")).record().text(Field::Shot), QStringLiteral("Close-up"));

        // The editor opened again shows the stored value by its label.
        const std::unique_ptr<QWidget> again = editor("harbour-dawn", Field::Shot);
        table()->itemDelegate()->setEditorData(again.get(), at("harbour-dawn", Field::Shot));
        QCOMPARE(qobject_cast<VocabularyPicker *>(again.get())->combo()->currentText(), QStringLiteral("Крупный план"));

        const std::unique_ptr<QWidget> scene = editor("harbour-dawn", Field::Scene);
        auto *scenePicker = qobject_cast<VocabularyPicker *>(scene.get());
        QVERIFY(scenePicker);
        type(scenePicker->combo()->lineEdit(), QStringLiteral("Вид с воздуха"));
        table()->itemDelegate()->setModelData(scene.get(), table()->model(), at("harbour-dawn", Field::Scene));
        QCOMPARE(m_desk->model.row(row("harbour-dawn")).record().text(Field::Scene), QStringLiteral("Aerial view"));

        // Opened by the table: Enter in the picker commits, as in the other editors.
        table()->edit(at("harbour-dawn", Field::Scene));
        VocabularyPicker *open = nullptr; // the one the table shows, not those made above
        for (auto *picker : table()->viewport()->findChildren<VocabularyPicker *>())
            open = picker->isVisible() ? picker : open;
        QVERIFY(open);
        open->combo()->setCurrentIndex(itemTexts(open->combo()).indexOf(QStringLiteral("Ночная съёмка")));
        QTest::keyClick(open->combo()->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(m_desk->model.row(row("harbour-dawn")).record().text(Field::Scene), QStringLiteral("Night scene"));
    }

    void pickersInPortugueseShowAnAgencysValuesAndTakeFreeText()
    {
        QString error;
        const std::optional<MetadataProfile> agency = MetadataProfile::fromJson(
            R"({"shot": {"010100": "Portrait", "011800": "Close-up"}, "medium": {"digitalCapture": "Photograph", "print": "Print scan"}})",
            &error);
        QVERIFY2(agency, qPrintable(error));
        useLanguages(QStringLiteral("pt"), QStringLiteral("pt-BR"), *agency);
        const std::unique_ptr<QWidget> shot = editor("harbour-dawn", Field::Shot);
        auto *picker = qobject_cast<VocabularyPicker *>(shot.get());
        QVERIFY(picker);
        // The empty entry, then the table by code: the agency's own value is shown beside the label.
        QCOMPARE(itemTexts(picker->combo()),
            QStringList(
                { QString(), QStringLiteral("Retrato de rosto (Portrait)"), QStringLiteral("Primeiro plano") }));
        picker->combo()->setCurrentIndex(1);
        QCOMPARE(picker->value(), QStringLiteral("Portrait"));
        picker->combo()->setEditText(QStringLiteral("Contraluz")); // not in the vocabulary: kept as typed
        table()->itemDelegate()->setModelData(shot.get(), table()->model(), at("harbour-dawn", Field::Shot));
        QCOMPARE(m_desk->model.row(row("harbour-dawn")).record().text(Field::Shot), QStringLiteral("Contraluz"));

        const std::unique_ptr<QWidget> medium = editor("harbour-dawn", Field::Medium);
        auto *mediumPicker = qobject_cast<VocabularyPicker *>(medium.get());
        QVERIFY(mediumPicker);
        // Sorted by label; the standard value translated, the agency's own as it is.
        QCOMPARE(itemTexts(mediumPicker->combo()),
            QStringList({ QString(), QStringLiteral("Fotografia"), QStringLiteral("Print scan") }));
        table()->itemDelegate()->setEditorData(medium.get(), at("harbour-dawn", Field::Medium));
        QCOMPARE(mediumPicker->combo()->currentText(), QStringLiteral("Fotografia")); // derived "Photograph"
    }

    void countryCompletionInPortugueseAndRussianIgnoresCaseAndAccents()
    {
        useLanguages(QStringLiteral("pt"), QStringLiteral("pt-BR"), MetadataProfile::standard());
        std::unique_ptr<QWidget> country = editor("harbour-dawn", Field::Country);
        auto *line = qobject_cast<QLineEdit *>(country.get());
        QVERIFY(line);
        auto *completer = qobject_cast<FoldedCompleter *>(line->completer());
        QVERIFY(completer);
        QVERIFY(completer->matches(QStringLiteral("alem")).contains(QStringLiteral("Alemanha")));
        QCOMPARE(completer->matches(QStringLiteral("SAO TO")), QStringList { QStringLiteral("São Tomé e Príncipe") });
        QVERIFY(!completer->matches(QStringLiteral("Germ")).contains(QStringLiteral("Germany"))); // pt-BR names only
        // Typing fills the popup's list as the keys arrive.
        line->clear();
        type(line, QStringLiteral("bras"));
        const auto *shown = qobject_cast<QStringListModel *>(completer->model());
        QVERIFY(shown);
        QCOMPARE(shown->stringList(), QStringList { QStringLiteral("Brasil") });

        useLanguages(QStringLiteral("ru"), QStringLiteral("ru"), MetadataProfile::standard());
        country = editor("harbour-dawn", Field::Country);
        completer = qobject_cast<FoldedCompleter *>(qobject_cast<QLineEdit *>(country.get())->completer());
        QVERIFY(completer);
        QVERIFY(completer->matches(QStringLiteral("РОСС")).contains(QStringLiteral("Россия")));
        QVERIFY(completer->matches(QStringLiteral("герм")).contains(QStringLiteral("Германия")));
    }

    void inspectorShowsTheIsoCodeAndTranslatedLabels()
    {
        useLanguages(QStringLiteral("ru"), QStringLiteral("ru"), MetadataProfile::standard());
        showInInspector("harbour-dawn");
        // Portugal, read from XMP; medium derived from digitalCapture.
        QVERIFY2(inspectorText("country").contains(QStringLiteral("код ISO PT")), qPrintable(inspectorText("country")));
        QVERIFY2(inspectorText("medium").contains(QStringLiteral("Фотография")), qPrintable(inspectorText("medium")));
        const QString sourceType = inspectorText("ai_generated");
        QVERIFY2(sourceType.contains(QStringLiteral("Цифровая съёмка реальной сцены")), qPrintable(sourceType));
        QVERIFY2(!sourceType.contains(QStringLiteral("cv.iptc.org")), qPrintable(sourceType)); // a label, not a URI

        QVERIFY(m_desk->model.editCells(
            { row("harbour-dawn") }, Field::Country, QStringLiteral("Alemanha"), QStringLiteral("edit")));
        QVERIFY(inspectorText("country").contains(QStringLiteral("код ISO DE"))); // a name in another language
    }

    void everySourceTypeHasALabelInEachLanguage()
    {
        for (const char *language : { "es", "pt", "fr", "ru" }) {
            QVERIFY(m_desk->languages.setLanguage(QLatin1String(language)));
            for (const QString &code : Vocabularies::sourceTypeCodes()) {
                const QString label = Vocabularies::sourceTypeLabel(code);
                QVERIFY2(!label.isEmpty(), qPrintable(code));
                QVERIFY2(!label.contains(QLatin1Char('/')), qPrintable(label));
            }
            QVERIFY2(Vocabularies::sourceTypeLabel(
                         QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"))
                    != QLatin1String("Created by generative AI"),
                language);
        }
        QVERIFY(m_desk->languages.setLanguage(QStringLiteral("ru")));
        QCOMPARE(Vocabularies::sourceTypeLabel(
                     QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia")),
            QStringLiteral("Создано генеративным ИИ"));
        QVERIFY(m_desk->languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(Vocabularies::sourceTypeLabel(QStringLiteral("trainedAlgorithmicMedia")),
            QStringLiteral("Created by generative AI"));
        QCOMPARE(Vocabularies::sourceTypeLabel(QStringLiteral("someFutureCode")), QString());
    }

    void unknownCountryIsAWarningNeverAnError()
    {
        const int harbour = row("harbour-dawn");
        const auto countryIssues = [this, harbour] {
            QList<FieldIssue> found;
            for (const FieldIssue &issue : m_desk->model.row(harbour).issues) {
                if (issue.field == Field::Country)
                    found << issue;
            }
            return found;
        };
        QVERIFY(countryIssues().isEmpty()); // Portugal
        for (const FieldIssue &issue : m_desk->model.row(row("parade-moscow")).issues) // "Россия", as the press writes
            QVERIFY(issue.code != IssueCode::UnknownCountry);
        QVERIFY(m_desk->model.editCells({ harbour }, Field::Country, QStringLiteral("Atlantis"), QStringLiteral("e")));
        QCOMPARE(countryIssues(),
            QList<FieldIssue>({ { Field::Country, Severity::Warning, IssueCode::UnknownCountry, 0, {} } }));
        QVERIFY(!m_desk->model.row(harbour).isInvalid());
        QCOMPARE(FieldIssue::codeName(IssueCode::UnknownCountry), QStringLiteral("unknown-country"));
        useLanguages(QStringLiteral("ru"), QStringLiteral("ru"), MetadataProfile::standard());
        showInInspector("harbour-dawn");
        QVERIFY2(inspectorText("country").contains(QStringLiteral("не название страны по ISO 3166")),
            qPrintable(inspectorText("country")));
        // Names in any of the five languages and ISO codes are known.
        for (const QString &known : { QStringLiteral("Португалия"), QStringLiteral("prt"), QStringLiteral("España") }) {
            QVERIFY(m_desk->model.editCells({ harbour }, Field::Country, known, QStringLiteral("e")));
            QVERIFY2(countryIssues().isEmpty(), qPrintable(known));
        }
    }

    void keywordsRankByUseInTheFolderByTheUserAndTheAgency()
    {
        const QList<std::pair<const char *, QStringList>> keywords {
            { "festival-night", { QStringLiteral("beach"), QStringLiteral("sunset") } },
            { "harbour-dawn", { QStringLiteral("Beach"), QStringLiteral("surf") } },
            { "market-lisbon", { QStringLiteral("beach"), QStringLiteral("sunset"), QStringLiteral("crowd") } },
            { "mountain-lake", { QStringLiteral("night") } },
            { "parade-moscow", {} },
        };
        for (const auto &[id, terms] : keywords)
            QVERIFY(m_desk->model.editCells({ row(id) }, Field::Keywords, terms, QStringLiteral("e")));
        QTemporaryDir files;
        const QString userFile = files.filePath(QStringLiteral("keywords.txt"));
        const QString agencyFile = files.filePath(QStringLiteral("agency.txt"));
        QFile user(userFile);
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("2\tnight\n");
        user.close();
        QFile agency(agencyFile);
        QVERIFY(agency.open(QIODevice::WriteOnly));
        agency.write("zebra\nsurf\n# animals first\naardvark\n");
        agency.close();

        KeywordVocabulary vocabulary(&m_desk->model);
        vocabulary.setUserTermsFile(userFile);
        vocabulary.setAgencyFile(agencyFile);
        // beach 3 and night 1 + 2 typed tie (alphabetical), sunset 2, then surf 1 (also the
        // agency's) before crowd 1, then the agency's unused terms.
        QCOMPARE(vocabulary.ranked(),
            QStringList(
                { QStringLiteral("beach"), QStringLiteral("night"), QStringLiteral("sunset"), QStringLiteral("surf"),
                    QStringLiteral("crowd"), QStringLiteral("aardvark"), QStringLiteral("zebra") }));

        // Typed by the user: counted and kept for the next session.
        vocabulary.noteTyped(
            { QStringLiteral("beach") }, { QStringLiteral("beach"), QStringLiteral("crowd"), QStringLiteral("Kite") });
        QCOMPARE(vocabulary.uses(QStringLiteral("crowd")), 2);
        QCOMPARE(vocabulary.uses(QStringLiteral("beach")), 3); // already there: not typed
        // A change in the table updates the counts: mountain-lake's "night" becomes "beach".
        QVERIFY(m_desk->model.editCells(
            { row("mountain-lake") }, Field::Keywords, QStringList { QStringLiteral("beach") }, QStringLiteral("e")));
        QCOMPARE(vocabulary.ranked(),
            QStringList({ QStringLiteral("beach"), QStringLiteral("crowd"), QStringLiteral("night"),
                QStringLiteral("sunset"), QStringLiteral("surf"), QStringLiteral("Kite"), QStringLiteral("aardvark"),
                QStringLiteral("zebra") }));

        KeywordVocabulary nextSession(&m_desk->model);
        nextSession.setUserTermsFile(userFile);
        QCOMPARE(nextSession.uses(QStringLiteral("kite")), 1);
        QCOMPARE(nextSession.uses(QStringLiteral("night")), 2);
        QCOMPARE(nextSession.uses(QStringLiteral("zebra")), 0); // no agency file here

        // The table's keyword editor offers them in that order.
        list()->vocabularies()->keywords()->setUserTermsFile(userFile);
        list()->vocabularies()->keywords()->setAgencyFile(agencyFile);
        const std::unique_ptr<QWidget> tokens = editor("parade-moscow", Field::Keywords);
        auto *tokenEditor = qobject_cast<TokenEditor *>(tokens.get());
        QVERIFY(tokenEditor);
        const auto *offered = qobject_cast<QStringListModel *>(tokenEditor->input()->completer()->model());
        QVERIFY(offered);
        QCOMPARE(offered->stringList().mid(0, 3),
            QStringList({ QStringLiteral("beach"), QStringLiteral("crowd"), QStringLiteral("night") }));
    }
};

QTEST_MAIN(tst_Vocabularies)
#include "tst_vocabularies.moc"
