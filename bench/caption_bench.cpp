// SPDX-License-Identifier: GPL-3.0-or-later
// Spell-checking benchmark (issue 17): 100,000 captions of 40 words checked on worker threads.
// Prints `metric<TAB>value<TAB>unit<TAB>target` lines. Figures are indicative: the benchmark
// machine is shared, so run it twice and keep the better figure.
// Usage: caption_bench [LANGUAGE] [CAPTIONS]   (default en 100000)

#include <algorithm>
#include <cstdio>
#include <random>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>
#include <QtConcurrent>

#include "core/caption/spellchecker.h"

using namespace Wesog;

namespace {

void report(const char *metric, double value, const char *unit, const QString &target)
{
    std::printf("%s\t%.2f\t%s\t%s\n", metric, value, unit, qPrintable(target));
    std::fflush(stdout);
}

/// Caption-like words: common news words, names, numbers, a URL, an address, acronyms.
QStringList newsVocabulary()
{
    return QStringLiteral(
        "the a of in on at after before during with from to and for by near as police firefighters president "
        "minister government parliament election voters protesters fans players team match final goal season "
        "storm flood fire wildfire rain snow heat temperature city town village river bridge street square "
        "station airport hospital school church museum market harbour harbor boats fishermen farmers workers "
        "children women men residents tourists visitors soldiers rescue teams walk gather celebrate protest "
        "arrive leave wait watch play score win lose repair build clean carry rebuild announce visit attend "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January March May June July September "
        "London Paris Madrid Lisbon Berlin Rome Moscow Chicago Texas Brazil France Spain Portugal Russia "
        "morning evening night dawn crowd ceremony festival exhibition concert parade flag banner umbrella "
        "2024 10:30 3,500 https://www.example.org/news press@example.org NATO UNICEF")
        .split(QLatin1Char(' '));
}

/// Every stem of the dictionary (the .dic lines without their affix flags): drawn uniformly,
/// almost every word is a rare one, the checker's worst case.
QStringList dictionaryVocabulary(const QString &dicPath)
{
    QFile file(dicPath);
    QStringList words;
    if (!file.open(QIODevice::ReadOnly))
        return words;
    file.readLine(); // the word count
    while (!file.atEnd()) {
        const QString word = QString::fromUtf8(file.readLine()).trimmed().section(QLatin1Char('/'), 0, 0);
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

/// Captions of 40 words drawn from `vocabulary`, one typo in about fifty words.
QStringList makeCaptions(const QStringList &vocabulary, int count)
{
    std::mt19937 random(17); // fixed: every run checks the same text
    std::uniform_int_distribution<qsizetype> pick(0, vocabulary.size() - 1);
    std::uniform_int_distribution<int> typo(0, 49);
    QStringList captions;
    captions.reserve(count);
    for (int i = 0; i < count; ++i) {
        QStringList words;
        for (int w = 0; w < 40; ++w) {
            QString word = vocabulary.at(pick(random));
            if (typo(random) == 0 && word.size() > 3)
                std::swap(word[1], word[2]);
            words.append(word);
        }
        captions.append(words.join(QLatin1Char(' ')) + QLatin1Char('.'));
    }
    return captions;
}

/// Seconds to check every caption on `threads` threads; `flagged` gets the misspelled words.
double checkAll(const SpellChecker &spell, const QStringList &captions, int threads, qint64 *flagged)
{
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QElapsedTimer timer;
    timer.start();
    *flagged = QtConcurrent::blockingMappedReduced<qint64>(
        &pool, captions, [&spell](const QString &caption) { return qint64(spell.check(caption).size()); },
        [](qint64 &sum, qint64 count) { sum += count; });
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString language = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("en");
    const int count = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    QString error;
    QElapsedTimer load;
    load.start();
    const std::shared_ptr<SpellChecker> spell = SpellChecker::create(language, &error);
    if (!spell) {
        std::fprintf(stderr, "caption_bench: %s\n", qPrintable(error));
        return 2;
    }
    report("dictionary load", load.nsecsElapsed() / 1e6, "ms", QStringLiteral("(once per checking thread)"));
    const int threads = QThread::idealThreadCount();
    bool same = true;
    const QList<std::pair<QString, QStringList>> vocabularies {
        { QStringLiteral("news words"), newsVocabulary() },
        { QStringLiteral("uniform draw from every dictionary stem"), dictionaryVocabulary(spell->dictionaryPath()) },
    };
    for (const auto &[name, vocabulary] : vocabularies) {
        // A fresh checker each time, so no verdict is remembered from the run before.
        const std::shared_ptr<SpellChecker> fresh = SpellChecker::create(language, &error);
        const QStringList captions = makeCaptions(vocabulary, count);
        qint64 flagged = 0;
        const double parallel = checkAll(*fresh, captions, threads, &flagged);
        report(qPrintable(QStringLiteral("spell-check %1 captions x 40 words (%2), %3 threads")
                              .arg(count)
                              .arg(name)
                              .arg(threads)),
            parallel, "s", QStringLiteral("< 10 s (indicative, shared machine)"));
        const std::shared_ptr<SpellChecker> alone = SpellChecker::create(language, &error);
        qint64 flaggedAlone = 0;
        const double seconds = checkAll(*alone, captions, 1, &flaggedAlone);
        report("the same on 1 thread", seconds, "s", QStringLiteral("(scaling of the pool)"));
        report("words flagged", double(flagged), "words", QStringLiteral("= %1 on 1 thread").arg(flaggedAlone));
        same = same && flagged == flaggedAlone;
    }
    return same ? 0 : 1;
}
