// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/record/validation.h"

using namespace Wesog;

Q_DECLARE_METATYPE(Wesog::Field)
Q_DECLARE_METATYPE(Wesog::FieldValue)
Q_DECLARE_METATYPE(Wesog::IssueCode)
Q_DECLARE_METATYPE(Wesog::Severity)

class tst_Validation : public QObject
{
    Q_OBJECT

private:
    static ImageRecord validRecord()
    {
        ImageRecord record;
        record.setId(QStringLiteral("IMG_1"));
        record.setSrc(QStringLiteral("https://cdn.example.com/a/IMG_1.jpg"));
        return record;
    }

    static QStringList codes(const QList<FieldIssue> &issues)
    {
        QStringList names;
        for (const FieldIssue &issue : issues)
            names << FieldRegistry::jsonKey(issue.field) + QLatin1Char(':') + FieldIssue::codeName(issue.code);
        return names;
    }

private slots:
    void validRecordHasNoFindings() { QVERIFY(validateRecord(validRecord()).isEmpty()); }

    void findings_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<FieldValue>("value");
        QTest::addColumn<QString>("expected"); // "" = no finding
        QTest::addColumn<Severity>("severity");

        auto s = [](const char *text) { return FieldValue { QString::fromUtf8(text) }; };
        QTest::newRow("id missing") << Field::Id << FieldValue {} << "id:missing" << Severity::Error;
        QTest::newRow("id blank") << Field::Id << s("   ") << "id:missing" << Severity::Error;
        QTest::newRow("src missing") << Field::Src << FieldValue {} << "src:missing" << Severity::Error;
        QTest::newRow("src relative") << Field::Src << s("/files/a.jpg") << "src:not-http-url" << Severity::Error;
        QTest::newRow("src ftp") << Field::Src << s("ftp://host/a.jpg") << "src:not-http-url" << Severity::Error;
        QTest::newRow("src no host") << Field::Src << s("https:///a.jpg") << "src:not-http-url" << Severity::Error;
        QTest::newRow("src spaces") << Field::Src << s(" https://h/a.jpg") << "src:not-http-url" << Severity::Error;
        QTest::newRow("src http ok") << Field::Src << s("http://127.0.0.1:8765/files/a.jpg") << "" << Severity::Error;
        QTest::newRow("watermark bad") << Field::UrlImgWatermark << s("not a url") << "url_img_watermark:not-http-url"
                                       << Severity::Error;
        QTest::newRow("thumbnail ok") << Field::UrlImgThumbnail << s("https://h/t.jpg") << "" << Severity::Error;
        QTest::newRow("date ok") << Field::Date << s("2024-02-29") << "" << Severity::Error;
        QTest::newRow("date invalid day") << Field::Date << s("2023-02-29") << "date:invalid-date" << Severity::Error;
        QTest::newRow("date exif style") << Field::Date << s("2023:12:31") << "date:invalid-date" << Severity::Error;
        QTest::newRow("date text") << Field::Date << s("yesterday") << "date:invalid-date" << Severity::Error;
        QTest::newRow("date year") << Field::Date << s("2024") << "date:incomplete-date" << Severity::Warning;
        QTest::newRow("date month") << Field::Date << s("2024-06") << "date:incomplete-date" << Severity::Warning;
        QTest::newRow("date month 13") << Field::Date << s("2024-13") << "date:invalid-date" << Severity::Error;
        QTest::newRow("keyword empty") << Field::Keywords
                                       << FieldValue { QStringList { QStringLiteral("a"), QString() } }
                                       << "keywords:empty-list-item" << Severity::Error;
        QTest::newRow("keyword blank") << Field::Keywords << FieldValue { QStringList { QStringLiteral("  ") } }
                                       << "keywords:empty-list-item" << Severity::Error;
        QTest::newRow("category untrimmed")
            << Field::Categories << FieldValue { QStringList { QStringLiteral("Sport ") } }
            << "categories:untrimmed-list-item" << Severity::Error;
        QTest::newRow("collections ok") << Field::Collections
                                        << FieldValue { QStringList { QStringLiteral("Exclusive") } } << ""
                                        << Severity::Error;
        QTest::newRow("status free text") << Field::Status << s("Embargoed") << "" << Severity::Error;
        QTest::newRow("title over IIM") << Field::Title << FieldValue { QString(33, QChar(0x0416)) } // 66 bytes
                                        << "title:over-iim-limit" << Severity::Info;
        QTest::newRow("title at IIM") << Field::Title << FieldValue { QString(64, QLatin1Char('a')) } << ""
                                      << Severity::Info;
    }

    void findings()
    {
        QFETCH(Field, field);
        QFETCH(FieldValue, value);
        QFETCH(QString, expected);
        QFETCH(Severity, severity);
        ImageRecord record = validRecord();
        QVERIFY(record.setValue(field, value));
        const QList<FieldIssue> issues = validateRecord(record);
        if (expected.isEmpty()) {
            QCOMPARE(codes(issues), QStringList());
            return;
        }
        QCOMPARE(codes(issues), QStringList { expected });
        QCOMPARE(issues.first().severity, severity);
        QCOMPARE(hasErrors(issues), severity == Severity::Error);
        QVERIFY(issues.first().message().contains(FieldRegistry::label(field)));
    }

    // The IIM limit counts UTF-8 bytes; Qt's own encoder is the reference, at the limit and one
    // byte past it, for characters of every UTF-8 width and for lone surrogates.
    void iimLimitCountsUtf8Bytes_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("text");
        const auto repeat
            = [](const QString &piece, int times, const QString &tail = {}) { return piece.repeated(times) + tail; };
        const QString euro = QStringLiteral("\u20AC");
        const QString smile = QString::fromUtf8("\xF0\x9F\x98\x80");
        const QString lone = QString(QChar(0xD800));
        const QString loneLow = QString(QChar(0xDC00));
        for (Field field : { Field::Title, Field::Keywords }) {
            const QByteArray name = FieldRegistry::jsonKey(field).toLatin1();
            QTest::newRow(name + " ascii 64") << field << repeat(QStringLiteral("a"), 64);
            QTest::newRow(name + " ascii 65") << field << repeat(QStringLiteral("a"), 65);
            QTest::newRow(name + " 2-byte 64") << field << repeat(QString(QChar(0x0416)), 32);
            QTest::newRow(name + " 3-byte 63+1") << field << repeat(euro, 21, QStringLiteral("a"));
            QTest::newRow(name + " 3-byte 63+2") << field << repeat(euro, 21, QStringLiteral("ab"));
            QTest::newRow(name + " 4-byte 64") << field << repeat(smile, 16);
            QTest::newRow(name + " 4-byte 64+1") << field << repeat(smile, 16, QStringLiteral("a"));
            QTest::newRow(name + " lone surrogates") << field << repeat(lone, 63, QStringLiteral("a"));
            QTest::newRow(name + " lone surrogates+1") << field << repeat(lone, 64, QStringLiteral("a"));
            QTest::newRow(name + " lone low surrogates") << field << repeat(loneLow, 63, QStringLiteral("a"));
            QTest::newRow(name + " lone low surrogates+1") << field << repeat(loneLow, 64, QStringLiteral("a"));
            QTest::newRow(name + " high surrogate last") << field << repeat(euro, 21) + lone;
            QTest::newRow(name + " high surrogate last+1") << field << repeat(euro, 21, QStringLiteral("a")) + lone;
        }
    }

    void iimLimitCountsUtf8Bytes()
    {
        QFETCH(Field, field);
        QFETCH(QString, text);
        const int limit = FieldRegistry::info(field).iimByteLimit;
        QCOMPARE(limit, 64);
        const qsizetype bytes = text.toUtf8().size();
        QVERIFY(bytes == limit || bytes == limit + 1); // each row sits on the boundary
        ImageRecord record = validRecord();
        if (FieldRegistry::info(field).type == FieldType::TextList)
            QVERIFY(record.setValue(field, QStringList { text }));
        else
            QVERIFY(record.setValue(field, text));
        const QString finding = FieldRegistry::jsonKey(field) + QStringLiteral(":over-iim-limit");
        QCOMPARE(codes(validateRecord(record)).contains(finding), bytes > limit);
    }

    void sandboxPlaceholderIsCheckedAsTheBase_data()
    {
        QTest::addColumn<QString>("src");
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("valid");
        QTest::newRow("placeholder, base") << "{sandbox}/files/a.jpg"
                                           << "http://127.0.0.1:8765" << true;
        QTest::newRow("placeholder, no base") << "{sandbox}/files/a.jpg"
                                              << "" << false;
        QTest::newRow("placeholder, bad base") << "{sandbox}/files/a.jpg"
                                               << "not a url" << false;
        QTest::newRow("untrimmed, base") << " {sandbox}/files/a.jpg"
                                         << "http://127.0.0.1" << false;
        QTest::newRow("no placeholder, base") << "ftp://h/a.jpg"
                                              << "http://127.0.0.1" << false;
        QTest::newRow("plain url, base") << "https://h/a.jpg"
                                         << "http://127.0.0.1" << true;
    }

    void sandboxPlaceholderIsCheckedAsTheBase()
    {
        QFETCH(QString, src);
        QFETCH(QString, base);
        QFETCH(bool, valid);
        ImageRecord record = validRecord();
        record.setSrc(src);
        record.setValue(Field::UrlImgThumbnail, src);
        const QStringList expected = valid
            ? QStringList()
            : QStringList { QStringLiteral("src:not-http-url"), QStringLiteral("url_img_thumbnail:not-http-url") };
        QCOMPARE(codes(validateRecord(record, {}, base)), expected);
        QCOMPARE(record.src(), src); // the record itself is not changed
    }

    void agencyRules()
    {
        QStringList unknown;
        const ValidationRules rules
            = ValidationRules::fromString(QStringLiteral("caption, author keywords:3 bogus keywords:x"), &unknown);
        QCOMPARE(unknown, (QStringList { QStringLiteral("bogus"), QStringLiteral("keywords:x") }));
        QCOMPARE(rules.required.size(), 3);
        QCOMPARE(rules.toString(), QStringLiteral("caption author keywords:3"));
        QCOMPARE(ValidationRules::fromString(rules.toString()).required, rules.required);

        ImageRecord record = validRecord();
        record.setValue(Field::Keywords, QStringList { QStringLiteral("a"), QStringLiteral("b") });
        QCOMPARE(codes(validateRecord(record, rules)),
            (QStringList { QStringLiteral("caption:required-by-rule"), QStringLiteral("author:required-by-rule"),
                QStringLiteral("keywords:too-few-items") }));
        const QList<FieldIssue> issues = validateRecord(record, rules);
        QVERIFY(issues.last().message().contains(QLatin1String("3")));

        record.setValue(Field::Caption, QStringLiteral("Boats"));
        record.setValue(Field::Author, QStringLiteral("Ana"));
        record.setValue(Field::Keywords, QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
        QVERIFY(validateRecord(record, rules).isEmpty());
        // A rule on a required API field does not double the finding.
        record.clear(Field::Id);
        QCOMPARE(codes(validateRecord(record, ValidationRules::fromString(QStringLiteral("id")))),
            QStringList { QStringLiteral("id:missing") });
    }

    void knownStatusValuesAreOffered()
    {
        QVERIFY(knownStatusValues().contains(QStringLiteral("Active")));
        QVERIFY(knownStatusValues().contains(QStringLiteral("RDA Only")));
    }
};

QTEST_APPLESS_MAIN(tst_Validation)
#include "tst_validation.moc"
