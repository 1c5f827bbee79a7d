<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The server address is not a valid URL: %1</source>
        <translation>O endereço do servidor não é uma URL válida: %1</translation>
    </message>
    <message>
        <source>Only http and https server addresses are supported: %1</source>
        <translation>Só são aceitos endereços de servidor http e https: %1</translation>
    </message>
    <message>
        <source>Plain http to %1 would send the API key unencrypted. Use https, or allow insecure http in the connection settings.</source>
        <translation>Com http simples para %1, a chave de API seguiria sem criptografia. Use https ou permita http inseguro nas configurações de conexão.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Não é possível conectar ao servidor: %1</translation>
    </message>
    <message>
        <source>API key rejected. Check the key in the connection settings.</source>
        <translation>Chave de API recusada. Verifique a chave nas configurações de conexão.</translation>
    </message>
    <message>
        <source>Not found on the server: %1</source>
        <translation>Não encontrado no servidor: %1</translation>
    </message>
    <message>
        <source>The server refused the data: %1</source>
        <translation>O servidor recusou os dados: %1</translation>
    </message>
    <message>
        <source>The server asks to slow down.</source>
        <translation>O servidor pede para diminuir o ritmo.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>O servidor teve um problema (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be used: %1</source>
        <translation>A resposta do servidor não pode ser usada: %1</translation>
    </message>
    <message>
        <source>The request or its answer is too large.</source>
        <translation>A solicitação ou sua resposta é grande demais.</translation>
    </message>
    <message>
        <source>The server redirected the request; redirects are not followed, so the API key stays with this server.</source>
        <translation>O servidor redirecionou a solicitação; redirecionamentos não são seguidos, assim a chave de API fica só com este servidor.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
</context>
<context>
    <name>CodeReplacements</name>
    <message>
        <source>cannot read the code replacements %1: %2</source>
        <translation>não é possível ler os códigos de substituição %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not UTF-8 text; save the file as UTF-8 and load it again</source>
        <translation>%1, linha %2: o texto não é UTF-8; salve o arquivo como UTF-8 e carregue-o novamente</translation>
    </message>
</context>
<context>
    <name>ConnectionFlags</name>
    <message>
        <source>The server (default: $WESOG_URL, else https://api.wesog.com).</source>
        <translation>O servidor (padrão: $WESOG_URL; senão, https://api.wesog.com).</translation>
    </message>
    <message>
        <source>File holding the API key, readable only by you (default: $WESOG_API_KEY, else the stored key).</source>
        <translation>Arquivo com a chave de API, legível só por você (padrão: $WESOG_API_KEY; senão, a chave guardada).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust.</source>
        <translation>Certificados de CA adicionais (PEM) em que confiar.</translation>
    </message>
    <message>
        <source>Allow plain http to a host other than this machine.</source>
        <translation>Permitir http simples para um host que não seja esta máquina.</translation>
    </message>
    <message>
        <source>Tries per request before giving up, 1 to 20 (default 8).</source>
        <translation>Tentativas por requisição antes de desistir, de 1 a 20 (padrão 8).</translation>
    </message>
    <message>
        <source>--attempts must be a whole number from 1 to 20</source>
        <translation>--attempts deve ser um número inteiro de 1 a 20</translation>
    </message>
    <message>
        <source>no API key: use --key-file, WESOG_API_KEY, or store one in Wesog Desk</source>
        <translation>nenhuma chave de API: use --key-file, WESOG_API_KEY ou guarde uma no Wesog Desk</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>cannot read the country list %1: %2</source>
        <translation>não é possível ler a lista de países %1: %2</translation>
    </message>
    <message>
        <source>the country list %1 has no countries</source>
        <translation>a lista de países %1 não contém nenhum país</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with &quot;file&quot; or &quot;id&quot; among them.</source>
        <translation>A primeira linha deve nomear as colunas, com “file” ou “id” entre elas.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a field; it is ignored.</source>
        <translation>A coluna “%1” não é um campo; é ignorada.</translation>
    </message>
    <message>
        <source>Line %1: no image with this file or id.</source>
        <translation>Linha %1: nenhuma imagem com esse arquivo ou id.</translation>
    </message>
    <message>
        <source>Line %1, %2: &quot;%3&quot; is not true, false or empty.</source>
        <translation>Linha %1, %2: “%3” não é true, false nem vazio.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n cell(s) from CSV</source>
        <translation>
            <numerusform>Importar %n célula do CSV</numerusform>
            <numerusform>Importar %n células do CSV</numerusform>
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
    <message>
        <source>%1: not an ISO 3166 country name (free text is allowed).</source>
        <translation>%1: não é um nome de país ISO 3166 (texto livre é permitido).</translation>
    </message>
    <message>
        <source>%1 has the code %2, which no code replacement file defines; it is left as typed.</source>
        <translation>&quot;%1&quot; tem o código %2, que nenhum arquivo de substituições de códigos define; foi mantido como digitado.</translation>
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
    <name>LeaveGuard</name>
    <message>
        <source>Images not yet sent stay edited, ready to send again.</source>
        <translation>As imagens ainda não enviadas continuam editadas, prontas a enviar de novo.</translation>
    </message>
    <message>
        <source>Change Anyway</source>
        <translation>Mudar mesmo assim</translation>
    </message>
    <message>
        <source>Files not yet put back keep the values written last; your corrections stay in the collection.</source>
        <translation>Os ficheiros ainda não repostos mantêm os valores escritos da última vez; as suas correções ficam na coleção.</translation>
    </message>
    <message>
        <source>Read Again Anyway</source>
        <translation>Ler de novo mesmo assim</translation>
    </message>
    <message>
        <source>A submission is still being sent.</source>
        <translation>Ainda há um envio em curso.</translation>
    </message>
    <message>
        <source>Images not yet sent stay edited, ready to send again; operations the server has confirmed are followed when this collection is next opened.</source>
        <translation>As imagens ainda não enviadas continuam editadas, prontas a enviar de novo; as operações que o servidor já confirmou são acompanhadas quando esta coleção voltar a ser aberta.</translation>
    </message>
    <message>
        <source>Metadata is still being written to files.</source>
        <translation>Ainda há metadados a ser escritos nos ficheiros.</translation>
    </message>
    <message>
        <source>Files not yet written keep their old metadata; your corrections stay in the collection.</source>
        <translation>Os ficheiros ainda não escritos mantêm os metadados antigos; as suas correções ficam na coleção.</translation>
    </message>
    <message>
        <source>Work Under Way</source>
        <translation>Trabalho em curso</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Sair mesmo assim</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Abrir mesmo assim</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>Continuar a trabalhar</translation>
    </message>
</context>
<context>
    <name>MetadataNote</name>
    <message>
        <source>IPTC text has no character set marker; it was read as %1.</source>
        <translation>O texto IPTC não indica o conjunto de caracteres; foi lido como %1.</translation>
    </message>
    <message>
        <source>IPTC text looks garbled; the character set may be wrong.</source>
        <translation>O texto IPTC parece corrompido; o conjunto de caracteres pode estar errado.</translation>
    </message>
    <message>
        <source>IPTC text looks garbled; it may read correctly as %1.</source>
        <translation>O texto IPTC parece corrompido; talvez seja lido corretamente como %1.</translation>
    </message>
    <message>
        <source>IPTC text claims to be UTF-8 but is not; it was read with the legacy code page.</source>
        <translation>O texto IPTC diz ser UTF-8, mas não é; foi lido com a página de código legada.</translation>
    </message>
    <message>
        <source>The IPTC copy of %1 is cut short; the XMP value is used.</source>
        <translation>A cópia IPTC de &quot;%1&quot; está cortada; é usado o valor XMP.</translation>
    </message>
    <message>
        <source>Ignored camera text in %1: &quot;%2&quot;.</source>
        <translation>Texto da câmera ignorado em &quot;%1&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown code &quot;%2&quot; for %1; the field is left empty.</source>
        <translation>Código desconhecido &quot;%2&quot; para &quot;%1&quot;; o campo fica vazio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; %2 is left empty.</source>
        <translation>&quot;%1&quot; não é uma data; &quot;%2&quot; fica vazio.</translation>
    </message>
    <message>
        <source>The sidecar %1 cannot be read; only the embedded metadata is used.</source>
        <translation>Não é possível ler o arquivo auxiliar %1; só são usados os metadados incorporados.</translation>
    </message>
    <message>
        <source>The sidecar %1 is shared with other images of the same name.</source>
        <translation>O arquivo auxiliar %1 é partilhado com outras imagens do mesmo nome.</translation>
    </message>
    <message>
        <source>The embedded XMP metadata is damaged and was ignored; IPTC and EXIF values are used.</source>
        <translation>Os metadados XMP incorporados estão danificados e foram ignorados; são usados os valores IPTC e EXIF.</translation>
    </message>
</context>
<context>
    <name>MetadataProfile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>não é JSON válido: %1</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>o perfil deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: title_from_headline, shot, scene, medium, categories)</source>
        <translation>chave desconhecida &quot;%1&quot; (conhecidas: title_from_headline, shot, scene, medium, categories)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map codes to text</source>
        <translation>&quot;%1&quot; deve associar códigos a textos</translation>
    </message>
    <message>
        <source>the profile is larger than 1 MB</source>
        <translation>o perfil tem mais de 1 MB</translation>
    </message>
</context>
<context>
    <name>PagerError</name>
    <message>
        <source>The server&apos;s answer has no valid image count.</source>
        <translation>A resposta do servidor não traz um número de imagens válido.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>sidecar</source>
        <translation>arquivo auxiliar</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modelo</translation>
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
        <translation>O perfil de leitura %1 não é usado: %2</translation>
    </message>
</context>
<context>
    <name>ScanError</name>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions).</source>
        <translation>Não é possível ler o arquivo (verifique as permissões).</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>O arquivo não existe mais.</translation>
    </message>
    <message>
        <source>The file is not an image Wesog Desk can read.</source>
        <translation>O arquivo não é uma imagem que o Wesog Desk consiga ler.</translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation>A imagem está danificada: %1</translation>
    </message>
    <message>
        <source>The image declares a size too large to open safely: %1</source>
        <translation>A imagem declara um tamanho grande demais para abrir com segurança: %1</translation>
    </message>
    <message>
        <source>The link points to a file that does not exist.</source>
        <translation>O link aponta para um arquivo que não existe.</translation>
    </message>
    <message>
        <source>The link points to itself in a loop.</source>
        <translation>O link aponta para si mesmo num ciclo.</translation>
    </message>
    <message>
        <source>The file name is not valid UTF-8; rename the file to read it.</source>
        <translation>O nome do arquivo não é UTF-8 válido; renomeie o arquivo para lê-lo.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe or a device, say).</source>
        <translation>Não é um arquivo comum (por exemplo, um pipe ou um dispositivo).</translation>
    </message>
