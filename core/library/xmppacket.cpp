// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/xmppacket.h"

#include <set>

#include <QXmlStreamReader>

namespace Wesog {

namespace {

const QLatin1String kRdf("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QLatin1String kXml("http://www.w3.org/XML/1998/namespace");
constexpr int kMaxDepth = 8;

/// The namespaces the metadata reader uses: Exiv2's key prefix and the toolkit's prefix, which
/// names structure fields (`…LocationShown[1]/Iptc4xmpExt:City`).
struct Schema
{
    QLatin1String uri;
    const char *keyPrefix;
    const char *fieldPrefix;
};

const Schema kSchemas[] = {
    { QLatin1String("http://purl.org/dc/elements/1.1/"), "dc", "dc" },
    { QLatin1String("http://ns.adobe.com/photoshop/1.0/"), "photoshop", "photoshop" },
    { QLatin1String("http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"), "iptc", "Iptc4xmpCore" },
    { QLatin1String("http://iptc.org/std/Iptc4xmpExt/2008-02-29/"), "iptcExt", "Iptc4xmpExt" },
    { QLatin1String("http://ns.useplus.org/ldf/xmp/1.0/"), "plus", "plus" },
    { QLatin1String("http://ns.wesog.com/desk/1.0/"), "wesogdesk", "wesogdesk" }, // what the writer adds (§6)
};

const Schema *schemaOf(QStringView uri)
{
    for (const Schema &schema : kSchemas) {
        if (uri == schema.uri)
            return &schema;
    }
    return nullptr;
}

/// The toolkit moves these standard aliases onto their base property (photoshop:Title becomes
/// dc:title…); a packet with one is left to it.
bool isAlias(QStringView uri, QStringView name)
{
    struct Aliases
    {
        QLatin1String uri;
        std::initializer_list<const char *> names;
    };
    static const Aliases aliases[] = {
        { QLatin1String("http://ns.adobe.com/xap/1.0/"),
            { "Author", "Authors", "Description", "Format", "Keywords", "Locale", "Title" } },
        { QLatin1String("http://ns.adobe.com/xap/1.0/rights/"), { "Copyright" } },
        { QLatin1String("http://ns.adobe.com/pdf/1.3/"),
            { "Author", "BaseURL", "CreationDate", "Creator", "ModDate", "Subject", "Title" } },
        { QLatin1String("http://ns.adobe.com/photoshop/1.0/"),
            { "Author", "Caption", "Copyright", "Keywords", "Marked", "Title", "WebStatement" } },
        { QLatin1String("http://ns.adobe.com/tiff/1.0/"),
            { "Artist", "Copyright", "DateTime", "ImageDescription", "Software" } },
        { QLatin1String("http://ns.adobe.com/png/1.0/"),
            { "Author", "Copyright", "CreationTime", "Description", "ModificationTime", "Software", "Title" } },
    };
    for (const Aliases &entry : aliases) {
        if (uri != entry.uri)
            continue;
        for (const char *alias : entry.names) {
            if (name == QLatin1String(alias))
                return true;
        }
    }
    return false;
}

/// The array form the toolkit gives a plain-text dc property ("NormalizeDCArrays").
std::optional<Exiv2::TypeId> dcArrayForm(QStringView name)
{
    for (const char *ordered : { "creator", "date" }) {
        if (name == QLatin1String(ordered))
            return Exiv2::xmpSeq;
    }
    for (const char *altText : { "description", "rights", "title" }) {
        if (name == QLatin1String(altText))
            return Exiv2::langAlt;
    }
    for (const char *bag : { "contributor", "language", "publisher", "relation", "subject", "type" }) {
        if (name == QLatin1String(bag))
            return Exiv2::xmpBag;
    }
    return std::nullopt;
}

/// RFC 3066 case as the toolkit writes it: `EN-us` → `en-US`, `x-default` stays.
std::string normalizedLanguage(const QString &tag)
{
    QStringList parts = tag.toLower().split(QLatin1Char('-'));
    if (parts.size() > 1 && parts.at(1).size() == 2)
        parts[1] = parts.at(1).toUpper();
    return parts.join(QLatin1Char('-')).toStdString();
}

/// A value's text as the toolkit stores it: it turns DEL into a space (XML keeps it).
std::string valueText(QString text)
{
    return text.replace(QChar(0x7F), QLatin1Char(' ')).toStdString();
}

/// One RDF value: text, an array of values, or a structure of named fields.
struct Node
{
    enum class Kind { Text, Array, Struct };
    Kind kind = Kind::Text;
    QString text;
    Exiv2::TypeId arrayType = Exiv2::xmpBag; // xmpBag, xmpSeq, xmpAlt or langAlt
    std::vector<Node> items;
    std::vector<QString> languages; // per item, for langAlt
    std::vector<Node> fields;
    std::vector<QString> fieldNames; // "Prefix:Name"; empty for a namespace outside kSchemas

    static Node ofText(QString value)
    {
        Node node;
        node.text = std::move(value);
        return node;
    }
};

class RdfReader
{
public:
    explicit RdfReader(QByteArrayView packet)
        : m_xml(QByteArray::fromRawData(packet.data(), packet.size()))
    {
    }

    std::optional<Exiv2::XmpData> read()
    {
        bool sawRdf = false;
        int depth = 0; // of the elements around rdf:RDF (x:xmpmeta)
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement && isRdf(QLatin1String("RDF"))) {
                sawRdf = true;
                if (!readRdf())
                    return std::nullopt;
            } else if (token == QXmlStreamReader::StartElement) {
                ++depth;
            } else if (token == QXmlStreamReader::EndElement && --depth <= 0) {
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
    bool isRdf(QLatin1String name) const { return m_xml.namespaceUri() == kRdf && m_xml.name() == name; }

    bool isBlank(const QString &text) const { return text.trimmed().isEmpty(); }

    bool readRdf()
    {
        while (m_xml.readNextStartElement()) {
            if (!isRdf(QLatin1String("Description")) || !readTopDescription())
                return false;
        }
        return !m_xml.hasError();
    }

    bool readTopDescription()
    {
        for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
            if (attribute.namespaceUri() == kRdf) {
                if (attribute.name() != QLatin1String("about"))
                    return false;
                continue;
            }
            if (attribute.namespaceUri() == kXml || isAlias(attribute.namespaceUri(), attribute.name()))
                return false;
            if (const Schema *schema = schemaOf(attribute.namespaceUri())) {
                Node node;
                node.text = attribute.value().toString();
                if (!add(*schema, attribute.name().toString(), node))
                    return false;
            }
        }
        while (true) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                return true;
            if (token == QXmlStreamReader::Characters && !m_xml.isWhitespace())
                return false;
            if (token == QXmlStreamReader::Invalid)
                return false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (isAlias(m_xml.namespaceUri(), m_xml.name()))
                return false;
            const Schema *schema = schemaOf(m_xml.namespaceUri());
            if (!schema) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString name = m_xml.name().toString();
            QString language;
            const std::optional<Node> node = readValue(0, &language);
            if (!node || !language.isEmpty() || !add(*schema, name, *node))
                return false; // a language on a plain value is a qualifier
        }
    }

    /// Reads the element at the cursor (a property, a field or an array item) through its end.
    std::optional<Node> readValue(int depth, QString *language)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        QString parseType;
        std::optional<QString> resource;
        Node fieldsFromAttributes;
        for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
            if (attribute.namespaceUri() == kRdf) {
                if (attribute.name() == QLatin1String("parseType"))
                    parseType = attribute.value().toString();
                else if (attribute.name() == QLatin1String("resource"))
                    resource = attribute.value().toString();
                else
                    return std::nullopt; // rdf:nodeID, rdf:datatype, rdf:ID…
            } else if (attribute.namespaceUri() == kXml && attribute.name() == QLatin1String("lang")) {
                *language = attribute.value().toString();
            } else if (attribute.namespaceUri() == kXml) {
                return std::nullopt;
            } else {
                addField(&fieldsFromAttributes, attribute.namespaceUri(), attribute.name(),
                    Node::ofText(attribute.value().toString()));
            }
        }
        const bool hasFieldAttributes = !fieldsFromAttributes.fieldNames.empty();
        if (parseType == QLatin1String("Resource")) {
            if (resource)
                return std::nullopt;
            fieldsFromAttributes.kind = Node::Kind::Struct;
            if (!readFields(fieldsFromAttributes, depth))
                return std::nullopt;
            return fieldsFromAttributes;
        }
        if (!parseType.isEmpty())
            return std::nullopt; // Literal, Collection
        if (resource && hasFieldAttributes)
            return std::nullopt;

