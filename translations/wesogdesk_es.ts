<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>Wesog::MainWindow</name>
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
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>Barra de &amp;estado</translation>
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
    <message>
        <source>Select an image to see its metadata.</source>
        <translation>Seleccione una imagen para ver sus metadatos.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
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
</context>
</TS>