</context>
<context>
    <name>ServerQueryForm</name>
    <message>
        <source>The text cannot hold &amp;&amp;, || or parentheses; use the Formula line for a formula.</source>
        <translation>O texto não pode conter &amp;&amp;, || nem parênteses; use a linha Fórmula para uma fórmula.</translation>
    </message>
    <message>
        <source>The keyword “%1” cannot be searched for: it holds a comma, &amp;&amp;, || or a parenthesis.</source>
        <translation>Não é possível pesquisar a palavra-chave «%1»: contém uma vírgula, &amp;&amp;, || ou um parêntese.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>O intervalo de datas termina antes de começar.</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>cannot read the dictionary %1: %2</source>
        <translation>não é possível ler o dicionário %1: %2</translation>
    </message>
    <message>
        <source>no spelling dictionary for the language %1; known: %2</source>
        <translation>não há dicionário ortográfico para o idioma %1; disponíveis: %2</translation>
    </message>
    <message>
        <source>the spelling dictionary %1 is in an unknown encoding (%2)</source>
        <translation>o dicionário ortográfico %1 usa uma codificação desconhecida (%2)</translation>
    </message>
    <message>
        <source>no spelling dictionary for %1: none of %2 is installed (Debian: the hunspell-* packages)</source>
        <translation>não há dicionário ortográfico para %1: nenhum de %2 está instalado (Debian: os pacotes hunspell-*)</translation>
    </message>
    <message>
        <source>cannot add to the dictionary %1: %2</source>
        <translation>não é possível adicionar ao dicionário %1: %2</translation>
    </message>
    <message>
        <source>the dictionary %1 does not exist</source>
        <translation>o dicionário %1 não existe</translation>
    </message>
