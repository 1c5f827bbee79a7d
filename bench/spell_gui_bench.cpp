// SPDX-License-Identifier: GPL-3.0-or-later
// Spell marks in the table (issue 17): the model holds CAPTIONS rows with a 40-word caption each,
// and the SpellMarkUpdater checks them all on its worker threads while the GUI thread runs its
// event loop. Measures the total time and the longest GUI-thread stall, seen by a 1 ms heartbeat
// timer on the GUI thread (bench/stallmeter.h: the largest gap between two of its ticks beyond 1 ms).
// Prints `metric<TAB>value<TAB>unit<TAB>target`. Usage: spell_gui_bench [LANGUAGE] [CAPTIONS]
// (default en 100000; QT_QPA_PLATFORM=offscreen).

#include <cstdio>
#include <random>

#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include "bench/stallmeter.h"
#include "core/caption/spellchecker.h"
#include "core/workspace/workspace.h"
#include "models/collectionsession.h"
#include "models/recordtablemodel.h"
#include "models/spellmarkupdater.h"

using namespace Wesog;

namespace {

void report(const char *metric, double value, const char *unit, const char *target)
{
    std::printf("%s\t%.2f\t%s\t%s\n", metric, value, unit, target);
    std::fflush(stdout);
}

/// Caption-like words (as caption_bench draws them): news words, names, numbers, a URL, acronyms.
QStringList newsVocabulary()
{
    return QStringLiteral(
        "the a of in on at after before during with from to and for by near as police firefighters president "
        "minister government parliament election voters protesters fans players team match final goal season "
        "storm flood fire wildfire rain snow heat temperature city town village river bridge street square "
        "station airport hospital school church museum market harbor boats fishermen farmers workers "
        "children women men residents tourists visitors soldiers rescue teams walk gather celebrate protest "
        "arrive leave wait watch play score win lose repair build clean carry rebuild announce visit attend "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January March May June July September "
        "London Paris Madrid Lisbon Berlin Rome Moscow Chicago Texas Brazil France Spain Portugal Russia "
        "morning evening night dawn crowd ceremony festival exhibition concert parade flag banner umbrella "
        "2024 10:30 3,500 https://www.example.org/news press@example.org NATO UNICEF")
        .split(QLatin1Char(' '));
}

/// A row per caption: 40 words, one typo in about fifty words (two letters swapped).
QList<RecordRow> makeRows(int count)
{
    const QStringList vocabulary = newsVocabulary();
    std::mt19937 random(17); // fixed: every run checks the same text
    std::uniform_int_distribution<qsizetype> pick(0, vocabulary.size() - 1);
    std::uniform_int_distribution<int> typo(0, 49);
    QList<RecordRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        QStringList words;
        for (int w = 0; w < 40; ++w) {
            QString word = vocabulary.at(pick(random));
            if (typo(random) == 0 && word.size() > 3)
                std::swap(word[1], word[2]);
            words.append(word);
        }
        RecordRow row;
        row.relativePath = QStringLiteral("agency/IMG_%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
        row.absolutePath = QStringLiteral("/photos/") + row.relativePath;
        ImageRecord &record = row.metadata.record;
        record.setId(QStringLiteral("IMG_%1").arg(i, 6, 10, QLatin1Char('0')));
        record.setSrc(QStringLiteral("https://example.org/") + row.relativePath);
        record.setValue(Field::Title, QStringLiteral("Harbor at dawn"));
        record.setValue(Field::Caption, words.join(QLatin1Char(' ')) + QLatin1Char('.'));
        row.loaded = record;
        rows.append(row);
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString language = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("en");
    const int count = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: spell_gui_bench [LANGUAGE] [CAPTIONS > 0]\n");
        return 2;
    }
    QString error;
    const std::shared_ptr<SpellChecker> checker = SpellChecker::create(language, &error);
    if (!checker) {
        std::fprintf(stderr, "spell_gui_bench: %s\n", qPrintable(error));
        return 2;
    }
    QTemporaryDir home;
    QNetworkAccessManager network;
    CollectionSession session(nullptr, &network, home.filePath(QStringLiteral("ws")));
    if (!session.workspace()->open(home.path(), home.filePath(QStringLiteral("ws")), &error)) {
        std::fprintf(stderr, "spell_gui_bench: %s\n", qPrintable(error));
        return 1;
    }
    RecordTableModel &model = *session.model();
    model.setRows(makeRows(count));
    SpellMarkUpdater updater(&model);
    updater.setVisibleRows({ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }); // a screenful, as the table reports it

    Bench::StallMeter stalls(1);
    QObject::connect(&updater, &SpellMarkUpdater::idle, &app, &QCoreApplication::quit);
    QTimer::singleShot(0, &app, [&] {
        stalls.start();
        updater.setSpellChecker(checker);
    });
    app.exec();
    const double seconds = stalls.elapsedMs() / 1000.0;
    stalls.stop();

    report(qPrintable(QStringLiteral("spell marks for %1 captions x 40 words in the model, %2 threads")
                          .arg(count)
                          .arg(QThread::idealThreadCount())),
        seconds, "s", "< 10 s");
    report("longest GUI-thread stall (1 ms heartbeat)", stalls.longest(), "ms", "< 50 ms");
    report("rows marked misspelled", model.stateCount(RecordState::Misspelled), "rows",
        "(about half: one typo in about fifty words)");
    return updater.isIdle() ? 0 : 1;
}
