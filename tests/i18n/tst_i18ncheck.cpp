// SPDX-License-Identifier: GPL-3.0-or-later
// The i18n check: every catalog complete, placeholders kept (as many of each), plural forms right,
// French typography, no two accelerators alike in one menu or dialog, and every string the
// sources mark for translation present in the committed catalogs.
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "tests/i18n/i18n_paths.h"

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation type: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one for plain messages, the numerus forms otherwise

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

struct Catalog
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalog readCatalog(const QString &path)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.error = QStringLiteral("cannot open ") + path;
        return catalog;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalog.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message { context, {}, {},
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {} };
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalog.messages << message;
        }
    }
    if (xml.hasError())
        catalog.error = path + QStringLiteral(": ") + xml.errorString();
    return catalog;
}

// A multiset: a translation that drops one of two "%1" loses a value, so counts must match too.
QMap<QString, int> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9]|L?n)"));
    QMap<QString, int> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        ++found[it.next().captured()];
    return found;
}

// French typography: a no-break space (U+00A0) before ':' and a narrow no-break space (U+202F)
// before ';', '?' and '!'. Only punctuation is concerned, that is a mark followed by a space or
// the end of the text; so "https://", "keywords:3", "12:30", "::", file-dialog filters ";;" and
// URL queries ("?key=") are left alone.
QStringList frenchTypographyProblems(const QString &text)
{
    QStringList problems;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar mark = text.at(i);
        const QChar wanted = mark == QLatin1Char(':')                                            ? QChar(0x00A0)
            : (mark == QLatin1Char(';') || mark == QLatin1Char('?') || mark == QLatin1Char('!')) ? QChar(0x202F)
                                                                                                 : QChar();
        if (wanted.isNull())
            continue;
        const bool punctuation = i + 1 == text.size() || text.at(i + 1).isSpace();
        if (!punctuation || (i > 0 && text.at(i - 1) == wanted))
            continue;
        problems << QStringLiteral("'%1' needs U+%2 before it, at \"%3\"")
                        .arg(mark)
                        .arg(wanted.unicode(), 4, 16, QLatin1Char('0'))
                        .arg(text.mid(std::max<qsizetype>(0, i - 12), 16));
    }
    return problems;
}

int pluralForms(const QString &language)
{
    return language.startsWith(QLatin1String("ru")) ? 3 : 2;
}

QStringList catalogProblems(const Catalog &catalog)
{
    QStringList problems;
    const bool english = catalog.language.startsWith(QLatin1String("en"));
    const bool french = catalog.language.startsWith(QLatin1String("fr"));
    for (const Message &m : catalog.messages) {
        const QString where = catalog.language + QStringLiteral(" [") + m.context + QStringLiteral("] \"") + m.source
            + QStringLiteral("\": ");
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems << where + QStringLiteral("obsolete entry (run update_translations)");
            continue;
        }
        if (english && !m.numerus)
            continue; // falls back to the source text
        if (m.type == QLatin1String("unfinished")) {
            problems << where + QStringLiteral("unfinished");
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms(catalog.language)) {
            problems << where
                    + QStringLiteral("%1 plural forms, expected %2")
                          .arg(m.forms.size())
                          .arg(pluralForms(catalog.language));
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << where + QStringLiteral("empty translation");
            else if (placeholders(form) != placeholders(m.source))
                problems << where + QStringLiteral("placeholders differ in \"%1\"").arg(form);
            if (french) {
                for (const QString &problem : frenchTypographyProblems(form))
                    problems << where + problem;
            }
        }
    }
    return problems;
}

/// The accelerator of a label: the character after a single '&' ("&&" is a literal ampersand),
/// lower-cased, or a null QChar.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).isSpace() ? QChar() : text.at(i + 1).toLower();
    }
    return {};
}

/// One string of a menu: which menu (or the menu bar) shows it, and its catalog context and source.
struct MenuItem
{
    QString menu;
    QString context;
    QString source;
};

