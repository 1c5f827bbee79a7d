// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QStringDecoder>
#include <QStringList>
#include <QXmlStreamReader>

#include "core/library/xmlscanner.h"

namespace Wesog::Test {

/// A document's elements, attributes and text up to the end of its root, as lines that two XML
/// readers agree on when they read it alike: "start {uri}name {uri}attribute=value…" (attributes
/// sorted), "end {uri}name", "text …" (adjacent text joined). Nothing when the reader reports an
/// error before the root ends.
class XmlEvents
{
public:
    void start(QString uri, QString name, QStringList attributes)
    {
        attributes.sort();
        flushText();
        m_lines << QStringLiteral("start {%1}%2 %3").arg(uri, name, attributes.join(QLatin1Char(' ')));
    }
    void end(const QString &uri, const QString &name)
    {
        flushText();
        m_lines << QStringLiteral("end {%1}%2").arg(uri, name);
    }
    void text(const QString &text) { m_text += text; }
    QStringList lines()
    {
        flushText();
        return m_lines;
    }

private:
    void flushText()
    {
        if (!m_text.isEmpty())
            m_lines << QStringLiteral("text ") + m_text;
        m_text.clear();
    }
    QStringList m_lines;
    QString m_text;
};

inline std::optional<QStringList> qtXmlEvents(QByteArrayView xml)
{
    QXmlStreamReader reader(QByteArray::fromRawData(xml.data(), xml.size()));
    XmlEvents events;
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            QStringList attributes;
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                attributes
                    << QStringLiteral("{%1}%2=%3").arg(attribute.namespaceUri(), attribute.name(), attribute.value());
            events.start(reader.namespaceUri().toString(), reader.name().toString(), attributes);
            ++depth;
            break;
        }
        case QXmlStreamReader::EndElement:
            events.end(reader.namespaceUri().toString(), reader.name().toString());
            if (--depth == 0)
                return events.lines();
            break;
        case QXmlStreamReader::Characters:
            if (depth > 0)
                events.text(reader.text().toString());
            break;
        default:
            break;
        }
    }
    return std::nullopt; // an error, or no root element
}

inline std::optional<QStringList> scannerXmlEvents(QByteArrayView xml)
{
    // Decoded as it is: QString::fromUtf8 would drop a U+FEFF that starts a text.
    const auto text = [](std::string_view view) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        return QString(decoder.decode(QByteArrayView(view.data(), qsizetype(view.size()))));
    };
    XmlScanner scanner(xml);
    XmlEvents events;
    while (true) {
        switch (scanner.next()) {
        case XmlScanner::Token::StartElement: {
            QStringList attributes;
            for (const XmlScanner::Attribute &attribute : scanner.attributes())
                attributes << QStringLiteral("{%1}%2=%3")
                                  .arg(text(attribute.namespaceUri), text(attribute.name), text(attribute.value));
            events.start(text(scanner.namespaceUri()), text(scanner.name()), attributes);
            break;
        }
        case XmlScanner::Token::EndElement:
            events.end(text(scanner.namespaceUri()), text(scanner.name()));
            break;
        case XmlScanner::Token::Text:
            events.text(text(scanner.text()));
            break;
        case XmlScanner::Token::EndOfDocument:
            return events.lines();
        case XmlScanner::Token::Invalid:
            return std::nullopt;
        }
    }
}

} // namespace Wesog::Test
