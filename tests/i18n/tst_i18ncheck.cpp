// SPDX-License-Identifier: GPL-3.0-or-later
// The i18n check: every catalog complete, placeholders kept, plural forms right, and every
// string the sources mark for translation present in the committed catalogs.
#include <QFile>
#include <QFileInfo>
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

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:[1-9]|n|L1)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

int pluralForms(const QString &language)
{
    return language.startsWith(QLatin1String("ru")) ? 3 : 2;
}

QStringList catalogProblems(const Catalog &catalog)
{
    QStringList problems;
    const bool english = catalog.language.startsWith(QLatin1String("en"));
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
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void catalogsHoldEverySourceString()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_ru.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(WESOG_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("-I"), QStringLiteral(WESOG_SOURCE_ROOT),
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