/// Which strings share a menu. Dialogs and panels need no table: each is one class, so one .ts
/// context, and all its accelerators are live at once, so each context is one group. Menus are
/// assembled across classes (MainWindow, RecordListWidget, RecentMenu, SubmissionUi, CsvActions,
/// WriteActions) and one class fills several, so their items are listed here, as
/// views/mainwindow.cpp, views/recordlistwidget.cpp and views/submissionui.cpp place them.
/// The check fails when a listed string is not in the catalog, and when a string with an
/// accelerator in one of these contexts is in no group, so the table cannot drift unnoticed.
/// The menu bar group also holds the Error Review buttons: they sit in a dock of the main window,
/// where their Alt+letter competes with the menu titles'.
QList<MenuItem> menuItems()
{
    const QString main = QStringLiteral("Wesog::MainWindow");
    const QString records = QStringLiteral("Wesog::RecordListWidget");
    const QString recent = QStringLiteral("Wesog::RecentMenu");
    const QString server = QStringLiteral("Wesog::SubmissionUi");
    const QString csv = QStringLiteral("Wesog::CsvActions");
    const QString review = QStringLiteral("Wesog::ErrorReviewPanel");
    const QString write = QStringLiteral("Wesog::WriteActions");
    const QString serverActions = QStringLiteral("Wesog::ServerActions");
    const struct
    {
        const char *menu;
        const QString &context;
        const char *source;
    } items[] = {
        { "menu bar", main, "&File" },
        { "menu bar", main, "&Edit" },
        { "menu bar", main, "&View" },
        { "menu bar", main, "&Language" },
        { "menu bar", server, "&Server" },
        { "menu bar", main, "&Help" },
        { "menu bar", review, "&Resubmit Failed" },
        { "menu bar", review, "E&xport Report…" },
        { "File", main, "&Open Folder…" },
        { "File", recent, "Open &Recent" },
        { "File", main, "Include &Subfolders" },
        { "File", main, "&Rescan Folder" },
        { "File", csv, "&Import CSV…" },
        { "File", csv, "&Export CSV…" },
        { "File", main, "&Quit" },
        { "File ▸ Open Recent", recent, "&Clear Recent Folders" },
        { "Edit", records, "&Copy" },
        { "Edit", records, "&Paste" },
        { "Edit", records, "Fill &Down" },
        { "Edit", records, "E&xpand Codes" },
        { "Edit", records, "Add to &List…" },
        { "Edit", records, "Remove from Li&st…" },
        { "Edit", records, "Pre&sets" },
        { "Edit", records, "Re&vert to Loaded Values" },
        { "Edit", records, "&Find…" },
        { "Edit", records, "Find and &Replace…" },
        { "Edit", records, "Select &All" },
        { "Edit", write, "&Write Metadata to Files…" },
        { "Edit", write, "Und&o Write" },
        { "Edit", main, "&Preferences…" },
        { "Edit ▸ Presets", records, "&Manage Presets…" },
        { "View", records, "&Table" },
        { "View", records, "Thumbnail &Grid" },
        { "View", records, "Table &and Grid" },
        { "View", records, "Full-Window &Preview" },
        { "View", main, "&Inspector" },
        { "View", main, "&Error Review" },
        { "View", main, "&Next Problem" },
        { "View", main, "Pre&vious Problem" },
        { "View", main, "&Status Bar" },
        { "View", main, "&Full Screen" },
        { "Server", serverActions, "Open from Ser&ver…" },
        { "Server", recent, "&Recent Collections" },
        { "Server ▸ Recent Collections", recent, "&Clear Recent Server Collections" },
        { "Server", server, "&Submit…" },
        { "Server", server, "&Cancel Submission" },
        { "Server", server, "&Operations" },
        { "Server", server, "Co&nnection…" },
        { "Help", main, "&About Wesog Desk" },
        { "Help", main, "About &Qt" },
    };
    QList<MenuItem> list;
    for (const auto &item : items)
        list.append({ QString::fromUtf8(item.menu), item.context, QString::fromUtf8(item.source) });
    return list;
}

