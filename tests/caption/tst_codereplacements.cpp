// SPDX-License-Identifier: GPL-3.0-or-later
// CodeReplacements: Photo Mechanic's file format and expansion rules.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/caption/captionfields.h"
#include "core/caption/codereplacements.h"

using namespace Wesog;

namespace {

CodeReplacements load(const QByteArray &bytes)
{
    CodeReplacements codes;
    QString error;
    if (!codes.addData(bytes, QStringLiteral("codes.txt"), &error))
        qWarning("%s", qPrintable(error));
    return codes;
}

QString expanded(const CodeReplacements &codes, const QString &text)
{
    return codes.expand(text).text;
}

} // namespace

class tst_CodeReplacements : public QObject
{
    Q_OBJECT

private slots:
    void photoMechanicFile()
    {
        const CodeReplacements codes = load("# Chattanooga Choo-Choos\r\n"
                                            "cc17\tRick Perkins\r\n"
                                            "CC17\tRICK PERKINS\r\n"
                                            "no tab here is skipped\r\n"
                                            "\r\n"
                                            "dd13\tVictor Zenfliende");
        QCOMPARE(codes.size(), 3);
        QCOMPARE(expanded(codes, QStringLiteral("=cc17= scores")), QStringLiteral("Rick Perkins scores"));
        QCOMPARE(expanded(codes, QStringLiteral("=CC17=")), QStringLiteral("RICK PERKINS")); // case-sensitive
        QCOMPARE(expanded(codes, QStringLiteral("=dd13=")), QStringLiteral("Victor Zenfliende"));
    }

    void unicodeCodesAndValues()
    {
        const CodeReplacements codes = load("\xEF\xBB\xBF" // a byte-order mark is allowed
                                            "мэр\tСергей Собянин\n"
                                            "sp\xC3\xA9\tS\xC3\xA3o Paulo\n"
                                            "\xF0\x9F\x93\xB7\tFoto: Ana Lu\xC3\xADsa\n");
        QCOMPARE(codes.size(), 3);
        QCOMPARE(expanded(codes, QStringLiteral("=мэр= на открытии")), QStringLiteral("Сергей Собянин на открытии"));
        QCOMPARE(expanded(codes, QStringLiteral("=spé=")), QStringLiteral("São Paulo"));
        QCOMPARE(expanded(codes, QStringLiteral("=\U0001F4F7=")), QStringLiteral("Foto: Ana Luísa"));
    }

    void codesNextToPunctuation()
    {
        const CodeReplacements codes = load("cc17\tRick Perkins\n");
        QCOMPARE(expanded(codes, QStringLiteral("(=cc17=), =cc17=. «=cc17=»!")),
            QStringLiteral("(Rick Perkins), Rick Perkins. «Rick Perkins»!"));
        QCOMPARE(expanded(codes, QStringLiteral("=cc17==cc17=")), QStringLiteral("Rick PerkinsRick Perkins"));
    }

    void delimiterInsideAReplacementIsNotExpandedAgain()
    {
        const CodeReplacements codes = load("eq\t1 + 1 =two= 2\ntwo\tdeux\nloop\t=loop=\n");
        QCOMPARE(expanded(codes, QStringLiteral("=eq=")), QStringLiteral("1 + 1 =two= 2"));
        QCOMPARE(expanded(codes, QStringLiteral("=loop=")), QStringLiteral("=loop="));
        QVERIFY(codes.expand(QStringLiteral("=loop=")).unknown.isEmpty());
    }

    void whatIsNotACode()
    {
        const CodeReplacements codes = load("cc17\tRick Perkins\n");
        for (const QString &text :
            { QStringLiteral("x = 5 and y = 6"), QStringLiteral("a == b"), QStringLiteral("=cc 17="),
                QStringLiteral("=") + QString(33, QLatin1Char('a')) + QStringLiteral("="), QStringLiteral("=cc17") }) {
            const CodeReplacements::Expansion expansion = codes.expand(text);
            QCOMPARE(expansion.text, text);
            QVERIFY2(expansion.unknown.isEmpty(), qPrintable(text));
        }
        // 32 characters is still a code.
        const QString longest = QString(32, QLatin1Char('a'));
        QCOMPARE(codes.expand(QLatin1Char('=') + longest + QLatin1Char('=')).unknown.size(), 1);
    }

