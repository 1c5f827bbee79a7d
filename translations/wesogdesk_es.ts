<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The server address is not a valid URL: %1</source>
        <translation>La dirección del servidor no es una URL válida: %1</translation>
    </message>
    <message>
        <source>Only http and https server addresses are supported: %1</source>
        <translation>Solo se admiten direcciones de servidor http y https: %1</translation>
    </message>
    <message>
        <source>Plain http to %1 would send the API key unencrypted. Use https, or allow insecure http in the connection settings.</source>
        <translation>Con http simple hacia %1 la clave de API viajaría sin cifrar. Use https o permita http inseguro en la configuración de conexión.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>API key rejected. Check the key in the connection settings.</source>
        <translation>Clave de API rechazada. Revise la clave en la configuración de conexión.</translation>
    </message>
    <message>
        <source>Not found on the server: %1</source>
        <translation>No se encontró en el servidor: %1</translation>
    </message>
    <message>
        <source>The server refused the data: %1</source>
        <translation>El servidor rechazó los datos: %1</translation>
    </message>
    <message>
        <source>The server asks to slow down.</source>
        <translation>El servidor pide reducir el ritmo.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be used: %1</source>
        <translation>La respuesta del servidor no se puede usar: %1</translation>
    </message>
    <message>
        <source>The request or its answer is too large.</source>
        <translation>La solicitud o su respuesta es demasiado grande.</translation>
    </message>
    <message>
        <source>The server redirected the request; redirects are not followed, so the API key stays with this server.</source>
        <translation>El servidor redirigió la solicitud; las redirecciones no se siguen, así la clave de API no sale de este servidor.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
</context>
<context>
    <name>CodeReplacements</name>
    <message>
        <source>cannot read the code replacements %1: %2</source>
        <translation>no se pueden leer los códigos de sustitución %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not UTF-8 text; save the file as UTF-8 and load it again</source>
        <translation>%1, línea %2: el texto no es UTF-8; guarde el archivo como UTF-8 y vuelva a cargarlo</translation>
    </message>
</context>
<context>
    <name>ConnectionFlags</name>
    <message>
        <source>The server (default: $WESOG_URL, else https://api.wesog.com).</source>
        <translation>El servidor (por defecto: $WESOG_URL; si no, https://api.wesog.com).</translation>
    </message>
    <message>
        <source>File holding the API key, readable only by you (default: $WESOG_API_KEY, else the stored key).</source>
        <translation>Archivo con la clave de API, legible solo por usted (por defecto: $WESOG_API_KEY; si no, la clave guardada).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust.</source>
        <translation>Certificados de CA adicionales (PEM) en los que confiar.</translation>
    </message>
    <message>
        <source>Allow plain http to a host other than this machine.</source>
        <translation>Permitir http simple hacia un host que no sea esta máquina.</translation>
    </message>
    <message>
        <source>Tries per request before giving up, 1 to 20 (default 8).</source>
        <translation>Intentos por solicitud antes de rendirse, de 1 a 20 (8 por defecto).</translation>
    </message>
    <message>
        <source>--attempts must be a whole number from 1 to 20</source>
        <translation>--attempts debe ser un número entero de 1 a 20</translation>
    </message>
    <message>
        <source>no API key: use --key-file, WESOG_API_KEY, or store one in Wesog Desk</source>
        <translation>no hay clave de API: use --key-file, WESOG_API_KEY o guarde una en Wesog Desk</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>cannot read the country list %1: %2</source>
        <translation>no se puede leer la lista de países %1: %2</translation>
    </message>
    <message>
        <source>the country list %1 has no countries</source>
        <translation>la lista de países %1 no contiene ningún país</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with &quot;file&quot; or &quot;id&quot; among them.</source>
        <translation>La primera línea debe nombrar las columnas, entre ellas «file» o «id».</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a field; it is ignored.</source>
        <translation>La columna «%1» no es un campo; se ignora.</translation>
    </message>
    <message>
        <source>Line %1: no image with this file or id.</source>
        <translation>Línea %1: ninguna imagen con ese archivo o id.</translation>
    </message>
    <message>
        <source>Line %1, %2: &quot;%3&quot; is not true, false or empty.</source>
        <translation>Línea %1, %2: «%3» no es true, false ni vacío.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n cell(s) from CSV</source>
        <translation>
            <numerusform>Importar %n celda desde CSV</numerusform>
            <numerusform>Importar %n celdas desde CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de origen</translation>
    </message>
    <message>
        <source>Watermarked URL</source>
        <translation>URL con marca de agua</translation>
    </message>
    <message>
        <source>Thumbnail URL</source>
        <translation>URL de miniatura</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>AI generated</source>
        <translation>Generada por IA</translation>
    </message>
    <message>
        <source>Model release</source>
        <translation>Autorización de modelo</translation>
    </message>
    <message>
        <source>Property release</source>
        <translation>Autorización de propiedad</translation>
    </message>
    <message>
        <source>NSFW</source>
        <translation>Contenido sensible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Escena</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
</context>
<context>
    <name>FieldIssue</name>
    <message>
        <source>%1 is required by the Wesog API.</source>
        <translation>La API de Wesog exige «%1».</translation>
    </message>
    <message>
        <source>%1 is required by your agency&apos;s rules.</source>
        <translation>Las reglas de su agencia exigen «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s).</source>
        <translation>
            <numerusform>«%1» necesita al menos %n elemento.</numerusform>
            <numerusform>«%1» necesita al menos %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be an absolute http:// or https:// address.</source>
        <translation>«%1» debe ser una dirección absoluta http:// o https://.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>«%1» debe ser una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is incomplete (year or month only); it will be sent as it is.</source>
        <translation>«%1» está incompleta (solo año o mes); se enviará tal cual.</translation>
    </message>
    <message>
        <source>%1 has an empty item at position %2.</source>
        <translation>«%1» tiene un elemento vacío en la posición %2.</translation>
    </message>
    <message>
        <source>%1 has an item with spaces at its start or end (position %2).</source>
        <translation>«%1» tiene un elemento con espacios al principio o al final (posición %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than the %n bytes that IPTC IIM allows.</source>
        <translation>
            <numerusform>«%1» supera el %n byte que permite IPTC IIM.</numerusform>
            <numerusform>«%1» supera los %n bytes que permite IPTC IIM.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an ISO 3166 country name (free text is allowed).</source>
        <translation>%1: no es un nombre de país ISO 3166 (se admite texto libre).</translation>
    </message>
    <message>
        <source>%1 has the code %2, which no code replacement file defines; it is left as typed.</source>
        <translation>«%1» tiene el código %2, que ningún archivo de reemplazos de códigos define; se deja tal como se escribió.</translation>
    </message>
</context>
<context>
    <name>JsonFieldError</name>
    <message>
        <source>text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false o null</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objeto JSON</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>una lista JSON</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation>Falta el campo «%1».</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is out of range; it should be %2.</source>
        <translation>El campo «%1» está fuera de rango; debería ser %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has the wrong type; it should be %2.</source>
        <translation>El campo «%1» tiene un tipo incorrecto; debería ser %2.</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>Images not yet sent stay edited, ready to send again.</source>
        <translation>Las imágenes aún no enviadas siguen editadas, listas para enviarse de nuevo.</translation>
    </message>
    <message>
        <source>Change Anyway</source>
        <translation>Cambiar de todos modos</translation>
    </message>
    <message>
        <source>Files not yet put back keep the values written last; your corrections stay in the collection.</source>
        <translation>Los archivos aún no restaurados conservan los valores escritos la última vez; sus correcciones se quedan en la colección.</translation>
    </message>
    <message>
        <source>Read Again Anyway</source>
        <translation>Volver a leer de todos modos</translation>
    </message>
    <message>
        <source>A submission is still being sent.</source>
        <translation>Todavía hay un envío en curso.</translation>
    </message>
    <message>
        <source>Images not yet sent stay edited, ready to send again; operations the server has confirmed are followed when this collection is next opened.</source>
        <translation>Las imágenes aún no enviadas siguen editadas, listas para enviarse de nuevo; las operaciones que el servidor ya ha confirmado se seguirán supervisando la próxima vez que se abra esta colección.</translation>
    </message>
    <message>
        <source>Metadata is still being written to files.</source>
        <translation>Todavía se están escribiendo metadatos en los archivos.</translation>
    </message>
    <message>
        <source>Files not yet written keep their old metadata; your corrections stay in the collection.</source>
        <translation>Los archivos aún no escritos conservan sus metadatos anteriores; sus correcciones se quedan en la colección.</translation>
    </message>
    <message>
        <source>Work Under Way</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Abrir de todos modos</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>Seguir trabajando</translation>
    </message>
</context>
<context>
    <name>MetadataNote</name>
    <message>
        <source>IPTC text has no character set marker; it was read as %1.</source>
        <translation>El texto IPTC no indica su juego de caracteres; se ha leído como %1.</translation>
    </message>
    <message>
        <source>IPTC text looks garbled; the character set may be wrong.</source>
        <translation>El texto IPTC parece corrupto; puede que el juego de caracteres sea incorrecto.</translation>
    </message>
    <message>
        <source>IPTC text looks garbled; it may read correctly as %1.</source>
        <translation>El texto IPTC parece corrupto; puede que se lea bien como %1.</translation>
    </message>
    <message>
        <source>IPTC text claims to be UTF-8 but is not; it was read with the legacy code page.</source>
        <translation>El texto IPTC dice ser UTF-8 pero no lo es; se ha leído con la página de códigos heredada.</translation>
    </message>
    <message>
        <source>The IPTC copy of %1 is cut short; the XMP value is used.</source>
        <translation>La copia IPTC de «%1» está recortada; se usa el valor XMP.</translation>
    </message>
    <message>
        <source>Ignored camera text in %1: &quot;%2&quot;.</source>
        <translation>Texto de cámara ignorado en «%1»: «%2».</translation>
    </message>
    <message>
        <source>Unknown code &quot;%2&quot; for %1; the field is left empty.</source>
        <translation>Código desconocido «%2» para «%1»; el campo queda vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; %2 is left empty.</source>
        <translation>«%1» no es una fecha; «%2» queda vacío.</translation>
    </message>
    <message>
        <source>The sidecar %1 cannot be read; only the embedded metadata is used.</source>
        <translation>No se puede leer el archivo auxiliar %1; solo se usan los metadatos incrustados.</translation>
    </message>
    <message>
        <source>The sidecar %1 is shared with other images of the same name.</source>
        <translation>El archivo auxiliar %1 se comparte con otras imágenes del mismo nombre.</translation>
    </message>
    <message>
        <source>The embedded XMP metadata is damaged and was ignored; IPTC and EXIF values are used.</source>
        <translation>Los metadatos XMP incrustados están dañados y se han ignorado; se usan los valores IPTC y EXIF.</translation>
    </message>
</context>
<context>
    <name>MetadataProfile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>no es JSON válido: %1</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>el perfil debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: title_from_headline, shot, scene, medium, categories)</source>
        <translation>clave desconocida «%1» (conocidas: title_from_headline, shot, scene, medium, categories)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map codes to text</source>
        <translation>«%1» debe asociar códigos a textos</translation>
    </message>
    <message>
        <source>the profile is larger than 1 MB</source>
        <translation>el perfil ocupa más de 1 MB</translation>
    </message>
</context>
<context>
    <name>PagerError</name>
    <message>
        <source>The server&apos;s answer has no valid image count.</source>
        <translation>La respuesta del servidor no trae un número de imágenes válido.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>sidecar</source>
        <translation>archivo auxiliar</translation>
    </message>
    <message>
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
</context>
<context>
    <name>ReadingPreferences</name>
    <message>
        <source>The reading profile %1 is not used: %2</source>
        <translation>No se usa el perfil de lectura %1: %2</translation>
    </message>
</context>
<context>
    <name>ScanError</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions).</source>
        <translation>No se puede leer el archivo (revise sus permisos).</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>El archivo ya no existe.</translation>
    </message>
    <message>
        <source>The file is not an image Wesog Desk can read.</source>
        <translation>El archivo no es una imagen que Wesog Desk pueda leer.</translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation>La imagen está dañada: %1</translation>
    </message>
    <message>
        <source>The image declares a size too large to open safely: %1</source>
        <translation>La imagen declara un tamaño demasiado grande para abrirla con seguridad: %1</translation>
    </message>
    <message>
        <source>The link points to a file that does not exist.</source>
        <translation>El enlace apunta a un archivo que no existe.</translation>
    </message>
    <message>
        <source>The link points to itself in a loop.</source>
        <translation>El enlace apunta a sí mismo en un bucle.</translation>
    </message>
    <message>
        <source>The file name is not valid UTF-8; rename the file to read it.</source>
        <translation>El nombre del archivo no es UTF-8 válido; cámbielo para poder leerlo.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe or a device, say).</source>
        <translation>No es un archivo normal (por ejemplo, una tubería o un dispositivo).</translation>
    </message>
