// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/xmlscanner.h"

#include <algorithm>
#include <cstring>

#include "core/library/ascii.h"

namespace Wesog {

namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kXmlnsNamespace = "http://www.w3.org/2000/xmlns/";

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/// XML 1.0's Char production.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

void appendUtf8(char32_t c, std::string *out)
{
    if (c < 0x80) {
        out->push_back(char(c));
    } else if (c < 0x800) {
        out->push_back(char(0xC0 | (c >> 6)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->push_back(char(0xE0 | (c >> 12)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (c >> 18)));
        out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out->push_back(char(0x80 | (c & 0x3F)));
    }
}

/// Whether the 8 bytes at `p` are all printable ASCII (0x20–0x7F), checked as one word.
bool isPrintableAscii8(const uchar *p)
{
    quint64 word = 0;
    std::memcpy(&word, p, sizeof word);
    constexpr quint64 highBits = 0x8080808080808080ULL;
    constexpr quint64 spaces = 0x2020202020202020ULL;
    // A byte from 0x80 sets its high bit in `word`; the lowest-order byte below 0x20 sets it in
    // `word - spaces` (no borrow reaches that byte from the bytes below it, all 0x20 or more).
    return ((word | (word - spaces)) & highBits) == 0;
}

/// Valid UTF-8 (no overlong form, surrogate or code point past U+10FFFF) holding only XML
/// characters: checked once, so the scanner can take the bytes as they are.
bool holdsOnlyXmlCharacters(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (end - p >= 8 && isPrintableAscii8(p)) {
            p += 8; // most of a packet: names, values and its padding of spaces
            continue;
        }
        const uchar lead = *p++;
        if (lead < 0x80) {
            if (!isXmlChar(lead))
                return false;
            continue;
        }
        int more = 0;
        char32_t code = 0;
        char32_t least = 0;
        if ((lead & 0xE0) == 0xC0) {
            more = 1, code = lead & 0x1F, least = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            more = 2, code = lead & 0x0F, least = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            more = 3, code = lead & 0x07, least = 0x10000;
        } else {
            return false;
        }
        if (end - p < more)
            return false;
        for (int i = 0; i < more; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        p += more;
        if (code < least || !isXmlChar(code))
            return false; // overlong, a surrogate, U+FFFE/U+FFFF or past U+10FFFF
    }
    return true;
}

/// The body of `<?xml …?>`: version 1.0, then optionally the encoding, which must be UTF-8 (any
/// other is the toolkit's to read), and standalone, in that order, as XML 1.0 writes them.
bool isUtf8Declaration(std::string_view body)
{
    std::vector<std::pair<std::string_view, std::string_view>> pseudoAttributes;
    size_t i = 0;
    while (true) {
        const size_t spaceStart = i;
        while (i < body.size() && isSpace(body[i]))
            ++i;
        if (i == body.size())
            break;
        if (i == spaceStart)
            return false;
        const size_t nameStart = i;
        while (i < body.size() && body[i] >= 'a' && body[i] <= 'z')
            ++i;
        const std::string_view name = body.substr(nameStart, i - nameStart);
        while (i < body.size() && isSpace(body[i]))
            ++i;
        if (i == body.size() || body[i++] != '=')
            return false;
        while (i < body.size() && isSpace(body[i]))
            ++i;
        if (i == body.size() || (body[i] != '"' && body[i] != '\''))
            return false;
        const size_t close = body.find(body[i], i + 1);
        if (close == std::string_view::npos)
            return false;
        pseudoAttributes.emplace_back(name, body.substr(i + 1, close - i - 1));
        i = close + 1;
    }
    auto next = pseudoAttributes.cbegin();
    const auto end = pseudoAttributes.cend();
    if (next == end || next->first != "version" || next->second != "1.0")
        return false;
    ++next;
    if (next != end && next->first == "encoding") {
        if (Ascii::lower(next->second) != "utf-8")
            return false;
        ++next;
    }
    if (next != end && next->first == "standalone" && (next->second == "yes" || next->second == "no"))
        ++next;
    return next == end;
}

} // namespace

XmlScanner::XmlScanner(QByteArrayView xml)
    : m_pos(xml.data())
    , m_end(xml.data() + xml.size())
{
    if (!holdsOnlyXmlCharacters(xml))
        m_token = Token::Invalid;
    else if (startsWith("\xEF\xBB\xBF"))
        m_pos += 3; // a UTF-8 byte order mark
}

XmlScanner::Token XmlScanner::fail()
{
    return m_token = Token::Invalid;
}

bool XmlScanner::startsWith(std::string_view text) const
{
    return size_t(m_end - m_pos) >= text.size() && std::equal(text.begin(), text.end(), m_pos);
}

void XmlScanner::skipSpace()
{
    while (m_pos < m_end && isSpace(*m_pos))
        ++m_pos;
}

bool XmlScanner::isWhitespace() const
{
    return std::all_of(m_text.begin(), m_text.end(), isSpace) && !m_textHasEscapes;
}

XmlScanner::Token XmlScanner::next()
{
    if (m_token == Token::Invalid || m_token == Token::EndOfDocument)
        return m_token;
    if (m_selfClosing) {
        m_selfClosing = false;
        m_popPending = true;
        return m_token = Token::EndElement;
    }
    if (m_popPending) {
        m_popPending = false;
        m_open.pop_back();
        while (!m_bindings.empty() && m_bindings.back().depth > int(m_open.size()))
            m_bindings.pop_back();
        if (m_open.empty())
            return m_token = Token::EndOfDocument; // what follows the root is not read
    }
    while (true) {
        if (atEnd())
            return fail(); // the document ends before its root element does
        if (*m_pos != '<') {
            if (!m_open.empty())
                return readText();
            if (!isSpace(*m_pos))
                return fail(); // text outside the root element
            ++m_pos;
            m_atStart = false;
            continue;
        }
        if (startsWith("<?")) {
            if (!skipProcessingInstruction())
                return fail();
        } else if (startsWith("<!--")) {
            if (!skipComment())
                return fail();
        } else if (startsWith("<![CDATA[") && !m_open.empty()) {
            return readCData();
        } else if (startsWith("<!")) {
            return fail(); // a DOCTYPE: left to the toolkit
        } else if (startsWith("</")) {
            return readEndTag();
        } else {
            if (m_rootSeen && m_open.empty())
                return fail(); // a second root
            return readStartTag();
        }
    }
}

bool XmlScanner::nextStartElement()
{
    while (true) {
        switch (next()) {
        case Token::StartElement:
            return true;
        case Token::Text:
            continue;
        default:
            return false;
        }
    }
}

bool XmlScanner::skipCurrentElement()
{
    int depth = 1;
    while (true) {
        switch (next()) {
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            if (--depth == 0)
                return true;
            break;
        case Token::Text:
            break;
        default:
            return false;
        }
    }
}

bool XmlScanner::skipComment()
{
    m_atStart = false;
    m_pos += 4;
    while (!atEnd()) {
        if (startsWith("--")) {
            if (peek(2) != '>')
                return false; // "--" inside a comment
            m_pos += 3;
            return true;
        }
        ++m_pos;
    }
    return false;
}

bool XmlScanner::skipProcessingInstruction()
{
    const bool atStart = m_atStart;
    m_atStart = false;
    m_pos += 2;
    std::string_view target;
    if (!readName(&target) || target.find(':') != std::string_view::npos)
        return false;
    const char *content = m_pos;
    while (!atEnd() && !startsWith("?>"))
        ++m_pos;
    if (atEnd())
        return false;
    const std::string_view body(content, size_t(m_pos - content));
    m_pos += 2;
    if (Ascii::lower(target) != "xml")
        return body.empty() || isSpace(body.front());
    if (target != "xml" || !atStart)
        return false; // a reserved target, or the declaration anywhere but first
    return isUtf8Declaration(body);
}

bool XmlScanner::readName(std::string_view *qualifiedName)
{
    const char *start = m_pos;
    if (atEnd() || !isNameStart(*m_pos))
        return false;
    bool colon = false;
    while (!atEnd() && (isNameChar(*m_pos) || *m_pos == ':')) {
        if (*m_pos == ':') {
            // One colon, between two names (XML namespaces' QName).
            if (colon || !isNameStart(peek(1)))
                return false;
            colon = true;
        }
        ++m_pos;
    }
    if (!atEnd() && uchar(*m_pos) >= 0x80)
        return false; // a name outside ASCII: left to the toolkit
    *qualifiedName = std::string_view(start, size_t(m_pos - start));
    return true;
}

bool XmlScanner::appendReference(std::string *out)
{
    // At '&'.
    const char *semicolon = std::find(m_pos, m_pos + std::min<ptrdiff_t>(12, m_end - m_pos), ';');
    if (semicolon == m_end || *semicolon != ';')
        return false;
    const std::string_view body(m_pos + 1, size_t(semicolon - m_pos - 1));
    m_pos = semicolon + 1;
    static constexpr std::pair<std::string_view, char> predefined[]
        = { { "lt", '<' }, { "gt", '>' }, { "amp", '&' }, { "quot", '"' }, { "apos", '\'' } };
    for (const auto &[name, character] : predefined) {
        if (body == name) {
            out->push_back(character);
            return true;
        }
    }
    if (body.size() < 2 || body.front() != '#')
        return false; // an entity only a DTD could define
    const bool hex = body[1] == 'x';
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8)
        return false;
    char32_t code = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return false;
        code = code * (hex ? 16 : 10) + char32_t(digit);
    }
    if (!isXmlChar(code))
        return false;
    appendUtf8(code, out);
    return true;
}

