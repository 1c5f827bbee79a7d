// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/xmppacket.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

#include "core/library/ascii.h"
#include "core/library/xmlscanner.h"

namespace Wesog {

namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kXml = "http://www.w3.org/XML/1998/namespace";
constexpr int kMaxDepth = 8;

/// The namespaces the metadata reader uses: Exiv2's key prefix and the toolkit's prefix, which
/// names structure fields (`…LocationShown[1]/Iptc4xmpExt:City`).
struct Schema
{
    std::string_view uri;
    const char *keyPrefix;
    const char *fieldPrefix;
};

const Schema kSchemas[] = {
    { "http://purl.org/dc/elements/1.1/", "dc", "dc" },
    { "http://ns.adobe.com/photoshop/1.0/", "photoshop", "photoshop" },
    { "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/", "iptc", "Iptc4xmpCore" },
    { "http://iptc.org/std/Iptc4xmpExt/2008-02-29/", "iptcExt", "Iptc4xmpExt" },
    { "http://ns.useplus.org/ldf/xmp/1.0/", "plus", "plus" },
    { "http://ns.wesog.com/desk/1.0/", "wesogdesk", "wesogdesk" }, // what the writer adds (§6)
};

const Schema *schemaOf(std::string_view uri)
{
    for (const Schema &schema : kSchemas) {
        if (uri == schema.uri)
            return &schema;
    }
    return nullptr;
}

/// The toolkit moves these standard aliases onto their base property (photoshop:Title becomes
/// dc:title…); a packet with one is left to it.
bool isAlias(std::string_view uri, std::string_view name)
{
    struct Aliases
    {
        std::string_view uri;
        std::initializer_list<std::string_view> names;
    };
    static const Aliases aliases[] = {
        { "http://ns.adobe.com/xap/1.0/",
            { "Author", "Authors", "Description", "Format", "Keywords", "Locale", "Title" } },
        { "http://ns.adobe.com/xap/1.0/rights/", { "Copyright" } },
        { "http://ns.adobe.com/pdf/1.3/",
            { "Author", "BaseURL", "CreationDate", "Creator", "ModDate", "Subject", "Title" } },
        { "http://ns.adobe.com/photoshop/1.0/",
            { "Author", "Caption", "Copyright", "Keywords", "Marked", "Title", "WebStatement" } },
        { "http://ns.adobe.com/tiff/1.0/", { "Artist", "Copyright", "DateTime", "ImageDescription", "Software" } },
        { "http://ns.adobe.com/png/1.0/",
            { "Author", "Copyright", "CreationTime", "Description", "ModificationTime", "Software", "Title" } },
    };
    for (const Aliases &entry : aliases) {
        if (uri == entry.uri)
            return std::find(entry.names.begin(), entry.names.end(), name) != entry.names.end();
    }
    return false;
}

/// The array form the toolkit gives a plain-text dc property ("NormalizeDCArrays").
std::optional<Exiv2::TypeId> dcArrayForm(std::string_view name)
{
    for (std::string_view ordered : { "creator", "date" }) {
        if (name == ordered)
            return Exiv2::xmpSeq;
    }
    for (std::string_view altText : { "description", "rights", "title" }) {
        if (name == altText)
            return Exiv2::langAlt;
    }
    for (std::string_view bag : { "contributor", "language", "publisher", "relation", "subject", "type" }) {
        if (name == bag)
            return Exiv2::xmpBag;
    }
    return std::nullopt;
}

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
}

/// RFC 3066 case as the toolkit writes it: `EN-us` → `en-US`, `x-default` stays. ASCII only
/// (settleLanguages leaves any other tag to the toolkit).
std::string normalizedLanguage(std::string_view tag)
{
    std::string result = Ascii::lower(tag);
    const size_t dash = result.find('-');
    if (dash != std::string::npos) {
        const size_t next = result.find('-', dash + 1);
        if ((next == std::string::npos ? result.size() : next) - dash - 1 == 2) {
            result[dash + 1] = Ascii::upper(result[dash + 1]);
            result[dash + 2] = Ascii::upper(result[dash + 2]);
        }
    }
    return result;
}

/// A value's text as the toolkit stores it: it turns DEL into a space (XML keeps it).
std::string valueText(std::string text)
{
    std::replace(text.begin(), text.end(), '\x7F', ' ');
    return text;
}

