// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/caption/spellchecker.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <iconv.h>

#include <hunspell/hunspell.hxx>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTextBoundaryFinder>
#include <QThread>

namespace Wesog {

namespace {

/// Converts between QString and the dictionary's 8-bit encoding (its SET line). UTF-8 and
/// ISO8859-1 are direct; any other (KOI8-R, microsoft-cp1251…) goes through iconv, since
/// QStringConverter in Qt 6.4 knows only the UTF and Latin-1 encodings.
class DictionaryCodec
{
public:
    explicit DictionaryCodec(const QString &encoding)
        : m_encoding(encoding.toUpper())
    {
        if (m_encoding.startsWith(QLatin1String("MICROSOFT-CP")))
            m_encoding = QStringLiteral("CP") + m_encoding.mid(12); // iconv's name for Hunspell's
    }

    bool isUtf8() const { return m_encoding == QLatin1String("UTF-8") || m_encoding.isEmpty(); }
    bool isLatin1() const
    {
        return m_encoding == QLatin1String("ISO8859-1") || m_encoding == QLatin1String("ISO-8859-1");
    }

    /// Empty optional when the word has a character the encoding lacks (so no dictionary
    /// word can match it).
    std::optional<std::string> encode(const QString &text) const
    {
        if (isUtf8())
            return text.toStdString();
        if (isLatin1()) {
            for (const QChar c : text) {
                if (c.unicode() > 0xff)
                    return std::nullopt;
            }
            return text.toLatin1().toStdString();
        }
        const QByteArray utf8 = text.toUtf8();
        const std::optional<QByteArray> out = convert(utf8, m_encoding.toLatin1(), "UTF-8");
        if (!out)
            return std::nullopt;
        return out->toStdString();
    }

    QString decode(const std::string &bytes) const
    {
        if (isUtf8())
            return QString::fromStdString(bytes);
        if (isLatin1())
            return QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
        const std::optional<QByteArray> out = convert(QByteArray::fromStdString(bytes), "UTF-8", m_encoding.toLatin1());
        return out ? QString::fromUtf8(*out) : QString();
    }

    /// True if iconv knows the encoding.
    bool isUsable() const
    {
        if (isUtf8() || isLatin1())
            return true;
        const iconv_t cd = iconv_open("UTF-8", m_encoding.toLatin1().constData());
        if (cd == iconv_t(-1))
            return false;
        iconv_close(cd);
        return true;
    }

private:
    static std::optional<QByteArray> convert(const QByteArray &in, const QByteArray &to, const char *from)
    {
        const iconv_t cd = iconv_open(to.constData(), from);
        if (cd == iconv_t(-1))
            return std::nullopt;
        QByteArray out(in.size() * 4 + 8, '\0');
        char *inPtr = const_cast<char *>(in.constData());
        size_t inLeft = size_t(in.size());
        char *outPtr = out.data();
        size_t outLeft = size_t(out.size());
        const size_t done = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
        iconv_close(cd);
        if (done == size_t(-1))
            return std::nullopt;
        out.truncate(out.size() - qsizetype(outLeft));
        return out;
    }