</context>
<context>
    <name>SubmitRun</name>
    <message>
        <source>cannot open the workspace: %1</source>
        <translation>não é possível abrir o espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>following %1 operation(s) of an earlier run</source>
        <translation>acompanhando %1 operação(ões) de uma execução anterior</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); trying again in %3 s</source>
        <translation>a tentativa %1 falhou (%2); nova tentativa em %3 s</translation>
    </message>
    <message>
        <source>operation %1: %2 of %3 done, %4 failed%5</source>
        <translation>operação %1: %2 de %3 feitas, %4 com falha%5</translation>
    </message>
    <message>
        <source>, finished</source>
        <translation>, concluída</translation>
    </message>
    <message>
        <source>operation %1: %2</source>
        <translation>operação %1: %2</translation>
    </message>
    <message>
        <source>the workspace could not store the progress: %1</source>
        <translation>o espaço de trabalho não conseguiu guardar o progresso: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>não enviado</translation>
    </message>
    <message>
        <source>result unknown: the operation could not be followed to its end</source>
        <translation>resultado desconhecido: não foi possível acompanhar a operação até o fim</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Não há nada para colar.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;</source>
        <translation>Linha %1, coluna &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation>%1 não pode ser editado.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes, no or empty.</source>
        <translation>%1: &quot;%2&quot; não é sim, não nem vazio.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted block has %n more row(s) than the table below the current cell.</source>
        <translation>
            <numerusform>O bloco colado tem %n linha a mais do que a tabela abaixo da célula atual.</numerusform>
            <numerusform>O bloco colado tem %n linhas a mais do que a tabela abaixo da célula atual.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted block is wider than the table.</source>
        <translation>O bloco colado é mais largo do que a tabela.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Colar %n célula</numerusform>
            <numerusform>Colar %n células</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted values could not be saved.</source>
        <translation>Não foi possível guardar os valores colados.</translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Preencher para baixo</translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Headshot</source>
        <translation>Retrato de rosto</translation>
    </message>
    <message>
        <source>Half-length</source>
        <translation>Meio corpo</translation>
    </message>
    <message>
        <source>Full-length</source>
        <translation>Corpo inteiro</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Rear view</source>
        <translation>De costas</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Uma pessoa</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Casal</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Duas pessoas</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>General view</source>
        <translation>Vista geral</translation>
    </message>
    <message>
        <source>Panoramic view</source>
        <translation>Vista panorâmica</translation>
    </message>
    <message>
        <source>Aerial view</source>
        <translation>Vista aérea</translation>
    </message>
    <message>
        <source>Underwater</source>
        <translation>Subaquática</translation>
    </message>
    <message>
        <source>Night scene</source>
        <translation>Cena noturna</translation>
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
        <translation>Primeiro plano</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Performing</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <source>Posing</source>
        <translation>Pose</translation>
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
        <translation>Cena de filme</translation>
    </message>
    <message>
        <source>Original digital capture of a real-life scene</source>
        <translation>Captura digital original de uma cena real</translation>
    </message>
    <message>
        <source>Computational capture of a real-life scene</source>
        <translation>Captura computacional de uma cena real</translation>
    </message>
    <message>
        <source>Digitised from a negative on film</source>
        <translation>Digitalizado de um negativo</translation>
    </message>
    <message>
        <source>Digitised from a positive on film</source>
        <translation>Digitalizado de um diapositivo</translation>
    </message>
    <message>
        <source>Digitised from a print</source>
        <translation>Digitalizado de uma cópia impressa</translation>
    </message>
    <message>
        <source>Edited by a human</source>
        <translation>Editado por uma pessoa</translation>
    </message>
    <message>
        <source>Original with minor human edits</source>
        <translation>Original com pequenos retoques</translation>
    </message>
    <message>
        <source>Composite of captured elements</source>
        <translation>Composição de elementos captados</translation>
    </message>
    <message>
        <source>Algorithmically enhanced</source>
        <translation>Melhorado por algoritmos</translation>
    </message>
    <message>
        <source>Data-driven media</source>
        <translation>Gerado a partir de dados</translation>
    </message>
    <message>
        <source>Digital art</source>
        <translation>Arte digital</translation>
    </message>
    <message>
        <source>Virtual recording</source>
        <translation>Gravação virtual</translation>
    </message>
    <message>
        <source>Composite including synthetic elements</source>
        <translation>Composição com elementos sintéticos</translation>
    </message>
    <message>
        <source>Created by generative AI</source>
        <translation>Criado por IA generativa</translation>
    </message>
    <message>
        <source>Edited with generative AI</source>
        <translation>Editado com IA generativa</translation>
    </message>
    <message>
        <source>Pure algorithmic media</source>
        <translation>Criado só por algoritmos</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Captura de tela</translation>
    </message>
    <message>
        <source>Created by software</source>
        <translation>Criado por software</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source>Scan of a film negative</source>
        <translation>Digitalização de um negativo</translation>
    </message>
    <message>
        <source>Scan of a slide</source>
        <translation>Digitalização de um diapositivo</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Digitalização</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Captura de tela</translation>
    </message>
    <message>
        <source>Composite photograph</source>
        <translation>Fotografia composta</translation>
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
    <name>Wesog::CaptionEditor</name>
    <message numerus="yes">
        <source>%n character(s), </source>
        <translation>
            <numerusform>%n caractere, </numerusform>
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
            <numerusform>(maior do que o %n byte que o IPTC IIM guarda)</numerusform>
            <numerusform>(maior do que os %n bytes que o IPTC IIM guarda)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::Cli</name>
    <message>
        <source>Reads the metadata of a folder&apos;s images and prints the PUT /imgs body as JSON.</source>
        <translation>Lê os metadados das imagens de uma pasta e imprime o corpo de PUT /imgs em JSON.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>O comando.</translation>
    </message>
    <message>
        <source>The image folder.</source>
        <translation>A pasta de imagens.</translation>
    </message>
    <message>
        <source>usage: wesogctl scan FOLDER [options]</source>
        <translation>uso: wesogctl scan PASTA [opções]</translation>
    </message>
    <message>
        <source>cannot read folder %1</source>
        <translation>não é possível ler a pasta %1</translation>
    </message>
    <message>
        <source>warning: src is a file:// URL, which the Wesog service cannot fetch; set --src-template before submitting</source>
        <translation>aviso: src é uma URL file://, que o serviço Wesog não consegue baixar; defina --src-template antes de enviar</translation>
    </message>
    <message>
        <source>Prints an operation&apos;s status as JSON.</source>
        <translation>Imprime o estado de uma operação em JSON.</translation>
    </message>
    <message>
        <source>The operation id.</source>
        <translation>O id da operação.</translation>
    </message>
    <message>
        <source>Print one line per change until the operation finishes.</source>
        <translation>Imprimir uma linha por mudança até a operação terminar.</translation>
    </message>
    <message>
        <source>usage: wesogctl status OP_ID [--watch] [--url URL] [--key-file F]</source>
        <translation>uso: wesogctl status OP_ID [--watch] [--url URL] [--key-file F]</translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be used: %1</source>
        <translation>a resposta do servidor não pode ser usada: %1</translation>
    </message>
    <message>
        <source>cannot start %1, which runs %2: %3</source>
        <translation>não é possível iniciar %1, que executa %2: %3</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>comando desconhecido: %1</translation>
    </message>
    <message>
        <source>usage: wesogctl scan FOLDER [options] | submit DIR|FILE.json [options] | status OP_ID [options] | pull [options] | write FOLDER BODY.json [options] | check FOLDER|BODY.json [options]; add --help after a command for its options</source>
        <translation>uso: wesogctl scan PASTA [opções] | submit PASTA|ARQUIVO.json [opções] | status OP_ID [opções] | pull [opções] | write PASTA CORPO.json [opções] | check PASTA|CORPO.json [opções]; acrescente --help depois de um comando para ver as opções dele</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON array of images: %2</source>
        <translation>%1 não é uma lista JSON de imagens: %2</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, item %2: %3</translation>
    </message>
    <message>
        <source>%1: src is a file:// URL, which the server cannot fetch; set --src-template</source>
        <translation>%1: src é uma URL file://, que o servidor não consegue baixar; defina --src-template</translation>
    </message>
    <message>
        <source>Sends images with PUT /imgs and follows their operations until they finish.</source>
        <translation>Envia imagens com PUT /imgs e acompanha suas operações até terminarem.</translation>
    </message>
    <message>
        <source>An image folder, or a JSON file holding a PUT /imgs body.</source>
        <translation>Uma pasta de imagens ou um arquivo JSON com um corpo de PUT /imgs.</translation>
    </message>
    <message>
        <source>Ask the server to answer only when each operation is finished.</source>
        <translation>Pedir ao servidor que responda só quando cada operação terminar.</translation>
    </message>
    <message>
        <source>Queue the operations ahead of others.</source>
        <translation>Colocar as operações na fila à frente das outras.</translation>
    </message>
    <message>
        <source>Fail items whose id the server does not know.</source>
        <translation>Falhar os itens cujo id o servidor não conhece.</translation>
    </message>
    <message>
        <source>Language of the AI tags: en, es, pt, fr or ru (default en).</source>
        <translation>Idioma das etiquetas de IA: en, es, pt, fr ou ru (padrão en).</translation>
    </message>
    <message>
        <source>Images per request, 1 to 1000 (default 500).</source>
        <translation>Imagens por requisição, de 1 a 1000 (padrão 500).</translation>
    </message>
    <message>
        <source>Stop once every batch is sent; do not follow the operations.</source>
        <translation>Parar quando todos os lotes forem enviados; não acompanhar as operações.</translation>
    </message>
    <message>
        <source>--lang must be one of: %1</source>
        <translation>--lang deve ser um destes: %1</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to 1000</source>
        <translation>--batch-size deve ser um número inteiro de 1 a 1000</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 não existe</translation>
    </message>
    <message>
        <source>%1, item %2: no id to find its file by</source>
        <translation>%1, item %2: sem id para encontrar o seu ficheiro</translation>
    </message>
    <message>
        <source>%1, item %2: the id %3 appears twice</source>
        <translation>%1, item %2: o id %3 aparece duas vezes</translation>
    </message>
    <message>
        <source>Writes the fields of a PUT /imgs body into the images of a folder (XMP, IIM, EXIF and sidecars) and prints a JSON summary.</source>
        <translation>Escreve os campos de um corpo PUT /imgs nas imagens de uma pasta (XMP, IIM, EXIF e ficheiros auxiliares) e imprime um resumo JSON.</translation>
    </message>
    <message>
        <source>A JSON file holding a PUT /imgs body.</source>
        <translation>Um ficheiro JSON com um corpo PUT /imgs.</translation>
    </message>
    <message>
        <source>Include subfolders.</source>
        <translation>Incluir subpastas.</translation>
    </message>
    <message>
        <source>Template of each image&apos;s id (default {basename}).</source>
        <translation>Modelo do id de cada imagem (padrão {basename}).</translation>
    </message>
    <message>
        <source>Metadata language: the alternative of multi-language fields that is written (default en).</source>
        <translation>Idioma dos metadados: a alternativa dos campos multilingues que é escrita (predefinição en).</translation>
    </message>
    <message>
        <source>auto: into the file and every sidecar it has (default); sidecar: into XMP sidecars only.</source>
        <translation>auto: no ficheiro e em cada ficheiro auxiliar que tenha (predefinição); sidecar: só em ficheiros auxiliares XMP.</translation>
    </message>
    <message>
        <source>Code page of IPTC text without a character set marker, transcoded to UTF-8 when written (default windows-1252).</source>
        <translation>Página de códigos do texto IPTC sem marcador de conjunto de caracteres, convertido para UTF-8 ao escrever (predefinição windows-1252).</translation>
    </message>
    <message>
        <source>Keep each original as NAME.EXT_original (an existing one is kept).</source>
        <translation>Guardar cada original como NAME.EXT_original (um existente é mantido).</translation>
    </message>
    <message>
        <source>Print what would be written; write nothing.</source>
        <translation>Mostrar o que seria escrito; não escrever nada.</translation>
    </message>
    <message>
        <source>usage: wesogctl write FOLDER BODY.json [options]</source>
        <translation>utilização: wesogctl write PASTA CORPO.json [opções]</translation>
    </message>
    <message>
        <source>unknown template variable: %1</source>
        <translation>variável de modelo desconhecida: %1</translation>
    </message>
    <message>
        <source>{sandbox} is only known inside Wesog Desk; give the server&apos;s address instead</source>
        <translation>{sandbox} só existe dentro do Wesog Desk; indique o endereço do servidor</translation>
    </message>
    <message>
        <source>unknown code page: %1</source>
        <translation>página de código desconhecida: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may be misspelled</source>
        <translation>“%1” pode estar escrito errado</translation>
    </message>
    <message>
        <source>Checks captions before anything is sent: the validation rules, spelling, replacement codes and countries. Prints one JSON line per finding.</source>
        <translation>Verifica as legendas antes de qualquer envio: as regras de validação, a ortografia, os códigos de substituição e os países. Imprime uma linha JSON por ocorrência.</translation>
    </message>
    <message>
        <source>An image folder or a PUT /imgs body (JSON file).</source>
        <translation>Uma pasta de imagens ou um corpo PUT /imgs (arquivo JSON).</translation>
    </message>
    <message>
        <source>The agency&apos;s required fields, e.g. &quot;caption author keywords:3&quot;.</source>
        <translation>Os campos obrigatórios da agência, por exemplo &quot;caption author keywords:3&quot;.</translation>
    </message>
    <message>
        <source>A dictionary of accepted words (UTF-8, one per line); repeatable.</source>
        <translation>Um dicionário de palavras aceitas (UTF-8, uma por linha); pode ser repetido.</translation>
    </message>
    <message>
        <source>A code replacements file (Photo Mechanic format); repeatable, a later file&apos;s code wins.</source>
        <translation>Um arquivo de códigos de substituição (formato do Photo Mechanic); pode ser repetido, e o código de um arquivo posterior prevalece.</translation>
    </message>
    <message>
        <source>usage: wesogctl check FOLDER|BODY.json [options]</source>
        <translation>uso: wesogctl check PASTA|CORPO.json [opções]</translation>
    </message>
    <message>
        <source>unknown field in --rules: %1</source>
        <translation>campo desconhecido em --rules: %1</translation>
    </message>
    <message>
        <source>--target must be auto or sidecar</source>
        <translation>--target tem de ser auto ou sidecar</translation>
    </message>
    <message>
        <source>Prints the images a query matches as a PUT /imgs body (a JSON array).</source>
        <translation>Imprime as imagens que correspondem a uma consulta como corpo de PUT /imgs (um array JSON).</translation>
    </message>
    <message>
        <source>The filter formula of GET /imgs (default: every image).</source>
        <translation>A fórmula de filtro de GET /imgs (por omissão: todas as imagens).</translation>
    </message>
    <message>
        <source>Stop after the first N images in the server&apos;s order (default: all).</source>
        <translation>Parar após as primeiras N imagens na ordem do servidor (por omissão: todas).</translation>
    </message>
    <message>
        <source>usage: wesogctl pull [--url URL] [--key-file F] [--q QUERY] [--limit N]</source>
        <translation>uso: wesogctl pull [--url URL] [--key-file F] [--q CONSULTA] [--limit N]</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1</source>
        <translation>--limit tem de ser um número inteiro de pelo menos 1</translation>
    </message>
    <message>
        <source>%1 images to load</source>
        <translation>%1 imagens a carregar</translation>
    </message>
    <message>
        <source>loaded %1 of %2 images</source>
        <translation>carregadas %1 de %2 imagens</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); trying again in %3 s</source>
        <translation>a tentativa %1 falhou (%2); nova tentativa em %3 s</translation>
    </message>
    <message>
        <source>the images could not be compared with the server&apos;s copies, so nothing was sent: %1</source>
        <translation>não foi possível comparar as imagens com as cópias do servidor, por isso nada foi enviado: %1</translation>
    </message>
    <message>
        <source>compared %1 of %2 images with the server</source>
        <translation>comparadas %1 de %2 imagens com o servidor</translation>
    </message>
    <message>
        <source>The PUT /imgs body FILE.json was edited from (as wesogctl pull printed it): only changed images are sent, merged with what changed on the server since; conflicting ones are held back.</source>
        <translation>O corpo de PUT /imgs a partir do qual FILE.json foi editado (tal como wesogctl pull o imprimiu): só são enviadas as imagens alteradas, fundidas com o que mudou no servidor desde então; as que estão em conflito ficam retidas.</translation>
    </message>
    <message>
        <source>usage: wesogctl submit DIR|FILE.json [--base BASE.json] [options]</source>
        <translation>uso: wesogctl submit PASTA|FICHEIRO.json [--base BASE.json] [opções]</translation>
    </message>
    <message>
        <source>--base compares JSON files: FILE.json and --base BASE.json</source>
        <translation>--base compara ficheiros JSON: FILE.json e --base BASE.json</translation>
    </message>
    <message>
        <source>cannot load Qt&apos;s image decoders (%1): %2; images whose header gives no size are reported as corrupt, and a written TIFF is checked by its metadata only</source>
        <translation>não é possível carregar os decodificadores de imagem do Qt (%1): %2; as imagens cujo cabeçalho não informa o tamanho são relatadas como danificadas, e um TIFF gravado é verificado apenas pelos metadados</translation>
    </message>