bool XmlScanner::readAttributeValue(std::string *value)
{
    if (atEnd() || (*m_pos != '"' && *m_pos != '\''))
        return false;
    const char quote = *m_pos++;
    value->clear();
    while (!atEnd() && *m_pos != quote) {
        const char c = *m_pos;
        if (c == '<')
            return false;
        if (c == '&') {
            if (!appendReference(value))
                return false;
            continue;
        }
        // Attribute-value normalisation: each line end and tab becomes one space.
        if (c == '\r' && peek(1) == '\n')
            ++m_pos;
        value->push_back(isSpace(c) ? ' ' : c);
        ++m_pos;
    }
    if (atEnd())
        return false;
    ++m_pos; // the closing quote
    return true;
}

bool XmlScanner::resolve(
    std::string_view qualifiedName, bool isAttribute, std::string_view *uri, std::string_view *local) const
{
    const size_t colon = qualifiedName.find(':');
    const std::string_view prefix
        = colon == std::string_view::npos ? std::string_view() : qualifiedName.substr(0, colon);
    *local = colon == std::string_view::npos ? qualifiedName : qualifiedName.substr(colon + 1);
    if (prefix.empty() && isAttribute) {
        *uri = std::string_view();
        return true;
    }
    if (prefix == "xml") {
        *uri = kXmlNamespace;
        return true;
    }
    for (auto it = m_bindings.rbegin(); it != m_bindings.rend(); ++it) {
        if (it->prefix == prefix) {
            *uri = it->uri;
            return true;
        }
    }
    *uri = std::string_view();
    return prefix.empty(); // an undeclared prefix is an error; no default namespace is not
}