    void unknownCodesAreLeftAsTypedAndReported()
    {
        const CodeReplacements codes = load("cc17\tRick Perkins\n");
        const CodeReplacements::Expansion expansion = codes.expand(QStringLiteral("=cc71= and =cc17=, =x=cc17="));
        // An unknown code is kept whole: its closing delimiter does not open the next code.
        QCOMPARE(expansion.text, QStringLiteral("=cc71= and Rick Perkins, =x=cc17="));
        QCOMPARE(expansion.unknown.size(), 2);
        QCOMPARE(expansion.unknown.at(0).code, QStringLiteral("cc71"));
        QCOMPARE(expansion.unknown.at(0).position, 0);
        QCOMPARE(expansion.unknown.at(0).length, 6);
        QCOMPARE(expansion.unknown.at(1).code, QStringLiteral("x"));
        QCOMPARE(expansion.text.mid(expansion.unknown.at(1).position, expansion.unknown.at(1).length),
            QStringLiteral("=x="));
        QVERIFY(expansion.changed);
    }

    void codeEndingAtReadsTheTextAsExpandDoes()
    {
        // Typing expands the code that codeEndingAt() finds at the cursor; pasting, CSV and Expand
        // Codes use expand(). No code is known here, so expand() reports every code it reads with
        // its place in the unchanged text: at each position, codeEndingAt() must find exactly
        // the code expand() read as ending there.
        CodeReplacements codes;
        for (const QString &text : { QStringLiteral("=x=cc17="), QStringLiteral("a==b=c=d="),
                 QStringLiteral("(=cc17=), =рио=; =eq="), QStringLiteral("=a =b= c=d=e=f="),
                 QStringLiteral("x=") + QString(33, QLatin1Char('a')) + QStringLiteral("=b="),
                 QStringLiteral("===x===") }) {
            QHash<int, CodeReplacements::UnknownCode> endingAt;
            for (const CodeReplacements::UnknownCode &code : codes.expand(text).unknown)
                endingAt.insert(code.position + code.length, code);
            for (int end = 0; end <= text.size(); ++end) {
                const std::optional<CodeReplacements::CodeAt> found = codes.codeEndingAt(text, end);
                const QByteArray where = (text + QStringLiteral(" at ") + QString::number(end)).toUtf8();
                QVERIFY2(found.has_value() == endingAt.contains(end), where.constData());
                if (found) {
                    QCOMPARE(found->position, endingAt.value(end).position);
                    QCOMPARE(found->code, endingAt.value(end).code);
                }
            }
        }
        // The case that made typing and expand() disagree: the last `=` closes no code.
        const CodeReplacements known = load("cc17\tRick Perkins\n");
        QVERIFY(!known.codeEndingAt(QStringLiteral("=x=cc17="), 8));
        QCOMPARE(expanded(known, QStringLiteral("=x=cc17=")), QStringLiteral("=x=cc17="));
        QCOMPARE(known.codeEndingAt(QStringLiteral("=x= =cc17="), 10)->code, QStringLiteral("cc17"));
    }

    void laterFileWins()
    {
        CodeReplacements codes;
        QString error;
        QVERIFY(codes.addData("cc17\tRick Perkins\ncc8\tDain Bram\n", QStringLiteral("a"), &error));
        QVERIFY(codes.addData("cc17\tRicky Perkins\n", QStringLiteral("b"), &error));
        QCOMPARE(expanded(codes, QStringLiteral("=cc17= =cc8=")), QStringLiteral("Ricky Perkins Dain Bram"));
    }

    void multipleColumns()
    {
        const CodeReplacements codes = load("cc17\tRick Perkins\tPerkins\tChattanooga Choo-Choos\nx#2\tliteral\n");
        QCOMPARE(expanded(codes, QStringLiteral("=cc17=")), QStringLiteral("Rick Perkins"));
        QCOMPARE(expanded(codes, QStringLiteral("=cc17#1=")), QStringLiteral("Rick Perkins"));
        QCOMPARE(expanded(codes, QStringLiteral("=cc17#2=")), QStringLiteral("Perkins"));
        QCOMPARE(expanded(codes, QStringLiteral("=cc17#3=")), QStringLiteral("Chattanooga Choo-Choos"));
        QCOMPARE(codes.expand(QStringLiteral("=cc17#4=")).unknown.size(), 1);
        QCOMPARE(expanded(codes, QStringLiteral("=x#2=")), QStringLiteral("literal")); // an exact code first
        QCOMPARE(codes.expand(QStringLiteral("=cc17#0=")).unknown.size(), 1); // replacements count from 1

        // Photo Mechanic's own example ("Advanced Code Replacements"): #1, #2, #3 are the columns
        // after the code, in file order.
        const CodeReplacements festival = load("51115555111555\tJimmy Bits\tMontana Stage\tDavide Crowie\n"
                                               "bmf\tBig Music Festival\n");
        QCOMPARE(expanded(festival,
                     QStringLiteral("=51115555111555#3= performs on the =51115555111555#2= at the =bmf=. Photo by "
                                    "=51115555111555#1=")),
            QStringLiteral(
                "Davide Crowie performs on the Montana Stage at the Big Music Festival. Photo by Jimmy Bits"));
    }