/// Two accelerators with the same letter in one menu or one dialog: Alt+letter then only cycles
/// between them, or does nothing. English shows its catalog's text where there is one.
QStringList acceleratorProblems(const Catalog &catalog, const QList<MenuItem> &menus)
{
    QStringList problems;
    QHash<QString, QString> shown; // context|source → the text the user sees
    for (const Message &m : catalog.messages) {
        if (m.numerus || m.forms.isEmpty())
            continue;
        const QString text
            = m.type == QLatin1String("unfinished") || m.forms.constFirst().isEmpty() ? m.source : m.forms.constFirst();
        shown.insert(m.context + QLatin1Char('|') + m.source, text);
    }
    QMap<QString, QStringList> groups; // group → context|source keys
    QSet<QString> menuContexts;
    QSet<QString> inMenus;
    for (const MenuItem &item : menus) {
        const QString key = item.context + QLatin1Char('|') + item.source;
        if (!shown.contains(key))
            problems << catalog.language + QStringLiteral(": the menu table lists \"") + item.source
                    + QStringLiteral("\" [") + item.context + QStringLiteral("], which the catalog lacks");
        groups[QStringLiteral("menu ") + item.menu] << key;
        menuContexts.insert(item.context);
        inMenus.insert(key);
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        if (accelerator(it.value()).isNull() || inMenus.contains(it.key()))
            continue;
        const QString context = it.key().section(QLatin1Char('|'), 0, 0);
        if (menuContexts.contains(context))
            problems << catalog.language + QStringLiteral(": \"") + it.key()
                    + QStringLiteral("\" has an accelerator but is in no menu of the table");
        else
            groups[QStringLiteral("dialog ") + context] << it.key();
    }
    for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
        QHash<QChar, QString> taken;
        for (const QString &key : group.value()) {
            const QString text = shown.value(key);
            const QChar letter = accelerator(text);
            if (letter.isNull())
                continue;
            if (taken.contains(letter))
                problems << catalog.language + QStringLiteral(" [") + group.key() + QStringLiteral("] \"")
                        + taken.value(letter) + QStringLiteral("\" and \"") + text
                        + QStringLiteral("\" share the accelerator '") + letter + QLatin1Char('\'');
            else
                taken.insert(letter, text);
        }
    }
    return problems;
}

QStringList committedCatalogs()
{
    return QStringLiteral(WESOG_TS_FILES).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

} // namespace

class tst_I18nCheck : public QObject
{
    Q_OBJECT

private slots:
    void checkerCatchesMistakes()
    {
        // The checker itself must fail on each kind of mistake.
        Catalog bad;
        bad.language = QStringLiteral("ru");
        bad.messages = {
            { QStringLiteral("C"), QStringLiteral("Open %1"), {}, false, {}, { QStringLiteral("Открыть") } },
            { QStringLiteral("C"), QStringLiteral("Save"), {}, false, QStringLiteral("unfinished"), { QString() } },
            { QStringLiteral("C"), QStringLiteral("%n file(s)"), {}, true, {},
                { QStringLiteral("%n файл"), QStringLiteral("%n файла") } },
            { QStringLiteral("C"), QStringLiteral("Quit"), {}, false, {}, { QStringLiteral("  ") } },
        };
        QCOMPARE(catalogProblems(bad).size(), 4);
        // English: plain entries fall back to the source and two plural forms are right...
        bad.language = QStringLiteral("en");
        QCOMPARE(catalogProblems(bad).size(), 0);
        // ...but its plural forms must be filled in.
        bad.messages.append({ QStringLiteral("C"), QStringLiteral("%n row(s)"), {}, true, QStringLiteral("unfinished"),
            { QString(), QString() } });
        QCOMPARE(catalogProblems(bad).size(), 1);
    }

