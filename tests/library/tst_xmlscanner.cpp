// SPDX-License-Identifier: GPL-3.0-or-later
// XmlScanner, the XML reader under the fast XMP path, against QXmlStreamReader as the reference:
// what it reads, it reads as Qt does; what it refuses is either not XML or left to the toolkit.
#include <QTest>

#include "tests/support/xmlevents.h"

using Wesog::XmlScanner;
using Wesog::Test::qtXmlEvents;
using Wesog::Test::scannerXmlEvents;

class tst_XmlScanner : public QObject
{
    Q_OBJECT

private slots:
    void readsAsQtDoes_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("namespaces and their scope") << QByteArray(
            "<a:r xmlns:a='urn:a' xmlns='urn:default'><b a:x='1' y='2'><a:c xmlns:a='urn:other'/></b><a:d/></a:r>");
        QTest::newRow("default namespace undeclared") << QByteArray("<r xmlns='urn:d'><c xmlns=''><e/></c></r>");
        QTest::newRow("references") << QByteArray(
            "<r t='&lt;&gt;&amp;&quot;&apos;'>&lt;a&gt; &amp; &#65;&#x42;&#xe9;&#233;&#x1F600; &#x20AC;</r>");
        QTest::newRow("white space in attribute values")
            << QByteArray("<r a='one\ttwo\nthree\r\nfour\rfive' b='&#9;&#10;&#13;'/>");
        QTest::newRow("line ends in text") << QByteArray("<r>one\r\ntwo\rthree\n&#13;</r>");
        QTest::newRow("CDATA") << QByteArray("<r>a<![CDATA[<b> & ]] ]>\r\n]]>c</r>");
        QTest::newRow("comments and instructions between")
            << QByteArray("<?xpacket begin='\xEF\xBB\xBF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n<!-- c -->"
                          "<r>a<!-- - inside -->b<?pi data?>c</r>");
        QTest::newRow("declaration and byte order mark")
            << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding='UTF-8' standalone=\"yes\"?><r/>");
        QTest::newRow("spaces inside tags") << QByteArray("<r\n  a = \"1\"\tb='2' ><c /></r >");
        QTest::newRow("UTF-8 text and values") << QByteArray("<r v='Зимний вокзал'>Fête de la musique — 東京</r>");
        QTest::newRow("what follows the root is not read") << QByteArray("<r/>  <?xpacket end='w'?>");
        QTest::newRow("a text that starts with U+FEFF") << QByteArray("<r>\xEF\xBB\xBFtext</r>");
        QTest::newRow("xml prefix") << QByteArray("<r xml:lang='pt-PT'/>");
    }

    void readsAsQtDoes()
    {
        QFETCH(QByteArray, xml);
        const std::optional<QStringList> ours = scannerXmlEvents(xml);
        QVERIFY2(ours, "the scanner refused it");
        const std::optional<QStringList> qt = qtXmlEvents(xml);
        QVERIFY2(qt, "Qt's reader refused it");
        QCOMPARE(*ours, *qt);
    }

    void refusesWhatIsNotXml_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("end tag of another element") << QByteArray("<r><a></b></r>");
        QTest::newRow("undeclared prefix") << QByteArray("<r><p:a/></r>");
        QTest::newRow("attribute twice") << QByteArray("<r a='1' a='2'/>");
        QTest::newRow("attribute twice through two prefixes")
            << QByteArray("<r xmlns:p='urn:x' xmlns:q='urn:x' p:a='1' q:a='2'/>");
        QTest::newRow("'<' in an attribute value") << QByteArray("<r a='<'/>");
        QTest::newRow("attributes without space between") << QByteArray("<r a='1'b='2'/>");
        QTest::newRow("invalid UTF-8") << QByteArray("<r>\xC3\x28</r>");
        QTest::newRow("overlong UTF-8") << QByteArray("<r>\xC0\xBC</r>");
        QTest::newRow("a control character") << QByteArray("<r>\x01</r>");
        QTest::newRow("a reference to no character") << QByteArray("<r>&#0;</r>");
        QTest::newRow("U+FFFE") << QByteArray("<r>\xEF\xBF\xBE</r>");
        QTest::newRow("a bare ampersand") << QByteArray("<r>a & b</r>");
        QTest::newRow("'--' in a comment") << QByteArray("<r><!-- a -- b --></r>");
        QTest::newRow("text outside the root") << QByteArray("junk<r/>");
        QTest::newRow("truncated") << QByteArray("<r><a>text");
        QTest::newRow("']]>' in text") << QByteArray("<r>a]]>b</r>");
        QTest::newRow("declaration without version") << QByteArray("<?xml?><r/>");
        QTest::newRow("declaration out of order") << QByteArray("<?xml encoding='UTF-8' version='1.0'?><r/>");
        QTest::newRow("declaration not first") << QByteArray("<!-- c --><?xml version='1.0'?><r/>");
        QTest::newRow("an entity no DTD defines") << QByteArray("<r>&nbsp;</r>");
        QTest::newRow("prefix bound to nothing") << QByteArray("<r xmlns:p=''/>");
        QTest::newRow("empty document") << QByteArray();
    }

    void refusesWhatIsNotXml()
    {
        QFETCH(QByteArray, xml);
        QVERIFY2(!qtXmlEvents(xml), "Qt's reader read it: the case is not malformed");
        QVERIFY(!scannerXmlEvents(xml));
    }

    /// Well-formed, but rare in a packet: the toolkit reads these.
    void leavesTheRareToTheToolkit_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE r><r/>");
        QTest::newRow("another encoding") << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?><r>\xC3\xA9</r>");
        QTest::newRow("a name outside ASCII") << QByteArray("<r><caf\xC3\xA9/></r>");
    }

    void leavesTheRareToTheToolkit()
    {
        QFETCH(QByteArray, xml);
        QVERIFY(!scannerXmlEvents(xml));
    }

    void escapedWhiteSpaceIsText()
    {
        XmlScanner plain(QByteArrayView(" <r> \n\t</r>").sliced(1));
        QCOMPARE(plain.next(), XmlScanner::Token::StartElement);
        QCOMPARE(plain.next(), XmlScanner::Token::Text);
        QVERIFY(plain.isWhitespace());
        XmlScanner escaped(QByteArrayView("<r>&#32;</r>"));
        QCOMPARE(escaped.next(), XmlScanner::Token::StartElement);
        QCOMPARE(escaped.next(), XmlScanner::Token::Text);
        QCOMPARE(escaped.text(), std::string(" "));
        QVERIFY(!escaped.isWhitespace());
    }

    void skipsAnElementWithWhatItHolds()
    {
        XmlScanner scanner(QByteArrayView("<r><skip><a><b/></a>text</skip><next/></r>"));
        QVERIFY(scanner.nextStartElement());
        QCOMPARE(scanner.name(), std::string_view("r"));
        QVERIFY(scanner.nextStartElement());
        QCOMPARE(scanner.name(), std::string_view("skip"));
        QVERIFY(scanner.skipCurrentElement());
        QVERIFY(scanner.nextStartElement());
        QCOMPARE(scanner.name(), std::string_view("next"));
        QCOMPARE(scanner.next(), XmlScanner::Token::EndElement);
        QVERIFY(!scanner.nextStartElement()); // the end of r
        QCOMPARE(scanner.next(), XmlScanner::Token::EndOfDocument);
    }
};

QTEST_GUILESS_MAIN(tst_XmlScanner)
#include "tst_xmlscanner.moc"
