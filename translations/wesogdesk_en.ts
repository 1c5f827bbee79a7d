<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Field</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watermarked URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSFW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldIssue</name>
    <message>
        <source>%1 is required by the Wesog API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required by your agency&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s).</source>
        <translation>
            <numerusform>%1 needs at least %n item.</numerusform>
            <numerusform>%1 needs at least %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be an absolute http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete (year or month only); it will be sent as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty item at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an item with spaces at its start or end (position %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than the %n bytes that IPTC IIM allows.</source>
        <translation>
            <numerusform>%1 is longer than the %n byte that IPTC IIM allows.</numerusform>
            <numerusform>%1 is longer than the %n bytes that IPTC IIM allows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFieldError</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is out of range; it should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has the wrong type; it should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::AboutDialog</name>
    <message>
        <source>About Wesog Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wesog Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the metadata of thousands of photos and send it to the Wesog image search service.

Built with Qt %1. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::MainWindow</name>
    <message>
        <source>Wesog Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Wesog Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wesog Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit photo metadata and send it to the Wesog image search service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image folder to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en, es, pt, fr or ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