XmlScanner::Token XmlScanner::readStartTag()
{
    m_atStart = false;
    ++m_pos; // '<'
    std::string_view qualifiedName;
    if (!readName(&qualifiedName))
        return fail();
    m_raw.clear();
    bool selfClosing = false;
    while (true) {
        const char *beforeSpace = m_pos;
        skipSpace();
        if (startsWith("/>")) {
            m_pos += 2;
            selfClosing = true;
            break;
        }
        if (startsWith(">")) {
            ++m_pos;
            break;
        }
        if (m_pos == beforeSpace)
            return fail(); // attributes are separated by white space
        RawAttribute attribute;
        if (!readName(&attribute.qualifiedName))
            return fail();
        skipSpace();
        if (atEnd() || *m_pos++ != '=')
            return fail();
        skipSpace();
        if (!readAttributeValue(&attribute.value))
            return fail();
        for (const RawAttribute &earlier : m_raw) {
            if (earlier.qualifiedName == attribute.qualifiedName)
                return fail();
        }
        m_raw.push_back(std::move(attribute));
    }

    m_open.push_back(qualifiedName);
    const int depth = int(m_open.size());
    for (RawAttribute &attribute : m_raw) {
        const std::string_view name = attribute.qualifiedName;
        if (name != "xmlns" && name.substr(0, 6) != "xmlns:")
            continue;
        const std::string_view prefix = name == "xmlns" ? std::string_view() : name.substr(6);
        if (prefix == "xmlns" || prefix == "xml" || (!prefix.empty() && attribute.value.empty())
            || attribute.value == kXmlNamespace || attribute.value == kXmlnsNamespace)
            return fail();
        m_bindings.push_back({ prefix, std::move(attribute.value), depth });
    }
    m_attributes.clear();
    for (RawAttribute &attribute : m_raw) {
        const std::string_view name = attribute.qualifiedName;
        if (name == "xmlns" || name.substr(0, 6) == "xmlns:")
            continue;
        Attribute resolved;
        if (!resolve(name, true, &resolved.namespaceUri, &resolved.name))
            return fail();
        for (const Attribute &earlier : m_attributes) {
            if (earlier.namespaceUri == resolved.namespaceUri && earlier.name == resolved.name)
                return fail(); // the same attribute under two prefixes
        }
        resolved.value = std::move(attribute.value);
        m_attributes.push_back(std::move(resolved));
    }
    if (!resolve(qualifiedName, false, &m_namespaceUri, &m_localName))
        return fail();
    m_rootSeen = true;
    m_selfClosing = selfClosing;
    return m_token = Token::StartElement;
}