    void checkerComparesPlaceholderCounts()
    {
        Catalog catalog;
        catalog.language = QStringLiteral("es");
        catalog.messages = {
            { QStringLiteral("C"), QStringLiteral("%1 of %1"), {}, false, {}, { QStringLiteral("%1") } },
            { QStringLiteral("C"), QStringLiteral("%L1 sent"), {}, false, {}, { QStringLiteral("%1 enviadas") } },
            { QStringLiteral("C"), QStringLiteral("%n row(s) of %1"), {}, true, {},
                { QStringLiteral("%n fila de %1"), QStringLiteral("filas de %1") } },
            { QStringLiteral("C"), QStringLiteral("%1, %2 or %1"), {}, false, {}, { QStringLiteral("%2: %1 o %1") } },
        };
        // The last entry keeps both "%1": reordering is fine, dropping one is not.
        QCOMPARE(catalogProblems(catalog).size(), 3);
    }

    void checkerCatchesFrenchTypography()
    {
        const QString nbsp(QChar(0x00A0));
        const QString narrow(QChar(0x202F));
        Catalog catalog;
        catalog.language = QStringLiteral("fr");
        const QStringList right = {
            QStringLiteral("Nom") + nbsp + QStringLiteral(": %1"),
            QStringLiteral("&Liste") + nbsp + QLatin1Char(':'),
            QStringLiteral("Lu") + narrow + QStringLiteral("; rien n’a changé") + narrow + QLatin1Char('!'),
            QStringLiteral("Continuer") + narrow + QLatin1Char('?'),
            QStringLiteral("Voir https://api.wesog.com/imgs?key=1 à 12:30 (keywords:3, a::b)"),
            QStringLiteral("Fichiers CSV (*.csv);;Tous les fichiers (*)"),
        };
        const QStringList wrong = {
            QStringLiteral("Nom : %1"), // an ordinary space
            QStringLiteral("&Liste:"), // none
            QStringLiteral("Lu") + nbsp + QStringLiteral("; rien"), // the wide one before ';'
            QStringLiteral("Continuer ?"),
            QStringLiteral("Enfin !"),
        };
        for (const QString &text : right + wrong)
            catalog.messages.append({ QStringLiteral("C"), text, {}, false, {}, { text } });
        QCOMPARE(catalogProblems(catalog).size(), wrong.size());
        // Only French has these rules.
        catalog.language = QStringLiteral("es");
        QCOMPARE(catalogProblems(catalog).size(), 0);
    }

    void checkerCatchesAcceleratorCollisions()
    {
        const QString main = QStringLiteral("Wesog::MainWindow");
        const QString dialog = QStringLiteral("Wesog::FindReplaceDialog");
        const QList<MenuItem> menus = {
            { QStringLiteral("menu bar"), main, QStringLiteral("&View") },
            { QStringLiteral("menu bar"), main, QStringLiteral("&Help") },
            { QStringLiteral("View"), main, QStringLiteral("&Table") },
        };
        Catalog catalog;
        catalog.language = QStringLiteral("fr");
        catalog.messages = {
            { main, QStringLiteral("&View"), {}, false, {}, { QStringLiteral("&Affichage") } },
            { main, QStringLiteral("&Help"), {}, false, {}, { QStringLiteral("&Aide") } },
            // Same letter as the menu titles, but in another menu: no collision.
            { main, QStringLiteral("&Table"), {}, false, {}, { QStringLiteral("T&ableau") } },
            { dialog, QStringLiteral("&Find:"), {}, false, {}, { QStringLiteral("&Rechercher :") } },
            { dialog, QStringLiteral("Replace &with:"), {}, false, {}, { QStringLiteral("&remplacer par :") } },
            // "&&" is a literal ampersand, not an accelerator.
            { dialog, QStringLiteral("Match &case"), {}, false, {}, { QStringLiteral("R && D &casse") } },
        };
        QStringList problems = acceleratorProblems(catalog, menus);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.filter(QStringLiteral("[menu menu bar]")).size() == 1,
            qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems.filter(QStringLiteral("[dialog Wesog::FindReplaceDialog]")).size() == 1,
            qPrintable(problems.join(QLatin1Char('\n'))));

