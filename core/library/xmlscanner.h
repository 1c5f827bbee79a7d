// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include <QByteArrayView>

namespace Wesog {

/// A pull reader of namespaced XML in UTF-8, for XmpPacket. It reads a packet's bytes in place
/// and hands out UTF-8 (names as views, text decoded once into std::string, which Exiv2's values
/// take as they are), where QXmlStreamReader converts every name and text to UTF-16 first: a
/// third of the time a scan spent on XMP.
///
/// It is strict: anything a packet rarely holds (a DOCTYPE, a name outside ASCII, an entity
/// other than the five predefined ones, a document in another encoding) is reported as Invalid
/// alongside what is not well-formed, and XmpPacket then leaves the packet to Exiv2's toolkit.
/// So a packet it reads is one QXmlStreamReader reads the same way; fuzz_xmlscanner checks that.
class XmlScanner
{
public:
    enum class Token { StartElement, EndElement, Text, EndOfDocument, Invalid };

    struct Attribute
    {
        std::string_view namespaceUri; ///< empty for an attribute without prefix
        std::string_view name; ///< the local name
        std::string value; ///< references resolved, white space normalised as XML says
    };

    explicit XmlScanner(QByteArrayView xml);

    /// The next element start or end, or text; comments and processing instructions are skipped.
    /// After the root element ends: EndOfDocument. After Invalid, Invalid for good.
    Token next();
    /// Skips to the next start element inside the current one: false at its end (or on Invalid).
    bool nextStartElement();
    /// Skips the rest of the current element, through its end; false on Invalid.
    bool skipCurrentElement();
    bool hasError() const { return m_token == Token::Invalid; }

    /// Of the current start or end element.
    std::string_view namespaceUri() const { return m_namespaceUri; }
    std::string_view name() const { return m_localName; }
    /// Of the current start element; namespace declarations are not among them.
    const std::vector<Attribute> &attributes() const { return m_attributes; }
    /// Of the current text.
    const std::string &text() const { return m_text; }
    bool isWhitespace() const;

private:
    struct Binding
    {
        std::string_view prefix; ///< empty for the default namespace
        std::string uri;
        int depth; ///< of the element that declares it
    };
    struct RawAttribute
    {
        std::string_view qualifiedName;
        std::string value;
    };

    Token fail();
    Token readStartTag();
    Token readEndTag();
    Token readText();
    Token readCData();
    void appendTextCharacter();
    bool skipComment();
    bool skipProcessingInstruction();
    bool readName(std::string_view *qualifiedName);
    bool readAttributeValue(std::string *value);
    bool appendReference(std::string *out);
    bool resolve(
        std::string_view qualifiedName, bool isAttribute, std::string_view *uri, std::string_view *local) const;
    void skipSpace();
    bool atEnd() const { return m_pos >= m_end; }
    char peek(size_t ahead = 0) const { return size_t(m_end - m_pos) > ahead ? m_pos[ahead] : '\0'; }
    bool startsWith(std::string_view text) const;

    const char *m_pos;
    const char *m_end;
    Token m_token = Token::Text;
    bool m_rootSeen = false;
    bool m_selfClosing = false; ///< the last start element was `<x/>`: its end comes next
    bool m_popPending = false; ///< the last token ended an element: its names and bindings go next
    bool m_textHasEscapes = false; ///< a reference or CDATA: "&#32;" is a space, not ignorable white space
    bool m_atStart = true; ///< nothing read yet: only here may the XML declaration stand
    std::vector<std::string_view> m_open; ///< qualified names of the open elements
    std::deque<Binding> m_bindings; ///< a deque, so the views of the URIs stay valid as it grows
    std::string_view m_namespaceUri;
    std::string_view m_localName;
    std::vector<Attribute> m_attributes;
    std::vector<RawAttribute> m_raw;
    std::string m_text;
};

} // namespace Wesog