XmlScanner::Token XmlScanner::readEndTag()
{
    m_pos += 2;
    std::string_view qualifiedName;
    if (!readName(&qualifiedName) || m_open.empty() || qualifiedName != m_open.back())
        return fail();
    skipSpace();
    if (atEnd() || *m_pos++ != '>')
        return fail();
    if (!resolve(qualifiedName, false, &m_namespaceUri, &m_localName))
        return fail();
    m_popPending = true;
    return m_token = Token::EndElement;
}

void XmlScanner::appendTextCharacter()
{
    if (*m_pos == '\r') {
        // Line ends become "\n", as XML says.
        m_pos += peek(1) == '\n' ? 2 : 1;
        m_text.push_back('\n');
        return;
    }
    m_text.push_back(*m_pos++);
}

XmlScanner::Token XmlScanner::readCData()
{
    m_pos += 9;
    m_text.clear();
    m_textHasEscapes = true;
    while (!atEnd() && !startsWith("]]>"))
        appendTextCharacter();
    if (atEnd())
        return fail();
    m_pos += 3;
    return m_token = Token::Text;
}

XmlScanner::Token XmlScanner::readText()
{
    m_text.clear();
    m_textHasEscapes = false;
    while (!atEnd() && *m_pos != '<') {
        const char c = *m_pos;
        if (c == '&') {
            m_textHasEscapes = true;
            if (!appendReference(&m_text))
                return fail();
            continue;
        }
        if (c == ']' && startsWith("]]>"))
            return fail();
        appendTextCharacter();
    }
    return m_token = Token::Text;
}

} // namespace Wesog