/// Nothing but XML white space. (A wider blank, such as a no-break space, makes the reader give up,
/// and the toolkit decide.)
bool isBlank(std::string_view text)
{
    return std::all_of(
        text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

/// One RDF value: text, an array of values, or a structure of named fields. Text in UTF-8.
struct Node
{
    enum class Kind { Text, Array, Struct };
    Kind kind = Kind::Text;
    std::string text;
    Exiv2::TypeId arrayType = Exiv2::xmpBag; // xmpBag, xmpSeq, xmpAlt or langAlt
    std::vector<Node> items;
    std::vector<std::string> languages; // per item, for langAlt
    std::vector<Node> fields;
    std::vector<std::string> fieldNames; // "Prefix:Name"; empty for a namespace outside kSchemas

    static Node ofText(std::string value)
    {
        Node node;
        node.text = std::move(value);
        return node;
    }
};

/// Exiv2's key for `key`. Making one looks its prefix up in Exiv2's namespace table (a linear
/// search of string compares, under a lock), so each reading thread keeps the keys it made: a scan
/// meets the same few dozen keys in every file. Throws as Exiv2::XmpKey does for an unknown prefix.
const Exiv2::XmpKey &xmpKey(const std::string &key)
{
    thread_local std::unordered_map<std::string, Exiv2::XmpKey> made;
    if (const auto found = made.find(key); found != made.end())
        return found->second;
    if (made.size() >= 4096)
        made.clear(); // packets full of keys of their own: bounded, as RepeatedValues is
    return made.emplace(key, Exiv2::XmpKey(key)).first->second;
}

class RdfReader
{
public:
    explicit RdfReader(QByteArrayView packet)
        : m_xml(packet)
    {
    }

    std::optional<Exiv2::XmpData> read()
    {
        bool sawRdf = false;
        int depth = 0; // of the elements around rdf:RDF (x:xmpmeta)
        while (true) {
            const auto token = m_xml.next();
            if (token == XmlScanner::Token::Invalid || token == XmlScanner::Token::EndOfDocument)
                break;
            if (token == XmlScanner::Token::StartElement && isRdf("RDF")) {
                sawRdf = true;
                if (!readRdf())
                    return std::nullopt;
            } else if (token == XmlScanner::Token::StartElement) {
                ++depth;
            } else if (token == XmlScanner::Token::EndElement && --depth <= 0) {
                break; // the padding and <?xpacket end?> that may follow do not matter
            }
            if (sawRdf && depth == 0)
                break;
        }
        if (m_xml.hasError() || !sawRdf)
            return std::nullopt;
        return std::move(m_data);
    }

private:
    bool isRdf(std::string_view name) const { return m_xml.namespaceUri() == kRdf && m_xml.name() == name; }

    bool readRdf()
    {
        while (m_xml.nextStartElement()) {
            if (!isRdf("Description") || !readTopDescription())
                return false;
        }
        return !m_xml.hasError();
    }

    bool readTopDescription()
    {
        for (const XmlScanner::Attribute &attribute : m_xml.attributes()) {
            if (attribute.namespaceUri == kRdf) {
                if (attribute.name != "about")
                    return false;
                continue;
            }
            if (attribute.namespaceUri == kXml || isAlias(attribute.namespaceUri, attribute.name))
                return false;
            if (const Schema *schema = schemaOf(attribute.namespaceUri)) {
                if (!add(*schema, attribute.name, Node::ofText(attribute.value)))
                    return false;
            }
        }
        while (true) {
            const auto token = m_xml.next();
            if (token == XmlScanner::Token::EndElement)
                return true;
            if (token == XmlScanner::Token::Text) {
                if (!m_xml.isWhitespace())
                    return false;
                continue;
            }
            if (token != XmlScanner::Token::StartElement)
                return false;
            if (isAlias(m_xml.namespaceUri(), m_xml.name()))
                return false;
            const Schema *schema = schemaOf(m_xml.namespaceUri());
            if (!schema) {
                if (!m_xml.skipCurrentElement())
                    return false;
                continue;
            }
            const std::string name(m_xml.name());
            std::string language;
            std::optional<Node> node = readValue(0, &language);
            if (!node || !language.empty() || !add(*schema, name, std::move(*node)))
                return false; // a language on a plain value is a qualifier
        }
    }

    /// Reads the element at the cursor (a property, a field or an array item) through its end.
    std::optional<Node> readValue(int depth, std::string *language)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        std::string parseType;
        std::optional<std::string> resource;
        Node fieldsFromAttributes;
        for (const XmlScanner::Attribute &attribute : m_xml.attributes()) {
            if (attribute.namespaceUri == kRdf) {
                if (attribute.name == "parseType")
                    parseType = attribute.value;
                else if (attribute.name == "resource")
                    resource = attribute.value;
                else
                    return std::nullopt; // rdf:nodeID, rdf:datatype, rdf:ID…
            } else if (attribute.namespaceUri == kXml && attribute.name == "lang") {
                *language = attribute.value;
            } else if (attribute.namespaceUri == kXml) {
                return std::nullopt;
            } else {
                addField(&fieldsFromAttributes, attribute.namespaceUri, attribute.name, Node::ofText(attribute.value));
            }
        }
        const bool hasFieldAttributes = !fieldsFromAttributes.fieldNames.empty();
        if (parseType == "Resource") {
            if (resource)
                return std::nullopt;
            fieldsFromAttributes.kind = Node::Kind::Struct;
            if (!readFields(fieldsFromAttributes, depth))
                return std::nullopt;
            return fieldsFromAttributes;
        }
        if (!parseType.empty())
            return std::nullopt; // Literal, Collection
        if (resource && hasFieldAttributes)
            return std::nullopt;

        std::string text;
        std::optional<Node> child;
        while (true) {
            const auto token = m_xml.next();
            if (token == XmlScanner::Token::EndElement)
                break;
            if (token == XmlScanner::Token::Text) {
                text += m_xml.text();
                continue;
            }
            if (token != XmlScanner::Token::StartElement)
                return std::nullopt;
            if (child || m_xml.namespaceUri() != kRdf)
                return std::nullopt;
            if (m_xml.name() == "Description")
                child = readDescriptionStruct(depth + 1);
            else
                child = readArray(depth + 1);
            if (!child)
                return std::nullopt;
        }
        if (child)
            return isBlank(text) && !hasFieldAttributes && !resource ? std::move(child) : std::nullopt;
        if (hasFieldAttributes) {
            if (!isBlank(text))
                return std::nullopt;
            fieldsFromAttributes.kind = Node::Kind::Struct;
            return fieldsFromAttributes;
        }
        if (resource) {
            if (!text.empty())
                return std::nullopt;
            text = *resource;
        }
        return Node::ofText(std::move(text));
    }

    /// The field elements of a structure, up to the end of the element that holds them.
    bool readFields(Node &node, int depth)
    {
        while (true) {
            const auto token = m_xml.next();
            if (token == XmlScanner::Token::EndElement)
                return true;
            if (token == XmlScanner::Token::Text) {
                if (!m_xml.isWhitespace())
                    return false;
                continue;
            }
            if (token != XmlScanner::Token::StartElement)
                return false;
            if (m_xml.namespaceUri() == kRdf)
                return false; // rdf:value: a qualified value
            const std::string uri(m_xml.namespaceUri());
            const std::string name(m_xml.name());
            std::string language;
            std::optional<Node> field = readValue(depth + 1, &language);
            if (!field || !language.empty())
                return false;
            addField(&node, uri, name, std::move(*field));
        }
    }

    std::optional<Node> readDescriptionStruct(int depth)
    {
        Node node;
        node.kind = Node::Kind::Struct;
        for (const XmlScanner::Attribute &attribute : m_xml.attributes()) {
            if (attribute.namespaceUri == kRdf || attribute.namespaceUri == kXml)
                return std::nullopt;
            addField(&node, attribute.namespaceUri, attribute.name, Node::ofText(attribute.value));
        }
        if (!readFields(node, depth))
            return std::nullopt;
        return node;
    }

    std::optional<Node> readArray(int depth)
    {
        Node node;
        node.kind = Node::Kind::Array;
        const std::string_view form = m_xml.name();
        if (form == "Bag")
            node.arrayType = Exiv2::xmpBag;
        else if (form == "Seq")
            node.arrayType = Exiv2::xmpSeq;
        else if (form == "Alt")
            node.arrayType = Exiv2::xmpAlt;
        else
            return std::nullopt;
        if (!m_xml.attributes().empty())
            return std::nullopt;
        while (true) {
            const auto token = m_xml.next();
            if (token == XmlScanner::Token::EndElement)
                break;
            if (token == XmlScanner::Token::Text) {
                if (!m_xml.isWhitespace())
                    return std::nullopt;
                continue;
            }
            if (token != XmlScanner::Token::StartElement || !isRdf("li"))
                return std::nullopt;
            std::string language;
            std::optional<Node> item = readValue(depth + 1, &language);
            if (!item)
                return std::nullopt;
            node.items.push_back(std::move(*item));
            node.languages.push_back(std::move(language));
        }
        return settleLanguages(std::move(node));
    }

    /// An Alt whose items are all text with a language is a lang-alt; languages anywhere else
    /// are qualifiers, which the toolkit keeps apart.
    std::optional<Node> settleLanguages(Node node) const
    {
        int withLanguage = 0;
        std::set<std::string> seen;
        for (size_t i = 0; i < node.items.size(); ++i) {
            if (node.languages[i].empty())
                continue;
            if (node.arrayType != Exiv2::xmpAlt || node.items[i].kind != Node::Kind::Text
                || !isAscii(node.languages[i]))
                return std::nullopt;
            const std::string tag = normalizedLanguage(node.languages[i]);
            if (seen.count(tag))
                return std::nullopt;
            seen.insert(tag);
            ++withLanguage;
        }
        if (withLanguage == 0)
            return node;
        if (withLanguage != int(node.items.size()))
            return std::nullopt;
        node.arrayType = Exiv2::langAlt;
        return node;
    }

    static void addField(Node *node, std::string_view uri, std::string_view name, Node value)
    {
        const Schema *schema = schemaOf(uri);
        node->fieldNames.push_back(schema ? std::string(schema->fieldPrefix) + ':' + std::string(name) : std::string());
        node->fields.push_back(std::move(value));
    }

    // ---- Into Exiv2's data, as its decoder would put it ----

    bool add(const Schema &schema, std::string_view name, Node node)
    {
        const std::string key = std::string("Xmp.") + schema.keyPrefix + '.' + std::string(name);
        if (m_keys.count(key))
            return false; // the toolkit refuses a duplicate property
        m_keys.insert(key);
        if (schema.keyPrefix == std::string_view("dc") && node.kind == Node::Kind::Text) {
            if (const std::optional<Exiv2::TypeId> form = dcArrayForm(name)) {
                Node array;
                array.kind = Node::Kind::Array;
                array.arrayType = *form;
                array.items.push_back(std::move(node));
                array.languages.push_back(*form == Exiv2::langAlt ? "x-default" : "");
                node = std::move(array);
            }
        }
        return addValue(key, node);
    }

    bool addValue(const std::string &key, const Node &node)
    {
        switch (node.kind) {
        case Node::Kind::Text: {
            Exiv2::XmpTextValue value;
            value.read(valueText(node.text));
            m_data.add(xmpKey(key), &value);
            return true;
        }
        case Node::Kind::Struct: {
            Exiv2::XmpTextValue marker;
            marker.setXmpStruct();
            m_data.add(xmpKey(key), &marker);
            addTextFields(key, node);
            return true;
        }
        case Node::Kind::Array:
            return addArray(key, node);
        }
        return false;
    }

    bool addArray(const std::string &key, const Node &node)
    {
        bool allText = true;
        bool allStructs = true;
        for (const Node &item : node.items) {
            allText = allText && item.kind == Node::Kind::Text;
            allStructs = allStructs && item.kind == Node::Kind::Struct;
        }
        if (node.arrayType == Exiv2::langAlt) {
            Exiv2::LangAltValue value;
            for (size_t i = 0; i < node.items.size(); ++i)
                value.value_[normalizedLanguage(node.languages[i])] = valueText(node.items[i].text);
            m_data.add(xmpKey(key), &value);
            return true;
        }
        if (allText) {
            Exiv2::XmpArrayValue value(node.arrayType);
            for (const Node &item : node.items)
                value.read(valueText(item.text));
            m_data.add(xmpKey(key), &value);
            return true;
        }
        if (!allStructs)
            return false;
        Exiv2::XmpTextValue marker;
        marker.setXmpArrayType(Exiv2::XmpValue::xmpArrayType(node.arrayType));
        m_data.add(xmpKey(key), &marker);
        for (size_t i = 0; i < node.items.size(); ++i) {
            const std::string itemKey = key + '[' + std::to_string(i + 1) + ']';
            Exiv2::XmpTextValue structMarker;
            structMarker.setXmpStruct();
            m_data.add(xmpKey(itemKey), &structMarker);
            addTextFields(itemKey, node.items[i]);
        }
        return true;
    }

    /// Text fields only: nothing the metadata reader looks at sits deeper.
    void addTextFields(const std::string &key, const Node &node)
    {
        for (size_t i = 0; i < node.fields.size(); ++i) {
            if (node.fieldNames[i].empty() || node.fields[i].kind != Node::Kind::Text)
                continue;
            Exiv2::XmpTextValue value;
            value.read(valueText(node.fields[i].text));
            m_data.add(xmpKey(key + '/' + node.fieldNames[i]), &value);
        }
    }

    XmlScanner m_xml;
    Exiv2::XmpData m_data;
    std::set<std::string> m_keys;
};

} // namespace

std::optional<Exiv2::XmpData> XmpPacket::parse(QByteArrayView packet)
{
    try {
        return RdfReader(packet).read();
    } catch (const std::exception &) {
        return std::nullopt; // an Exiv2 key it refuses, say: the toolkit decides
    }
}

std::optional<Exiv2::XmpData> XmpPacket::decode(QByteArrayView packet)
{
    if (std::optional<Exiv2::XmpData> data = parse(packet))
        return data;
    Exiv2::XmpData data;
    if (Exiv2::XmpParser::decode(data, std::string(packet.data(), size_t(packet.size()))) != 0)
        return std::nullopt;
    return data;
}

} // namespace Wesog
