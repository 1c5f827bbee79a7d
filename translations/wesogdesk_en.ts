<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The server address is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http and https server addresses are supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http to %1 would send the API key unencrypted. Use https, or allow insecure http in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rejected. Check the key in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request or its answer is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request; redirects are not followed, so the API key stays with this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeReplacements</name>
    <message>
        <source>cannot read the code replacements %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not UTF-8 text; save the file as UTF-8 and load it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFlags</name>
    <message>
        <source>The server (default: $WESOG_URL, else https://api.wesog.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the API key, readable only by you (default: $WESOG_API_KEY, else the stored key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http to a host other than this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries per request before giving up, 1 to 20 (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attempts must be a whole number from 1 to 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key: use --key-file, WESOG_API_KEY, or store one in Wesog Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>cannot read the country list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country list %1 has no countries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns, with &quot;file&quot; or &quot;id&quot; among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a field; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: no image with this file or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: &quot;%3&quot; is not true, false or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n cell(s) from CSV</source>
        <translation>
            <numerusform>Import %n cell from CSV</numerusform>
            <numerusform>Import %n cells from CSV</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>%1: not an ISO 3166 country name (free text is allowed).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has the code %2, which no code replacement file defines; it is left as typed.</source>
        <translation type="unfinished"></translation>
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
    <name>LeaveGuard</name>
    <message>
        <source>Images not yet sent stay edited, ready to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not yet put back keep the values written last; your corrections stay in the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Again Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A submission is still being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images not yet sent stay edited, ready to send again; operations the server has confirmed are followed when this collection is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata is still being written to files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not yet written keep their old metadata; your corrections stay in the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Under Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataNote</name>
    <message>
        <source>IPTC text has no character set marker; it was read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPTC text looks garbled; the character set may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPTC text looks garbled; it may read correctly as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPTC text claims to be UTF-8 but is not; it was read with the legacy code page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPTC copy of %1 is cut short; the XMP value is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored camera text in %1: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code &quot;%2&quot; for %1; the field is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; %2 is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar %1 cannot be read; only the embedded metadata is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sidecar %1 is shared with other images of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded XMP metadata is damaged and was ignored; IPTC and EXIF values are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataProfile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: title_from_headline, shot, scene, medium, categories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map codes to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is larger than 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagerError</name>
    <message>
        <source>The server&apos;s answer has no valid image count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPreferences</name>
    <message>
        <source>The reading profile %1 is not used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanError</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an image Wesog Desk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image declares a size too large to open safely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link points to a file that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link points to itself in a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is not valid UTF-8; rename the file to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe or a device, say).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerQueryForm</name>
    <message>
        <source>The text cannot hold &amp;&amp;, || or parentheses; use the Formula line for a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyword “%1” cannot be searched for: it holds a comma, &amp;&amp;, || or a parenthesis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>cannot read the dictionary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spelling dictionary for the language %1; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spelling dictionary %1 is in an unknown encoding (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spelling dictionary for %1: none of %2 is installed (Debian: the hunspell-* packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add to the dictionary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dictionary %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitRun</name>
    <message>
        <source>cannot open the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>following %1 operation(s) of an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); trying again in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation %1: %2 of %3 done, %4 failed%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace could not store the progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result unknown: the operation could not be followed to its end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes, no or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pasted block has %n more row(s) than the table below the current cell.</source>
        <translation>
            <numerusform>The pasted block has %n more row than the table below the current cell.</numerusform>
            <numerusform>The pasted block has %n more rows than the table below the current cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted block is wider than the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted values could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Headshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panoramic view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aerial view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underwater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exterior view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interior view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movie scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original digital capture of a real-life scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computational capture of a real-life scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitised from a negative on film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitised from a positive on film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitised from a print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by a human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original with minor human edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite of captured elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithmically enhanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-driven media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite including synthetic elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by generative AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited with generative AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pure algorithmic media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of a film negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of a slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite photograph</source>
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
    <name>Wesog::CaptionEditor</name>
    <message numerus="yes">
        <source>%n character(s), </source>
        <translation>
            <numerusform>%n character, </numerusform>
            <numerusform>%n characters, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(longer than the %n bytes IPTC IIM keeps)</source>
        <translation>
            <numerusform>(longer than the %n byte IPTC IIM keeps)</numerusform>
            <numerusform>(longer than the %n bytes IPTC IIM keeps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::Cli</name>
    <message>
        <source>Reads the metadata of a folder&apos;s images and prints the PUT /imgs body as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: wesogctl scan FOLDER [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: src is a file:// URL, which the Wesog service cannot fetch; set --src-template before submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints an operation&apos;s status as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line per change until the operation finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: wesogctl status OP_ID [--watch] [--url URL] [--key-file F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1, which runs %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: wesogctl scan FOLDER [options] | submit DIR|FILE.json [options] | status OP_ID [options] | pull [options] | write FOLDER BODY.json [options] | check FOLDER|BODY.json [options]; add --help after a command for its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON array of images: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: src is a file:// URL, which the server cannot fetch; set --src-template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends images with PUT /imgs and follows their operations until they finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image folder, or a JSON file holding a PUT /imgs body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to answer only when each operation is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the operations ahead of others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail items whose id the server does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the AI tags: en, es, pt, fr or ru (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per request, 1 to 1000 (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop once every batch is sent; do not follow the operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, item %2: no id to find its file by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, item %2: the id %3 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the fields of a PUT /imgs body into the images of a folder (XMP, IIM, EXIF and sidecars) and prints a JSON summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file holding a PUT /imgs body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template of each image&apos;s id (default {basename}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata language: the alternative of multi-language fields that is written (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: into the file and every sidecar it has (default); sidecar: into XMP sidecars only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code page of IPTC text without a character set marker, transcoded to UTF-8 when written (default windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each original as NAME.EXT_original (an existing one is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what would be written; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: wesogctl write FOLDER BODY.json [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template variable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sandbox} is only known inside Wesog Desk; give the server&apos;s address instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown code page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may be misspelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks captions before anything is sent: the validation rules, spelling, replacement codes and countries. Prints one JSON line per finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image folder or a PUT /imgs body (JSON file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s required fields, e.g. &quot;caption author keywords:3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dictionary of accepted words (UTF-8, one per line); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code replacements file (Photo Mechanic format); repeatable, a later file&apos;s code wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: wesogctl check FOLDER|BODY.json [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field in --rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target must be auto or sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the images a query matches as a PUT /imgs body (a JSON array).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter formula of GET /imgs (default: every image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the first N images in the server&apos;s order (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: wesogctl pull [--url URL] [--key-file F] [--q QUERY] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded %1 of %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); trying again in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the images could not be compared with the server&apos;s copies, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared %1 of %2 images with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PUT /imgs body FILE.json was edited from (as wesogctl pull printed it): only changed images are sent, merged with what changed on the server since; conflicting ones are held back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: wesogctl submit DIR|FILE.json [--base BASE.json] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base compares JSON files: FILE.json and --base BASE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load Qt&apos;s image decoders (%1): %2; images whose header gives no size are reported as corrupt, and a written TIFF is checked by its metadata only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::Cli::ScanFlags</name>
    <message>
        <source>Include subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template of each image&apos;s id (default {basename}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template of each image&apos;s src URL (default: $WESOG_SRC_TEMPLATE, else file:// URLs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the values picked from multi-language fields (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code page of IPTC text without a character set marker (default windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of files read at once (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template variable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sandbox} is only known inside Wesog Desk; give the server&apos;s address instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown code page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON reading profile with your agency&apos;s tables for shot, scene, medium and categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the headline as title when the title is empty or looks like a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::CodeExpander</name>
    <message>
        <source>Expand Codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local sandbox: a Wesog server on this computer, no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wesog service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain &amp;http to other computers (the key travels unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: keys are kept in a file only you can read (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: with plain http, anyone on the network path can read the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for this server; type it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Local sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the server accepts the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::ConnectionManager</name>
    <message>
        <source>Local sandbox (not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Local sandbox cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wesog: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for %1. Enter it in Connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wesog (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::CsvActions</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected images&apos; fields (all images when none is selected) for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take field values from a spreadsheet; shows what changes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>Exported %n image to %1.</numerusform>
            <numerusform>Exported %n images to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported values could not be saved; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>%n cell will change</numerusform>
            <numerusform>%n cells will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n image(s)</source>
        <translation>
            <numerusform>in %n image</numerusform>
            <numerusform>in %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) matched</source>
        <translation>
            <numerusform>%n line matched</numerusform>
            <numerusform>%n lines matched</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::ErrorReviewModel</name>
    <message>
        <source>The sources disagree on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed on disk after you edited it; your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits that conflict with changes on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server too: held back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::ErrorReviewPanel</name>
    <message>
        <source>Nothing to review: no failed, unsent, invalid or conflicting images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resubmit Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the failed and unsent images again, with your fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Error Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed Here and on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::FileField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::FindReplaceDialog</name>
    <message numerus="yes">
        <source>Replace &quot;%1&quot; in %n cell(s)</source>
        <translation>
            <numerusform>Replace &quot;%1&quot; in %n cell</numerusform>
            <numerusform>Replace &quot;%1&quot; in %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>%n cell will change</numerusform>
            <numerusform>%n cells will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n image(s).</source>
        <translation>
            <numerusform>in %n image.</numerusform>
            <numerusform>in %n images.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole w&amp;ords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields of the images shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::FolderSource</name>
    <message>
        <source>Edits Cannot Be Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace that keeps your edits could not be opened, so edits would be lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Edits Could Not Be Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::ImagePager</name>
    <message>
        <source>Page %1 of the results is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the results has no valid image count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the results has no list of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1, image %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an image that is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an image without an image_id (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unreadable image (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of matching images changed from %1 to %2 while loading (page %3): the collection changed on the server; load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the results holds %2 images where %3 were announced: the collection changed on the server or the server miscounts; load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 came twice (again on page %2): the collection changed on the server while loading; load it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::InspectorPanel</name>
    <message>
        <source>Select an image to see its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::KeyStore</name>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::ListItemDialog</name>
    <message numerus="yes">
        <source>Add &quot;%1&quot; to %n image(s)</source>
        <translation>
            <numerusform>Add &quot;%1&quot; to %n image</numerusform>
            <numerusform>Add &quot;%1&quot; to %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; from %n image(s)</source>
        <translation>
            <numerusform>Remove &quot;%1&quot; from %n image</numerusform>
            <numerusform>Remove &quot;%1&quot; from %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::LoadProgress</name>
    <message>
        <source>Reading images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading images… %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading images… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled after %n image(s).</source>
        <translation>
            <numerusform>Loading cancelled after %n image.</numerusform>
            <numerusform>Loading cancelled after %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) read.</source>
        <translation>
            <numerusform>%n image read.</numerusform>
            <numerusform>%n images read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::MainWindow</name>
    <message>
        <source>The folder was not read again; the new reading settings apply when it is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;Subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the folder (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on disk: %1 new, %2 gone, %3 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is no longer there; its images stay listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the folder again and pick up files added, removed or changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pr&amp;eferences…</translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Error Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::MetadataWriteController</name>
    <message>
        <source>The workspace could not be updated after writing the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::OpenFromServerDialog</name>
    <message numerus="yes">
        <source>%n image(s) match.</source>
        <translation>
            <numerusform>%n image matches.</numerusform>
            <numerusform>%n images match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot count the matching images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the matching images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the title, headline, caption, alt text or keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-generated or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI-generated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not AI-generated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter formula, for example d&gt;=2024-01-01 || k=harbour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::OperationWatcher</name>
    <message>
        <source>the operation counts %1 items done of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation&apos;s counts went backwards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::OperationsModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s) failed; the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::PreSendCheck</name>
    <message>
        <source>The server&apos;s copy of image %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered for another image than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s copy of image %1 is unreadable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch of image ids has no list of images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch of image ids holds an unreadable image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::Preferences</name>
    <message>
        <source>Reading Profile Not Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Replacements Not Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency Dictionary Not Loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::PresetDialog</name>
    <message>
        <source>New preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values may use {filename}, {basename}, {folder}, {id}, {date} (the image&apos;s date) and {today}. Append adds to the field instead of replacing it; list items are separated by &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::PreviewWindow</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open Re&amp;cent</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — all images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Server Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Collections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::RecordDelegate</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %n image(s)</source>
        <translation>
            <numerusform>Set %1 on %n image</numerusform>
            <numerusform>Set %1 on %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::RecordListWidget</name>
    <message>
        <source>All images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing Pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not fit here, so nothing was changed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply preset &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the top selected value to the other selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a keyword, category or collection to every selected image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Li&amp;st…</source>
        <translation>Remove from Lis&amp;t…</translation>
    </message>
    <message>
        <source>Remove a keyword, category or collection from every selected image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert to Loaded Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected cells back to the values read from the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-Window &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search file names and metadata (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &amp;and Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the code replacement codes in the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misspelled (%1)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revert %n cell(s)</source>
        <translation>
            <numerusform>Revert %n cell</numerusform>
            <numerusform>Revert %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be saved, so it was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk after you edited it; your edits are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edited (%n field(s))</source>
        <translation>
            <numerusform>Edited (%n field)</numerusform>
            <numerusform>Edited (%n fields)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited. Loaded value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (operation %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written to the file: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::RemoteThumbnailLoader</name>
    <message>
        <source>not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a web address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected from https to http, which is refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::ServerActions</name>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the server and load the matching images into the table (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Server Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the connection to the server in Preferences first; its images are searched with that key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection is on %1, but the connection is set to %2. Connect to %1 in Preferences to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::ServerSource</name>
    <message>
        <source>All images on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images of a server collection have no files on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits Cannot Be Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace that keeps your edits could not be opened, so edits would be lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Edits Could Not Be Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Collection Could Not Be Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Server Sent a Bad Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server held when the collection was loaded could not be read back from the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::SettingsDialog</name>
    <message>
        <source>The ID template cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown variables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source URL template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code page of unmarked IPTC text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1}, and {sandbox} for the address of the local sandbox. Changed templates apply to every image at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown required fields: %1 (use API names such as caption, author, keywords:3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required by your agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vocabulary file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One keyword per line, offered while typing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading profile cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;headline as title when the title is empty or looks like a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard IPTC codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file with your agency&apos;s tables for shot, scene, medium and category codes; leave empty for the standard IPTC codes. The README shows the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which language alternative of titles, headlines and captions is read and written; the others in the file are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: into the file and its existing sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into XMP sidecars only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New sidecars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME.xmp (Adobe, Photo Mechanic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME.EXT.xmp (darktable, digiKam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the modification time of written files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a &amp;backup of each original file (NAME.EXT_original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code delimiter must be one character that is not a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code replacement &amp;files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo Mechanic code replacement files (code, tab, replacement); a code in a later file wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Replacements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &amp;delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency dictionary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of people and places, one per line, never flagged as misspelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::SpellingSupport</name>
    <message>
        <source>“%1” could not be saved in your dictionary (%2), so it is only ignored for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::StatusMessage</name>
    <message>
        <source>Merged from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: changed on the server too (%1). Choose Keep Mine or Take Theirs in the error review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: deleted on the server since it was read. Keep Mine creates it again; Take Theirs drops the edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: the server already holds this id, and this image was never sent from here. Keep Mine replaces the server&apos;s copy; Take Theirs takes its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict settled; ready to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionController</name>
    <message>
        <source>The workspace could not store the submission&apos;s progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on its way; wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not read what was last sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge from the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not store the conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s current copies could not be read to check them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not store what the server accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionJob</name>
    <message>
        <source>Not confirmed: operation %1 counted %2 failed items without naming this one, so it was probably not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionUi</name>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send images to the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key in a file (no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key is kept in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a server in Server ▸ Connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: a submission is still being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission finished: %1 accepted, %2 failed, %3 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wesog Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server&apos;s current copies: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check. Nothing is sent and your edits stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unchanged (not sent), %2 merged with the server&apos;s changes, %3 held back by conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::SubmitDialog</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All valid images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed and not sent images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for each operation to finish before the server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent: queue ahead of other work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strict: fail images the server does not know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI tag &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;tch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp&amp;are with the Server&apos;s Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each image will replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) will be sent.</source>
        <translation>
            <numerusform>%n image will be sent.</numerusform>
            <numerusform>%n images will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are held back:</source>
        <translation>
            <numerusform>%n image is held back:</numerusform>
            <numerusform>%n images are held back:</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sent (never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (not there yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::Submitter</name>
    <message>
        <source>The server took the batch but its answer names no operation, so the result is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused with its batch a second time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::Tls</name>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::TokenEditor</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::VocabularyEditors</name>
    <message>
        <source>ISO code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::Workspace</name>
    <message>
        <source>The saved edits of this folder could not be read (%1). The file is kept as %2; editing goes on in a new one, and the images&apos; own metadata is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::WriteActions</name>
    <message>
        <source>&amp;Write Metadata to Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the edited fields into the image files or their XMP sidecars; shows what will change first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Und&amp;o Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write back the values the files held before the last write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Metadata to Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected images has edits to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image has edits to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wesog::WriteMetadataDialog</name>
    <message numerus="yes">
        <source>Every edited image: %n. To write only some, select two or more rows first.</source>
        <translation>
            <numerusform>Every edited image: %n. To write only some, select two or more rows first.</numerusform>
            <numerusform>Every edited image: %n. To write only some, select two or more rows first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous values of the fields just written go back into the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Metadata to Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what will change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the previous values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will change: the files already hold these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will change</source>
        <translation>
            <numerusform>%n file will change</numerusform>
            <numerusform>%n files will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n field(s) in all).</source>
        <translation>
            <numerusform>(%n field in all).</numerusform>
            <numerusform>(%n fields in all).</numerusform>
        </translation>
    </message>
    <message>
        <source>Into XMP sidecars: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will not be written; see below.</source>
        <translation>
            <numerusform>%n file will not be written; see below.</numerusform>
            <numerusform>%n files will not be written; see below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous values written back into %n file(s).</source>
        <translation>
            <numerusform>Previous values written back into %n file.</numerusform>
            <numerusform>Previous values written back into %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n file written.</numerusform>
            <numerusform>%n files written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already held these values.</source>
        <translation>
            <numerusform>%n file already held these values.</numerusform>
            <numerusform>%n files already held these values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not written; each row says why.</source>
        <translation>
            <numerusform>%n file not written; its row says why.</numerusform>
            <numerusform>%n files not written; each row says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) left untouched.</source>
        <translation>
            <numerusform>Cancelled: %n file left untouched.</numerusform>
            <numerusform>Cancelled: %n files left untouched.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not written: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected images with edits: %n.</source>
        <translation>
            <numerusform>Selected images with edits: %n.</numerusform>
            <numerusform>Selected images with edits: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Into the image files (%n): %1.</source>
        <translation>
            <numerusform>Into the image files (%n): %1.</numerusform>
            <numerusform>Into the image files (%n): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>The file changed on disk since it was read; reread it and check the values first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wesog Desk cannot write this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written copy did not read back as intended (%1); the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has other hard links; writing would separate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing this field needs the file itself, not only its sidecar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file belongs to another user and its owner could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteWarning</name>
    <message>
        <source>%1 is longer than IPTC IIM allows: IIM keeps a shortened copy, XMP the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is cleared, but the camera&apos;s own date (EXIF) stays in the file and will be read instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium was derived from the Digital Source Type being cleared; it will read back empty.</source>
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
    <message>
        <source>What the screenshot shows: %1 (the first is the default).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