</context>
<context>
    <name>ServerQueryForm</name>
    <message>
        <source>The text cannot hold &amp;&amp;, || or parentheses; use the Formula line for a formula.</source>
        <translation>El texto no puede contener &amp;&amp;, || ni paréntesis; use la línea Fórmula para una fórmula.</translation>
    </message>
    <message>
        <source>The keyword “%1” cannot be searched for: it holds a comma, &amp;&amp;, || or a parenthesis.</source>
        <translation>No se puede buscar la palabra clave «%1»: contiene una coma, &amp;&amp;, || o un paréntesis.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>El intervalo de fechas termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>cannot read the dictionary %1: %2</source>
        <translation>no se puede leer el diccionario %1: %2</translation>
    </message>
    <message>
        <source>no spelling dictionary for the language %1; known: %2</source>
        <translation>no hay diccionario ortográfico para el idioma %1; disponibles: %2</translation>
    </message>
    <message>
        <source>the spelling dictionary %1 is in an unknown encoding (%2)</source>
        <translation>el diccionario ortográfico %1 usa una codificación desconocida (%2)</translation>
    </message>
    <message>
        <source>no spelling dictionary for %1: none of %2 is installed (Debian: the hunspell-* packages)</source>
        <translation>no hay diccionario ortográfico para %1: no está instalado ninguno de %2 (Debian: los paquetes hunspell-*)</translation>
    </message>
    <message>
        <source>cannot add to the dictionary %1: %2</source>
        <translation>no se puede añadir al diccionario %1: %2</translation>
    </message>
    <message>
        <source>the dictionary %1 does not exist</source>
        <translation>el diccionario %1 no existe</translation>
    </message>
</context>
<context>
    <name>SubmitRun</name>
    <message>
        <source>cannot open the workspace: %1</source>
        <translation>no se puede abrir el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>following %1 operation(s) of an earlier run</source>
        <translation>siguiendo %1 operación(es) de una ejecución anterior</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); trying again in %3 s</source>
        <translation>el intento %1 falló (%2); se reintenta en %3 s</translation>
    </message>
    <message>
        <source>operation %1: %2 of %3 done, %4 failed%5</source>
        <translation>operación %1: %2 de %3 hechas, %4 fallidas%5</translation>
    </message>
    <message>
        <source>, finished</source>
        <translation>, terminada</translation>
    </message>
    <message>
        <source>operation %1: %2</source>
        <translation>operación %1: %2</translation>
    </message>
    <message>
        <source>the workspace could not store the progress: %1</source>
        <translation>el espacio de trabajo no pudo guardar el progreso: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>result unknown: the operation could not be followed to its end</source>
        <translation>resultado desconocido: no se pudo seguir la operación hasta el final</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation>No hay nada que pegar.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;</source>
        <translation>Fila %1, columna «%2»</translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation>%1 no se puede editar.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes, no or empty.</source>
        <translation>%1: «%2» no es sí, no ni vacío.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted block has %n more row(s) than the table below the current cell.</source>
        <translation>
            <numerusform>El bloque pegado tiene %n fila más que la tabla bajo la celda actual.</numerusform>
            <numerusform>El bloque pegado tiene %n filas más que la tabla bajo la celda actual.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted block is wider than the table.</source>
        <translation>El bloque pegado es más ancho que la tabla.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Pegar %n celda</numerusform>
            <numerusform>Pegar %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted values could not be saved.</source>
        <translation>No se pudieron guardar los valores pegados.</translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Rellenar hacia abajo</translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Headshot</source>
        <translation>Retrato de cabeza</translation>
    </message>
    <message>
        <source>Half-length</source>
        <translation>Plano medio</translation>
    </message>
    <message>
        <source>Full-length</source>
        <translation>Cuerpo entero</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Rear view</source>
        <translation>De espaldas</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Dos personas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>General view</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Panoramic view</source>
        <translation>Vista panorámica</translation>
    </message>
    <message>
        <source>Aerial view</source>
        <translation>Vista aérea</translation>
    </message>
    <message>
        <source>Underwater</source>
        <translation>Subacuática</translation>
    </message>
    <message>
        <source>Night scene</source>
        <translation>Escena nocturna</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Satélite</translation>
    </message>
    <message>
        <source>Exterior view</source>
        <translation>Vista exterior</translation>
    </message>
    <message>
        <source>Interior view</source>
        <translation>Vista interior</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Primer plano</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Performing</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <source>Posing</source>
        <translation>Posado</translation>
    </message>
    <message>
        <source>Symbolic</source>
        <translation>Simbólica</translation>
    </message>
    <message>
        <source>Off-beat</source>
        <translation>Insólita</translation>
    </message>
    <message>
        <source>Movie scene</source>
        <translation>Escena de película</translation>
    </message>
    <message>
        <source>Original digital capture of a real-life scene</source>
        <translation>Captura digital original de una escena real</translation>
    </message>
    <message>
        <source>Computational capture of a real-life scene</source>
        <translation>Captura computacional de una escena real</translation>
    </message>
    <message>
        <source>Digitised from a negative on film</source>
        <translation>Digitalizado de un negativo</translation>
    </message>
    <message>
        <source>Digitised from a positive on film</source>
        <translation>Digitalizado de una diapositiva</translation>
    </message>
    <message>
        <source>Digitised from a print</source>
        <translation>Digitalizado de una copia impresa</translation>
    </message>
    <message>
        <source>Edited by a human</source>
        <translation>Editado por una persona</translation>
    </message>
    <message>
        <source>Original with minor human edits</source>
        <translation>Original con retoques menores</translation>
    </message>
    <message>
        <source>Composite of captured elements</source>
        <translation>Composición de elementos captados</translation>
    </message>
    <message>
        <source>Algorithmically enhanced</source>
        <translation>Mejorado por algoritmos</translation>
    </message>
    <message>
        <source>Data-driven media</source>
        <translation>Generado a partir de datos</translation>
    </message>
    <message>
        <source>Digital art</source>
        <translation>Arte digital</translation>
    </message>
    <message>
        <source>Virtual recording</source>
        <translation>Grabación virtual</translation>
    </message>
    <message>
        <source>Composite including synthetic elements</source>
        <translation>Composición con elementos sintéticos</translation>
    </message>
    <message>
        <source>Created by generative AI</source>
        <translation>Creado con IA generativa</translation>
    </message>
    <message>
        <source>Edited with generative AI</source>
        <translation>Editado con IA generativa</translation>
    </message>
    <message>
        <source>Pure algorithmic media</source>
        <translation>Creado solo por algoritmos</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <source>Created by software</source>
        <translation>Creado por software</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <source>Scan of a film negative</source>
        <translation>Escaneo de un negativo</translation>
    </message>
    <message>
        <source>Scan of a slide</source>
        <translation>Escaneo de una diapositiva</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <source>Composite photograph</source>
        <translation>Fotografía compuesta</translation>
    </message>
</context>
<context>
    <name>Wesog::AboutDialog</name>
    <message>
        <source>About Wesog Desk</source>
        <translation>Acerca de Wesog Desk</translation>
    </message>
    <message>
        <source>Wesog Desk %1</source>
        <translation>Wesog Desk %1</translation>
    </message>
    <message>
        <source>Correct the metadata of thousands of photos and send it to the Wesog image search service.

Built with Qt %1. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Corrija los metadatos de miles de fotos y envíelos al servicio de búsqueda de imágenes Wesog.

