// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/filterquery.h"

#include <algorithm>

#include <QDate>
#include <QRegularExpression>

namespace Wesog::Sandbox {

namespace {

const QChar s_separator = QChar(0x1f); // unit separator: never typed in a keyword

struct Token
{
    enum Kind { Term, And, Or, Open, Close, End } kind = End;
    QString text;
};

QList<Token> tokenize(const QString &q)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < q.size()) {
        if (q.at(i).isSpace()) {
            ++i;
        } else if (q.mid(i, 2) == QLatin1String("&&")) {
            tokens.append(Token { Token::And, {} });
            i += 2;
        } else if (q.mid(i, 2) == QLatin1String("||")) {
            tokens.append(Token { Token::Or, {} });
            i += 2;
        } else if (q.at(i) == QLatin1Char('(')) {
            tokens.append(Token { Token::Open, {} });
            ++i;
        } else if (q.at(i) == QLatin1Char(')')) {
            tokens.append(Token { Token::Close, {} });
            ++i;
        } else {
            // A term runs to the next operator or closing parenthesis: values may hold spaces.
            qsizetype end = i;
            while (end < q.size() && q.mid(end, 2) != QLatin1String("&&") && q.mid(end, 2) != QLatin1String("||")
                && q.at(end) != QLatin1Char(')'))
                ++end;
            tokens.append(Token { Token::Term, q.mid(i, end - i).trimmed() });
            i = end;
        }
    }
    tokens.append(Token { Token::End, {} });
    return tokens;
}

std::optional<QString> normalizedDate(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date.toString(Qt::ISODate);
}

