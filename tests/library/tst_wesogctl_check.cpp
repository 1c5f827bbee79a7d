// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: `wesogctl check` and `wesogctl scan --replacements` as a pipeline runs them.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/testpaths.h"

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    static QList<QJsonObject> lines(const QByteArray &text)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith('{'))
                objects << QJsonDocument::fromJson(line).object();
        }
        return objects;
    }
    QList<QJsonObject> findings() const { return lines(out); }
    /// id, field, code of each finding, to compare whole runs at once.
    QStringList keys() const
    {
        QStringList keys;
        for (const QJsonObject &finding : findings()) {
            const QJsonValue field = finding.value(QStringLiteral("field"));
            keys << finding.value(QStringLiteral("id")).toString() + QLatin1Char(' ')
                    + (field.isNull() ? QStringLiteral("null") : field.toString()) + QLatin1Char(' ')
                    + finding.value(QStringLiteral("code")).toString();
        }
        return keys;
    }
};

/// Runs wesogctl with `dataHome` as its data folder, by default an empty one of its own: the
/// words of the real user's dictionary must not change what a run finds.
Run wesogctl(const QStringList &arguments, const QString &dataHome = QString())
{
    const QTemporaryDir emptyDataHome;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("WESOG_SRC_TEMPLATE"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.isEmpty() ? emptyDataHome.path() : dataHome);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WESOGCTL_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// A small JPEG with the given XMP fields, written by exiftool like the metadata fixtures.
void makeImage(const QString &path, const QStringList &exiftoolArguments)
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QVERIFY(image.save(path, "JPEG"));
    QProcess exiftool;
    exiftool.start(QStringLiteral("exiftool"),
        QStringList { QStringLiteral("-q"), QStringLiteral("-overwrite_original") } + exiftoolArguments
            + QStringList { path });
    QVERIFY(exiftool.waitForFinished(60000));
    QCOMPARE(exiftool.exitCode(), 0);
}

QByteArray body(const QJsonArray &items)
{
    return QJsonDocument(items).toJson();
}

} // namespace

