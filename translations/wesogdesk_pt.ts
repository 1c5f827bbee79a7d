<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Field</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de origem</translation>
    </message>
    <message>
        <source>Watermarked URL</source>
        <translation>URL com marca d&apos;água</translation>
    </message>
    <message>
        <source>Thumbnail URL</source>
        <translation>URL da miniatura</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Manchete</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>AI generated</source>
        <translation>Gerada por IA</translation>
    </message>
    <message>
        <source>Model release</source>
        <translation>Autorização de modelo</translation>
    </message>
    <message>
        <source>Property release</source>
        <translation>Autorização de propriedade</translation>
    </message>
    <message>
        <source>NSFW</source>
        <translation>Conteúdo sensível</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
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
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Suporte</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
</context>
<context>
    <name>FieldIssue</name>
    <message>
        <source>%1 is required by the Wesog API.</source>
        <translation>A API da Wesog exige &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is required by your agency&apos;s rules.</source>
        <translation>As regras da sua agência exigem &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; precisa de pelo menos %n item.</numerusform>
            <numerusform>&quot;%1&quot; precisa de pelo menos %n itens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be an absolute http:// or https:// address.</source>
        <translation>&quot;%1&quot; deve ser um endereço absoluto http:// ou https://.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; deve ser uma data no formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is incomplete (year or month only); it will be sent as it is.</source>
        <translation>&quot;%1&quot; está incompleta (só ano ou mês); será enviada como está.</translation>
    </message>
    <message>
        <source>%1 has an empty item at position %2.</source>
        <translation>&quot;%1&quot; tem um item vazio na posição %2.</translation>
    </message>
    <message>
        <source>%1 has an item with spaces at its start or end (position %2).</source>
        <translation>&quot;%1&quot; tem um item com espaços no início ou no fim (posição %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than the %n bytes that IPTC IIM allows.</source>
        <translation>
            <numerusform>&quot;%1&quot; excede o %n byte que o IPTC IIM permite.</numerusform>
            <numerusform>&quot;%1&quot; excede os %n bytes que o IPTC IIM permite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFieldError</name>
    <message>
        <source>text</source>
        <translation>um texto</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false ou null</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>uma lista de textos</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>um objeto JSON</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>uma lista JSON</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation>O campo &quot;%1&quot; está faltando.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is out of range; it should be %2.</source>
        <translation>O campo &quot;%1&quot; está fora do intervalo; deveria ser %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has the wrong type; it should be %2.</source>
        <translation>O campo &quot;%1&quot; tem o tipo errado; deveria ser %2.</translation>
    </message>
</context>
<context>
    <name>Wesog::AboutDialog</name>
    <message>
        <source>About Wesog Desk</source>
        <translation>Sobre o Wesog Desk</translation>
    </message>
    <message>
        <source>Wesog Desk %1</source>
        <translation>Wesog Desk %1</translation>
    </message>
    <message>
        <source>Correct the metadata of thousands of photos and send it to the Wesog image search service.

Built with Qt %1. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Corrija os metadados de milhares de fotos e envie-os ao serviço de busca de imagens Wesog.

Compilado com Qt %1. Licenciado sob a Licença Pública Geral GNU, versão 3 ou posterior.</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>Barra de &amp;status</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>&amp;About Wesog Desk</source>
        <translation>&amp;Sobre o Wesog Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspetor</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspetor</translation>
    </message>
    <message>
        <source>Select an image to see its metadata.</source>
        <translation>Selecione uma imagem para ver seus metadados.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit photo metadata and send it to the Wesog image search service.</source>
        <translation>Edite metadados de fotos e envie-os ao serviço de busca de imagens Wesog.</translation>
    </message>
    <message>
        <source>Image folder to open.</source>
        <translation>Pasta de imagens a abrir.</translation>
    </message>
    <message>
        <source>User interface language: en, es, pt, fr or ru.</source>
        <translation>Idioma da interface: en, es, pt, fr ou ru.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>Salvar uma imagem da janela neste arquivo PNG e sair.</translation>
    </message>
</context>
</TS>