class Compiler
{
public:
    explicit Compiler(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {
    }

    std::optional<SqlFilter> run(QString *error)
    {
        if (m_tokens.first().kind == Token::End)
            return SqlFilter {};
        SqlFilter filter;
        filter.where = orExpression();
        if (m_error.isEmpty() && peek().kind != Token::End)
            m_error = QStringLiteral("invalid filter: unexpected %1").arg(describe(peek()));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return std::nullopt;
        }
        filter.params = m_params;
        filter.relevanceTerm = m_relevance;
        filter.idsOnly = filter.where == s_idTerm || filter.where.startsWith(QLatin1String("image_id IN ("));
        return filter;
    }

private:
    const Token &peek() const { return m_tokens.at(m_pos); }
    Token take() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }

    static QString describe(const Token &token)
    {
        switch (token.kind) {
        case Token::Term:
            return QStringLiteral("'%1'").arg(token.text);
        case Token::And:
            return QStringLiteral("'&&'");
        case Token::Or:
            return QStringLiteral("'||'");
        case Token::Open:
            return QStringLiteral("'('");
        case Token::Close:
            return QStringLiteral("')'");
        case Token::End:
            break;
        }
        return QStringLiteral("end of formula");
    }

    QString orExpression()
    {
        QStringList parts { andExpression() };
        while (m_error.isEmpty() && peek().kind == Token::Or) {
            take();
            parts << andExpression();
        }
        if (parts.size() == 1)
            return parts.first();
        // `id=a||id=b||…` (a client reading a batch of images) as one IN list: the parameters are
        // already in order, and the list is certain to be answered from the primary key.
        if (std::all_of(parts.cbegin(), parts.cend(), [](const QString &part) { return part == s_idTerm; })) {
            QStringList marks(parts.size(), QStringLiteral("?"));
            return QStringLiteral("image_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }

    QString andExpression()
    {
        QStringList parts { primary() };
        while (m_error.isEmpty() && peek().kind == Token::And) {
            take();
            parts << primary();
        }
        return parts.size() == 1 ? parts.first()
                                 : QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    }

    QString primary()
    {
        if (!m_error.isEmpty())
            return QString();
        const Token token = take();
        if (token.kind == Token::Open) {
            // Each level is a C++ call: a formula of 100,000 '(' would overflow the stack.
            if (++m_depth > s_maxDepth) {
                m_error = QStringLiteral("invalid filter: parentheses nested deeper than %1").arg(s_maxDepth);
                return QString();
            }
            const QString inner = orExpression();
            --m_depth;
            if (m_error.isEmpty() && take().kind != Token::Close)
                m_error = QStringLiteral("invalid filter: missing ')'");
            return inner;
        }
        if (token.kind != Token::Term) {
            m_error = QStringLiteral("invalid filter: expected a filter before %1").arg(describe(token));
            return QString();
        }
        return term(token.text);
    }

    QString term(const QString &text)
    {
        static const QRegularExpression shape(
            QStringLiteral("^([A-Za-z_]+)\\s*(~~~|~~|~|===|==|<=|=<|>=|≤|≥|<|>|=|∩|:)\\s*(.*)$"));
        const auto m = shape.match(text);
        if (!m.hasMatch()) {
            m_error = text.isEmpty() ? QStringLiteral("invalid filter: empty filter")
                                     : QStringLiteral("unsupported filter: %1").arg(text);
            return QString();
        }
        const QString acronym = m.captured(1).toLower();
        QString op = m.captured(2);
        if (op == QLatin1String(":"))
            op = QStringLiteral("=");
        if (op == QLatin1String("=<") || op == QStringLiteral("≤"))
            op = QStringLiteral("<=");
        if (op == QStringLiteral("≥"))
            op = QStringLiteral(">=");
        const QString value = m.captured(3).trimmed();
        if (value.isEmpty()) {
            m_error = QStringLiteral("invalid filter: %1 has no value").arg(text);
            return QString();
        }
        const QString sql = compileTerm(acronym, op, value);
        if (sql.isEmpty() && m_error.isEmpty())
            m_error = QStringLiteral("unsupported filter: %1").arg(text);
        return sql;
    }

    QString compileTerm(const QString &acronym, const QString &op, const QString &value)
    {
        if (acronym == QLatin1String("id") && op == QLatin1String("=")) {
            m_params << value;
            return s_idTerm;
        }
        if ((acronym == QLatin1String("t") || acronym == QLatin1String("txt") || acronym == QLatin1String("text"))
            && op == QLatin1String("~")) {
            const QString folded = value.toCaseFolded();
            if (m_relevance.isEmpty())
                m_relevance = folded;
            m_params << folded;
            return QStringLiteral("instr(search_text, ?) > 0");
        }
        if ((acronym == QLatin1String("k") || acronym == QLatin1String("key") || acronym == QLatin1String("keywords"))
            && (op == QLatin1String("=") || op == QStringLiteral("∩"))) {
            QStringList parts;
            for (const QString &keyword : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (keyword.trimmed().isEmpty())
                    continue;
                m_params << s_separator + keyword.trimmed().toCaseFolded() + s_separator;
                parts << QStringLiteral("instr(keywords_key, ?) > 0");
            }
            if (parts.isEmpty())
                return QString();
            return QLatin1Char('(')
                + parts.join(op == QLatin1String("=") ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
                + QLatin1Char(')');
        }
        if ((acronym == QLatin1String("d") || acronym == QLatin1String("date"))
            && QStringList({ QStringLiteral("="), QStringLiteral("<"), QStringLiteral(">"), QStringLiteral("<="),
                               QStringLiteral(">=") })
                   .contains(op)) {
            const auto date = normalizedDate(value);
            if (!date) {
                m_error = QStringLiteral("invalid filter: %1 is not a date (YYYY-MM-DD)").arg(value);
                return QString();
            }
            m_params << *date;
            return QStringLiteral("(date IS NOT NULL AND date %1 ?)").arg(op);
        }
        if (acronym == QLatin1String("ai") && op == QLatin1String("=")) {
            const QString lower = value.toLower();
            if (lower != QLatin1String("true") && lower != QLatin1String("false")) {
                m_error = QStringLiteral("invalid filter: ai takes true or false");
                return QString();
            }
            m_params << (lower == QLatin1String("true") ? 1 : 0);
            return QStringLiteral("ai_generated = ?");
        }
        return QString();
    }

    static constexpr int s_maxDepth = 100;
    static inline const QString s_idTerm = QStringLiteral("image_id = ?");

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QString m_error;
    QVariantList m_params;
    QString m_relevance;
};

} // namespace

std::optional<SqlFilter> FilterQuery::compile(const QString &q, QString *error)
{
    return Compiler(tokenize(q)).run(error);
}

QString FilterQuery::searchText(const QStringList &texts)
{
    return texts.join(s_separator).toCaseFolded();
}

QString FilterQuery::keywordsKey(const QStringList &keywords)
{
    if (keywords.isEmpty())
        return QString();
    QStringList folded;
    for (const QString &keyword : keywords)
        folded << keyword.trimmed().toCaseFolded();
    return s_separator + folded.join(s_separator) + s_separator;
}

} // namespace Wesog::Sandbox