Compilado con Qt %1. Publicado bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>Wesog::CaptionEditor</name>
    <message numerus="yes">
        <source>%n character(s), </source>
        <translation>
            <numerusform>%n carácter, </numerusform>
            <numerusform>%n caracteres, </numerusform>
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
            <numerusform>(más largo que el %n byte que guarda IPTC IIM)</numerusform>
            <numerusform>(más largo que los %n bytes que guarda IPTC IIM)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::Cli</name>
    <message>
        <source>Reads the metadata of a folder&apos;s images and prints the PUT /imgs body as JSON.</source>
        <translation>Lee los metadatos de las imágenes de una carpeta e imprime el cuerpo de PUT /imgs en JSON.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La orden.</translation>
    </message>
    <message>
        <source>The image folder.</source>
        <translation>La carpeta de imágenes.</translation>
    </message>
    <message>
        <source>usage: wesogctl scan FOLDER [options]</source>
        <translation>uso: wesogctl scan CARPETA [opciones]</translation>
    </message>
    <message>
        <source>cannot read folder %1</source>
        <translation>no se puede leer la carpeta %1</translation>
    </message>
    <message>
        <source>warning: src is a file:// URL, which the Wesog service cannot fetch; set --src-template before submitting</source>
        <translation>aviso: src es una URL file://, que el servicio Wesog no puede descargar; indique --src-template antes de enviar</translation>
    </message>
    <message>
        <source>Prints an operation&apos;s status as JSON.</source>
        <translation>Imprime el estado de una operación en JSON.</translation>
    </message>
    <message>
        <source>The operation id.</source>
        <translation>El id de la operación.</translation>
    </message>
    <message>
        <source>Print one line per change until the operation finishes.</source>
        <translation>Imprimir una línea por cambio hasta que la operación termine.</translation>
    </message>
    <message>
        <source>usage: wesogctl status OP_ID [--watch] [--url URL] [--key-file F]</source>
        <translation>uso: wesogctl status OP_ID [--watch] [--url URL] [--key-file F]</translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be used: %1</source>
        <translation>la respuesta del servidor no se puede usar: %1</translation>
    </message>
    <message>
        <source>cannot start %1, which runs %2: %3</source>
        <translation>no se puede iniciar %1, que ejecuta %2: %3</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>orden desconocida: %1</translation>
    </message>
    <message>
        <source>usage: wesogctl scan FOLDER [options] | submit DIR|FILE.json [options] | status OP_ID [options] | pull [options] | write FOLDER BODY.json [options] | check FOLDER|BODY.json [options]; add --help after a command for its options</source>
        <translation>uso: wesogctl scan CARPETA [opciones] | submit CARPETA|ARCHIVO.json [opciones] | status OP_ID [opciones] | pull [opciones] | write CARPETA CUERPO.json [opciones] | check CARPETA|CUERPO.json [opciones]; añada --help tras una orden para ver sus opciones</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON array of images: %2</source>
        <translation>%1 no es una lista JSON de imágenes: %2</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, elemento %2: %3</translation>
    </message>
    <message>
        <source>%1: src is a file:// URL, which the server cannot fetch; set --src-template</source>
        <translation>%1: src es una URL file://, que el servidor no puede descargar; indique --src-template</translation>
    </message>
    <message>
        <source>Sends images with PUT /imgs and follows their operations until they finish.</source>
        <translation>Envía imágenes con PUT /imgs y sigue sus operaciones hasta que terminan.</translation>
    </message>
    <message>
        <source>An image folder, or a JSON file holding a PUT /imgs body.</source>
        <translation>Una carpeta de imágenes o un archivo JSON con un cuerpo de PUT /imgs.</translation>
    </message>
    <message>
        <source>Ask the server to answer only when each operation is finished.</source>
        <translation>Pedir al servidor que responda solo cuando cada operación haya terminado.</translation>
    </message>
    <message>
        <source>Queue the operations ahead of others.</source>
        <translation>Poner las operaciones en cola delante de las demás.</translation>
    </message>
    <message>
        <source>Fail items whose id the server does not know.</source>
        <translation>Hacer fallar los elementos cuyo id el servidor no conoce.</translation>
    </message>
    <message>
        <source>Language of the AI tags: en, es, pt, fr or ru (default en).</source>
        <translation>Idioma de las etiquetas de IA: en, es, pt, fr o ru (en por defecto).</translation>
    </message>
    <message>
        <source>Images per request, 1 to 1000 (default 500).</source>
        <translation>Imágenes por solicitud, de 1 a 1000 (500 por defecto).</translation>
    </message>
    <message>
        <source>Stop once every batch is sent; do not follow the operations.</source>
        <translation>Terminar cuando todos los lotes se hayan enviado; no seguir las operaciones.</translation>
    </message>
    <message>
        <source>--lang must be one of: %1</source>
        <translation>--lang debe ser uno de: %1</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to 1000</source>
        <translation>--batch-size debe ser un número entero de 1 a 1000</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1, item %2: no id to find its file by</source>
        <translation>%1, elemento %2: sin id con el que encontrar su archivo</translation>
    </message>
    <message>
        <source>%1, item %2: the id %3 appears twice</source>
        <translation>%1, elemento %2: el id %3 aparece dos veces</translation>
    </message>
    <message>
        <source>Writes the fields of a PUT /imgs body into the images of a folder (XMP, IIM, EXIF and sidecars) and prints a JSON summary.</source>
        <translation>Escribe los campos de un cuerpo PUT /imgs en las imágenes de una carpeta (XMP, IIM, EXIF y archivos auxiliares) e imprime un resumen JSON.</translation>
    </message>
    <message>
        <source>A JSON file holding a PUT /imgs body.</source>
        <translation>Un archivo JSON con un cuerpo PUT /imgs.</translation>
    </message>
    <message>
        <source>Include subfolders.</source>
        <translation>Incluir subcarpetas.</translation>
    </message>
    <message>
        <source>Template of each image&apos;s id (default {basename}).</source>
        <translation>Plantilla del id de cada imagen (por defecto {basename}).</translation>
    </message>
    <message>
        <source>Metadata language: the alternative of multi-language fields that is written (default en).</source>
        <translation>Idioma de los metadatos: la alternativa de los campos multilingües que se escribe (por defecto en).</translation>
    </message>
    <message>
        <source>auto: into the file and every sidecar it has (default); sidecar: into XMP sidecars only.</source>
        <translation>auto: en el archivo y en cada archivo auxiliar que tenga (por defecto); sidecar: solo en archivos auxiliares XMP.</translation>
    </message>
    <message>
        <source>Code page of IPTC text without a character set marker, transcoded to UTF-8 when written (default windows-1252).</source>
        <translation>Página de códigos del texto IPTC sin marcador de juego de caracteres, que se convierte a UTF-8 al escribir (por defecto windows-1252).</translation>
    </message>
    <message>
        <source>Keep each original as NAME.EXT_original (an existing one is kept).</source>
        <translation>Conservar cada original como NAME.EXT_original (uno existente se conserva).</translation>
    </message>
    <message>
        <source>Print what would be written; write nothing.</source>
        <translation>Mostrar lo que se escribiría; no escribir nada.</translation>
    </message>
    <message>
        <source>usage: wesogctl write FOLDER BODY.json [options]</source>
        <translation>uso: wesogctl write CARPETA CUERPO.json [opciones]</translation>
    </message>
    <message>
        <source>unknown template variable: %1</source>
        <translation>variable de plantilla desconocida: %1</translation>
    </message>
    <message>
        <source>{sandbox} is only known inside Wesog Desk; give the server&apos;s address instead</source>
        <translation>{sandbox} solo existe dentro de Wesog Desk; indique la dirección del servidor</translation>
    </message>
    <message>
        <source>unknown code page: %1</source>
        <translation>página de códigos desconocida: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may be misspelled</source>
        <translation>«%1» puede estar mal escrito</translation>
    </message>
    <message>
        <source>Checks captions before anything is sent: the validation rules, spelling, replacement codes and countries. Prints one JSON line per finding.</source>
        <translation>Revisa los pies de foto antes de enviar nada: las reglas de validación, la ortografía, los códigos de sustitución y los países. Imprime una línea JSON por hallazgo.</translation>
    </message>
    <message>
        <source>An image folder or a PUT /imgs body (JSON file).</source>
        <translation>Una carpeta de imágenes o un cuerpo PUT /imgs (archivo JSON).</translation>
    </message>
    <message>
        <source>The agency&apos;s required fields, e.g. &quot;caption author keywords:3&quot;.</source>
        <translation>Los campos obligatorios de la agencia, p. ej. &quot;caption author keywords:3&quot;.</translation>
    </message>
    <message>
        <source>A dictionary of accepted words (UTF-8, one per line); repeatable.</source>
        <translation>Un diccionario de palabras aceptadas (UTF-8, una por línea); se puede repetir.</translation>
    </message>
    <message>
        <source>A code replacements file (Photo Mechanic format); repeatable, a later file&apos;s code wins.</source>
        <translation>Un archivo de códigos de sustitución (formato de Photo Mechanic); se puede repetir, y el código de un archivo posterior prevalece.</translation>
    </message>
    <message>
        <source>usage: wesogctl check FOLDER|BODY.json [options]</source>
        <translation>uso: wesogctl check CARPETA|CUERPO.json [opciones]</translation>
    </message>
    <message>
        <source>unknown field in --rules: %1</source>
        <translation>campo desconocido en --rules: %1</translation>
    </message>
    <message>
        <source>--target must be auto or sidecar</source>
        <translation>--target debe ser auto o sidecar</translation>
    </message>
    <message>
        <source>Prints the images a query matches as a PUT /imgs body (a JSON array).</source>
        <translation>Imprime las imágenes que coinciden con una consulta como cuerpo de PUT /imgs (un array JSON).</translation>
    </message>
    <message>
        <source>The filter formula of GET /imgs (default: every image).</source>
        <translation>La fórmula de filtro de GET /imgs (por defecto: todas las imágenes).</translation>
    </message>
    <message>
        <source>Stop after the first N images in the server&apos;s order (default: all).</source>
        <translation>Parar tras las primeras N imágenes en el orden del servidor (por defecto: todas).</translation>
    </message>
    <message>
        <source>usage: wesogctl pull [--url URL] [--key-file F] [--q QUERY] [--limit N]</source>
        <translation>uso: wesogctl pull [--url URL] [--key-file F] [--q CONSULTA] [--limit N]</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1</source>
        <translation>--limit debe ser un número entero de al menos 1</translation>
    </message>
    <message>
        <source>%1 images to load</source>
        <translation>%1 imágenes por cargar</translation>
    </message>
    <message>
        <source>loaded %1 of %2 images</source>
        <translation>cargadas %1 de %2 imágenes</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); trying again in %3 s</source>
        <translation>el intento %1 falló (%2); se reintenta en %3 s</translation>
    </message>
    <message>
        <source>the images could not be compared with the server&apos;s copies, so nothing was sent: %1</source>
        <translation>no se pudieron comparar las imágenes con las copias del servidor, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>compared %1 of %2 images with the server</source>
        <translation>comparadas %1 de %2 imágenes con el servidor</translation>
    </message>
    <message>
        <source>The PUT /imgs body FILE.json was edited from (as wesogctl pull printed it): only changed images are sent, merged with what changed on the server since; conflicting ones are held back.</source>
        <translation>El cuerpo de PUT /imgs a partir del cual se editó FILE.json (tal como lo imprimió wesogctl pull): solo se envían las imágenes cambiadas, fusionadas con lo que cambió en el servidor desde entonces; las que están en conflicto se retienen.</translation>
    </message>
    <message>
        <source>usage: wesogctl submit DIR|FILE.json [--base BASE.json] [options]</source>
        <translation>uso: wesogctl submit CARPETA|ARCHIVO.json [--base BASE.json] [opciones]</translation>
    </message>
    <message>
        <source>--base compares JSON files: FILE.json and --base BASE.json</source>
        <translation>--base compara archivos JSON: FILE.json y --base BASE.json</translation>
    </message>
    <message>
        <source>cannot load Qt&apos;s image decoders (%1): %2; images whose header gives no size are reported as corrupt, and a written TIFF is checked by its metadata only</source>
        <translation>no se pueden cargar los decodificadores de imagen de Qt (%1): %2; las imágenes cuyo encabezado no indica el tamaño se notifican como dañadas, y un TIFF escrito se comprueba solo por sus metadatos</translation>
    </message>
