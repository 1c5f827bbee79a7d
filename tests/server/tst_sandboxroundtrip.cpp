// SPDX-License-Identifier: GPL-3.0-or-later
// What the sandbox answers to GET: every stored field back exactly, and a query it cannot run
// refused with an error instead of an empty page.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/record/recordcodec.h"
#include "tests/support/httptestclient.h"
#include "tests/support/sandboxfiles.h"
#include "tests/support/sandboxprocess.h"

using namespace Wesog;
using namespace Wesog::Test;

class tst_SandboxRoundTrip : public QObject
{
    Q_OBJECT

private:
    SandboxFiles m_files;
    std::unique_ptr<SandboxProcess> m_sandbox;

    /// All 27 fields set, in several scripts (accents, Cyrillic, CJK, emoji outside the BMP).
    QJsonObject fullItem(const QString &id) const
    {
        const QString mixed = QStringLiteral("Ça va, Ёлка, 東京タワー, 🚀🇫🇷, \"quoted\" \\ tab\t");
        QJsonObject item;
        for (const FieldInfo &info : FieldRegistry::all()) {
            const QString key = QString::fromLatin1(info.jsonKey);
            switch (info.type) {
            case FieldType::Bool:
                item.insert(key, info.field == Field::Nsfw); // false is a value, not unset
                break;
            case FieldType::TextList:
                item.insert(key,
                    QJsonArray { key + QStringLiteral(" ü"), QStringLiteral("Москва"), QStringLiteral("北京"),
                        QStringLiteral("😀") });
                break;
            case FieldType::Date:
                item.insert(key, QStringLiteral("2024-02-29"));
                break;
            case FieldType::Url:
                item.insert(key, m_sandbox->baseUrl() + QStringLiteral("/files/small.jpg?") + key);
                break;
            default:
                item.insert(key, key + QStringLiteral(": ") + mixed);
            }
        }
        item.insert(QStringLiteral("id"), id);
        item.insert(QStringLiteral("status"), QStringLiteral("RDA Only"));
        return item;
    }

    static void verifySame(const QJsonObject &out, const QJsonObject &sent)
    {
        for (const FieldInfo &info : FieldRegistry::all()) {
            const QString key = QString::fromLatin1(info.jsonKey);
            const QString outKey = info.field == Field::Id ? QStringLiteral("image_id") : key;
            QVERIFY2(out.contains(outKey), qPrintable(outKey));
            QCOMPARE(out.value(outKey), sent.value(key));
        }
        QCOMPARE(out.value(QStringLiteral("width")).toInt(), 64);
        QCOMPARE(out.value(QStringLiteral("height")).toInt(), 48);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList {
            QStringLiteral("--key"), QStringLiteral("k1"), QStringLiteral("--files-root"), m_files.root() });
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void everyFieldComesBackExactly()
    {
        HttpTestClient client(m_sandbox->baseUrl(), "k1");
        const QString id = QStringLiteral("Фото 東京 ü 🚀");
        const QJsonObject sent = fullItem(id);
        const HttpResult put
            = client.put(QStringLiteral("/imgs?wait=true&urgent=false&strict=false&lang=en"), QJsonArray { sent });
        QCOMPARE(put.object().value(QStringLiteral("num_good")).toInt(), 1);

        const HttpResult one = client.get(QStringLiteral("/imgs/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
        QCOMPARE(one.status, 200);
        verifySame(one.object(), sent);

        const HttpResult search = client.get(QStringLiteral("/imgs?limit=10&q=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("id=") + id)));
        QCOMPARE(search.status, 200);
        const QJsonArray results = search.object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 1);
        verifySame(results.first().toObject(), sent);

        // And the decoder reads it back to the same record the sender encoded.
        ImageRecord sentRecord;
        QVERIFY(!RecordCodec::decodeItem(sent, &sentRecord));
        StoredImage read;
        QVERIFY(!RecordCodec::decodeImageOut(one.object(), &read));
        QCOMPARE(read.record, sentRecord);
    }

    void unsetFieldsAndEmptyListsAnswerNull()
    {
        HttpTestClient client(m_sandbox->baseUrl(), "k1");
        const QJsonObject sent { { QStringLiteral("id"), QStringLiteral("sparse") },
            { QStringLiteral("src"), m_sandbox->baseUrl() + QStringLiteral("/files/small.jpg") },
            { QStringLiteral("keywords"), QJsonArray() } };
        QCOMPARE(client.put(QStringLiteral("/imgs?wait=true&urgent=false&strict=false&lang=en"), QJsonArray { sent })
                     .object()
                     .value(QStringLiteral("num_good"))
                     .toInt(),
            1);
        // The single image and the search page are written by different code: check both.
        const QJsonObject single = client.get(QStringLiteral("/imgs/sparse")).object();
        const QJsonObject found = client.get(QStringLiteral("/imgs?q=id%3Dsparse"))
                                      .object()
                                      .value(QStringLiteral("results"))
                                      .toArray()
                                      .first()
                                      .toObject();
        for (const QJsonObject &out : { single, found }) {
            QCOMPARE(out.size(), FieldCount + 3);
            QCOMPARE(out.value(QStringLiteral("image_id")).toString(), QStringLiteral("sparse"));
            for (const FieldInfo &info : FieldRegistry::all()) {
                if (info.field == Field::Id || info.field == Field::Src)
                    continue;
                const QString key = QString::fromLatin1(info.jsonKey);
                QVERIFY2(out.contains(key) && out.value(key).isNull(), qPrintable(key));
            }
        }
    }

    void aQuerySqliteCannotRunIsAnErrorNotAnEmptyPage_data()
    {
        QTest::addColumn<QString>("q");
        QStringList terms, texts;
        for (int i = 0; i < 1500; ++i) {
            terms << QStringLiteral("id=img-%1").arg(i);
            texts << QStringLiteral("t~word%1").arg(i);
        }
        // Not `id=` terms: a list of ids alone is one IN list, which SQLite runs.
        QTest::newRow("1,500 || terms") << texts.join(QStringLiteral("||"));
        QTest::newRow("1,500 && terms") << terms.join(QStringLiteral("&&"));
        QTest::newRow("parentheses 5,000 deep")
            << QString(5000, QLatin1Char('(')) + QStringLiteral("id=x") + QString(5000, QLatin1Char(')'));
    }

    void aQuerySqliteCannotRunIsAnErrorNotAnEmptyPage()
    {
        QFETCH(QString, q);
        HttpTestClient client(m_sandbox->baseUrl(), "k1");
        const HttpResult result
            = client.get(QStringLiteral("/imgs?limit=10&q=") + QString::fromLatin1(QUrl::toPercentEncoding(q)));
        QCOMPARE(result.status, 422);
        QVERIFY(result.object().value(QStringLiteral("detail")).isString());
        QVERIFY(!result.object().value(QStringLiteral("detail")).toString().isEmpty());
        // The sandbox is still there for the next request.
        QCOMPARE(client.get(QStringLiteral("/health")).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxRoundTrip)
#include "tst_sandboxroundtrip.moc"