    void legacyEncodingIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("codes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cc17\tRick Perkins\nsp\tS\xE3o Paulo\n"); // windows-1252: ã is one byte
        file.close();
        CodeReplacements codes;
        QVERIFY(codes.addData("keep\tkept\n", QStringLiteral("first"), nullptr));
        QString error;
        QVERIFY(!codes.addFile(path, &error));
        QVERIFY2(
            error.contains(path) && error.contains(QLatin1String("line 2")) && error.contains(QLatin1String("UTF-8")),
            qPrintable(error));
        QCOMPARE(codes.size(), 1); // nothing of the refused file is kept
        QVERIFY(!codes.addFile(dir.filePath(QStringLiteral("missing.txt")), &error));
        QVERIFY(error.contains(QLatin1String("missing.txt")));
    }

    void otherDelimiter()
    {
        CodeReplacements codes = load("cc17\tRick Perkins\n");
        codes.setDelimiter(QLatin1Char('\\'));
        QCOMPARE(expanded(codes, QStringLiteral("\\cc17\\ and =cc17=")), QStringLiteral("Rick Perkins and =cc17="));
    }

    void recordTextFieldsOnly()
    {
        const CodeReplacements codes = load("cc17\tRick Perkins\nny\tNew York\n");
        ImageRecord record;
        record.setId(QStringLiteral("=cc17="));
        record.setSrc(QStringLiteral("https://example.org/=cc17=.jpg"));
        record.setValue(Field::Caption, QStringLiteral("=cc17= dunks"));
        record.setValue(Field::City, QStringLiteral("=ny="));
        // Items before, between and after the expanded ones stay as they are.
        record.setValue(Field::Keywords,
            QStringList { QStringLiteral("sport"), QStringLiteral("=cc17="), QStringLiteral("=zz="),
                QStringLiteral("=ny="), QStringLiteral("NBA") });
        record.setValue(Field::Date, QStringLiteral("=cc17="));
        const QList<FieldIssue> unknown = codes.expandRecord(&record);
        QCOMPARE(record.id(), QStringLiteral("=cc17="));
        QCOMPARE(record.src(), QStringLiteral("https://example.org/=cc17=.jpg"));
        QCOMPARE(record.text(Field::Date), QStringLiteral("=cc17="));
        QCOMPARE(record.text(Field::Caption), QStringLiteral("Rick Perkins dunks"));
        QCOMPARE(record.text(Field::City), QStringLiteral("New York"));
        QCOMPARE(record.list(Field::Keywords),
            (QStringList { QStringLiteral("sport"), QStringLiteral("Rick Perkins"), QStringLiteral("=zz="),
                QStringLiteral("New York"), QStringLiteral("NBA") }));
        QCOMPARE(unknown,
            (QList<FieldIssue> { { Field::Keywords, Severity::Warning, IssueCode::UnknownReplacementCode, 0,
                QStringLiteral("=zz=") } }));

        QVERIFY(takesCodeExpansion(Field::Collections));
        for (Field field : { Field::Id, Field::Src, Field::UrlImgWatermark, Field::UrlImgThumbnail, Field::Date,
                 Field::Status, Field::AiGenerated })
            QVERIFY(!takesCodeExpansion(field));
    }

    void unknownCodesAreRowWarnings()
    {
        CodeReplacements codes = load("cc17\tRick Perkins\nрио\tРио-де-Жанейро\n");
        ImageRecord record;
        record.setId(QStringLiteral("=nope="));
        record.setValue(Field::Caption, QStringLiteral("=cc71=, at =рио= (=мск=)."));
        record.setValue(Field::Keywords, QStringList { QStringLiteral("=cc17="), QStringLiteral("=zz=") });
        record.setValue(Field::Status, QStringLiteral("=draft="));
        const QList<FieldIssue> issues = codes.unknownCodes(record);
        // Text fields only, in field order, one warning per code; the record is not changed.
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).field, Field::Caption);
        QCOMPARE(issues.at(0).text, QStringLiteral("=cc71="));
        QCOMPARE(issues.at(1).field, Field::Caption);
        QCOMPARE(issues.at(1).text, QStringLiteral("=мск="));
        QCOMPARE(issues.at(2).field, Field::Keywords);
        QCOMPARE(issues.at(2).text, QStringLiteral("=zz="));
        QCOMPARE(issues.at(0).severity, Severity::Warning);
        QVERIFY(!hasErrors(issues)); // a warning: the record can still be sent
        QCOMPARE(FieldIssue::codeName(issues.at(0).code), QStringLiteral("unknown-replacement-code"));
        QVERIFY2(issues.at(0).message().contains(QStringLiteral("=cc71=")), qPrintable(issues.at(0).message()));
        QVERIFY(issues.at(0).message().contains(FieldRegistry::label(Field::Caption)));
        QCOMPARE(record.text(Field::Caption), QStringLiteral("=cc71=, at =рио= (=мск=)."));

        // The delimiter is the preference's.
        codes.setDelimiter(QLatin1Char('%'));
        record.setValue(Field::Caption, QStringLiteral("%cc17% and %zz%, 50 % off"));
        const QList<FieldIssue> percent = codes.unknownCodes(record);
        QCOMPARE(percent.size(), 1);
        QCOMPARE(percent.first().text, QStringLiteral("%zz%"));
    }

    void valuesExpandOnlyInTextFields()
    {
        const CodeReplacements codes = load("cc17\tRick Perkins\nny\tNew York; NY\n");
        QCOMPARE(
            codes.expandValue(Field::Headline, QStringLiteral("=cc17=!")), FieldValue(QStringLiteral("Rick Perkins!")));
        // A list item by item: a replacement holding the list separator stays one item.
        QCOMPARE(codes.expandValue(Field::Categories, QStringList { QStringLiteral("=ny="), QStringLiteral("=cc17=") }),
            FieldValue(QStringList { QStringLiteral("New York; NY"), QStringLiteral("Rick Perkins") }));
        QCOMPARE(codes.expandValue(Field::Src, QStringLiteral("https://x.example/=cc17=")),
            FieldValue(QStringLiteral("https://x.example/=cc17=")));
        QCOMPARE(codes.expandValue(Field::Nsfw, true), FieldValue(true));
        QCOMPARE(codes.expandValue(Field::Caption, FieldValue {}), FieldValue {});
    }

    void presetsExpandTheirValuesBeforeTheVariables()
    {
        const CodeReplacements codes = load("cc17\tRick Perkins\nwire\tWesog Wire\n");
        Preset preset;
        preset.name = QStringLiteral("Game");
        preset.entries = { { Field::Caption, QStringLiteral("=cc17= ({filename})"), false },
            { Field::Provider, QStringLiteral("=wire="), false }, { Field::Id, QStringLiteral("=cc17="), false },
            { Field::Keywords, QStringLiteral("=cc17=; =zz="), true } };
        const Preset expanded = codes.expandedPreset(preset);
        QCOMPARE(expanded.name, preset.name);
        QCOMPARE(expanded.entries.at(0).value, QStringLiteral("Rick Perkins ({filename})"));
        QCOMPARE(expanded.entries.at(1).value, QStringLiteral("Wesog Wire"));
        QCOMPARE(expanded.entries.at(2).value, QStringLiteral("=cc17=")); // the id takes no codes
        QCOMPARE(expanded.entries.at(3).value, QStringLiteral("Rick Perkins; =zz="));
        QVERIFY(expanded.entries.at(3).append);
        // A file name that looks like a code is a file name: the variables are filled in after.
        ImageRecord record;
        record.setValue(Field::Keywords, QStringList { QStringLiteral("football") });
        const ImageRecord applied = expanded.applied(record, { QStringLiteral("=wire=.jpg"), QString(), QString() });
        QCOMPARE(applied.text(Field::Caption), QStringLiteral("Rick Perkins (=wire=.jpg)"));
        QCOMPARE(applied.list(Field::Keywords),
            (QStringList { QStringLiteral("football"), QStringLiteral("Rick Perkins"), QStringLiteral("=zz=") }));
    }
};

QTEST_GUILESS_MAIN(tst_CodeReplacements)
#include "tst_codereplacements.moc"