        QString text;
        std::optional<Node> child;
        while (true) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                break;
            if (token == QXmlStreamReader::Invalid)
                return std::nullopt;
            if (token == QXmlStreamReader::Characters) {
                text += m_xml.text();
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (child || m_xml.namespaceUri() != kRdf)
                return std::nullopt;
            if (m_xml.name() == QLatin1String("Description"))
                child = readDescriptionStruct(depth + 1);
            else
                child = readArray(depth + 1);
            if (!child)
                return std::nullopt;
        }
        if (child)
            return isBlank(text) && !hasFieldAttributes && !resource ? child : std::nullopt;
        if (hasFieldAttributes) {
            if (!isBlank(text))
                return std::nullopt;
            fieldsFromAttributes.kind = Node::Kind::Struct;
            return fieldsFromAttributes;
        }
        if (resource) {
            if (!text.isEmpty())
                return std::nullopt;
            text = *resource;
        }
        return Node::ofText(text);
    }

    /// The field elements of a structure, up to the end of the element that holds them.
    bool readFields(Node &node, int depth)
    {
        while (true) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                return true;
            if (token == QXmlStreamReader::Invalid || (token == QXmlStreamReader::Characters && !m_xml.isWhitespace()))
                return false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.namespaceUri() == kRdf)
                return false; // rdf:value: a qualified value
            const QString uri = m_xml.namespaceUri().toString();
            const QString name = m_xml.name().toString();
            QString language;
            std::optional<Node> field = readValue(depth + 1, &language);
            if (!field || !language.isEmpty())
                return false;
            addField(&node, uri, name, std::move(*field));
        }
    }

    std::optional<Node> readDescriptionStruct(int depth)
    {
        Node node;
        node.kind = Node::Kind::Struct;
        for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
            if (attribute.namespaceUri() == kRdf || attribute.namespaceUri() == kXml)
                return std::nullopt;
            addField(&node, attribute.namespaceUri(), attribute.name(), Node::ofText(attribute.value().toString()));
        }
        if (!readFields(node, depth))
            return std::nullopt;
        return node;
    }

    std::optional<Node> readArray(int depth)
    {
        Node node;
        node.kind = Node::Kind::Array;
        const QStringView form = m_xml.name();
        if (form == QLatin1String("Bag"))
            node.arrayType = Exiv2::xmpBag;
        else if (form == QLatin1String("Seq"))
            node.arrayType = Exiv2::xmpSeq;
        else if (form == QLatin1String("Alt"))
            node.arrayType = Exiv2::xmpAlt;
        else
            return std::nullopt;
        if (!m_xml.attributes().isEmpty())
            return std::nullopt;
        while (true) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                break;
            if (token == QXmlStreamReader::Invalid || (token == QXmlStreamReader::Characters && !m_xml.isWhitespace()))
                return std::nullopt;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (!isRdf(QLatin1String("li")))
                return std::nullopt;
            QString language;
            std::optional<Node> item = readValue(depth + 1, &language);
            if (!item)
                return std::nullopt;
            node.items.push_back(std::move(*item));
            node.languages.push_back(language);
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
            if (node.languages[i].isEmpty())
                continue;
            if (node.arrayType != Exiv2::xmpAlt || node.items[i].kind != Node::Kind::Text)
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

    static void addField(Node *node, QStringView uri, QStringView name, Node value)
    {
        const Schema *schema = schemaOf(uri);
        node->fieldNames.push_back(
            schema ? QLatin1String(schema->fieldPrefix) + QLatin1Char(':') + name.toString() : QString());
        node->fields.push_back(std::move(value));
    }

    // ---- Into Exiv2's data, as its decoder would put it ----

    bool add(const Schema &schema, const QString &name, Node node)
    {
        const std::string key = std::string("Xmp.") + schema.keyPrefix + '.' + name.toStdString();
        if (m_keys.count(key))
            return false; // the toolkit refuses a duplicate property
        m_keys.insert(key);
        if (schema.keyPrefix == std::string_view("dc") && node.kind == Node::Kind::Text) {
            if (const std::optional<Exiv2::TypeId> form = dcArrayForm(name)) {
                Node array;
                array.kind = Node::Kind::Array;
                array.arrayType = *form;
                array.items.push_back(std::move(node));
                array.languages.push_back(*form == Exiv2::langAlt ? QStringLiteral("x-default") : QString());
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
            m_data.add(Exiv2::XmpKey(key), &value);
            return true;
        }
        case Node::Kind::Struct: {
            Exiv2::XmpTextValue marker;
            marker.setXmpStruct();
            m_data.add(Exiv2::XmpKey(key), &marker);
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
            m_data.add(Exiv2::XmpKey(key), &value);
            return true;
        }
        if (allText) {
            Exiv2::XmpArrayValue value(node.arrayType);
            for (const Node &item : node.items)
                value.read(valueText(item.text));
            m_data.add(Exiv2::XmpKey(key), &value);
            return true;
        }
        if (!allStructs)
            return false;
        Exiv2::XmpTextValue marker;
        marker.setXmpArrayType(Exiv2::XmpValue::xmpArrayType(node.arrayType));
        m_data.add(Exiv2::XmpKey(key), &marker);
        for (size_t i = 0; i < node.items.size(); ++i) {
            const std::string itemKey = key + '[' + std::to_string(i + 1) + ']';
            Exiv2::XmpTextValue structMarker;
            structMarker.setXmpStruct();
            m_data.add(Exiv2::XmpKey(itemKey), &structMarker);
            addTextFields(itemKey, node.items[i]);
        }
        return true;
    }

    /// Text fields only: nothing the metadata reader looks at sits deeper.
    void addTextFields(const std::string &key, const Node &node)
    {
        for (size_t i = 0; i < node.fields.size(); ++i) {
            if (node.fieldNames[i].isEmpty() || node.fields[i].kind != Node::Kind::Text)
                continue;
            Exiv2::XmpTextValue value;
            value.read(valueText(node.fields[i].text));
            m_data.add(Exiv2::XmpKey(key + '/' + node.fieldNames[i].toStdString()), &value);
        }
    }

    QXmlStreamReader m_xml;
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