    QString m_encoding;
};

bool hasLetter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

/// Chunks (between white space) that are URLs or e-mail addresses are not words at all: with a
/// scheme (https://…), from www., or a bare host name with an optional path (reuters.com,
/// bbc.co.uk/news/…), as captions cite them. A host is labels of letters, digits and hyphens
/// joined by full stops, the last of two or more small letters (after a missing space, a capital
/// starts a sentence: "2024.Goverment" is a typo, not a host); the full stop that ends a sentence
/// was removed with the punctuation around the chunk, so "goverment." is still a word.
bool isUrlOrEmail(QStringView chunk)
{
    if (!chunk.contains(QLatin1Char(':')) && !chunk.contains(QLatin1Char('@')) && !chunk.contains(QLatin1Char('.')))
        return false; // the regular expressions cost more than this look

    static const QRegularExpression url(QStringLiteral(R"(^(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)\S+$)"));
    static const QRegularExpression host(QStringLiteral(
        R"(^(?:[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}-]*[\p{L}\p{M}\p{Nd}])?\.)+\p{Ll}[\p{Ll}\p{M}]+(?:/\S*)?$)"));
    static const QRegularExpression email(QStringLiteral(R"(^(?:mailto:)?[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return url.match(chunk).hasMatch() || host.match(chunk).hasMatch() || email.match(chunk).hasMatch();
}

bool isPunctuationAround(QChar c)
{
    return !c.isLetterOrNumber() && !c.isMark();
}

QSet<QString> readWordFile(const QString &path, bool *ok, QString *error)
{
    QSet<QString> words;
    QFile file(path);
    if (!file.exists()) {
        *ok = true;
        return words;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *ok = false;
        if (error)
            *error = SpellChecker::tr("cannot read the dictionary %1: %2").arg(path, file.errorString());
        return words;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (QString line : text.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            words.insert(line);
    }
    *ok = true;
    return words;
}

} // namespace

struct SpellChecker::Private
{
    QString language;
    /// The alphabet the dictionary is written in. A word with no letter of it (a Cyrillic name in
    /// an English caption, a Latin brand in a Russian one) is one the dictionary cannot judge,
    /// so it is not marked.
    QChar::Script script = QChar::Script_Latin;
    std::string affPath;
    std::string dicPath;
    QString encoding;
    std::unique_ptr<DictionaryCodec> codec;

    /// A Hunspell and what it said about the words it saw: captions repeat words, and a lookup
    /// is far cheaper than Hunspell's affix rules. Used by one thread at a time, so no lock.
    struct Speller
    {
        Speller(const std::string &aff, const std::string &dic)
            : hunspell(aff.c_str(), dic.c_str())
        {
        }
        Hunspell hunspell;
        QHash<QString, bool> verdicts;
    };
    /// The GUI thread's own speller, the one create() loaded: the editors check as the user
    /// types, and a keystroke must never wait for a dictionary to load while a background sweep
    /// holds every pooled copy. Only the GUI thread uses it, so its lock is never contended.
    mutable QMutex guiMutex;
    std::unique_ptr<Speller> guiSpeller;
    /// The other threads' idle spellers; a thread that finds none idle loads one. A pool rather
    /// than one Hunspell behind a mutex: measured with bench/caption_bench, the mutex would
    /// serialise every word (the benchmark's one-thread figure at best), while the pool costs
    /// one more dictionary load (en_US: 50–400 ms here) per worker thread checking at once,
    /// and then lets every core work.
    mutable QMutex poolMutex;
    mutable std::vector<std::unique_ptr<Speller>> pool;
    mutable int loadedCopies = 1; ///< guiSpeller and the pool's, lent or not; under poolMutex

    mutable QReadWriteLock wordsLock;
    QSet<QString> extraWords; ///< user's, agency's and ignored words
    QSet<QString> sessionWords; ///< added to the user's dictionary or ignored since loading
    QString userDictionaryPath;

    static bool onGuiThread()
    {
        const QCoreApplication *app = QCoreApplication::instance();
        return app && QThread::currentThread() == app->thread();
    }

    /// A Hunspell borrowed for the length of one call: the GUI thread's own, or one of the pool.
    class Lease
    {
    public:
        explicit Lease(const Private &p)
            : m_p(p)
        {
            if (onGuiThread()) {
                p.guiMutex.lock();
                m_speller = p.guiSpeller.get();
                return;
            }
            {
                const QMutexLocker lock(&p.poolMutex);
                if (!p.pool.empty()) {
                    m_owned = std::move(p.pool.back());
                    p.pool.pop_back();
                }
            }
            if (!m_owned) { // loaded outside the lock: the other threads go on checking
                m_owned = std::make_unique<Speller>(p.affPath, p.dicPath);
                const QMutexLocker lock(&p.poolMutex);
                ++p.loadedCopies;
            }
            m_speller = m_owned.get();
        }
        ~Lease()
        {
            if (!m_owned) {
                m_p.guiMutex.unlock();
                return;
            }
            const QMutexLocker lock(&m_p.poolMutex);
            m_p.pool.push_back(std::move(m_owned));
        }
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        Speller &operator*() const { return *m_speller; }

    private:
        const Private &m_p;
        Speller *m_speller = nullptr;
        std::unique_ptr<Speller> m_owned; ///< a pooled speller, given back at the end
    };

    bool inExtraWords(const QString &word) const
    {
        const QReadLocker lock(&wordsLock);
        if (extraWords.isEmpty())
            return false;
        if (extraWords.contains(word))
            return true;
        // A dictionary word in lower case also stands capitalised (sentence start) or in capitals.
        const QString lower = word.toLower();
        return lower != word && extraWords.contains(lower);
    }

    bool hunspellAccepts(Speller &speller, const QString &word) const
    {
        const auto known = speller.verdicts.constFind(word);
        if (known != speller.verdicts.cend())
            return *known;
        const std::optional<std::string> encoded = codec->encode(word);
        const bool accepted = encoded && speller.hunspell.spell(*encoded);
        if (speller.verdicts.size() > 200000) // bounded: a long session sees many one-off words
            speller.verdicts.clear();
        speller.verdicts.insert(word, accepted);
        return accepted;
    }

    /// Extra words are looked at before Hunspell's verdicts, so adding a word to a dictionary
    /// takes effect though a verdict on it is remembered.
    bool hasLetterOfScript(const QString &word) const
    {
        return std::any_of(word.begin(), word.end(), [this](QChar c) { return c.isLetter() && c.script() == script; });
    }

    bool isCorrect(Speller &hunspell, const QString &word) const
    {
        if (SpellChecker::isExempt(word) || !hasLetterOfScript(word) || inExtraWords(word)
            || hunspellAccepts(hunspell, word))
            return true;
        // Dictionaries list the ASCII apostrophe; captions often have the typographic one.
        QString ascii = word;
        ascii.replace(QChar(0x2019), QLatin1Char('\''));
        if (ascii != word && (inExtraWords(ascii) || hunspellAccepts(hunspell, ascii)))
            return true;
        // Elision (l'homme, d'Ivoire, dell'anno): the word boundary rules keep it one word; the
        // dictionaries know the article and the word apart.
        const int apostrophe = ascii.indexOf(QLatin1Char('\''));
        if (apostrophe > 0 && apostrophe < ascii.size() - 1) {
            const QString head = ascii.left(apostrophe + 1);
            const QString tail = ascii.mid(apostrophe + 1);
            return (hunspellAccepts(hunspell, head) || hunspellAccepts(hunspell, head.chopped(1)))
                && (inExtraWords(tail) || hunspellAccepts(hunspell, tail));
        }
        return false;
    }
};

SpellChecker::SpellChecker(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::languages()
{
    return { QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt-BR"), QStringLiteral("pt-PT"),
        QStringLiteral("fr"), QStringLiteral("ru") };
}

QStringList SpellChecker::dictionaryNames(const QString &language)
{
    const QString lang = language.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (lang == QLatin1String("en") || lang == QLatin1String("en-us"))
        return { QStringLiteral("en_US") };
    if (lang == QLatin1String("es") || lang == QLatin1String("es-es"))
        return { QStringLiteral("es_ES"), QStringLiteral("es") };
    if (lang == QLatin1String("pt") || lang == QLatin1String("pt-br"))
        return { QStringLiteral("pt_BR") };
    if (lang == QLatin1String("pt-pt"))
        return { QStringLiteral("pt_PT") };
    if (lang == QLatin1String("fr") || lang == QLatin1String("fr-fr"))
        return { QStringLiteral("fr_FR"), QStringLiteral("fr") };
    if (lang == QLatin1String("ru") || lang == QLatin1String("ru-ru"))
        return { QStringLiteral("ru_RU") };
    return {};
}

QStringList SpellChecker::dictionaryDirectories()
{
    QStringList dirs = qEnvironmentVariable("WESOG_HUNSPELL_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    dirs.append(QStringLiteral("/usr/share/hunspell"));
    return dirs;
}

QString SpellChecker::userDictionaryPath()
{
    // Fixed rather than taken from the application name, as AppPaths does: wesogctl check reads
    // the dictionary Wesog Desk's Add to Dictionary writes.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Wesog/Wesog Desk/dictionary.txt");
}

std::shared_ptr<SpellChecker> SpellChecker::create(
    const QString &language, QString *error, const QStringList &directories)
{
    const QStringList names = dictionaryNames(language);
    if (names.isEmpty()) {
        if (error)
            *error = tr("no spelling dictionary for the language %1; known: %2")
                         .arg(language, languages().join(QStringLiteral(", ")));
        return nullptr;
    }
    const QStringList dirs = directories.isEmpty() ? dictionaryDirectories() : directories;
    QStringList tried;
    for (const QString &dir : dirs) {
        for (const QString &name : names) {
            const QString aff = QDir(dir).filePath(name + QStringLiteral(".aff"));
            const QString dic = QDir(dir).filePath(name + QStringLiteral(".dic"));
            tried.append(dic);
            if (!QFileInfo(aff).isReadable() || !QFileInfo(dic).isReadable())
                continue;
            auto p = std::make_unique<Private>();
            p->language = language;
            p->script = language.startsWith(QLatin1String("ru")) ? QChar::Script_Cyrillic : QChar::Script_Latin;
            p->affPath = QFile::encodeName(aff).toStdString();
            p->dicPath = QFile::encodeName(dic).toStdString();
            auto first = std::make_unique<Private::Speller>(p->affPath, p->dicPath);
            p->encoding = QString::fromStdString(first->hunspell.get_dict_encoding());
            p->codec = std::make_unique<DictionaryCodec>(p->encoding);
            if (!p->codec->isUsable()) {
                if (error)
                    *error = tr("the spelling dictionary %1 is in an unknown encoding (%2)").arg(dic, p->encoding);
                return nullptr;
            }
            p->guiSpeller = std::move(first);
            return std::shared_ptr<SpellChecker>(new SpellChecker(std::move(p)));
        }
    }
    if (error)
        *error = tr("no spelling dictionary for %1: none of %2 is installed (Debian: the hunspell-* packages)")
                     .arg(language, tried.join(QStringLiteral(", ")));
    return nullptr;
}

QString SpellChecker::language() const
{
    return d->language;
}

QString SpellChecker::dictionaryPath() const
{
    return QFile::decodeName(QByteArray::fromStdString(d->dicPath));
}

QString SpellChecker::dictionaryEncoding() const
{
    return d->encoding;
}

int SpellChecker::loadedCopies() const
{
    const QMutexLocker lock(&d->poolMutex);
    return d->loadedCopies;
}

QList<TextWord> SpellChecker::words(QStringView text)
{
    QList<TextWord> out;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end == i)
            break;
        // The chunk without the punctuation around it decides if it is a URL or an address.
        qsizetype a = i;
        qsizetype b = end;
        while (a < b && isPunctuationAround(text.at(a)))
            ++a;
        while (b > a && isPunctuationAround(text.at(b - 1)) && text.at(b - 1) != QLatin1Char('/'))
            --b;
        const QStringView chunk = text.mid(a, b - a);
        if (chunk.isEmpty()) {
            i = end;
            continue;
        }
        // Most chunks are one plain word: no need for the boundary rules then.
        if (std::all_of(chunk.begin(), chunk.end(), [](QChar c) { return c.isLetter() || c.isMark(); })) {
            out.append({ int(a), int(chunk.size()), chunk.toString() });
            i = end;
            continue;
        }
        if (!isUrlOrEmail(chunk)) {
            const QString chunkText = chunk.toString();
            QTextBoundaryFinder finder(QTextBoundaryFinder::Word, chunkText);
            qsizetype start = 0;
            while (finder.toNextBoundary() != -1) {
                const qsizetype stop = finder.position();
                qsizetype s = start;
                qsizetype e = stop;
                while (s < e && isPunctuationAround(chunkText.at(s)))
                    ++s;
                while (e > s && isPunctuationAround(chunkText.at(e - 1)))
                    --e;
                if (e > s)
                    out.append({ int(a + s), int(e - s), chunkText.mid(s, e - s) });
                start = stop;
            }
        }
        i = end;
    }
    return out;
}

bool SpellChecker::isExempt(QStringView word)
{
    if (!hasLetter(word))
        return true; // numbers, and anything with no letter at all
    bool allCapitals = true;
    int letters = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isDigit())
            return true;
        // An inner full stop makes an abbreviation or a host name (e.g, bbc.co.uk): not a word
        // a dictionary has.
        if (c == QLatin1Char('.') && i > 0 && i < word.size() - 1)
            return true;
        if (c.isLetter()) {
            ++letters;
            allCapitals = allCapitals && !c.isLower();
        }
    }
    return allCapitals && letters >= 2;
}

QList<TextWord> SpellChecker::check(QStringView text) const
{
    QList<TextWord> misspelled;
    const QList<TextWord> all = words(text);
    if (all.isEmpty())
        return misspelled;
    const Private::Lease speller(*d);
    for (const TextWord &word : all) {
        if (!d->isCorrect(*speller, word.word))
            misspelled.append(word);
    }
    return misspelled;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    const Private::Lease speller(*d);
    return d->isCorrect(*speller, word);
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QStringList out;
    QString ascii = word;
    ascii.replace(QChar(0x2019), QLatin1Char('\''));
    const std::optional<std::string> encoded = d->codec->encode(ascii);
    if (!encoded)
        return out;
    const Private::Lease speller(*d);
    for (const std::string &suggestion : (*speller).hunspell.suggest(*encoded)) {
        if (out.size() >= max)
            break;
        const QString decoded = d->codec->decode(suggestion);
        if (!decoded.isEmpty() && !out.contains(decoded))
            out.append(decoded);
    }
    return out;
}

bool SpellChecker::setUserDictionary(const QString &path, QString *error)
{
    bool ok = false;
    const QSet<QString> words = readWordFile(path, &ok, error);
    if (!ok)
        return false;
    const QWriteLocker lock(&d->wordsLock);
    d->userDictionaryPath = path;
    d->extraWords.unite(words);
    return true;
}

bool SpellChecker::addToUserDictionary(const QString &word, QString *error)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || clean.contains(QLatin1Char('\n')))
        return false;
    QString path;
    {
        const QReadLocker lock(&d->wordsLock);
        path = d->userDictionaryPath.isEmpty() ? userDictionaryPath() : d->userDictionaryPath;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    // Appending keeps what another running copy of the app added since we read the file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write((clean + QLatin1Char('\n')).toUtf8()) < 0) {
        if (error)
            *error = tr("cannot add to the dictionary %1: %2").arg(path, file.errorString());
        return false;
    }
    const QWriteLocker lock(&d->wordsLock);
    d->userDictionaryPath = path;
    d->extraWords.insert(clean);
    d->sessionWords.insert(clean);
    return true;
}

bool SpellChecker::addAgencyDictionary(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = tr("the dictionary %1 does not exist").arg(path);
        return false;
    }
    bool ok = false;
    const QSet<QString> words = readWordFile(path, &ok, error);
    if (!ok)
        return false;
    const QWriteLocker lock(&d->wordsLock);
    d->extraWords.unite(words);
    return true;
}

void SpellChecker::ignoreWord(const QString &word)
{
    const QWriteLocker lock(&d->wordsLock);
    d->extraWords.insert(word);
    d->sessionWords.insert(word);
}

void SpellChecker::keepSessionWordsOf(const SpellChecker &previous)
{
    if (&previous == this)
        return;
    QSet<QString> words;
    {
        const QReadLocker lock(&previous.d->wordsLock);
        words = previous.d->sessionWords;
    }
    const QWriteLocker lock(&d->wordsLock);
    d->extraWords.unite(words);
    d->sessionWords.unite(words);
}

} // namespace Wesog