class tst_WesogctlCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.filePath(QStringLiteral("codes.txt")), "cc17\tRick Perkins\nber\tBerlin\n");
    }

    void bodyFindingsSortedByIdFieldCode()
    {
        const QString file = m_dir.filePath(QStringLiteral("body.json"));
        writeFile(file,
            body({ QJsonObject { { QStringLiteral("id"), QStringLiteral("b2") },
                       { QStringLiteral("src"), QStringLiteral("https://cdn.example.org/b2.jpg") },
                       { QStringLiteral("caption"),
                           QStringLiteral("=cc17= recieved the ball near the goverment =qq=.") },
                       { QStringLiteral("country"), QStringLiteral("Atlantis") },
                       { QStringLiteral("city"), QStringLiteral("=ber=") } },
                QJsonObject { { QStringLiteral("id"), QStringLiteral("a1") },
                    { QStringLiteral("src"), QStringLiteral("file:///tmp/a1.jpg") },
                    { QStringLiteral("title"), QStringLiteral("Harbor at dawn") },
                    { QStringLiteral("country"), QStringLiteral("Alemanha") } } }));
        const Run run
            = wesogctl({ QStringLiteral("check"), file, QStringLiteral("--rules"), QStringLiteral("caption author"),
                QStringLiteral("--replacements"), m_dir.filePath(QStringLiteral("codes.txt")) });
        QCOMPARE(run.exitCode, 1); // a1's src is an error
        // Sorted by id, then the field's name (null first), then the code.
        QCOMPARE(run.keys(),
            QStringList({ QStringLiteral("a1 author required-by-rule"), QStringLiteral("a1 caption required-by-rule"),
                QStringLiteral("a1 src not-http-url"), QStringLiteral("b2 author required-by-rule"),
                QStringLiteral("b2 caption misspelled"), QStringLiteral("b2 caption misspelled"),
                QStringLiteral("b2 caption unknown-replacement-code"), QStringLiteral("b2 country unknown-country") }));
        // The keys in the documented order; and =qq= is one unknown code, not also a misspelled "qq".
        QVERIFY(run.out.startsWith(
            R"({"id":"a1","field":"author","code":"required-by-rule","severity":"error","message":)"));
        const QList<QJsonObject> findings = run.findings();
        QCOMPARE(findings.size(), 8);
        // Spelling runs on the expanded text: the code's name is not flagged, the typos are.
        const QJsonObject recieved = findings.at(4);
        QCOMPARE(recieved.value(QStringLiteral("word")).toString(), QStringLiteral("recieved"));
        QCOMPARE(recieved.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(recieved.value(QStringLiteral("suggestions")).toArray().contains(QStringLiteral("received")));
        QVERIFY(recieved.value(QStringLiteral("suggestions")).toArray().size() <= 5);
        QCOMPARE(findings.at(5).value(QStringLiteral("word")).toString(), QStringLiteral("goverment"));
        QVERIFY(findings.at(6).value(QStringLiteral("message")).toString().contains(QStringLiteral("=qq=")));
        QVERIFY(!findings.at(6).contains(QStringLiteral("word")));
        QCOMPARE(findings.at(2).value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    }

    void cleanBodyExitsZero()
    {
        const QString file = m_dir.filePath(QStringLiteral("clean.json"));
        writeFile(file,
            body({ QJsonObject { { QStringLiteral("id"), QStringLiteral("c1") },
                { QStringLiteral("src"), QStringLiteral("https://cdn.example.org/c1.jpg") },
                { QStringLiteral("caption"), QStringLiteral("Fans celebrate in Madrid on June 1, 2024.") },
                { QStringLiteral("country"), QStringLiteral("Spain") } } }));
        const Run run = wesogctl({ QStringLiteral("check"), file });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray());
    }

    void languagesAndDictionaries()
    {
        const QString file = m_dir.filePath(QStringLiteral("pt.json"));
        writeFile(file,
            body({ QJsonObject { { QStringLiteral("id"), QStringLiteral("p1") },
                { QStringLiteral("src"), QStringLiteral("https://cdn.example.org/p1.jpg") },
                { QStringLiteral("caption"), QStringLiteral("A recepção aos atletas em Zorblândia.") } } }));
        const QString names = m_dir.filePath(QStringLiteral("names.txt"));
        writeFile(names, "Zorblândia\n");
        // `pt` is Brazilian Portuguese, where "recepção" is right; in European Portuguese it is not.
        Run run = wesogctl({ QStringLiteral("check"), file, QStringLiteral("--lang"), QStringLiteral("pt"),
            QStringLiteral("--dictionary"), names });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray());
        run = wesogctl({ QStringLiteral("check"), file, QStringLiteral("--lang"), QStringLiteral("pt-PT"),
            QStringLiteral("--dictionary"), names });
        QCOMPARE(run.exitCode, 0); // a misspelling is a warning
        QCOMPARE(run.findings().size(), 1);
        QCOMPARE(run.findings().first().value(QStringLiteral("word")).toString(), QStringLiteral("recepção"));
        QVERIFY(
            run.findings().first().value(QStringLiteral("suggestions")).toArray().contains(QStringLiteral("receção")));
        QTemporaryDir dataHome;
        run = wesogctl(
            { QStringLiteral("check"), file, QStringLiteral("--lang"), QStringLiteral("pt") }, dataHome.path());
        QCOMPARE(run.findings().size(), 1); // without the dictionary, the invented place
        QCOMPARE(run.findings().first().value(QStringLiteral("word")).toString(), QStringLiteral("Zorblândia"));
        // The words Wesog Desk's Add to Dictionary keeps count too.
        QVERIFY(QDir().mkpath(dataHome.filePath(QStringLiteral("Wesog/Wesog Desk"))));
        writeFile(dataHome.filePath(QStringLiteral("Wesog/Wesog Desk/dictionary.txt")), "Zorblândia\n");
        run = wesogctl(
            { QStringLiteral("check"), file, QStringLiteral("--lang"), QStringLiteral("pt") }, dataHome.path());
        QCOMPARE(run.out, QByteArray());
    }

    void folder()
    {
        QTemporaryDir dir;
        makeImage(dir.filePath(QStringLiteral("a.jpg")),
            { QStringLiteral("-XMP-dc:Description==cc17= recieved the ball."),
                QStringLiteral("-XMP-photoshop:City==zz="), QStringLiteral("-XMP-photoshop:Country=Atlantis") });
        writeFile(dir.filePath(QStringLiteral("broken.jpg")), QByteArray("\xFF\xD8\xFF\xE1 not a JPEG"));
        Run run = wesogctl({ QStringLiteral("check"), dir.path(), QStringLiteral("--replacements"),
            m_dir.filePath(QStringLiteral("codes.txt")) });
        QCOMPARE(run.exitCode, 1); // the unreadable file is an error
        const QStringList keys = run.keys();
        // No id or src findings: without --src-template the src is a file:// URL.
        QCOMPARE(keys.size(), 4);
        QCOMPARE(keys.at(0), QStringLiteral("a caption misspelled"));
        QCOMPARE(keys.at(1), QStringLiteral("a city unknown-replacement-code"));
        QCOMPARE(keys.at(2), QStringLiteral("a country unknown-country"));
        // The unreadable file: one line about the whole image, with the code `scan` reports for it.
        const QJsonObject broken = run.findings().at(3);
        QCOMPARE(broken.value(QStringLiteral("id")).toString(), QStringLiteral("broken.jpg"));
        QVERIFY(broken.value(QStringLiteral("field")).isNull());
        QCOMPARE(broken.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        const Run scan = wesogctl({ QStringLiteral("scan"), dir.path() });
        QString scanCode;
        for (const QJsonObject &line : Run::lines(scan.err)) {
            if (line.value(QStringLiteral("file")).toString() == QLatin1String("broken.jpg"))
                scanCode = line.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
        }
        QVERIFY2(!scanCode.isEmpty(), scan.err.constData());
        QCOMPARE(broken.value(QStringLiteral("code")).toString(), scanCode);

        run = wesogctl({ QStringLiteral("check"), dir.path(), QStringLiteral("--src-template"),
            QStringLiteral("ftp://example.org/{basename}.jpg") });
        QVERIFY(run.keys().contains(QStringLiteral("a src not-http-url")));
    }

    void scanExpandsCodes()
    {
        QTemporaryDir dir;
        makeImage(dir.filePath(QStringLiteral("a.jpg")),
            { QStringLiteral("-XMP-dc:Description==cc17= in =ber= =nope=."),
                QStringLiteral("-XMP-dc:Subject==cc17=") });
        const Run run = wesogctl({ QStringLiteral("scan"), dir.path(), QStringLiteral("--replacements"),
            m_dir.filePath(QStringLiteral("codes.txt")) });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject item = QJsonDocument::fromJson(run.out).array().first().toObject();
        QCOMPARE(item.value(QStringLiteral("caption")).toString(), QStringLiteral("Rick Perkins in Berlin =nope=."));
        QCOMPARE(item.value(QStringLiteral("keywords")).toArray().first().toString(), QStringLiteral("Rick Perkins"));
        QCOMPARE(item.value(QStringLiteral("id")).toString(), QStringLiteral("a"));
        const QList<QJsonObject> warnings = Run::lines(run.err);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().value(QStringLiteral("file")).toString(), QStringLiteral("a.jpg"));
        const QJsonObject warning = warnings.first().value(QStringLiteral("warning")).toObject();
        QCOMPARE(warning.value(QStringLiteral("code")).toString(), QStringLiteral("unknown-replacement-code"));
        QVERIFY(warning.value(QStringLiteral("message")).toString().contains(QStringLiteral("=nope=")));
    }

    void usageErrors()
    {
        QCOMPARE(wesogctl({ QStringLiteral("check") }).exitCode, 2);
        const QString clean = m_dir.filePath(QStringLiteral("clean.json"));
        writeFile(clean, "[]");
        Run run = wesogctl({ QStringLiteral("check"), clean, QStringLiteral("--lang"), QStringLiteral("de") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("de"));
        const QString legacy = m_dir.filePath(QStringLiteral("legacy.txt"));
        writeFile(legacy, "sp\tS\xE3o Paulo\n");
        run = wesogctl({ QStringLiteral("check"), clean, QStringLiteral("--replacements"), legacy });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("line 1"), run.err.constData());
        run = wesogctl({ QStringLiteral("check"), clean, QStringLiteral("--rules"), QStringLiteral("nonsense") });
        QCOMPARE(run.exitCode, 2);
        run = wesogctl({ QStringLiteral("check"), m_dir.filePath(QStringLiteral("codes.txt")) });
        QCOMPARE(run.exitCode, 2); // not a JSON body
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_WesogctlCheck)
#include "tst_wesogctl_check.moc"