</context>
<context>
    <name>Wesog::Cli::ScanFlags</name>
    <message>
        <source>Include subfolders.</source>
        <translation>Incluir subpastas.</translation>
    </message>
    <message>
        <source>Template of each image&apos;s id (default {basename}).</source>
        <translation>Modelo do id de cada imagem (padrão {basename}).</translation>
    </message>
    <message>
        <source>Template of each image&apos;s src URL (default: $WESOG_SRC_TEMPLATE, else file:// URLs).</source>
        <translation>Modelo da URL src de cada imagem (padrão: $WESOG_SRC_TEMPLATE; senão, URLs file://).</translation>
    </message>
    <message>
        <source>Language of the values picked from multi-language fields (default en).</source>
        <translation>Idioma dos valores escolhidos em campos multilíngues (padrão en).</translation>
    </message>
    <message>
        <source>Code page of IPTC text without a character set marker (default windows-1252).</source>
        <translation>Página de código do texto IPTC sem indicação de conjunto de caracteres (padrão windows-1252).</translation>
    </message>
    <message>
        <source>Number of files read at once (default: one per core).</source>
        <translation>Número de arquivos lidos de uma vez (padrão: um por núcleo).</translation>
    </message>
    <message>
        <source>unknown template variable: %1</source>
        <translation>variável de modelo desconhecida: %1</translation>
    </message>
    <message>
        <source>{sandbox} is only known inside Wesog Desk; give the server&apos;s address instead</source>
        <translation>{sandbox} só existe dentro do Wesog Desk; indique o endereço do servidor</translation>
    </message>
    <message>
        <source>unknown code page: %1</source>
        <translation>página de código desconhecida: %1</translation>
    </message>
    <message>
        <source>--jobs must be a whole number of at least 1</source>
        <translation>--jobs deve ser um número inteiro de pelo menos 1</translation>
    </message>
    <message>
        <source>A JSON reading profile with your agency&apos;s tables for shot, scene, medium and categories.</source>
        <translation>Um perfil de leitura JSON com as tabelas da sua agência para plano, cena, suporte e categorias.</translation>
    </message>
    <message>
        <source>Use the headline as title when the title is empty or looks like a file name.</source>
        <translation>Usar a manchete como título quando o título está vazio ou parece um nome de arquivo.</translation>
    </message>
    <message>
        <source>cannot use the profile %1: %2</source>
        <translation>não é possível usar o perfil %1: %2</translation>
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
        <translation>Conexão</translation>
    </message>
    <message>
        <source>&amp;Local sandbox: a Wesog server on this computer, no account needed</source>
        <translation>Sandbox &amp;local: um servidor Wesog neste computador, sem conta</translation>
    </message>
    <message>
        <source>&amp;Wesog service</source>
        <translation>Serviço &amp;Wesog</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Deixe vazio para manter a chave guardada</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to other computers (the key travels unencrypted)</source>
        <translation>Permitir &amp;http simples para outros computadores (a chave segue sem criptografia)</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL do servidor:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Arquivo de CA &amp;adicional:</translation>
    </message>
    <message>
        <source>No system keychain is available: keys are kept in a file only you can read (mode 0600).</source>
        <translation>Não há chaveiro do sistema: as chaves ficam num arquivo que só você pode ler (modo 0600).</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in the settings.</source>
        <translation>As chaves ficam no chaveiro do sistema, nunca nas configurações.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Warning: with plain http, anyone on the network path can read the API key.</source>
        <translation>Atenção: com http simples, qualquer um no caminho da rede pode ler a chave de API.</translation>
    </message>
    <message>
        <source>No API key is stored for this server; type it above.</source>
        <translation>Não há chave de API guardada para este servidor; digite-a acima.</translation>
    </message>
    <message>
        <source>The Local sandbox is not running.</source>
        <translation>O sandbox local não está em execução.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Connected: the server accepts the key.</source>
        <translation>Conectado: o servidor aceita a chave.</translation>
    </message>
</context>
<context>
    <name>Wesog::ConnectionManager</name>
    <message>
        <source>Local sandbox (not running)</source>
        <translation>Sandbox local (parado)</translation>
    </message>
    <message>
        <source>The Local sandbox cannot start: %1</source>
        <translation>O sandbox local não consegue iniciar: %1</translation>
    </message>
    <message>
        <source>Local sandbox (%1)</source>
        <translation>Sandbox local (%1)</translation>
    </message>
    <message>
        <source>Wesog: not connected</source>
        <translation>Wesog: sem conexão</translation>
    </message>
    <message>
        <source>No API key is stored for %1. Enter it in Connection settings.</source>
        <translation>Não há chave de API guardada para %1. Informe-a em Conexão.</translation>
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
        <translation>Salvar os campos das imagens selecionadas (todas, se nenhuma estiver selecionada) para uma planilha</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Take field values from a spreadsheet; shows what changes first</source>
        <translation>Trazer valores de campos de uma planilha; antes mostra o que muda</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The CSV file cannot be written: %1</source>
        <translation>O arquivo CSV não pode ser gravado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>%n imagem exportada para %1.</numerusform>
            <numerusform>%n imagens exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation>O arquivo CSV não pode ser lido: %1</translation>
    </message>
    <message>
        <source>The imported values could not be saved; nothing changed.</source>
        <translation>Os valores importados não puderam ser salvos; nada mudou.</translation>
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
            <numerusform>Mudará %n célula</numerusform>
            <numerusform>Mudarão %n células</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n image(s)</source>
        <translation>
            <numerusform>em %n imagem</numerusform>
            <numerusform>em %n imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) matched</source>
        <translation>
            <numerusform>%n linha correspondente</numerusform>
            <numerusform>%n linhas correspondentes</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Após importar</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Deixado de fora:</translation>
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
        <translation>As fontes divergem em “%1”.</translation>
    </message>
    <message>
        <source>The file changed on disk after you edited it; your edits are kept.</source>
        <translation>O arquivo mudou no disco depois da sua edição; suas edições são mantidas.</translation>
    </message>
    <message>
        <source>Failed on the server</source>
        <translation>Falharam no servidor</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>Invalid fields</source>
        <translation>Campos inválidos</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>Arquivos ilegíveis</translation>
    </message>
    <message>
        <source>Metadata sources disagree</source>
        <translation>As fontes de metadados divergem</translation>
    </message>
    <message>
        <source>Edits that conflict with changes on disk</source>
        <translation>Edições em conflito com mudanças no disco</translation>
    </message>
    <message>
        <source>Changed on the server too: held back</source>
        <translation>Também alteradas no servidor: retidas</translation>
    </message>
</context>
<context>
    <name>Wesog::ErrorReviewPanel</name>
    <message>
        <source>Nothing to review: no failed, unsent, invalid or conflicting images.</source>
        <translation>Nada a revisar: nenhuma imagem com falha, não enviada, inválida ou em conflito.</translation>
    </message>
    <message>
        <source>&amp;Resubmit Failed</source>
        <translation>&amp;Reenviar com falha</translation>
    </message>
    <message>
        <source>Send the failed and unsent images again, with your fixes</source>
        <translation>Enviar de novo as imagens com falha e não enviadas, com suas correções</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Ex&amp;portar relatório…</translation>
    </message>
    <message>
        <source>Export Error Report</source>
        <translation>Exportar relatório de erros</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be written: %1</source>
        <translation>O relatório não pode ser gravado: %1</translation>
    </message>
    <message>
        <source>Changed Here and on the Server</source>
        <translation>Alterado aqui e no servidor</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Manter o meu</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Aceitar o deles</translation>
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
        <translation>O deles (servidor agora)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>O meu</translation>
    </message>
</context>
<context>
    <name>Wesog::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
</context>
<context>
    <name>Wesog::FindReplaceDialog</name>
    <message numerus="yes">
        <source>Replace &quot;%1&quot; in %n cell(s)</source>
        <translation>
            <numerusform>Substituir &quot;%1&quot; em %n célula</numerusform>
            <numerusform>Substituir &quot;%1&quot; em %n células</numerusform>
        </translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1</source>
        <translation>A expressão regular não é válida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>Mudará %n célula</numerusform>
            <numerusform>Mudarão %n células</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n image(s).</source>
        <translation>
            <numerusform>em %n imagem.</numerusform>
            <numerusform>em %n imagens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Localizar e substituir</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Localizar:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Substituir &amp;por:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;Em:</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpressão regular</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Diferenciar &amp;maiúsculas</translation>
    </message>
    <message>
        <source>Whole w&amp;ords</source>
        <translation>Palavras &amp;inteiras</translation>
    </message>
    <message>
        <source>Selected cells</source>
        <translation>Células selecionadas</translation>
    </message>
    <message>
        <source>Current column</source>
        <translation>Coluna atual</translation>
    </message>
    <message>
        <source>All fields of the images shown</source>
        <translation>Todos os campos das imagens mostradas</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Substituir &amp;tudo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Wesog::FolderSource</name>
    <message>
        <source>Edits Cannot Be Kept</source>
        <translation>Não é possível guardar as edições</translation>
    </message>
    <message>
        <source>The workspace that keeps your edits could not be opened, so edits would be lost: %1</source>
        <translation>Não foi possível abrir o espaço de trabalho que guarda as suas edições, por isso elas se perderiam: %1</translation>
    </message>
    <message>
        <source>Saved Edits Could Not Be Read</source>
        <translation>As edições salvas não puderam ser lidas</translation>
    </message>
</context>
<context>
    <name>Wesog::ImagePager</name>
    <message>
        <source>Page %1 of the results is not a JSON object.</source>
        <translation>A página %1 dos resultados não é um objeto JSON.</translation>
    </message>
    <message>
        <source>Page %1 of the results has no valid image count.</source>
        <translation>A página %1 dos resultados não traz um número de imagens válido.</translation>
    </message>
    <message>
        <source>Page %1 of the results has no list of images.</source>
        <translation>A página %1 dos resultados não traz uma lista de imagens.</translation>
    </message>
    <message>
        <source>page %1, image %2</source>
        <translation>página %1, imagem %2</translation>
    </message>
    <message>
        <source>The server sent an image that is not a JSON object (%1).</source>
        <translation>O servidor enviou uma imagem que não é um objeto JSON (%1).</translation>
    </message>
    <message>
        <source>The server sent an image without an image_id (%1).</source>
        <translation>O servidor enviou uma imagem sem image_id (%1).</translation>
    </message>
    <message>
        <source>The server sent an unreadable image (%1): %2</source>
        <translation>O servidor enviou uma imagem ilegível (%1): %2</translation>
    </message>
    <message>
        <source>The number of matching images changed from %1 to %2 while loading (page %3): the collection changed on the server; load it again.</source>
        <translation>O número de imagens correspondentes mudou de %1 para %2 durante o carregamento (página %3): a coleção mudou no servidor; carregue-a de novo.</translation>
    </message>
    <message>
        <source>Page %1 of the results holds %2 images where %3 were announced: the collection changed on the server or the server miscounts; load it again.</source>
        <translation>A página %1 dos resultados traz %2 imagens onde foram anunciadas %3: a coleção mudou no servidor ou o servidor conta mal; carregue-a de novo.</translation>
    </message>
    <message>
        <source>Image %1 came twice (again on page %2): the collection changed on the server while loading; load it again.</source>
        <translation>A imagem %1 chegou duas vezes (de novo na página %2): a coleção mudou no servidor durante o carregamento; carregue-a de novo.</translation>
    </message>
</context>
<context>
    <name>Wesog::InspectorPanel</name>
    <message>
        <source>Select an image to see its metadata.</source>
        <translation>Selecione uma imagem para ver seus metadados.</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Carregando a pré-visualização…</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceita</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>não enviado</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>operação %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Pré-visualização indisponível: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::KeyStore</name>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>O arquivo de chave %1 não existe.</translation>
    </message>
    <message>
        <source>The key file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>Outros usuários podem ler o arquivo de chave %1; permita só o dono (chmod 600).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>O arquivo de chave %1 não pode ser lido: %2</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>O arquivo de chave %1 está vazio.</translation>
    </message>
    <message>
        <source>The key cannot be saved in %1: %2</source>
        <translation>A chave não pode ser salva em %1: %2</translation>
    </message>
</context>
<context>
    <name>Wesog::ListItemDialog</name>
    <message numerus="yes">
        <source>Add &quot;%1&quot; to %n image(s)</source>
        <translation>
            <numerusform>Adicionar &quot;%1&quot; a %n imagem</numerusform>
            <numerusform>Adicionar &quot;%1&quot; a %n imagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; from %n image(s)</source>
        <translation>
            <numerusform>Remover &quot;%1&quot; de %n imagem</numerusform>
            <numerusform>Remover &quot;%1&quot; de %n imagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to List</source>
        <translation>Adicionar à lista</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Remover da lista</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Adicionar:</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Remover:</translation>
    </message>
</context>
<context>
    <name>Wesog::LoadProgress</name>
    <message>
        <source>Reading images…</source>
        <translation>Lendo imagens…</translation>
    </message>
    <message>
        <source>Reading images… %1 so far</source>
        <translation>Lendo imagens… %1 até agora</translation>
    </message>
    <message>
        <source>Reading images… %1 of %2</source>
        <translation>Lendo imagens… %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled after %n image(s).</source>
        <translation>
            <numerusform>Carregamento cancelado após %n imagem.</numerusform>
            <numerusform>Carregamento cancelado após %n imagens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) read.</source>
        <translation>
            <numerusform>%n imagem lida.</numerusform>
            <numerusform>%n imagens lidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>Não foi possível ler %n arquivo.</numerusform>
            <numerusform>Não foi possível ler %n arquivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::MainWindow</name>
    <message>
        <source>The folder was not read again; the new reading settings apply when it is next opened.</source>
        <translation>A pasta não foi lida de novo; as novas definições de leitura aplicam-se quando voltar a ser aberta.</translation>
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
        <source>&amp;Status Bar</source>
        <translation>Barra de &amp;status</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Tela &amp;cheia</translation>
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
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Folder</source>
        <translation>Não é possível abrir a pasta</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist or cannot be read.</source>
        <translation>A pasta &quot;%1&quot; não existe ou não pode ser lida.</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>Abrir pasta de imagens</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Abrir pasta…</translation>
    </message>
    <message>
        <source>Open a folder of images (%1)</source>
        <translation>Abrir uma pasta de imagens (%1)</translation>
    </message>
    <message>
        <source>Include &amp;Subfolders</source>
        <translation>Incluir s&amp;ubpastas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop reading the folder (Esc)</source>
        <translation>Parar de ler a pasta (Esc)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <source>No changes on disk.</source>
        <translation>Nenhuma alteração no disco.</translation>
    </message>
    <message>
        <source>Changes on disk: %1 new, %2 gone, %3 changed.</source>
        <translation>Alterações no disco: %1 novos, %2 removidos, %3 modificados.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer there; its images stay listed.</source>
        <translation>A pasta %1 não existe mais; as imagens continuam na lista.</translation>
    </message>
    <message>
        <source>&amp;Rescan Folder</source>
        <translation>&amp;Reler a pasta</translation>
    </message>
    <message>
        <source>Read the folder again and pick up files added, removed or changed (%1)</source>
        <translation>Ler a pasta de novo e detectar arquivos adicionados, removidos ou alterados (%1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferências…</translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation>Alteração não feita</translation>
    </message>
    <message>
        <source>Error Review</source>
        <translation>Revisão de erros</translation>
    </message>
    <message>
        <source>&amp;Error Review</source>
        <translation>Revisão de &amp;erros</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Próximo &amp;problema</translation>
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
        <translation>Não foi possível atualizar o espaço de trabalho depois de gravar o arquivo: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::OpenFromServerDialog</name>
    <message numerus="yes">
        <source>%n image(s) match.</source>
        <translation>
            <numerusform>Corresponde %n imagem.</numerusform>
            <numerusform>Correspondem %n imagens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot count the matching images: %1</source>
        <translation>Não é possível contar as imagens correspondentes: %1</translation>
    </message>
    <message>
        <source>Counting the matching images…</source>
        <translation>A contar as imagens correspondentes…</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Abrir do servidor</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Palavras-chave:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
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
        <translation>Correspondências:</translation>
    </message>
    <message>
        <source>Words in the title, headline, caption, alt text or keywords</source>
        <translation>Palavras do título, manchete, legenda, texto alternativo ou palavras-chave</translation>
    </message>
    <message>
        <source>Keywords, separated by semicolons</source>
        <translation>Palavras-chave, separadas por ponto e vírgula</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Any of them</source>
        <translation>Qualquer uma</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>AI-generated or not</source>
        <translation>Geradas por IA ou não</translation>
    </message>
    <message>
        <source>AI-generated only</source>
        <translation>Só geradas por IA</translation>
    </message>
    <message>
        <source>Not AI-generated only</source>
        <translation>Só não geradas por IA</translation>
    </message>
    <message>
        <source>A filter formula, for example d&gt;=2024-01-01 || k=harbour</source>
        <translation>Uma fórmula de filtro, por exemplo d&gt;=2024-01-01 || k=harbour</translation>
    </message>
</context>
<context>
    <name>Wesog::OperationWatcher</name>
    <message>
        <source>the operation counts %1 items done of %2</source>
        <translation>a operação conta %1 itens feitos de %2</translation>
    </message>
    <message>
        <source>the operation&apos;s counts went backwards</source>
        <translation>as contagens da operação andaram para trás</translation>
    </message>
</context>
<context>
    <name>Wesog::OperationsModel</name>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>%1 item(s) failed; the first: %2</source>
        <translation>%1 item(ns) falharam; o primeiro: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Certas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
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
        <translation>Execução (ms)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Opções</translation>
    </message>
</context>
<context>
    <name>Wesog::PreSendCheck</name>
    <message>
        <source>The server&apos;s copy of image %1 is not a JSON object.</source>
        <translation>A cópia do servidor da imagem %1 não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The server answered for another image than %1.</source>
        <translation>O servidor respondeu por outra imagem que não %1.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of image %1 is unreadable: %2</source>
        <translation>A cópia do servidor da imagem %1 é ilegível: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch of image ids has no list of images.</source>
        <translation>A resposta do servidor a um lote de ids de imagem não traz uma lista de imagens.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch of image ids holds an unreadable image.</source>
        <translation>A resposta do servidor a um lote de ids de imagem contém uma imagem ilegível.</translation>
    </message>
</context>
<context>
    <name>Wesog::Preferences</name>
    <message>
        <source>Reading Profile Not Used</source>
        <translation>Perfil de leitura não usado</translation>
    </message>
    <message>
        <source>Code Replacements Not Loaded</source>
        <translation>Substituições de códigos não carregadas</translation>
    </message>
    <message>
        <source>Agency Dictionary Not Loaded</source>
        <translation>Dicionário da agência não carregado</translation>
    </message>
</context>
<context>
    <name>Wesog::PresetDialog</name>
    <message>
        <source>New preset</source>
        <translation>Nova predefinição</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Predefinições</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <translation>Acrescentar</translation>
    </message>
    <message>
        <source>Values may use {filename}, {basename}, {folder}, {id}, {date} (the image&apos;s date) and {today}. Append adds to the field instead of replacing it; list items are separated by &quot;;&quot;.</source>
        <translation>Os valores podem usar {filename}, {basename}, {folder}, {id}, {date} (a data da imagem) e {today}. &quot;Acrescentar&quot; adiciona ao campo em vez de o substituir; os itens de lista são separados por &quot;;&quot;.</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>N&amp;ovo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Adicionar campo</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>&amp;Remover campo</translation>
    </message>
</context>
<context>
    <name>Wesog::PreviewWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Esta imagem não pode ser mostrada.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Pré-visualização indisponível: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir re&amp;cente</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Folders</source>
        <translation>&amp;Limpar pastas recentes</translation>
    </message>
    <message>
        <source>%1 — all images</source>
        <translation>%1 — todas as imagens</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Server Collections</source>
        <translation>&amp;Limpar coleções do servidor recentes</translation>
    </message>
    <message>
        <source>&amp;Recent Collections</source>
        <translation>Coleções &amp;recentes</translation>
    </message>
</context>
<context>
    <name>Wesog::RecordDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %n image(s)</source>
        <translation>
            <numerusform>Definir &quot;%1&quot; em %n imagem</numerusform>
            <numerusform>Definir &quot;%1&quot; em %n imagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar &quot;%1&quot;</translation>
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
        <translation>Todas as imagens (%1)</translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation>Editadas (%1)</translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation>Inválidas (%1)</translation>
    </message>
    <message>
        <source>Not sent (%1)</source>
        <translation>Não enviadas (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Enviadas (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Com falha (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflitos (%1)</translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation>Ilegíveis (%1)</translation>
    </message>
    <message>
        <source>Nothing Pasted</source>
        <translation>Nada foi colado</translation>
    </message>
    <message>
        <source>The clipboard does not fit here, so nothing was changed:
%1</source>
        <translation>O conteúdo da área de transferência não cabe aqui, por isso nada foi alterado:
%1</translation>
    </message>
    <message>
        <source>Apply preset &quot;%1&quot;</source>
        <translation>Aplicar a predefinição &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Preencher para &amp;baixo</translation>
    </message>
    <message>
        <source>Copy the top selected value to the other selected rows</source>
        <translation>Copiar o valor selecionado de cima para as outras linhas selecionadas</translation>
    </message>
    <message>
        <source>Add to &amp;List…</source>
        <translation>Adicion&amp;ar à lista…</translation>
    </message>
    <message>
        <source>Add a keyword, category or collection to every selected image</source>
        <translation>Adicionar uma palavra-chave, categoria ou coleção a todas as imagens selecionadas</translation>
    </message>
    <message>
        <source>Remove from Li&amp;st…</source>
        <translation>Re&amp;mover da lista…</translation>
    </message>
    <message>
        <source>Remove a keyword, category or collection from every selected image</source>
        <translation>Remover uma palavra-chave, categoria ou coleção de todas as imagens selecionadas</translation>
    </message>
    <message>
        <source>Re&amp;vert to Loaded Values</source>
        <translation>Re&amp;verter para os valores lidos</translation>
    </message>
    <message>
        <source>Put the selected cells back to the values read from the files</source>
        <translation>Devolver às células selecionadas os valores lidos dos arquivos</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>Pre&amp;definições</translation>
    </message>
    <message>
        <source>&amp;Manage Presets…</source>
        <translation>&amp;Gerenciar predefinições…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Localizar e &amp;substituir…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>Full-Window &amp;Preview</source>
        <translation>Pré-&amp;visualização em janela inteira</translation>
    </message>
    <message>
        <source>Search file names and metadata (%1)</source>
        <translation>Procurar em nomes de arquivo e metadados (%1)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabela</translation>
    </message>
    <message>
        <source>Thumbnail &amp;Grid</source>
        <translation>&amp;Grade de miniaturas</translation>
    </message>
    <message>
        <source>Table &amp;and Grid</source>
        <translation>Tabela e g&amp;rade</translation>
    </message>
    <message>
        <source>E&amp;xpand Codes</source>
        <translation>E&amp;xpandir códigos</translation>
    </message>
    <message>
        <source>Replace the code replacement codes in the selected cells</source>
        <translation>Substituir os códigos de substituição nas células selecionadas</translation>
    </message>
    <message>
        <source>Misspelled (%1)</source>
        <translation>Com erros ortográficos (%1)</translation>
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
    <message>
        <source>Not readable: %1</source>
        <translation>Ilegível: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
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
        <translation>As fontes divergem:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n cell(s)</source>
        <translation>
            <numerusform>Reverter %n célula</numerusform>
            <numerusform>Reverter %n células</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be saved, so it was not made: %1</source>
        <translation>Não foi possível guardar a alteração, por isso ela não foi feita: %1</translation>
    </message>
    <message>
        <source>Changed on disk after you edited it; your edits are kept</source>
        <translation>Alterado no disco depois de ser editado; as suas edições são mantidas</translation>
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
        <translation>Editado. Valor lido: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Inválido: %1</translation>
    </message>
    <message>
        <source> (operation %1)</source>
        <translation> (operação %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>O servidor o recusou: %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <source>Not written to the file: %1 (%2)</source>
        <translation>Não gravado no arquivo: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Wesog::RemoteThumbnailLoader</name>
    <message>
        <source>not an image</source>
        <translation>não é uma imagem</translation>
    </message>
    <message>
        <source>not a web address (http or https)</source>
        <translation>não é um endereço web (http ou https)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>o servidor respondeu %1 %2</translation>
    </message>
    <message>
        <source>redirected from https to http, which is refused</source>
        <translation>redirecionada de https para http, o que é recusado</translation>
    </message>
</context>
<context>
    <name>Wesog::ServerActions</name>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Abrir do ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Search the server and load the matching images into the table (%1)</source>
        <translation>Pesquisar no servidor e carregar na tabela as imagens correspondentes (%1)</translation>
    </message>
    <message>
        <source>No Server Connection</source>
        <translation>Sem ligação ao servidor</translation>
    </message>
    <message>
        <source>Set up the connection to the server in Preferences first; its images are searched with that key.</source>
        <translation>Configure primeiro a ligação ao servidor nas Preferências; as suas imagens são pesquisadas com essa chave.</translation>
    </message>
    <message>
        <source>Another Server</source>
        <translation>Outro servidor</translation>
    </message>
    <message>
        <source>This collection is on %1, but the connection is set to %2. Connect to %1 in Preferences to open it.</source>
        <translation>Esta coleção está em %1, mas a ligação aponta para %2. Ligue-se a %1 nas Preferências para a abrir.</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>nenhum servidor</translation>
    </message>
</context>
<context>
    <name>Wesog::ServerSource</name>
    <message>
        <source>All images on %1</source>
        <translation>Todas as imagens em %1</translation>
    </message>
    <message>
        <source>The images of a server collection have no files on this computer.</source>
        <translation>As imagens de uma coleção do servidor não têm ficheiros neste computador.</translation>
    </message>
    <message>
        <source>Edits Cannot Be Kept</source>
        <translation>Não é possível guardar as edições</translation>
    </message>
    <message>
        <source>The workspace that keeps your edits could not be opened, so edits would be lost: %1</source>
        <translation>Não foi possível abrir o espaço de trabalho que guarda as suas edições, pelo que se perderiam: %1</translation>
    </message>
    <message>
        <source>Saved Edits Could Not Be Read</source>
        <translation>Não foi possível ler as edições guardadas</translation>
    </message>
    <message>
        <source>The Collection Could Not Be Loaded</source>
        <translation>Não foi possível carregar a coleção</translation>
    </message>
    <message>
        <source>The Server Sent a Bad Answer</source>
        <translation>O servidor enviou uma resposta incorreta</translation>
    </message>
    <message>
        <source>What the server held when the collection was loaded could not be read back from the workspace: %1</source>
        <translation>Não foi possível reler do espaço de trabalho o que o servidor tinha quando a coleção foi carregada: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::SettingsDialog</name>
    <message>
        <source>The ID template cannot be empty.</source>
        <translation>O modelo de ID não pode ficar vazio.</translation>
    </message>
    <message>
        <source>Unknown variables: %1</source>
        <translation>Variáveis desconhecidas: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>&amp;ID template:</source>
        <translation>Modelo de &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Source URL template:</source>
        <translation>Modelo da URL de &amp;origem:</translation>
    </message>
    <message>
        <source>&amp;Code page of unmarked IPTC text:</source>
        <translation>&amp;Página de código do texto IPTC sem indicação:</translation>
    </message>
    <message>
        <source>Variables: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1}, and {sandbox} for the address of the local sandbox. Changed templates apply to every image at once.</source>
        <translation>Variáveis: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1} e {sandbox} para o endereço do sandbox local. Os modelos alterados aplicam-se a todas as imagens de uma vez.</translation>
    </message>
    <message>
        <source>Unknown required fields: %1 (use API names such as caption, author, keywords:3)</source>
        <translation>Campos obrigatórios desconhecidos: %1 (use nomes da API como caption, author, keywords:3)</translation>
    </message>
    <message>
        <source>&amp;Required by your agency:</source>
        <translation>O&amp;brigatório para a sua agência:</translation>
    </message>
    <message>
        <source>&amp;Vocabulary file:</source>
        <translation>Arquivo de &amp;vocabulário:</translation>
    </message>
    <message>
        <source>One keyword per line, offered while typing lists</source>
        <translation>Uma palavra-chave por linha, sugerida ao digitar listas</translation>
    </message>
    <message>
        <source>The reading profile cannot be used: %1</source>
        <translation>Não é possível usar o perfil de leitura: %1</translation>
    </message>
    <message>
        <source>Use the &amp;headline as title when the title is empty or looks like a file name</source>
        <translation>Usar a &amp;manchete como título quando o título está vazio ou parece um nome de arquivo</translation>
    </message>
    <message>
        <source>Reading &amp;profile:</source>
        <translation>Perfil de &amp;leitura:</translation>
    </message>
    <message>
        <source>Standard IPTC codes</source>
        <translation>Códigos IPTC padrão</translation>
    </message>
    <message>
        <source>A JSON file with your agency&apos;s tables for shot, scene, medium and category codes; leave empty for the standard IPTC codes. The README shows the format.</source>
        <translation>Um arquivo JSON com as tabelas da sua agência para os códigos de plano, cena, suporte e categoria; deixe vazio para usar os códigos IPTC padrão. O README mostra o formato.</translation>
    </message>
    <message>
        <source>Reading Profile</source>
        <translation>Perfil de leitura</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Vocabulary File</source>
        <translation>Arquivo de vocabulário</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Arquivos de texto (*.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Metadata language:</source>
        <translation>Idioma dos meta&amp;dados:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Which language alternative of titles, headlines and captions is read and written; the others in the file are kept.</source>
        <translation>Qual alternativa de idioma de títulos, manchetes e legendas é lida e gravada; as outras do arquivo são mantidas.</translation>
    </message>
    <message>
        <source>&amp;Write metadata:</source>
        <translation>&amp;Gravar metadados:</translation>
    </message>
    <message>
        <source>Automatic: into the file and its existing sidecars</source>
        <translation>Automático: no arquivo e nos seus sidecars existentes</translation>
    </message>
    <message>
        <source>Into XMP sidecars only</source>
        <translation>Somente em sidecars XMP</translation>
    </message>
    <message>
        <source>&amp;New sidecars:</source>
        <translation>&amp;Novos sidecars:</translation>
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
        <translation>Manter a &amp;hora de modificação dos arquivos gravados</translation>
    </message>
    <message>
        <source>Keep a &amp;backup of each original file (NAME.EXT_original)</source>
        <translation>Manter uma &amp;cópia de segurança de cada arquivo original (NAME.EXT_original)</translation>
    </message>
    <message>
        <source>The code delimiter must be one character that is not a space.</source>
        <translation>O delimitador de códigos deve ser um caractere que não seja um espaço.</translation>
    </message>
    <message>
        <source>Code replacement &amp;files:</source>
        <translation>&amp;Arquivos de substituição de códigos:</translation>
    </message>
    <message>
        <source>Photo Mechanic code replacement files (code, tab, replacement); a code in a later file wins</source>
        <translation>Arquivos de substituição de códigos do Photo Mechanic (código, tabulação, substituição); vale o código de um arquivo posterior</translation>
    </message>
    <message>
        <source>Code Replacements</source>
        <translation>Substituições de códigos</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Adiciona&amp;r</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emover</translation>
    </message>
    <message>
        <source>Code &amp;delimiter:</source>
        <translation>Delimi&amp;tador de códigos:</translation>
    </message>
    <message>
        <source>A&amp;gency dictionary:</source>
        <translation>Dicionário de termo&amp;s da agência:</translation>
    </message>
    <message>
        <source>Names of people and places, one per line, never flagged as misspelled</source>
        <translation>Nomes de pessoas e lugares, um por linha, nunca marcados como erros</translation>
    </message>
    <message>
        <source>Agency Dictionary</source>
        <translation>Dicionário da agência</translation>
    </message>
</context>
<context>
    <name>Wesog::SpellingSupport</name>
    <message>
        <source>“%1” could not be saved in your dictionary (%2), so it is only ignored for now.</source>
        <translation>Não foi possível guardar “%1” no seu dicionário (%2); por enquanto, é apenas ignorada.</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Nenhuma sugestão</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Adicionar ao dicionário</translation>
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
        <translation>Mesclado a partir do servidor: %1</translation>
    </message>
    <message>
        <source>Held back: changed on the server too (%1). Choose Keep Mine or Take Theirs in the error review.</source>
        <translation>Retida: também foi alterada no servidor (%1). Escolha Manter o meu ou Aceitar o deles na revisão de erros.</translation>
    </message>
    <message>
        <source>Held back: deleted on the server since it was read. Keep Mine creates it again; Take Theirs drops the edits.</source>
        <translation>Retida: foi excluída no servidor depois de lida. Manter o meu cria-a de novo; Aceitar o deles descarta as edições.</translation>
    </message>
    <message>
        <source>Held back: the server already holds this id, and this image was never sent from here. Keep Mine replaces the server&apos;s copy; Take Theirs takes its values.</source>
        <translation>Retida: o servidor já tem este id e esta imagem nunca foi enviada daqui. Manter o meu substitui a cópia do servidor; Aceitar o deles adota os seus valores.</translation>
    </message>
    <message>
        <source>Conflict settled; ready to be sent again.</source>
        <translation>Conflito resolvido; pronta para ser enviada de novo.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionController</name>
    <message>
        <source>The workspace could not store the submission&apos;s progress: %1</source>
        <translation>O espaço de trabalho não conseguiu guardar o progresso do envio: %1</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>O arquivo não pode ser lido.</translation>
    </message>
    <message>
        <source>Already on its way; wait for its result.</source>
        <translation>Já está a caminho; aguarde o resultado.</translation>
    </message>
    <message>
        <source>The workspace could not read what was last sent: %1</source>
        <translation>O espaço de trabalho não conseguiu ler o último envio: %1</translation>
    </message>
    <message>
        <source>Merge from the Server</source>
        <translation>Mesclar a partir do servidor</translation>
    </message>
    <message>
        <source>The workspace could not store the conflicts: %1</source>
        <translation>O espaço de trabalho não conseguiu guardar os conflitos: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s current copies could not be read to check them: %1</source>
        <translation>Nada foi enviado: não foi possível ler as cópias atuais do servidor para as verificar: %1</translation>
    </message>
    <message>
        <source>The workspace could not store what the server accepted: %1</source>
        <translation>O espaço de trabalho não conseguiu guardar o que o servidor aceitou: %1</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Aceitar o deles</translation>
    </message>
    <message>
        <source>Take Theirs: %1</source>
        <translation>Aceitar o deles: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionJob</name>
    <message>
        <source>Not confirmed: operation %1 counted %2 failed items without naming this one, so it was probably not applied.</source>
        <translation>Não confirmado: a operação %1 contou %2 itens com falha sem citar este, então provavelmente não foi aplicado.</translation>
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
        <translation>Enviar imagens ao servidor (%1)</translation>
    </message>
    <message>
        <source>&amp;Cancel Submission</source>
        <translation>&amp;Cancelar envio</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>Co&amp;nexão…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operações</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Operações</translation>
    </message>
    <message>
        <source>key in a file (no keychain)</source>
        <translation>chave num arquivo (sem chaveiro)</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key is kept in a file only you can read.</source>
        <translation>Não há chaveiro do sistema, então a chave de API fica num arquivo que só você pode ler.</translation>
    </message>
    <message>
        <source>Not Connected</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>Choose a server in Server ▸ Connection first.</source>
        <translation>Escolha primeiro um servidor em Servidor ▸ Conexão.</translation>
    </message>
    <message>
        <source>Nothing was sent: a submission is still being sent.</source>
        <translation>Nada foi enviado: ainda há um envio em andamento.</translation>
    </message>
    <message>
        <source>Submission finished: %1 accepted, %2 failed, %3 not sent.</source>
        <translation>Envio concluído: %1 aceitas, %2 com falha, %3 não enviadas.</translation>
    </message>
    <message>
        <source>Wesog Desk</source>
        <translation>Wesog Desk</translation>
    </message>
    <message>
        <source>Checking the server&apos;s current copies: %1 of %2</source>
        <translation>A verificar as cópias atuais do servidor: %1 de %2</translation>
    </message>
    <message>
        <source>Stop the check. Nothing is sent and your edits stay.</source>
        <translation>Para a verificação. Nada é enviado e as suas edições ficam.</translation>
    </message>
    <message>
        <source>%1 unchanged (not sent), %2 merged with the server&apos;s changes, %3 held back by conflicts.</source>
        <translation>%1 sem alterações (não enviadas), %2 mescladas com as alterações do servidor, %3 retidas por conflitos.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmitDialog</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Submit to Server</source>
        <translation>Enviar ao servidor</translation>
    </message>
    <message>
        <source>Selected images (%1)</source>
        <translation>Imagens selecionadas (%1)</translation>
    </message>
    <message>
        <source>Edited images</source>
        <translation>Imagens editadas</translation>
    </message>
    <message>
        <source>All valid images</source>
        <translation>Todas as imagens válidas</translation>
    </message>
    <message>
        <source>Failed and not sent images</source>
        <translation>Imagens com falha e não enviadas</translation>
    </message>
    <message>
        <source>&amp;Wait for each operation to finish before the server answers</source>
        <translation>&amp;Esperar cada operação terminar antes de o servidor responder</translation>
    </message>
    <message>
        <source>&amp;Urgent: queue ahead of other work</source>
        <translation>&amp;Urgente: entrar na fila à frente de outros trabalhos</translation>
    </message>
    <message>
        <source>&amp;Strict: fail images the server does not know yet</source>
        <translation>E&amp;strito: falhar imagens que o servidor ainda não conhece</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Imagens:</translation>
    </message>
    <message>
        <source>AI tag &amp;language:</source>
        <translation>I&amp;dioma das etiquetas de IA:</translation>
    </message>
    <message>
        <source>Ba&amp;tch size:</source>
        <translation>Tamanho do &amp;lote:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Will send</source>
        <translation>Será enviado</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Último envio</translation>
    </message>
    <message>
        <source>Comp&amp;are with the Server&apos;s Copy</source>
        <translation>Comparar com a có&amp;pia do servidor</translation>
    </message>
    <message>
        <source>What each image will replace</source>
        <translation>O que cada imagem vai substituir</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>En&amp;viar</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) will be sent.</source>
        <translation>
            <numerusform>%n imagem será enviada.</numerusform>
            <numerusform>%n imagens serão enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are held back:</source>
        <translation>
            <numerusform>%n imagem fica retida:</numerusform>
            <numerusform>%n imagens ficam retidas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sent (never)</source>
        <translation>Último envio (nunca)</translation>
    </message>
    <message>
        <source>Server (not there yet)</source>
        <translation>Servidor (ainda não está lá)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Server&apos;s copy</source>
        <translation>Cópia do servidor</translation>
    </message>
</context>
<context>
    <name>Wesog::Submitter</name>
    <message>
        <source>The server took the batch but its answer names no operation, so the result is unknown.</source>
        <translation>O servidor aceitou o lote, mas a resposta não indica nenhuma operação, então o resultado é desconhecido.</translation>
    </message>
    <message>
        <source>Refused with its batch a second time: %1</source>
        <translation>Recusado com seu lote pela segunda vez: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::Tls</name>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>O arquivo de CA %1 não pode ser lido: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>O arquivo de CA %1 não contém nenhum certificado PEM.</translation>
    </message>
</context>
<context>
    <name>Wesog::TokenEditor</name>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Remover “%1”</translation>
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
        <translation>Tipo de fonte digital</translation>
    </message>
</context>
<context>
    <name>Wesog::Workspace</name>
    <message>
        <source>The saved edits of this folder could not be read (%1). The file is kept as %2; editing goes on in a new one, and the images&apos; own metadata is untouched.</source>
        <translation>As edições salvas desta pasta não puderam ser lidas (%1). O arquivo é mantido como %2; a edição continua num novo, e os metadados das próprias imagens não são tocados.</translation>
    </message>
</context>
<context>
    <name>Wesog::WriteActions</name>
    <message>
        <source>&amp;Write Metadata to Files…</source>
        <translation>&amp;Gravar metadados nos arquivos…</translation>
    </message>
    <message>
        <source>Write the edited fields into the image files or their XMP sidecars; shows what will change first</source>
        <translation>Grava os campos editados nos arquivos de imagem ou nos seus sidecars XMP; primeiro mostra o que vai mudar</translation>
    </message>
    <message>
        <source>Und&amp;o Write</source>
        <translation>Desfa&amp;zer gravação</translation>
    </message>
    <message>
        <source>Write back the values the files held before the last write</source>
        <translation>Grava de volta os valores que os arquivos tinham antes da última gravação</translation>
    </message>
    <message>
        <source>Write Metadata to Files</source>
        <translation>Gravar metadados nos arquivos</translation>
    </message>
    <message>
        <source>None of the selected images has edits to write.</source>
        <translation>Nenhuma das imagens selecionadas tem alterações a gravar.</translation>
    </message>
    <message>
        <source>No image has edits to write.</source>
        <translation>Nenhuma imagem tem alterações a gravar.</translation>
    </message>
</context>
<context>
    <name>Wesog::WriteMetadataDialog</name>
    <message numerus="yes">
        <source>Every edited image: %n. To write only some, select two or more rows first.</source>
        <translation>
            <numerusform>Todas as imagens editadas: %n. Para gravar só algumas, selecione antes duas ou mais linhas.</numerusform>
            <numerusform>Todas as imagens editadas: %n. Para gravar só algumas, selecione antes duas ou mais linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous values of the fields just written go back into the files.</source>
        <translation>Os valores anteriores dos campos recém-gravados voltam para os arquivos.</translation>
    </message>
    <message>
        <source>Undo Write</source>
        <translation>Desfazer gravação</translation>
    </message>
    <message>
        <source>Write Metadata to Files</source>
        <translation>Gravar metadados nos arquivos</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Gravar</translation>
    </message>
    <message>
        <source>&amp;Undo Write</source>
        <translation>&amp;Desfazer gravação</translation>
    </message>
    <message>
        <source>Checking what will change…</source>
        <translation>Verificando o que vai mudar…</translation>
    </message>
    <message>
        <source>Writing the previous values…</source>
        <translation>Gravando os valores anteriores…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Gravando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing will change: the files already hold these values.</source>
        <translation>Nada vai mudar: os arquivos já têm estes valores.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will change</source>
        <translation>
            <numerusform>%n arquivo vai mudar</numerusform>
            <numerusform>%n arquivos vão mudar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n field(s) in all).</source>
        <translation>
            <numerusform>(%n campo no total).</numerusform>
            <numerusform>(%n campos no total).</numerusform>
        </translation>
    </message>
    <message>
        <source>Into XMP sidecars: %1.</source>
        <translation>Em sidecars XMP: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will not be written; see below.</source>
        <translation>
            <numerusform>%n arquivo não será gravado; veja abaixo.</numerusform>
            <numerusform>%n arquivos não serão gravados; veja abaixo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous values written back into %n file(s).</source>
        <translation>
            <numerusform>Valores anteriores gravados de volta em %n arquivo.</numerusform>
            <numerusform>Valores anteriores gravados de volta em %n arquivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n arquivo gravado.</numerusform>
            <numerusform>%n arquivos gravados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already held these values.</source>
        <translation>
            <numerusform>%n arquivo já tinha estes valores.</numerusform>
            <numerusform>%n arquivos já tinham estes valores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not written; each row says why.</source>
        <translation>
            <numerusform>%n arquivo não gravado; a linha dele diz por quê.</numerusform>
            <numerusform>%n arquivos não gravados; cada linha diz por quê.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) left untouched.</source>
        <translation>
            <numerusform>Cancelado: %n arquivo não foi alterado.</numerusform>
            <numerusform>Cancelado: %n arquivos não foram alterados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not written: %2 (%3)</source>
        <translation>%1: não gravado: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Selected images with edits: %n.</source>
        <translation>
            <numerusform>Imagens selecionadas com alterações: %n.</numerusform>
            <numerusform>Imagens selecionadas com alterações: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Into the image files (%n): %1.</source>
        <translation>
            <numerusform>Nos arquivos de imagem (%n): %1.</numerusform>
            <numerusform>Nos arquivos de imagem (%n): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>The file changed on disk since it was read; reread it and check the values first.</source>
        <translation>O arquivo mudou no disco desde que foi lido; leia-o de novo e confira os valores antes.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only.</source>
        <translation>O arquivo ou a sua pasta é somente leitura.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>O disco está cheio.</translation>
    </message>
    <message>
        <source>Wesog Desk cannot write this kind of file.</source>
        <translation>O Wesog Desk não consegue gravar este tipo de arquivo.</translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation>A imagem está danificada: %1</translation>
    </message>
    <message>
        <source>The written copy did not read back as intended (%1); the file was left as it was.</source>
        <translation>A cópia gravada não foi lida como esperado (%1); o arquivo ficou como estava.</translation>
    </message>
    <message>
        <source>The file has other hard links; writing would separate them.</source>
        <translation>O arquivo tem outros links físicos; gravá-lo os separaria.</translation>
    </message>
    <message>
        <source>Clearing this field needs the file itself, not only its sidecar: %1</source>
        <translation>Apagar este campo exige o próprio arquivo, não só o seu sidecar: %1</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>O arquivo não existe mais.</translation>
    </message>
    <message>
        <source>The file belongs to another user and its owner could not be kept.</source>
        <translation>O arquivo pertence a outro usuário e não foi possível manter o seu dono.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível gravar o arquivo: %1</translation>
    </message>
</context>
<context>
    <name>WriteWarning</name>
    <message>
        <source>%1 is longer than IPTC IIM allows: IIM keeps a shortened copy, XMP the whole text.</source>
        <translation>%1 é mais longo do que o IPTC IIM permite: o IIM guarda uma cópia encurtada e o XMP o texto inteiro.</translation>
    </message>
    <message>
        <source>The date is cleared, but the camera&apos;s own date (EXIF) stays in the file and will be read instead.</source>
        <translation>A data é apagada, mas a data da própria câmera (EXIF) continua no arquivo e será lida no lugar dela.</translation>
    </message>
    <message>
        <source>Medium was derived from the Digital Source Type being cleared; it will read back empty.</source>
        <translation>O meio era derivado do Digital Source Type que está sendo apagado; será lido vazio.</translation>
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
    <message>
        <source>What the screenshot shows: %1 (the first is the default).</source>
        <translation>O que a captura mostra: %1 (a primeira é a padrão).</translation>
    </message>
</context>
</TS>