</context>
<context>
    <name>Wesog::Cli::ScanFlags</name>
    <message>
        <source>Include subfolders.</source>
        <translation>Incluir subcarpetas.</translation>
    </message>
    <message>
        <source>Template of each image&apos;s id (default {basename}).</source>
        <translation>Plantilla del id de cada imagen (por defecto {basename}).</translation>
    </message>
    <message>
        <source>Template of each image&apos;s src URL (default: $WESOG_SRC_TEMPLATE, else file:// URLs).</source>
        <translation>Plantilla de la URL src de cada imagen (por defecto: $WESOG_SRC_TEMPLATE; si no, URL file://).</translation>
    </message>
    <message>
        <source>Language of the values picked from multi-language fields (default en).</source>
        <translation>Idioma de los valores tomados de campos multilingües (por defecto en).</translation>
    </message>
    <message>
        <source>Code page of IPTC text without a character set marker (default windows-1252).</source>
        <translation>Página de códigos del texto IPTC sin juego de caracteres (por defecto windows-1252).</translation>
    </message>
    <message>
        <source>Number of files read at once (default: one per core).</source>
        <translation>Número de archivos leídos a la vez (por defecto: uno por núcleo).</translation>
    </message>
    <message>
        <source>unknown template variable: %1</source>
        <translation>variable de plantilla desconocida: %1</translation>
    </message>
    <message>
        <source>{sandbox} is only known inside Wesog Desk; give the server&apos;s address instead</source>
        <translation>{sandbox} solo existe dentro de Wesog Desk; indique la dirección del servidor</translation>
    </message>
    <message>
        <source>unknown code page: %1</source>
        <translation>página de códigos desconocida: %1</translation>
    </message>
    <message>
        <source>--jobs must be a whole number of at least 1</source>
        <translation>--jobs debe ser un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <source>A JSON reading profile with your agency&apos;s tables for shot, scene, medium and categories.</source>
        <translation>Un perfil de lectura JSON con las tablas de su agencia para plano, escena, soporte y categorías.</translation>
    </message>
    <message>
        <source>Use the headline as title when the title is empty or looks like a file name.</source>
        <translation>Usar el titular como título cuando el título está vacío o parece un nombre de archivo.</translation>
    </message>
    <message>
        <source>cannot use the profile %1: %2</source>
        <translation>no se puede usar el perfil %1: %2</translation>
    </message>
</context>
<context>
    <name>Wesog::CodeExpander</name>
    <message>
        <source>Expand Codes</source>
        <translation>Expandir códigos</translation>
    </message>
</context>
<context>
    <name>Wesog::ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Local sandbox: a Wesog server on this computer, no account needed</source>
        <translation>Sandbox &amp;local: un servidor Wesog en este equipo, sin cuenta</translation>
    </message>
    <message>
        <source>&amp;Wesog service</source>
        <translation>Servicio &amp;Wesog</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Déjelo vacío para conservar la clave guardada</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to other computers (the key travels unencrypted)</source>
        <translation>Permitir &amp;http simple hacia otros equipos (la clave viaja sin cifrar)</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de CA &amp;adicional:</translation>
    </message>
    <message>
        <source>No system keychain is available: keys are kept in a file only you can read (mode 0600).</source>
        <translation>No hay llavero del sistema: las claves se guardan en un archivo que solo usted puede leer (modo 0600).</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in the settings.</source>
        <translation>Las claves se guardan en el llavero del sistema, nunca en la configuración.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Warning: with plain http, anyone on the network path can read the API key.</source>
        <translation>Atención: con http simple, cualquiera en la ruta de red puede leer la clave de API.</translation>
    </message>
    <message>
        <source>No API key is stored for this server; type it above.</source>
        <translation>No hay clave de API guardada para este servidor; escríbala arriba.</translation>
    </message>
    <message>
        <source>The Local sandbox is not running.</source>
        <translation>El sandbox local no está en marcha.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Connected: the server accepts the key.</source>
        <translation>Conectado: el servidor acepta la clave.</translation>
    </message>
</context>
<context>
    <name>Wesog::ConnectionManager</name>
    <message>
        <source>Local sandbox (not running)</source>
        <translation>Sandbox local (detenido)</translation>
    </message>
    <message>
        <source>The Local sandbox cannot start: %1</source>
        <translation>El sandbox local no puede arrancar: %1</translation>
    </message>
    <message>
        <source>Local sandbox (%1)</source>
        <translation>Sandbox local (%1)</translation>
    </message>
    <message>
        <source>Wesog: not connected</source>
        <translation>Wesog: sin conexión</translation>
    </message>
    <message>
        <source>No API key is stored for %1. Enter it in Connection settings.</source>
        <translation>No hay clave de API guardada para %1. Introdúzcala en Conexión.</translation>
    </message>
    <message>
        <source>Wesog (%1)</source>
        <translation>Wesog (%1)</translation>
    </message>
</context>
<context>
    <name>Wesog::CsvActions</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the selected images&apos; fields (all images when none is selected) for a spreadsheet</source>
        <translation>Guardar los campos de las imágenes seleccionadas (todas si no hay selección) para una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Take field values from a spreadsheet; shows what changes first</source>
        <translation>Tomar valores de campos de una hoja de cálculo; antes muestra qué cambia</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The CSV file cannot be written: %1</source>
        <translation>No se puede escribir el archivo CSV: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n imagen a %1.</numerusform>
            <numerusform>Se exportaron %n imágenes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation>No se puede leer el archivo CSV: %1</translation>
    </message>
    <message>
        <source>The imported values could not be saved; nothing changed.</source>
        <translation>No se pudieron guardar los valores importados; nada cambió.</translation>
    </message>
</context>
<context>
    <name>Wesog::CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>Cambiará %n celda</numerusform>
            <numerusform>Cambiarán %n celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n image(s)</source>
        <translation>
            <numerusform>en %n imagen</numerusform>
            <numerusform>en %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) matched</source>
        <translation>
            <numerusform>%n línea coincide</numerusform>
            <numerusform>%n líneas coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Tras importar</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Omitido:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
</context>
<context>
    <name>Wesog::ErrorReviewModel</name>
    <message>
        <source>The sources disagree on %1.</source>
        <translation>Las fuentes no coinciden en «%1».</translation>
    </message>
    <message>
        <source>The file changed on disk after you edited it; your edits are kept.</source>
        <translation>El archivo cambió en el disco después de editarlo; sus ediciones se conservan.</translation>
    </message>
    <message>
        <source>Failed on the server</source>
        <translation>Fallidas en el servidor</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Invalid fields</source>
        <translation>Campos no válidos</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>Archivos ilegibles</translation>
    </message>
    <message>
        <source>Metadata sources disagree</source>
        <translation>Las fuentes de metadatos no coinciden</translation>
    </message>
    <message>
        <source>Edits that conflict with changes on disk</source>
        <translation>Ediciones en conflicto con cambios en el disco</translation>
    </message>
    <message>
        <source>Changed on the server too: held back</source>
        <translation>También cambiadas en el servidor: retenidas</translation>
    </message>
</context>
<context>
    <name>Wesog::ErrorReviewPanel</name>
    <message>
        <source>Nothing to review: no failed, unsent, invalid or conflicting images.</source>
        <translation>Nada que revisar: no hay imágenes fallidas, sin enviar, no válidas ni en conflicto.</translation>
    </message>
    <message>
        <source>&amp;Resubmit Failed</source>
        <translation>&amp;Reenviar fallidas</translation>
    </message>
    <message>
        <source>Send the failed and unsent images again, with your fixes</source>
        <translation>Enviar de nuevo las imágenes fallidas y sin enviar, con sus correcciones</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>Export Error Report</source>
        <translation>Exportar informe de errores</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be written: %1</source>
        <translation>No se puede escribir el informe: %1</translation>
    </message>
    <message>
        <source>Changed Here and on the Server</source>
        <translation>Cambiado aquí y en el servidor</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar lo mío</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Tomar lo suyo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation>Lo suyo (servidor ahora)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Lo mío</translation>
    </message>
</context>
<context>
    <name>Wesog::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
</context>
<context>
    <name>Wesog::FindReplaceDialog</name>
    <message numerus="yes">
        <source>Replace &quot;%1&quot; in %n cell(s)</source>
        <translation>
            <numerusform>Reemplazar «%1» en %n celda</numerusform>
            <numerusform>Reemplazar «%1» en %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1</source>
        <translation>La expresión regular no es válida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>Cambiará %n celda</numerusform>
            <numerusform>Cambiarán %n celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n image(s).</source>
        <translation>
            <numerusform>en %n imagen.</numerusform>
            <numerusform>en %n imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Reemplazar &amp;por:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>Whole w&amp;ords</source>
        <translation>Palabras &amp;completas</translation>
    </message>
    <message>
        <source>Selected cells</source>
        <translation>Celdas seleccionadas</translation>
    </message>
    <message>
        <source>Current column</source>
        <translation>Columna actual</translation>
    </message>
    <message>
        <source>All fields of the images shown</source>
        <translation>Todos los campos de las imágenes mostradas</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar &amp;todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Wesog::FolderSource</name>
    <message>
        <source>Edits Cannot Be Kept</source>
        <translation>No se pueden conservar las ediciones</translation>
    </message>
    <message>
        <source>The workspace that keeps your edits could not be opened, so edits would be lost: %1</source>
        <translation>No se pudo abrir el espacio de trabajo que guarda sus ediciones, así que se perderían: %1</translation>
    </message>
    <message>
        <source>Saved Edits Could Not Be Read</source>
        <translation>No se pudieron leer las ediciones guardadas</translation>
    </message>
</context>
<context>
    <name>Wesog::ImagePager</name>
    <message>
        <source>Page %1 of the results is not a JSON object.</source>
        <translation>La página %1 de los resultados no es un objeto JSON.</translation>
    </message>
    <message>
        <source>Page %1 of the results has no valid image count.</source>
        <translation>La página %1 de los resultados no trae un número de imágenes válido.</translation>
    </message>
    <message>
        <source>Page %1 of the results has no list of images.</source>
        <translation>La página %1 de los resultados no trae una lista de imágenes.</translation>
    </message>
    <message>
        <source>page %1, image %2</source>
        <translation>página %1, imagen %2</translation>
    </message>
    <message>
        <source>The server sent an image that is not a JSON object (%1).</source>
        <translation>El servidor envió una imagen que no es un objeto JSON (%1).</translation>
    </message>
    <message>
        <source>The server sent an image without an image_id (%1).</source>
        <translation>El servidor envió una imagen sin image_id (%1).</translation>
    </message>
    <message>
        <source>The server sent an unreadable image (%1): %2</source>
        <translation>El servidor envió una imagen ilegible (%1): %2</translation>
    </message>
    <message>
        <source>The number of matching images changed from %1 to %2 while loading (page %3): the collection changed on the server; load it again.</source>
        <translation>El número de imágenes coincidentes cambió de %1 a %2 durante la carga (página %3): la colección cambió en el servidor; cárguela de nuevo.</translation>
    </message>
    <message>
        <source>Page %1 of the results holds %2 images where %3 were announced: the collection changed on the server or the server miscounts; load it again.</source>
        <translation>La página %1 de los resultados trae %2 imágenes donde se anunciaron %3: la colección cambió en el servidor o el servidor cuenta mal; cárguela de nuevo.</translation>
    </message>
    <message>
        <source>Image %1 came twice (again on page %2): the collection changed on the server while loading; load it again.</source>
        <translation>La imagen %1 llegó dos veces (de nuevo en la página %2): la colección cambió en el servidor durante la carga; cárguela de nuevo.</translation>
    </message>
</context>
<context>
    <name>Wesog::InspectorPanel</name>
    <message>
        <source>Select an image to see its metadata.</source>
        <translation>Seleccione una imagen para ver sus metadatos.</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Cargando vista previa…</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>operación %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Vista previa no disponible: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::KeyStore</name>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>El archivo de clave %1 no existe.</translation>
    </message>
    <message>
        <source>The key file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>Otros usuarios pueden leer el archivo de clave %1; permita solo a su propietario (chmod 600).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>El archivo de clave %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>El archivo de clave %1 está vacío.</translation>
    </message>
    <message>
        <source>The key cannot be saved in %1: %2</source>
        <translation>La clave no se puede guardar en %1: %2</translation>
    </message>
</context>
<context>
    <name>Wesog::ListItemDialog</name>
    <message numerus="yes">
        <source>Add &quot;%1&quot; to %n image(s)</source>
        <translation>
            <numerusform>Añadir «%1» a %n imagen</numerusform>
            <numerusform>Añadir «%1» a %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; from %n image(s)</source>
        <translation>
            <numerusform>Quitar «%1» de %n imagen</numerusform>
            <numerusform>Quitar «%1» de %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to List</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Añadir:</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Quitar:</translation>
    </message>
</context>
<context>
    <name>Wesog::LoadProgress</name>
    <message>
        <source>Reading images…</source>
        <translation>Leyendo imágenes…</translation>
    </message>
    <message>
        <source>Reading images… %1 so far</source>
        <translation>Leyendo imágenes… %1 hasta ahora</translation>
    </message>
    <message>
        <source>Reading images… %1 of %2</source>
        <translation>Leyendo imágenes… %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled after %n image(s).</source>
        <translation>
            <numerusform>Carga cancelada tras %n imagen.</numerusform>
            <numerusform>Carga cancelada tras %n imágenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) read.</source>
        <translation>
            <numerusform>%n imagen leída.</numerusform>
            <numerusform>%n imágenes leídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %n archivo.</numerusform>
            <numerusform>No se pudieron leer %n archivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::MainWindow</name>
    <message>
        <source>The folder was not read again; the new reading settings apply when it is next opened.</source>
        <translation>La carpeta no se ha vuelto a leer; los nuevos ajustes de lectura se aplicarán la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Wesog Desk</source>
        <translation>Wesog Desk</translation>
    </message>
    <message>
        <source>%1 — Wesog Desk</source>
        <translation>%1 — Wesog Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Barra de estado</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;About Wesog Desk</source>
        <translation>&amp;Acerca de Wesog Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Folder</source>
        <translation>No se puede abrir la carpeta</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist or cannot be read.</source>
        <translation>La carpeta «%1» no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>Abrir carpeta de imágenes</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Abrir carpeta…</translation>
    </message>
    <message>
        <source>Open a folder of images (%1)</source>
        <translation>Abrir una carpeta de imágenes (%1)</translation>
    </message>
    <message>
        <source>Include &amp;Subfolders</source>
        <translation>Incluir s&amp;ubcarpetas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading the folder (Esc)</source>
        <translation>Dejar de leer la carpeta (Esc)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>No changes on disk.</source>
        <translation>No hay cambios en el disco.</translation>
    </message>
    <message>
        <source>Changes on disk: %1 new, %2 gone, %3 changed.</source>
        <translation>Cambios en el disco: %1 nuevos, %2 desaparecidos, %3 modificados.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer there; its images stay listed.</source>
        <translation>La carpeta %1 ya no existe; sus imágenes siguen en la lista.</translation>
    </message>
    <message>
        <source>&amp;Rescan Folder</source>
        <translation>&amp;Releer la carpeta</translation>
    </message>
    <message>
        <source>Read the folder again and pick up files added, removed or changed (%1)</source>
        <translation>Volver a leer la carpeta y recoger los archivos añadidos, eliminados o modificados (%1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation>Cambio no realizado</translation>
    </message>
    <message>
        <source>Error Review</source>
        <translation>Revisión de errores</translation>
    </message>
    <message>
        <source>&amp;Error Review</source>
        <translation>Revisión de &amp;errores</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problema &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Problem</source>
        <translation>Problema &amp;anterior</translation>
    </message>
</context>
<context>
    <name>Wesog::MetadataWriteController</name>
    <message>
        <source>The workspace could not be updated after writing the file: %1</source>
        <translation>No se pudo actualizar el espacio de trabajo tras escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::OpenFromServerDialog</name>
    <message numerus="yes">
        <source>%n image(s) match.</source>
        <translation>
            <numerusform>Coincide %n imagen.</numerusform>
            <numerusform>Coinciden %n imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot count the matching images: %1</source>
        <translation>No se pueden contar las imágenes que coinciden: %1</translation>
    </message>
    <message>
        <source>Counting the matching images…</source>
        <translation>Contando las imágenes que coinciden…</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Abrir desde el servidor</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Palabras clave:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;AI:</source>
        <translation>&amp;IA:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>F&amp;órmula:</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Consulta:</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Coincidencias:</translation>
    </message>
    <message>
        <source>Words in the title, headline, caption, alt text or keywords</source>
        <translation>Palabras del título, titular, pie, texto alternativo o palabras clave</translation>
    </message>
    <message>
        <source>Keywords, separated by semicolons</source>
        <translation>Palabras clave, separadas por punto y coma</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Any of them</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>AI-generated or not</source>
        <translation>Generadas por IA o no</translation>
    </message>
    <message>
        <source>AI-generated only</source>
        <translation>Solo generadas por IA</translation>
    </message>
    <message>
        <source>Not AI-generated only</source>
        <translation>Solo no generadas por IA</translation>
    </message>
    <message>
        <source>A filter formula, for example d&gt;=2024-01-01 || k=harbour</source>
        <translation>Una fórmula de filtro, por ejemplo d&gt;=2024-01-01 || k=harbour</translation>
    </message>
</context>
<context>
    <name>Wesog::OperationWatcher</name>
    <message>
        <source>the operation counts %1 items done of %2</source>
        <translation>la operación cuenta %1 elementos hechos de %2</translation>
    </message>
    <message>
        <source>the operation&apos;s counts went backwards</source>
        <translation>los contadores de la operación retrocedieron</translation>
    </message>
</context>
<context>
    <name>Wesog::OperationsModel</name>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>%1 item(s) failed; the first: %2</source>
        <translation>Fallaron %1 elemento(s); el primero: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Waited (ms)</source>
        <translation>Espera (ms)</translation>
    </message>
    <message>
        <source>Ran (ms)</source>
        <translation>Ejecución (ms)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Opciones</translation>
    </message>
</context>
<context>
    <name>Wesog::PreSendCheck</name>
    <message>
        <source>The server&apos;s copy of image %1 is not a JSON object.</source>
        <translation>La copia del servidor de la imagen %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The server answered for another image than %1.</source>
        <translation>El servidor respondió por otra imagen distinta de %1.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of image %1 is unreadable: %2</source>
        <translation>La copia del servidor de la imagen %1 es ilegible: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch of image ids has no list of images.</source>
        <translation>La respuesta del servidor a un lote de ids de imagen no trae una lista de imágenes.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch of image ids holds an unreadable image.</source>
        <translation>La respuesta del servidor a un lote de ids de imagen contiene una imagen ilegible.</translation>
    </message>
</context>
<context>
    <name>Wesog::Preferences</name>
    <message>
        <source>Reading Profile Not Used</source>
        <translation>Perfil de lectura no usado</translation>
    </message>
    <message>
        <source>Code Replacements Not Loaded</source>
        <translation>Reemplazos de códigos no cargados</translation>
    </message>
    <message>
        <source>Agency Dictionary Not Loaded</source>
        <translation>Diccionario de la agencia no cargado</translation>
    </message>
</context>
<context>
    <name>Wesog::PresetDialog</name>
    <message>
        <source>New preset</source>
        <translation>Nuevo ajuste predefinido</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Ajustes predefinidos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Values may use {filename}, {basename}, {folder}, {id}, {date} (the image&apos;s date) and {today}. Append adds to the field instead of replacing it; list items are separated by &quot;;&quot;.</source>
        <translation>Los valores pueden usar {filename}, {basename}, {folder}, {id}, {date} (la fecha de la imagen) y {today}. «Añadir» agrega al campo en lugar de reemplazarlo; los elementos de lista se separan con «;».</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>N&amp;uevo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>&amp;Quitar campo</translation>
    </message>
</context>
<context>
    <name>Wesog::PreviewWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Vista previa no disponible: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir re&amp;ciente</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Folders</source>
        <translation>&amp;Borrar carpetas recientes</translation>
    </message>
    <message>
        <source>%1 — all images</source>
        <translation>%1 — todas las imágenes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Server Collections</source>
        <translation>&amp;Borrar colecciones del servidor recientes</translation>
    </message>
    <message>
        <source>&amp;Recent Collections</source>
        <translation>Colecciones &amp;recientes</translation>
    </message>
</context>
<context>
    <name>Wesog::RecordDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %n image(s)</source>
        <translation>
            <numerusform>Definir «%1» en %n imagen</numerusform>
            <numerusform>Definir «%1» en %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>Wesog::RecordListWidget</name>
    <message>
        <source>All images (%1)</source>
        <translation>Todas las imágenes (%1)</translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation>Editadas (%1)</translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation>No válidas (%1)</translation>
    </message>
    <message>
        <source>Not sent (%1)</source>
        <translation>Sin enviar (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Enviadas (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fallidas (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation>Ilegibles (%1)</translation>
    </message>
    <message>
        <source>Nothing Pasted</source>
        <translation>No se ha pegado nada</translation>
    </message>
    <message>
        <source>The clipboard does not fit here, so nothing was changed:
%1</source>
        <translation>El contenido del portapapeles no encaja aquí, así que no se ha cambiado nada:
%1</translation>
    </message>
    <message>
        <source>Apply preset &quot;%1&quot;</source>
        <translation>Aplicar el ajuste predefinido «%1»</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Rellenar hacia &amp;abajo</translation>
    </message>
    <message>
        <source>Copy the top selected value to the other selected rows</source>
        <translation>Copiar el valor superior seleccionado en las demás filas seleccionadas</translation>
    </message>
    <message>
        <source>Add to &amp;List…</source>
        <translation>Añadir a la &amp;lista…</translation>
    </message>
    <message>
        <source>Add a keyword, category or collection to every selected image</source>
        <translation>Añadir una palabra clave, categoría o colección a todas las imágenes seleccionadas</translation>
    </message>
    <message>
        <source>Remove from Li&amp;st…</source>
        <translation>Quitar de la li&amp;sta…</translation>
    </message>
    <message>
        <source>Remove a keyword, category or collection from every selected image</source>
        <translation>Quitar una palabra clave, categoría o colección de todas las imágenes seleccionadas</translation>
    </message>
    <message>
        <source>Re&amp;vert to Loaded Values</source>
        <translation>Restablecer los &amp;valores leídos</translation>
    </message>
    <message>
        <source>Put the selected cells back to the values read from the files</source>
        <translation>Devolver las celdas seleccionadas a los valores leídos de los archivos</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>Ajustes pre&amp;definidos</translation>
    </message>
    <message>
        <source>&amp;Manage Presets…</source>
        <translation>&amp;Gestionar ajustes predefinidos…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Buscar y &amp;reemplazar…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Full-Window &amp;Preview</source>
        <translation>&amp;Vista previa a pantalla completa</translation>
    </message>
    <message>
        <source>Search file names and metadata (%1)</source>
        <translation>Buscar en nombres de archivo y metadatos (%1)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>Thumbnail &amp;Grid</source>
        <translation>&amp;Cuadrícula de miniaturas</translation>
    </message>
    <message>
        <source>Table &amp;and Grid</source>
        <translation>Tabla &amp;y cuadrícula</translation>
    </message>
    <message>
        <source>E&amp;xpand Codes</source>
        <translation>E&amp;xpandir códigos</translation>
    </message>
    <message>
        <source>Replace the code replacement codes in the selected cells</source>
        <translation>Sustituir los códigos de reemplazo en las celdas seleccionadas</translation>
    </message>
    <message>
        <source>Misspelled (%1)</source>
        <translation>Con errores ortográficos (%1)</translation>
    </message>
</context>
<context>
    <name>Wesog::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>No legible: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From %1 %2</source>
        <translation>De %1 %2</translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation>Las fuentes no coinciden:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n cell(s)</source>
        <translation>
            <numerusform>Restablecer %n celda</numerusform>
            <numerusform>Restablecer %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be saved, so it was not made: %1</source>
        <translation>No se pudo guardar el cambio, así que no se ha hecho: %1</translation>
    </message>
    <message>
        <source>Changed on disk after you edited it; your edits are kept</source>
        <translation>Modificado en el disco después de editarlo; sus ediciones se conservan</translation>
    </message>
    <message numerus="yes">
        <source>Edited (%n field(s))</source>
        <translation>
            <numerusform>Editado (%n campo)</numerusform>
            <numerusform>Editado (%n campos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited. Loaded value: %1</source>
        <translation>Editado. Valor leído: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source> (operation %1)</source>
        <translation> (operación %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fallida: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesándose</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>Not written to the file: %1 (%2)</source>
        <translation>No escrito en el archivo: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Wesog::RemoteThumbnailLoader</name>
    <message>
        <source>not an image</source>
        <translation>no es una imagen</translation>
    </message>
    <message>
        <source>not a web address (http or https)</source>
        <translation>no es una dirección web (http o https)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>el servidor respondió %1 %2</translation>
    </message>
    <message>
        <source>redirected from https to http, which is refused</source>
        <translation>redirigida de https a http, lo que se rechaza</translation>
    </message>
</context>
<context>
    <name>Wesog::ServerActions</name>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Abrir desde el ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Search the server and load the matching images into the table (%1)</source>
        <translation>Buscar en el servidor y cargar en la tabla las imágenes que coinciden (%1)</translation>
    </message>
    <message>
        <source>No Server Connection</source>
        <translation>No hay conexión con el servidor</translation>
    </message>
    <message>
        <source>Set up the connection to the server in Preferences first; its images are searched with that key.</source>
        <translation>Configure primero la conexión con el servidor en Preferencias; sus imágenes se buscan con esa clave.</translation>
    </message>
    <message>
        <source>Another Server</source>
        <translation>Otro servidor</translation>
    </message>
    <message>
        <source>This collection is on %1, but the connection is set to %2. Connect to %1 in Preferences to open it.</source>
        <translation>Esta colección está en %1, pero la conexión apunta a %2. Conéctese a %1 en Preferencias para abrirla.</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>ningún servidor</translation>
    </message>
</context>
<context>
    <name>Wesog::ServerSource</name>
    <message>
        <source>All images on %1</source>
        <translation>Todas las imágenes en %1</translation>
    </message>
    <message>
        <source>The images of a server collection have no files on this computer.</source>
        <translation>Las imágenes de una colección del servidor no tienen archivos en este equipo.</translation>
    </message>
    <message>
        <source>Edits Cannot Be Kept</source>
        <translation>No se pueden conservar las ediciones</translation>
    </message>
    <message>
        <source>The workspace that keeps your edits could not be opened, so edits would be lost: %1</source>
        <translation>No se pudo abrir el espacio de trabajo que guarda sus ediciones, así que se perderían: %1</translation>
    </message>
    <message>
        <source>Saved Edits Could Not Be Read</source>
        <translation>No se pudieron leer las ediciones guardadas</translation>
    </message>
    <message>
        <source>The Collection Could Not Be Loaded</source>
        <translation>No se pudo cargar la colección</translation>
    </message>
    <message>
        <source>The Server Sent a Bad Answer</source>
        <translation>El servidor envió una respuesta incorrecta</translation>
    </message>
    <message>
        <source>What the server held when the collection was loaded could not be read back from the workspace: %1</source>
        <translation>No se pudo volver a leer del espacio de trabajo lo que el servidor tenía al cargar la colección: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::SettingsDialog</name>
    <message>
        <source>The ID template cannot be empty.</source>
        <translation>La plantilla de ID no puede estar vacía.</translation>
    </message>
    <message>
        <source>Unknown variables: %1</source>
        <translation>Variables desconocidas: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;ID template:</source>
        <translation>Plantilla de &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Source URL template:</source>
        <translation>Plantilla de URL de &amp;origen:</translation>
    </message>
    <message>
        <source>&amp;Code page of unmarked IPTC text:</source>
        <translation>&amp;Página de códigos del texto IPTC sin marcar:</translation>
    </message>
    <message>
        <source>Variables: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1}, and {sandbox} for the address of the local sandbox. Changed templates apply to every image at once.</source>
        <translation>Variables: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1} y {sandbox} para la dirección del sandbox local. Las plantillas modificadas se aplican a todas las imágenes a la vez.</translation>
    </message>
    <message>
        <source>Unknown required fields: %1 (use API names such as caption, author, keywords:3)</source>
        <translation>Campos obligatorios desconocidos: %1 (use nombres de la API como caption, author, keywords:3)</translation>
    </message>
    <message>
        <source>&amp;Required by your agency:</source>
        <translation>O&amp;bligatorio para su agencia:</translation>
    </message>
    <message>
        <source>&amp;Vocabulary file:</source>
        <translation>Archivo de &amp;vocabulario:</translation>
    </message>
    <message>
        <source>One keyword per line, offered while typing lists</source>
        <translation>Una palabra clave por línea, sugerida al escribir listas</translation>
    </message>
    <message>
        <source>The reading profile cannot be used: %1</source>
        <translation>No se puede usar el perfil de lectura: %1</translation>
    </message>
    <message>
        <source>Use the &amp;headline as title when the title is empty or looks like a file name</source>
        <translation>Usar el &amp;titular como título cuando el título está vacío o parece un nombre de archivo</translation>
    </message>
    <message>
        <source>Reading &amp;profile:</source>
        <translation>Perfil de &amp;lectura:</translation>
    </message>
    <message>
        <source>Standard IPTC codes</source>
        <translation>Códigos IPTC estándar</translation>
    </message>
    <message>
        <source>A JSON file with your agency&apos;s tables for shot, scene, medium and category codes; leave empty for the standard IPTC codes. The README shows the format.</source>
        <translation>Un archivo JSON con las tablas de su agencia para los códigos de plano, escena, soporte y categoría; déjelo vacío para usar los códigos IPTC estándar. El README muestra el formato.</translation>
    </message>
    <message>
        <source>Reading Profile</source>
        <translation>Perfil de lectura</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Vocabulary File</source>
        <translation>Archivo de vocabulario</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Metadata language:</source>
        <translation>Idioma de los &amp;metadatos:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Which language alternative of titles, headlines and captions is read and written; the others in the file are kept.</source>
        <translation>Qué alternativa de idioma de títulos, titulares y pies de foto se lee y se escribe; las demás del archivo se conservan.</translation>
    </message>
    <message>
        <source>&amp;Write metadata:</source>
        <translation>&amp;Escribir metadatos:</translation>
    </message>
    <message>
        <source>Automatic: into the file and its existing sidecars</source>
        <translation>Automático: en el archivo y en sus sidecars existentes</translation>
    </message>
    <message>
        <source>Into XMP sidecars only</source>
        <translation>Solo en sidecars XMP</translation>
    </message>
    <message>
        <source>&amp;New sidecars:</source>
        <translation>Sidecars &amp;nuevos:</translation>
    </message>
    <message>
        <source>NAME.xmp (Adobe, Photo Mechanic)</source>
        <translation>NAME.xmp (Adobe, Photo Mechanic)</translation>
    </message>
    <message>
        <source>NAME.EXT.xmp (darktable, digiKam)</source>
        <translation>NAME.EXT.xmp (darktable, digiKam)</translation>
    </message>
    <message>
        <source>&amp;Keep the modification time of written files</source>
        <translation>&amp;Conservar la fecha de modificación de los archivos escritos</translation>
    </message>
    <message>
        <source>Keep a &amp;backup of each original file (NAME.EXT_original)</source>
        <translation>Guardar una copia de &amp;seguridad de cada archivo original (NAME.EXT_original)</translation>
    </message>
    <message>
        <source>The code delimiter must be one character that is not a space.</source>
        <translation>El delimitador de códigos debe ser un carácter que no sea un espacio.</translation>
    </message>
    <message>
        <source>Code replacement &amp;files:</source>
        <translation>&amp;Archivos de reemplazo de códigos:</translation>
    </message>
    <message>
        <source>Photo Mechanic code replacement files (code, tab, replacement); a code in a later file wins</source>
        <translation>Archivos de reemplazo de códigos de Photo Mechanic (código, tabulación, reemplazo); gana el código de un archivo posterior</translation>
    </message>
    <message>
        <source>Code Replacements</source>
        <translation>Reemplazos de códigos</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Code &amp;delimiter:</source>
        <translation>Delimitador de códi&amp;gos:</translation>
    </message>
    <message>
        <source>A&amp;gency dictionary:</source>
        <translation>Dicciona&amp;rio de la agencia:</translation>
    </message>
    <message>
        <source>Names of people and places, one per line, never flagged as misspelled</source>
        <translation>Nombres de personas y lugares, uno por línea, nunca marcados como errores</translation>
    </message>
    <message>
        <source>Agency Dictionary</source>
        <translation>Diccionario de la agencia</translation>
    </message>
</context>
<context>
    <name>Wesog::SpellingSupport</name>
    <message>
        <source>“%1” could not be saved in your dictionary (%2), so it is only ignored for now.</source>
        <translation>No se pudo guardar «%1» en su diccionario (%2); por ahora solo se ignora.</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
</context>
<context>
    <name>Wesog::StatusMessage</name>
    <message>
        <source>Merged from the server: %1</source>
        <translation>Fusionado desde el servidor: %1</translation>
    </message>
    <message>
        <source>Held back: changed on the server too (%1). Choose Keep Mine or Take Theirs in the error review.</source>
        <translation>Retenida: también cambió en el servidor (%1). Elija Conservar lo mío o Tomar lo suyo en la revisión de errores.</translation>
    </message>
    <message>
        <source>Held back: deleted on the server since it was read. Keep Mine creates it again; Take Theirs drops the edits.</source>
        <translation>Retenida: se eliminó en el servidor después de leerla. Conservar lo mío la vuelve a crear; Tomar lo suyo descarta las ediciones.</translation>
    </message>
    <message>
        <source>Held back: the server already holds this id, and this image was never sent from here. Keep Mine replaces the server&apos;s copy; Take Theirs takes its values.</source>
        <translation>Retenida: el servidor ya tiene este id y esta imagen nunca se envió desde aquí. Conservar lo mío reemplaza la copia del servidor; Tomar lo suyo toma sus valores.</translation>
    </message>
    <message>
        <source>Conflict settled; ready to be sent again.</source>
        <translation>Conflicto resuelto; lista para enviarse de nuevo.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionController</name>
    <message>
        <source>The workspace could not store the submission&apos;s progress: %1</source>
        <translation>El espacio de trabajo no pudo guardar el progreso del envío: %1</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>Already on its way; wait for its result.</source>
        <translation>Ya está en camino; espere su resultado.</translation>
    </message>
    <message>
        <source>The workspace could not read what was last sent: %1</source>
        <translation>El espacio de trabajo no pudo leer lo último enviado: %1</translation>
    </message>
    <message>
        <source>Merge from the Server</source>
        <translation>Fusionar desde el servidor</translation>
    </message>
    <message>
        <source>The workspace could not store the conflicts: %1</source>
        <translation>El espacio de trabajo no pudo guardar los conflictos: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s current copies could not be read to check them: %1</source>
        <translation>No se envió nada: no se pudieron leer las copias actuales del servidor para comprobarlas: %1</translation>
    </message>
    <message>
        <source>The workspace could not store what the server accepted: %1</source>
        <translation>El espacio de trabajo no pudo guardar lo que aceptó el servidor: %1</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Tomar lo suyo</translation>
    </message>
    <message>
        <source>Take Theirs: %1</source>
        <translation>Tomar lo suyo: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionJob</name>
    <message>
        <source>Not confirmed: operation %1 counted %2 failed items without naming this one, so it was probably not applied.</source>
        <translation>Sin confirmar: la operación %1 contó %2 elementos fallidos sin nombrar este, así que probablemente no se aplicó.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionUi</name>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Send images to the server (%1)</source>
        <translation>Enviar imágenes al servidor (%1)</translation>
    </message>
    <message>
        <source>&amp;Cancel Submission</source>
        <translation>&amp;Cancelar envío</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>Co&amp;nexión…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Operaciones</translation>
    </message>
    <message>
        <source>key in a file (no keychain)</source>
        <translation>clave en un archivo (sin llavero)</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key is kept in a file only you can read.</source>
        <translation>No hay llavero del sistema, así que la clave de API se guarda en un archivo que solo usted puede leer.</translation>
    </message>
    <message>
        <source>Not Connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Choose a server in Server ▸ Connection first.</source>
        <translation>Elija primero un servidor en Servidor ▸ Conexión.</translation>
    </message>
    <message>
        <source>Nothing was sent: a submission is still being sent.</source>
        <translation>No se envió nada: todavía hay un envío en curso.</translation>
    </message>
    <message>
        <source>Submission finished: %1 accepted, %2 failed, %3 not sent.</source>
        <translation>Envío terminado: %1 aceptadas, %2 fallidas, %3 sin enviar.</translation>
    </message>
    <message>
        <source>Wesog Desk</source>
        <translation>Wesog Desk</translation>
    </message>
    <message>
        <source>Checking the server&apos;s current copies: %1 of %2</source>
        <translation>Comprobando las copias actuales del servidor: %1 de %2</translation>
    </message>
    <message>
        <source>Stop the check. Nothing is sent and your edits stay.</source>
        <translation>Detiene la comprobación. No se envía nada y sus ediciones se conservan.</translation>
    </message>
    <message>
        <source>%1 unchanged (not sent), %2 merged with the server&apos;s changes, %3 held back by conflicts.</source>
        <translation>%1 sin cambios (no enviadas), %2 fusionadas con los cambios del servidor, %3 retenidas por conflictos.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmitDialog</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Submit to Server</source>
        <translation>Enviar al servidor</translation>
    </message>
    <message>
        <source>Selected images (%1)</source>
        <translation>Imágenes seleccionadas (%1)</translation>
    </message>
    <message>
        <source>Edited images</source>
        <translation>Imágenes editadas</translation>
    </message>
    <message>
        <source>All valid images</source>
        <translation>Todas las imágenes válidas</translation>
    </message>
    <message>
        <source>Failed and not sent images</source>
        <translation>Imágenes fallidas y sin enviar</translation>
    </message>
    <message>
        <source>&amp;Wait for each operation to finish before the server answers</source>
        <translation>&amp;Esperar a que cada operación termine antes de que el servidor responda</translation>
    </message>
    <message>
        <source>&amp;Urgent: queue ahead of other work</source>
        <translation>&amp;Urgente: ponerse en cola delante de otros trabajos</translation>
    </message>
    <message>
        <source>&amp;Strict: fail images the server does not know yet</source>
        <translation>E&amp;stricto: hacer fallar las imágenes que el servidor aún no conoce</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Imágenes:</translation>
    </message>
    <message>
        <source>AI tag &amp;language:</source>
        <translation>I&amp;dioma de las etiquetas de IA:</translation>
    </message>
    <message>
        <source>Ba&amp;tch size:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Will send</source>
        <translation>Se enviará</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <source>Comp&amp;are with the Server&apos;s Copy</source>
        <translation>Comparar con la co&amp;pia del servidor</translation>
    </message>
    <message>
        <source>What each image will replace</source>
        <translation>Qué reemplazará cada imagen</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>En&amp;viar</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) will be sent.</source>
        <translation>
            <numerusform>Se enviará %n imagen.</numerusform>
            <numerusform>Se enviarán %n imágenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are held back:</source>
        <translation>
            <numerusform>%n imagen queda retenida:</numerusform>
            <numerusform>%n imágenes quedan retenidas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sent (never)</source>
        <translation>Último envío (nunca)</translation>
    </message>
    <message>
        <source>Server (not there yet)</source>
        <translation>Servidor (aún no está)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Server&apos;s copy</source>
        <translation>Copia del servidor</translation>
    </message>
</context>
<context>
    <name>Wesog::Submitter</name>
    <message>
        <source>The server took the batch but its answer names no operation, so the result is unknown.</source>
        <translation>El servidor aceptó el lote, pero su respuesta no indica ninguna operación, así que el resultado es desconocido.</translation>
    </message>
    <message>
        <source>Refused with its batch a second time: %1</source>
        <translation>Rechazado con su lote por segunda vez: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::Tls</name>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>El archivo de CA %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>El archivo de CA %1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>Wesog::TokenEditor</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Quitar «%1»</translation>
    </message>
</context>
<context>
    <name>Wesog::VocabularyEditors</name>
    <message>
        <source>ISO code %1</source>
        <translation>código ISO %1</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>Tipo de fuente digital</translation>
    </message>
</context>
<context>
    <name>Wesog::Workspace</name>
    <message>
        <source>The saved edits of this folder could not be read (%1). The file is kept as %2; editing goes on in a new one, and the images&apos; own metadata is untouched.</source>
        <translation>No se pudieron leer las ediciones guardadas de esta carpeta (%1). El archivo se conserva como %2; la edición continúa en uno nuevo y los metadatos propios de las imágenes no se tocan.</translation>
    </message>
</context>
<context>
    <name>Wesog::WriteActions</name>
    <message>
        <source>&amp;Write Metadata to Files…</source>
        <translation>&amp;Escribir metadatos en los archivos…</translation>
    </message>
    <message>
        <source>Write the edited fields into the image files or their XMP sidecars; shows what will change first</source>
        <translation>Escribe los campos editados en los archivos de imagen o en sus sidecars XMP; primero muestra qué cambiará</translation>
    </message>
    <message>
        <source>Und&amp;o Write</source>
        <translation>Deshacer escrit&amp;ura</translation>
    </message>
    <message>
        <source>Write back the values the files held before the last write</source>
        <translation>Vuelve a escribir los valores que tenían los archivos antes de la última escritura</translation>
    </message>
    <message>
        <source>Write Metadata to Files</source>
        <translation>Escribir metadatos en los archivos</translation>
    </message>
    <message>
        <source>None of the selected images has edits to write.</source>
        <translation>Ninguna de las imágenes seleccionadas tiene cambios que escribir.</translation>
    </message>
    <message>
        <source>No image has edits to write.</source>
        <translation>Ninguna imagen tiene cambios que escribir.</translation>
    </message>
</context>
<context>
    <name>Wesog::WriteMetadataDialog</name>
    <message numerus="yes">
        <source>Every edited image: %n. To write only some, select two or more rows first.</source>
        <translation>
            <numerusform>Todas las imágenes editadas: %n. Para escribir solo algunas, seleccione antes dos o más filas.</numerusform>
            <numerusform>Todas las imágenes editadas: %n. Para escribir solo algunas, seleccione antes dos o más filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous values of the fields just written go back into the files.</source>
        <translation>Los valores anteriores de los campos recién escritos vuelven a los archivos.</translation>
    </message>
    <message>
        <source>Undo Write</source>
        <translation>Deshacer escritura</translation>
    </message>
    <message>
        <source>Write Metadata to Files</source>
        <translation>Escribir metadatos en los archivos</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Escribir</translation>
    </message>
    <message>
        <source>&amp;Undo Write</source>
        <translation>&amp;Deshacer escritura</translation>
    </message>
    <message>
        <source>Checking what will change…</source>
        <translation>Comprobando qué cambiará…</translation>
    </message>
    <message>
        <source>Writing the previous values…</source>
        <translation>Escribiendo los valores anteriores…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing will change: the files already hold these values.</source>
        <translation>No cambiará nada: los archivos ya tienen estos valores.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will change</source>
        <translation>
            <numerusform>Cambiará %n archivo</numerusform>
            <numerusform>Cambiarán %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n field(s) in all).</source>
        <translation>
            <numerusform>(%n campo en total).</numerusform>
            <numerusform>(%n campos en total).</numerusform>
        </translation>
    </message>
    <message>
        <source>Into XMP sidecars: %1.</source>
        <translation>En sidecars XMP: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will not be written; see below.</source>
        <translation>
            <numerusform>%n archivo no se escribirá; vea abajo.</numerusform>
            <numerusform>%n archivos no se escribirán; vea abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous values written back into %n file(s).</source>
        <translation>
            <numerusform>Valores anteriores escritos de nuevo en %n archivo.</numerusform>
            <numerusform>Valores anteriores escritos de nuevo en %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n archivo escrito.</numerusform>
            <numerusform>%n archivos escritos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already held these values.</source>
        <translation>
            <numerusform>%n archivo ya tenía estos valores.</numerusform>
            <numerusform>%n archivos ya tenían estos valores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not written; each row says why.</source>
        <translation>
            <numerusform>%n archivo no escrito; su fila dice por qué.</numerusform>
            <numerusform>%n archivos no escritos; cada fila dice por qué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) left untouched.</source>
        <translation>
            <numerusform>Cancelado: %n archivo sin tocar.</numerusform>
            <numerusform>Cancelado: %n archivos sin tocar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not written: %2 (%3)</source>
        <translation>%1: no escrito: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Selected images with edits: %n.</source>
        <translation>
            <numerusform>Imágenes seleccionadas con cambios: %n.</numerusform>
            <numerusform>Imágenes seleccionadas con cambios: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Into the image files (%n): %1.</source>
        <translation>
            <numerusform>En los archivos de imagen (%n): %1.</numerusform>
            <numerusform>En los archivos de imagen (%n): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>The file changed on disk since it was read; reread it and check the values first.</source>
        <translation>El archivo cambió en el disco desde que se leyó; vuelva a leerlo y revise antes los valores.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only.</source>
        <translation>El archivo o su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>Wesog Desk cannot write this kind of file.</source>
        <translation>Wesog Desk no puede escribir este tipo de archivo.</translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation>La imagen está dañada: %1</translation>
    </message>
    <message>
        <source>The written copy did not read back as intended (%1); the file was left as it was.</source>
        <translation>La copia escrita no se leyó como se esperaba (%1); el archivo quedó como estaba.</translation>
    </message>
    <message>
        <source>The file has other hard links; writing would separate them.</source>
        <translation>El archivo tiene otros enlaces duros; escribirlo los separaría.</translation>
    </message>
    <message>
        <source>Clearing this field needs the file itself, not only its sidecar: %1</source>
        <translation>Para borrar este campo hace falta el propio archivo, no solo su sidecar: %1</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>El archivo ya no existe.</translation>
    </message>
    <message>
        <source>The file belongs to another user and its owner could not be kept.</source>
        <translation>El archivo pertenece a otro usuario y no se pudo conservar su propietario.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>WriteWarning</name>
    <message>
        <source>%1 is longer than IPTC IIM allows: IIM keeps a shortened copy, XMP the whole text.</source>
        <translation>%1 es más largo de lo que permite IPTC IIM: IIM guarda una copia acortada y XMP el texto completo.</translation>
    </message>
    <message>
        <source>The date is cleared, but the camera&apos;s own date (EXIF) stays in the file and will be read instead.</source>
        <translation>La fecha se borra, pero la fecha de la propia cámara (EXIF) sigue en el archivo y se leerá en su lugar.</translation>
    </message>
    <message>
        <source>Medium was derived from the Digital Source Type being cleared; it will read back empty.</source>
        <translation>El soporte se derivaba del Digital Source Type que se borra; se leerá vacío.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit photo metadata and send it to the Wesog image search service.</source>
        <translation>Edite metadatos de fotos y envíelos al servicio de búsqueda de imágenes Wesog.</translation>
    </message>
    <message>
        <source>Image folder to open.</source>
        <translation>Carpeta de imágenes que abrir.</translation>
    </message>
    <message>
        <source>User interface language: en, es, pt, fr or ru.</source>
        <translation>Idioma de la interfaz: en, es, pt, fr o ru.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>Guardar una imagen de la ventana en este archivo PNG y salir.</translation>
    </message>
    <message>
        <source>What the screenshot shows: %1 (the first is the default).</source>
        <translation>Lo que muestra la captura: %1 (la primera es la predeterminada).</translation>
    </message>
</context>
</TS>