        // A menu string missing from the table, or a table entry missing from the catalog, fails too.
        catalog.messages = {
            { main, QStringLiteral("&View"), {}, false, {}, { QStringLiteral("&Affichage") } },
            { main, QStringLiteral("&Quit"), {}, false, {}, { QStringLiteral("&Quitter") } },
        };
        problems = acceleratorProblems(catalog, menus);
        QCOMPARE(problems.size(), 3); // &Quit in no menu; &Help and &Table not in the catalog
        // English shows the source where its catalog has no text of its own.
        catalog.language = QStringLiteral("en");
        catalog.messages = {
            { main, QStringLiteral("&View"), {}, false, QStringLiteral("unfinished"), { QString() } },
            { main, QStringLiteral("&Help"), {}, false, QStringLiteral("unfinished"), { QString() } },
            { main, QStringLiteral("&Table"), {}, false, {}, { QStringLiteral("&View it") } },
        };
        QCOMPARE(acceleratorProblems(catalog, menus).size(), 0);
        catalog.messages[1].forms = { QStringLiteral("&Visit") };
        catalog.messages[1].type.clear();
        QCOMPARE(acceleratorProblems(catalog, menus).size(), 1);
    }

    void catalogsAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : committedCatalogs())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void catalogsAreComplete()
    {
        QFETCH(QString, path);
        const Catalog catalog = readCatalog(path);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QVERIFY2(!catalog.messages.isEmpty(), "empty catalog");
        const QStringList problems = catalogProblems(catalog);
        // One line each: QTest cuts a long failure message short.
        for (const QString &problem : problems)
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + QStringLiteral(" problems")));
    }

    void acceleratorsAreDistinct_data() { catalogsAreComplete_data(); }

    void acceleratorsAreDistinct()
    {
        QFETCH(QString, path);
        const Catalog catalog = readCatalog(path);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        const QStringList problems = acceleratorProblems(catalog, menuItems());
        // One line each: QTest cuts a long failure message short.
        for (const QString &problem : problems)
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + QStringLiteral(" problems")));
    }

    void catalogsHoldEverySourceString()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_ru.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(WESOG_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"),
                // Includes are written from the repository root; without it lupdate cannot see
                // the classes' namespaces and names every context without "Wesog::".
                QStringLiteral("-I"), QStringLiteral(WESOG_SOURCE_ROOT),
                QLatin1Char('@') + QStringLiteral(WESOG_TR_SOURCE_LIST), QStringLiteral("-ts"), fresh });
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QSet<QString> expected;
        for (const Message &m : readCatalog(fresh).messages)
            expected.insert(m.key());
        QVERIFY(!expected.isEmpty());
        for (const QString &path : committedCatalogs()) {
            QSet<QString> committed;
            for (const Message &m : readCatalog(path).messages)
                committed.insert(m.key());
            const QStringList missing = QStringList((expected - committed).values());
            const QStringList stale = QStringList((committed - expected).values());
            QVERIFY2(missing.isEmpty(),
                qPrintable(
                    path + QStringLiteral(" lacks (run update_translations): ") + missing.join(QStringLiteral(", "))));
            QVERIFY2(stale.isEmpty(),
                qPrintable(path + QStringLiteral(" has strings no source uses: ") + stale.join(QStringLiteral(", "))));
        }
    }
};

QTEST_APPLESS_MAIN(tst_I18nCheck)
#include "tst_i18ncheck.moc"
