<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The server address is not a valid URL: %1</source>
        <translation>Адрес сервера не является корректным URL: %1</translation>
    </message>
    <message>
        <source>Only http and https server addresses are supported: %1</source>
        <translation>Поддерживаются только адреса серверов http и https: %1</translation>
    </message>
    <message>
        <source>Plain http to %1 would send the API key unencrypted. Use https, or allow insecure http in the connection settings.</source>
        <translation>По обычному http ключ API ушёл бы на %1 незашифрованным. Используйте https или разрешите небезопасный http в настройках подключения.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <source>API key rejected. Check the key in the connection settings.</source>
        <translation>API-ключ отклонён. Проверьте ключ в настройках подключения.</translation>
    </message>
    <message>
        <source>Not found on the server: %1</source>
        <translation>Не найдено на сервере: %1</translation>
    </message>
    <message>
        <source>The server refused the data: %1</source>
        <translation>Сервер отклонил данные: %1</translation>
    </message>
    <message>
        <source>The server asks to slow down.</source>
        <translation>Сервер просит снизить частоту запросов.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>На сервере произошла ошибка (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be used: %1</source>
        <translation>Ответ сервера непригоден: %1</translation>
    </message>
    <message>
        <source>The request or its answer is too large.</source>
        <translation>Запрос или ответ слишком велик.</translation>
    </message>
    <message>
        <source>The server redirected the request; redirects are not followed, so the API key stays with this server.</source>
        <translation>Сервер перенаправил запрос; перенаправления не выполняются, поэтому API-ключ не покидает этот сервер.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>CodeReplacements</name>
    <message>
        <source>cannot read the code replacements %1: %2</source>
        <translation>не удаётся прочитать коды замены %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not UTF-8 text; save the file as UTF-8 and load it again</source>
        <translation>%1, строка %2: текст не в UTF-8; сохраните файл в UTF-8 и загрузите его снова</translation>
    </message>
</context>
<context>
    <name>ConnectionFlags</name>
    <message>
        <source>The server (default: $WESOG_URL, else https://api.wesog.com).</source>
        <translation>Сервер (по умолчанию $WESOG_URL, иначе https://api.wesog.com).</translation>
    </message>
    <message>
        <source>File holding the API key, readable only by you (default: $WESOG_API_KEY, else the stored key).</source>
        <translation>Файл с ключом API, доступный для чтения только вам (по умолчанию $WESOG_API_KEY, иначе сохранённый ключ).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust.</source>
        <translation>Дополнительные сертификаты УЦ (PEM), которым нужно доверять.</translation>
    </message>
    <message>
        <source>Allow plain http to a host other than this machine.</source>
        <translation>Разрешить обычный http к узлам, кроме этого компьютера.</translation>
    </message>
    <message>
        <source>Tries per request before giving up, 1 to 20 (default 8).</source>
        <translation>Попыток на запрос, прежде чем сдаться, от 1 до 20 (по умолчанию 8).</translation>
    </message>
    <message>
        <source>--attempts must be a whole number from 1 to 20</source>
        <translation>--attempts должен быть целым числом от 1 до 20</translation>
    </message>
    <message>
        <source>no API key: use --key-file, WESOG_API_KEY, or store one in Wesog Desk</source>
        <translation>нет ключа API: укажите --key-file, WESOG_API_KEY или сохраните ключ в Wesog Desk</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>cannot read the country list %1: %2</source>
        <translation>не удаётся прочитать список стран %1: %2</translation>
    </message>
    <message>
        <source>the country list %1 has no countries</source>
        <translation>в списке стран %1 нет ни одной страны</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with &quot;file&quot; or &quot;id&quot; among them.</source>
        <translation>Первая строка должна называть столбцы, среди них «file» или «id».</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a field; it is ignored.</source>
        <translation>Столбец «%1» не является полем и пропускается.</translation>
    </message>
    <message>
        <source>Line %1: no image with this file or id.</source>
        <translation>Строка %1: нет изображения с таким файлом или id.</translation>
    </message>
    <message>
        <source>Line %1, %2: &quot;%3&quot; is not true, false or empty.</source>
        <translation>Строка %1, %2: «%3» — не true, не false и не пусто.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n cell(s) from CSV</source>
        <translation>
            <numerusform>Импорт %n ячейки из CSV</numerusform>
            <numerusform>Импорт %n ячеек из CSV</numerusform>
            <numerusform>Импорт %n ячеек из CSV</numerusform>
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
        <translation>URL источника</translation>
    </message>
    <message>
        <source>Watermarked URL</source>
        <translation>URL с водяным знаком</translation>
    </message>
    <message>
        <source>Thumbnail URL</source>
        <translation>URL миниатюры</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Альтернативный текст</translation>
    </message>
    <message>
        <source>AI generated</source>
        <translation>Создано ИИ</translation>
    </message>
    <message>
        <source>Model release</source>
        <translation>Согласие модели</translation>
    </message>
    <message>
        <source>Property release</source>
        <translation>Согласие владельца</translation>
    </message>
    <message>
        <source>NSFW</source>
        <translation>18+</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>Тип кадра</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Сцена</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Техника</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Коллекции</translation>
    </message>
</context>
<context>
    <name>FieldIssue</name>
    <message>
        <source>%1 is required by the Wesog API.</source>
        <translation>API Wesog требует поле «%1».</translation>
    </message>
    <message>
        <source>%1 is required by your agency&apos;s rules.</source>
        <translation>Правила вашего агентства требуют поле «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s).</source>
        <translation>
            <numerusform>В поле «%1» нужен хотя бы %n элемент.</numerusform>
            <numerusform>В поле «%1» нужно хотя бы %n элемента.</numerusform>
            <numerusform>В поле «%1» нужно хотя бы %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be an absolute http:// or https:// address.</source>
        <translation>«%1» должно быть полным адресом http:// или https://.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>«%1» должно быть датой в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>%1 is incomplete (year or month only); it will be sent as it is.</source>
        <translation>«%1» неполная (только год или месяц); она будет отправлена как есть.</translation>
    </message>
    <message>
        <source>%1 has an empty item at position %2.</source>
        <translation>В поле «%1» пустой элемент на позиции %2.</translation>
    </message>
    <message>
        <source>%1 has an item with spaces at its start or end (position %2).</source>
        <translation>В поле «%1» элемент с пробелами в начале или в конце (позиция %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than the %n bytes that IPTC IIM allows.</source>
        <translation>
            <numerusform>«%1» длиннее %n байта, допустимого в IPTC IIM.</numerusform>
            <numerusform>«%1» длиннее %n байт, допустимых в IPTC IIM.</numerusform>
            <numerusform>«%1» длиннее %n байт, допустимых в IPTC IIM.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an ISO 3166 country name (free text is allowed).</source>
        <translation>%1: не название страны по ISO 3166 (свободный текст допускается).</translation>
    </message>
    <message>
        <source>%1 has the code %2, which no code replacement file defines; it is left as typed.</source>
        <translation>В поле «%1» код %2, которого нет ни в одном файле замен кодов; он оставлен как введён.</translation>
    </message>
</context>
<context>
    <name>JsonFieldError</name>
    <message>
        <source>text</source>
        <translation>текстом</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false или null</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>списком строк</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>объектом JSON</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>массивом JSON</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation>Поле «%1» отсутствует.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is out of range; it should be %2.</source>
        <translation>Значение поля «%1» вне допустимого диапазона; оно должно быть %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has the wrong type; it should be %2.</source>
        <translation>У поля «%1» неверный тип; оно должно быть %2.</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>Images not yet sent stay edited, ready to send again.</source>
        <translation>Ещё не отправленные изображения остаются изменёнными и готовыми к новой отправке.</translation>
    </message>
    <message>
        <source>Change Anyway</source>
        <translation>Всё равно изменить</translation>
    </message>
    <message>
        <source>Files not yet put back keep the values written last; your corrections stay in the collection.</source>
        <translation>Файлы, которые ещё не возвращены к прежнему виду, сохраняют последние записанные значения; ваши исправления остаются в коллекции.</translation>
    </message>
    <message>
        <source>Read Again Anyway</source>
        <translation>Всё равно перечитать</translation>
    </message>
    <message>
        <source>A submission is still being sent.</source>
        <translation>Отправка ещё не завершена.</translation>
    </message>
    <message>
        <source>Images not yet sent stay edited, ready to send again; operations the server has confirmed are followed when this collection is next opened.</source>
        <translation>Ещё не отправленные изображения остаются изменёнными и готовыми к новой отправке; операции, уже подтверждённые сервером, будут отслеживаться при следующем открытии этой коллекции.</translation>
    </message>
    <message>
        <source>Metadata is still being written to files.</source>
        <translation>Метаданные ещё записываются в файлы.</translation>
    </message>
    <message>
        <source>Files not yet written keep their old metadata; your corrections stay in the collection.</source>
        <translation>Файлы, в которые ещё не записаны изменения, сохраняют прежние метаданные; ваши исправления остаются в коллекции.</translation>
    </message>
    <message>
        <source>Work Under Way</source>
        <translation>Работа не завершена</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Всё равно выйти</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Всё равно открыть</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>Продолжить работу</translation>
    </message>
</context>
<context>
    <name>MetadataNote</name>
    <message>
        <source>IPTC text has no character set marker; it was read as %1.</source>
        <translation>В тексте IPTC не указана кодировка; он прочитан как %1.</translation>
    </message>
    <message>
        <source>IPTC text looks garbled; the character set may be wrong.</source>
        <translation>Текст IPTC выглядит искажённым; возможно, кодировка неверна.</translation>
    </message>
    <message>
        <source>IPTC text looks garbled; it may read correctly as %1.</source>
        <translation>Текст IPTC выглядит искажённым; возможно, он правильно читается как %1.</translation>
    </message>
    <message>
        <source>IPTC text claims to be UTF-8 but is not; it was read with the legacy code page.</source>
        <translation>Текст IPTC объявлен как UTF-8, но им не является; он прочитан в устаревшей кодовой странице.</translation>
    </message>
    <message>
        <source>The IPTC copy of %1 is cut short; the XMP value is used.</source>
        <translation>Копия поля «%1» в IPTC обрезана; используется значение из XMP.</translation>
    </message>
    <message>
        <source>Ignored camera text in %1: &quot;%2&quot;.</source>
        <translation>Служебный текст камеры в поле «%1» пропущен: «%2».</translation>
    </message>
    <message>
        <source>Unknown code &quot;%2&quot; for %1; the field is left empty.</source>
        <translation>Неизвестный код «%2» для поля «%1»; поле оставлено пустым.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; %2 is left empty.</source>
        <translation>«%1» не является датой; поле «%2» оставлено пустым.</translation>
    </message>
    <message>
        <source>The sidecar %1 cannot be read; only the embedded metadata is used.</source>
        <translation>Файл-компаньон %1 не читается; используются только встроенные метаданные.</translation>
    </message>
    <message>
        <source>The sidecar %1 is shared with other images of the same name.</source>
        <translation>Файл-компаньон %1 общий для нескольких изображений с тем же именем.</translation>
    </message>
    <message>
        <source>The embedded XMP metadata is damaged and was ignored; IPTC and EXIF values are used.</source>
        <translation>Встроенные метаданные XMP повреждены и пропущены; используются значения IPTC и EXIF.</translation>
    </message>
</context>
<context>
    <name>MetadataProfile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>профиль должен быть объектом JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«%1» должно быть true или false</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: title_from_headline, shot, scene, medium, categories)</source>
        <translation>неизвестный ключ «%1» (известные: title_from_headline, shot, scene, medium, categories)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map codes to text</source>
        <translation>«%1» должно сопоставлять кодам тексты</translation>
    </message>
    <message>
        <source>the profile is larger than 1 MB</source>
        <translation>профиль больше 1 МБ</translation>
    </message>
</context>
<context>
    <name>PagerError</name>
    <message>
        <source>The server&apos;s answer has no valid image count.</source>
        <translation>В ответе сервера нет правильного числа изображений.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>sidecar</source>
        <translation>файл-компаньон</translation>
    </message>
    <message>
        <source>template</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>вычислено</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменено</translation>
    </message>
</context>
<context>
    <name>ReadingPreferences</name>
    <message>
        <source>The reading profile %1 is not used: %2</source>
        <translation>Профиль чтения %1 не используется: %2</translation>
    </message>
</context>
<context>
    <name>ScanError</name>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions).</source>
        <translation>Файл не читается (проверьте права доступа).</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>Файл исчез.</translation>
    </message>
    <message>
        <source>The file is not an image Wesog Desk can read.</source>
        <translation>Файл не является изображением, которое может прочитать Wesog Desk.</translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation>Изображение повреждено: %1</translation>
    </message>
    <message>
        <source>The image declares a size too large to open safely: %1</source>
        <translation>Изображение заявляет слишком большой размер, чтобы безопасно его открыть: %1</translation>
    </message>
    <message>
        <source>The link points to a file that does not exist.</source>
        <translation>Ссылка указывает на несуществующий файл.</translation>
    </message>
    <message>
        <source>The link points to itself in a loop.</source>
        <translation>Ссылка зациклена сама на себя.</translation>
    </message>
    <message>
        <source>The file name is not valid UTF-8; rename the file to read it.</source>
        <translation>Имя файла не в кодировке UTF-8; переименуйте файл, чтобы прочитать его.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe or a device, say).</source>
        <translation>Это не обычный файл (например, канал или устройство).</translation>
    </message>
</context>
<context>
    <name>ServerQueryForm</name>
    <message>
        <source>The text cannot hold &amp;&amp;, || or parentheses; use the Formula line for a formula.</source>
        <translation>Текст не может содержать &amp;&amp;, || или скобки; для формулы используйте строку «Формула».</translation>
    </message>
    <message>
        <source>The keyword “%1” cannot be searched for: it holds a comma, &amp;&amp;, || or a parenthesis.</source>
        <translation>Ключевое слово «%1» нельзя искать: в нём есть запятая, &amp;&amp;, || или скобка.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Диапазон дат заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>cannot read the dictionary %1: %2</source>
        <translation>не удаётся прочитать словарь %1: %2</translation>
    </message>
    <message>
        <source>no spelling dictionary for the language %1; known: %2</source>
        <translation>нет орфографического словаря для языка %1; известные: %2</translation>
    </message>
    <message>
        <source>the spelling dictionary %1 is in an unknown encoding (%2)</source>
        <translation>орфографический словарь %1 в неизвестной кодировке (%2)</translation>
    </message>
    <message>
        <source>no spelling dictionary for %1: none of %2 is installed (Debian: the hunspell-* packages)</source>
        <translation>нет орфографического словаря для %1: не установлен ни один из %2 (Debian: пакеты hunspell-*)</translation>
    </message>
    <message>
        <source>cannot add to the dictionary %1: %2</source>
        <translation>не удаётся добавить в словарь %1: %2</translation>
    </message>
    <message>
        <source>the dictionary %1 does not exist</source>
        <translation>словарь %1 не существует</translation>
    </message>
</context>
<context>
    <name>SubmitRun</name>
    <message>
        <source>cannot open the workspace: %1</source>
        <translation>не удаётся открыть рабочую область: %1</translation>
    </message>
    <message>
        <source>following %1 operation(s) of an earlier run</source>
        <translation>продолжается наблюдение за операциями прошлого запуска: %1</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); trying again in %3 s</source>
        <translation>попытка %1 не удалась (%2); повтор через %3 с</translation>
    </message>
    <message>
        <source>operation %1: %2 of %3 done, %4 failed%5</source>
        <translation>операция %1: готово %2 из %3, ошибок %4%5</translation>
    </message>
    <message>
        <source>, finished</source>
        <translation>, завершена</translation>
    </message>
    <message>
        <source>operation %1: %2</source>
        <translation>операция %1: %2</translation>
    </message>
    <message>
        <source>the workspace could not store the progress: %1</source>
        <translation>рабочая область не смогла сохранить ход работы: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <source>result unknown: the operation could not be followed to its end</source>
        <translation>результат неизвестен: не удалось проследить операцию до конца</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Нечего вставлять.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;</source>
        <translation>Строка %1, столбец «%2»</translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation>%1: изменение невозможно.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes, no or empty.</source>
        <translation>%1: «%2» — не «да», не «нет» и не пусто.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted block has %n more row(s) than the table below the current cell.</source>
        <translation>
            <numerusform>Во вставляемом блоке на %n строку больше, чем в таблице ниже текущей ячейки.</numerusform>
            <numerusform>Во вставляемом блоке на %n строки больше, чем в таблице ниже текущей ячейки.</numerusform>
            <numerusform>Во вставляемом блоке на %n строк больше, чем в таблице ниже текущей ячейки.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted block is wider than the table.</source>
        <translation>Вставляемый блок шире таблицы.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Вставить %n ячейку</numerusform>
            <numerusform>Вставить %n ячейки</numerusform>
            <numerusform>Вставить %n ячеек</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted values could not be saved.</source>
        <translation>Не удалось сохранить вставленные значения.</translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Заполнить вниз</translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Headshot</source>
        <translation>Крупный портрет</translation>
    </message>
    <message>
        <source>Half-length</source>
        <translation>Поясной план</translation>
    </message>
    <message>
        <source>Full-length</source>
        <translation>В полный рост</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Rear view</source>
        <translation>Вид сзади</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Один человек</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Пара</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Два человека</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>General view</source>
        <translation>Общий план</translation>
    </message>
    <message>
        <source>Panoramic view</source>
        <translation>Панорама</translation>
    </message>
    <message>
        <source>Aerial view</source>
        <translation>Вид с воздуха</translation>
    </message>
    <message>
        <source>Underwater</source>
        <translation>Подводная съёмка</translation>
    </message>
    <message>
        <source>Night scene</source>
        <translation>Ночная съёмка</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Спутниковый снимок</translation>
    </message>
    <message>
        <source>Exterior view</source>
        <translation>Вид снаружи</translation>
    </message>
    <message>
        <source>Interior view</source>
        <translation>Интерьер</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Крупный план</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Performing</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Posing</source>
        <translation>Позирование</translation>
    </message>
    <message>
        <source>Symbolic</source>
        <translation>Символический снимок</translation>
    </message>
    <message>
        <source>Off-beat</source>
        <translation>Необычный сюжет</translation>
    </message>
    <message>
        <source>Movie scene</source>
        <translation>Кадр из фильма</translation>
    </message>
    <message>
        <source>Original digital capture of a real-life scene</source>
        <translation>Цифровая съёмка реальной сцены</translation>
    </message>
    <message>
        <source>Computational capture of a real-life scene</source>
        <translation>Вычислительная съёмка реальной сцены</translation>
    </message>
    <message>
        <source>Digitised from a negative on film</source>
        <translation>Оцифровано с негатива</translation>
    </message>
    <message>
        <source>Digitised from a positive on film</source>
        <translation>Оцифровано со слайда</translation>
    </message>
    <message>
        <source>Digitised from a print</source>
        <translation>Оцифровано с отпечатка</translation>
    </message>
    <message>
        <source>Edited by a human</source>
        <translation>Отредактировано человеком</translation>
    </message>
    <message>
        <source>Original with minor human edits</source>
        <translation>Оригинал с небольшой ручной правкой</translation>
    </message>
    <message>
        <source>Composite of captured elements</source>
        <translation>Композиция из снятых элементов</translation>
    </message>
    <message>
        <source>Algorithmically enhanced</source>
        <translation>Улучшено алгоритмами</translation>
    </message>
    <message>
        <source>Data-driven media</source>
        <translation>Создано на основе данных</translation>
    </message>
    <message>
        <source>Digital art</source>
        <translation>Цифровое искусство</translation>
    </message>
    <message>
        <source>Virtual recording</source>
        <translation>Виртуальная запись</translation>
    </message>
    <message>
        <source>Composite including synthetic elements</source>
        <translation>Композиция с синтетическими элементами</translation>
    </message>
    <message>
        <source>Created by generative AI</source>
        <translation>Создано генеративным ИИ</translation>
    </message>
    <message>
        <source>Edited with generative AI</source>
        <translation>Отредактировано генеративным ИИ</translation>
    </message>
    <message>
        <source>Pure algorithmic media</source>
        <translation>Создано только алгоритмом</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Снимок экрана</translation>
    </message>
    <message>
        <source>Created by software</source>
        <translation>Создано программой</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Scan of a film negative</source>
        <translation>Скан негатива</translation>
    </message>
    <message>
        <source>Scan of a slide</source>
        <translation>Скан слайда</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Снимок экрана</translation>
    </message>
    <message>
        <source>Composite photograph</source>
        <translation>Составная фотография</translation>
    </message>
</context>
<context>
    <name>Wesog::AboutDialog</name>
    <message>
        <source>About Wesog Desk</source>
        <translation>О программе Wesog Desk</translation>
    </message>
    <message>
        <source>Wesog Desk %1</source>
        <translation>Wesog Desk %1</translation>
    </message>
    <message>
        <source>Correct the metadata of thousands of photos and send it to the Wesog image search service.

Built with Qt %1. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Исправляйте метаданные тысяч фотографий и отправляйте их в сервис поиска изображений Wesog.

Собрано с Qt %1. Распространяется по лицензии GNU General Public License версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>Wesog::CaptionEditor</name>
    <message numerus="yes">
        <source>%n character(s), </source>
        <translation>
            <numerusform>%n символ, </numerusform>
            <numerusform>%n символа, </numerusform>
            <numerusform>%n символов, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(longer than the %n bytes IPTC IIM keeps)</source>
        <translation>
            <numerusform>(длиннее %n байта, который хранит IPTC IIM)</numerusform>
            <numerusform>(длиннее %n байт, которые хранит IPTC IIM)</numerusform>
            <numerusform>(длиннее %n байт, которые хранит IPTC IIM)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::Cli</name>
    <message>
        <source>Reads the metadata of a folder&apos;s images and prints the PUT /imgs body as JSON.</source>
        <translation>Читает метаданные изображений папки и выводит тело запроса PUT /imgs в JSON.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Команда.</translation>
    </message>
    <message>
        <source>The image folder.</source>
        <translation>Папка с изображениями.</translation>
    </message>
    <message>
        <source>usage: wesogctl scan FOLDER [options]</source>
        <translation>использование: wesogctl scan ПАПКА [параметры]</translation>
    </message>
    <message>
        <source>cannot read folder %1</source>
        <translation>не удаётся прочитать папку %1</translation>
    </message>
    <message>
        <source>warning: src is a file:// URL, which the Wesog service cannot fetch; set --src-template before submitting</source>
        <translation>предупреждение: src — адрес file://, который сервис Wesog не может загрузить; задайте --src-template перед отправкой</translation>
    </message>
    <message>
        <source>Prints an operation&apos;s status as JSON.</source>
        <translation>Печатает состояние операции в формате JSON.</translation>
    </message>
    <message>
        <source>The operation id.</source>
        <translation>Идентификатор операции.</translation>
    </message>
    <message>
        <source>Print one line per change until the operation finishes.</source>
        <translation>Печатать по строке на каждое изменение, пока операция не завершится.</translation>
    </message>
    <message>
        <source>usage: wesogctl status OP_ID [--watch] [--url URL] [--key-file F]</source>
        <translation>использование: wesogctl status OP_ID [--watch] [--url URL] [--key-file F]</translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be used: %1</source>
        <translation>ответ сервера непригоден: %1</translation>
    </message>
    <message>
        <source>cannot start %1, which runs %2: %3</source>
        <translation>не удаётся запустить %1, который выполняет %2: %3</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>неизвестная команда: %1</translation>
    </message>
    <message>
        <source>usage: wesogctl scan FOLDER [options] | submit DIR|FILE.json [options] | status OP_ID [options] | pull [options] | write FOLDER BODY.json [options] | check FOLDER|BODY.json [options]; add --help after a command for its options</source>
        <translation>использование: wesogctl scan ПАПКА [параметры] | submit ПАПКА|ФАЙЛ.json [параметры] | status OP_ID [параметры] | pull [параметры] | write ПАПКА ТЕЛО.json [параметры] | check ПАПКА|ТЕЛО.json [параметры]; добавьте --help после команды, чтобы увидеть её параметры</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON array of images: %2</source>
        <translation>%1 не является JSON-массивом изображений: %2</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, элемент %2: %3</translation>
    </message>
    <message>
        <source>%1: src is a file:// URL, which the server cannot fetch; set --src-template</source>
        <translation>%1: src — это URL file://, который сервер не может загрузить; задайте --src-template</translation>
    </message>
    <message>
        <source>Sends images with PUT /imgs and follows their operations until they finish.</source>
        <translation>Отправляет изображения через PUT /imgs и следит за их операциями до завершения.</translation>
    </message>
    <message>
        <source>An image folder, or a JSON file holding a PUT /imgs body.</source>
        <translation>Папка изображений или JSON-файл с телом запроса PUT /imgs.</translation>
    </message>
    <message>
        <source>Ask the server to answer only when each operation is finished.</source>
        <translation>Просить сервер отвечать только после завершения каждой операции.</translation>
    </message>
    <message>
        <source>Queue the operations ahead of others.</source>
        <translation>Ставить операции в очередь впереди остальных.</translation>
    </message>
    <message>
        <source>Fail items whose id the server does not know.</source>
        <translation>Считать ошибкой элементы, id которых сервер не знает.</translation>
    </message>
    <message>
        <source>Language of the AI tags: en, es, pt, fr or ru (default en).</source>
        <translation>Язык ИИ-меток: en, es, pt, fr или ru (по умолчанию en).</translation>
    </message>
    <message>
        <source>Images per request, 1 to 1000 (default 500).</source>
        <translation>Изображений в запросе, от 1 до 1000 (по умолчанию 500).</translation>
    </message>
    <message>
        <source>Stop once every batch is sent; do not follow the operations.</source>
        <translation>Завершиться после отправки всех пакетов, не следя за операциями.</translation>
    </message>
    <message>
        <source>--lang must be one of: %1</source>
        <translation>--lang должен быть одним из: %1</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to 1000</source>
        <translation>--batch-size должен быть целым числом от 1 до 1000</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <source>%1, item %2: no id to find its file by</source>
        <translation>%1, элемент %2: нет id, по которому найти файл</translation>
    </message>
    <message>
        <source>%1, item %2: the id %3 appears twice</source>
        <translation>%1, элемент %2: id %3 встречается дважды</translation>
    </message>
    <message>
        <source>Writes the fields of a PUT /imgs body into the images of a folder (XMP, IIM, EXIF and sidecars) and prints a JSON summary.</source>
        <translation>Записывает поля тела PUT /imgs в изображения папки (XMP, IIM, EXIF и файлы-спутники) и выводит сводку в JSON.</translation>
    </message>
    <message>
        <source>A JSON file holding a PUT /imgs body.</source>
        <translation>Файл JSON с телом PUT /imgs.</translation>
    </message>
    <message>
        <source>Include subfolders.</source>
        <translation>Включать вложенные папки.</translation>
    </message>
    <message>
        <source>Template of each image&apos;s id (default {basename}).</source>
        <translation>Шаблон id каждого изображения (по умолчанию {basename}).</translation>
    </message>
    <message>
        <source>Metadata language: the alternative of multi-language fields that is written (default en).</source>
        <translation>Язык метаданных: вариант многоязычных полей, который записывается (по умолчанию en).</translation>
    </message>
    <message>
        <source>auto: into the file and every sidecar it has (default); sidecar: into XMP sidecars only.</source>
        <translation>auto: в сам файл и во все его файлы-спутники (по умолчанию); sidecar: только в файлы-спутники XMP.</translation>
    </message>
    <message>
        <source>Code page of IPTC text without a character set marker, transcoded to UTF-8 when written (default windows-1252).</source>
        <translation>Кодовая страница текста IPTC без отметки кодировки; при записи он перекодируется в UTF-8 (по умолчанию windows-1252).</translation>
    </message>
    <message>
        <source>Keep each original as NAME.EXT_original (an existing one is kept).</source>
        <translation>Сохранять каждый оригинал как NAME.EXT_original (существующий не перезаписывается).</translation>
    </message>
    <message>
        <source>Print what would be written; write nothing.</source>
        <translation>Показать, что было бы записано; ничего не записывать.</translation>
    </message>
    <message>
        <source>usage: wesogctl write FOLDER BODY.json [options]</source>
        <translation>использование: wesogctl write ПАПКА ТЕЛО.json [параметры]</translation>
    </message>
    <message>
        <source>unknown template variable: %1</source>
        <translation>неизвестная переменная шаблона: %1</translation>
    </message>
    <message>
        <source>{sandbox} is only known inside Wesog Desk; give the server&apos;s address instead</source>
        <translation>{sandbox} известна только внутри Wesog Desk; укажите адрес сервера</translation>
    </message>
    <message>
        <source>unknown code page: %1</source>
        <translation>неизвестная кодовая страница: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may be misspelled</source>
        <translation>«%1» — возможно, ошибка в написании</translation>
    </message>
    <message>
        <source>Checks captions before anything is sent: the validation rules, spelling, replacement codes and countries. Prints one JSON line per finding.</source>
        <translation>Проверяет подписи до отправки: правила проверки, орфографию, коды замены и страны. Выводит одну строку JSON на каждое замечание.</translation>
    </message>
    <message>
        <source>An image folder or a PUT /imgs body (JSON file).</source>
        <translation>Папка с изображениями или тело PUT /imgs (файл JSON).</translation>
    </message>
    <message>
        <source>The agency&apos;s required fields, e.g. &quot;caption author keywords:3&quot;.</source>
        <translation>Обязательные поля агентства, например &quot;caption author keywords:3&quot;.</translation>
    </message>
    <message>
        <source>A dictionary of accepted words (UTF-8, one per line); repeatable.</source>
        <translation>Словарь допустимых слов (UTF-8, по одному в строке); можно указать несколько раз.</translation>
    </message>
    <message>
        <source>A code replacements file (Photo Mechanic format); repeatable, a later file&apos;s code wins.</source>
        <translation>Файл кодов замены (формат Photo Mechanic); можно указать несколько раз, код из более позднего файла имеет приоритет.</translation>
    </message>
    <message>
        <source>usage: wesogctl check FOLDER|BODY.json [options]</source>
        <translation>использование: wesogctl check ПАПКА|ТЕЛО.json [параметры]</translation>
    </message>
    <message>
        <source>unknown field in --rules: %1</source>
        <translation>неизвестное поле в --rules: %1</translation>
    </message>
    <message>
        <source>--target must be auto or sidecar</source>
        <translation>--target должен быть auto или sidecar</translation>
    </message>
    <message>
        <source>Prints the images a query matches as a PUT /imgs body (a JSON array).</source>
        <translation>Выводит изображения, подходящие под запрос, как тело PUT /imgs (массив JSON).</translation>
    </message>
    <message>
        <source>The filter formula of GET /imgs (default: every image).</source>
        <translation>Формула фильтра GET /imgs (по умолчанию все изображения).</translation>
    </message>
    <message>
        <source>Stop after the first N images in the server&apos;s order (default: all).</source>
        <translation>Остановиться после первых N изображений в порядке сервера (по умолчанию все).</translation>
    </message>
    <message>
        <source>usage: wesogctl pull [--url URL] [--key-file F] [--q QUERY] [--limit N]</source>
        <translation>использование: wesogctl pull [--url URL] [--key-file Ф] [--q ЗАПРОС] [--limit N]</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1</source>
        <translation>--limit должен быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>%1 images to load</source>
        <translation>изображений к загрузке: %1</translation>
    </message>
    <message>
        <source>loaded %1 of %2 images</source>
        <translation>загружено %1 из %2 изображений</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); trying again in %3 s</source>
        <translation>попытка %1 не удалась (%2); повтор через %3 с</translation>
    </message>
    <message>
        <source>the images could not be compared with the server&apos;s copies, so nothing was sent: %1</source>
        <translation>не удалось сравнить изображения с копиями на сервере, поэтому ничего не отправлено: %1</translation>
    </message>
    <message>
        <source>compared %1 of %2 images with the server</source>
        <translation>сравнено с сервером %1 из %2 изображений</translation>
    </message>
    <message>
        <source>The PUT /imgs body FILE.json was edited from (as wesogctl pull printed it): only changed images are sent, merged with what changed on the server since; conflicting ones are held back.</source>
        <translation>Тело PUT /imgs, из которого был отредактирован FILE.json (как его вывел wesogctl pull): отправляются только изменённые изображения, объединённые с тем, что с тех пор изменилось на сервере; конфликтующие задерживаются.</translation>
    </message>
    <message>
        <source>usage: wesogctl submit DIR|FILE.json [--base BASE.json] [options]</source>
        <translation>использование: wesogctl submit ПАПКА|ФАЙЛ.json [--base БАЗА.json] [параметры]</translation>
    </message>
    <message>
        <source>--base compares JSON files: FILE.json and --base BASE.json</source>
        <translation>--base сравнивает файлы JSON: FILE.json и --base BASE.json</translation>
    </message>
    <message>
        <source>cannot load Qt&apos;s image decoders (%1): %2; images whose header gives no size are reported as corrupt, and a written TIFF is checked by its metadata only</source>
        <translation>не удалось загрузить декодеры изображений Qt (%1): %2; изображения, в заголовке которых нет размера, будут отмечены как повреждённые, а записанный TIFF проверяется только по метаданным</translation>
    </message>
</context>
<context>
    <name>Wesog::Cli::ScanFlags</name>
    <message>
        <source>Include subfolders.</source>
        <translation>Включать вложенные папки.</translation>
    </message>
    <message>
        <source>Template of each image&apos;s id (default {basename}).</source>
        <translation>Шаблон id каждого изображения (по умолчанию {basename}).</translation>
    </message>
    <message>
        <source>Template of each image&apos;s src URL (default: $WESOG_SRC_TEMPLATE, else file:// URLs).</source>
        <translation>Шаблон URL src каждого изображения (по умолчанию $WESOG_SRC_TEMPLATE, иначе адреса file://).</translation>
    </message>
    <message>
        <source>Language of the values picked from multi-language fields (default en).</source>
        <translation>Язык значений из многоязычных полей (по умолчанию en).</translation>
    </message>
    <message>
        <source>Code page of IPTC text without a character set marker (default windows-1252).</source>
        <translation>Кодовая страница текста IPTC без указания кодировки (по умолчанию windows-1252).</translation>
    </message>
    <message>
        <source>Number of files read at once (default: one per core).</source>
        <translation>Сколько файлов читать одновременно (по умолчанию — по одному на ядро).</translation>
    </message>
    <message>
        <source>unknown template variable: %1</source>
        <translation>неизвестная переменная шаблона: %1</translation>
    </message>
    <message>
        <source>{sandbox} is only known inside Wesog Desk; give the server&apos;s address instead</source>
        <translation>{sandbox} известна только внутри Wesog Desk; укажите адрес сервера</translation>
    </message>
    <message>
        <source>unknown code page: %1</source>
        <translation>неизвестная кодовая страница: %1</translation>
    </message>
    <message>
        <source>--jobs must be a whole number of at least 1</source>
        <translation>--jobs должно быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>A JSON reading profile with your agency&apos;s tables for shot, scene, medium and categories.</source>
        <translation>Профиль чтения JSON с таблицами вашего агентства для плана, сцены, носителя и категорий.</translation>
    </message>
    <message>
        <source>Use the headline as title when the title is empty or looks like a file name.</source>
        <translation>Использовать заголовок как название, если название пустое или похоже на имя файла.</translation>
    </message>
    <message>
        <source>cannot use the profile %1: %2</source>
        <translation>не удаётся использовать профиль %1: %2</translation>
    </message>
</context>
<context>
    <name>Wesog::CodeExpander</name>
    <message>
        <source>Expand Codes</source>
        <translation>Раскрыть коды</translation>
    </message>
</context>
<context>
    <name>Wesog::ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>&amp;Local sandbox: a Wesog server on this computer, no account needed</source>
        <translation>&amp;Локальная песочница: сервер Wesog на этом компьютере, без учётной записи</translation>
    </message>
    <message>
        <source>&amp;Wesog service</source>
        <translation>Сервис &amp;Wesog</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Оставьте пустым, чтобы сохранить прежний ключ</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to other computers (the key travels unencrypted)</source>
        <translation>Разрешить обычный &amp;http к другим компьютерам (ключ передаётся незашифрованным)</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Сертификаты УЦ</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL сервера:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Дополнительный файл &amp;УЦ:</translation>
    </message>
    <message>
        <source>No system keychain is available: keys are kept in a file only you can read (mode 0600).</source>
        <translation>Системной связки ключей нет: ключи хранятся в файле, доступном только вам (режим 0600).</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in the settings.</source>
        <translation>Ключи хранятся в системной связке ключей, а не в настройках.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Warning: with plain http, anyone on the network path can read the API key.</source>
        <translation>Внимание: при обычном http ключ API может прочитать любой на пути в сети.</translation>
    </message>
    <message>
        <source>No API key is stored for this server; type it above.</source>
        <translation>Для этого сервера ключ API не сохранён; введите его выше.</translation>
    </message>
    <message>
        <source>The Local sandbox is not running.</source>
        <translation>Локальная песочница не запущена.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Connected: the server accepts the key.</source>
        <translation>Подключено: сервер принимает ключ.</translation>
    </message>
</context>
<context>
    <name>Wesog::ConnectionManager</name>
    <message>
        <source>Local sandbox (not running)</source>
        <translation>Локальная песочница (не запущена)</translation>
    </message>
    <message>
        <source>The Local sandbox cannot start: %1</source>
        <translation>Локальная песочница не запускается: %1</translation>
    </message>
    <message>
        <source>Local sandbox (%1)</source>
        <translation>Локальная песочница (%1)</translation>
    </message>
    <message>
        <source>Wesog: not connected</source>
        <translation>Wesog: нет подключения</translation>
    </message>
    <message>
        <source>No API key is stored for %1. Enter it in Connection settings.</source>
        <translation>Для %1 не сохранён ключ API. Введите его в окне «Подключение».</translation>
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
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Save the selected images&apos; fields (all images when none is selected) for a spreadsheet</source>
        <translation>Сохранить поля выбранных изображений (всех, если ничего не выбрано) для электронной таблицы</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт из CSV…</translation>
    </message>
    <message>
        <source>Take field values from a spreadsheet; shows what changes first</source>
        <translation>Взять значения полей из электронной таблицы; сначала показывает, что изменится</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Импорт из CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The CSV file cannot be written: %1</source>
        <translation>Не удаётся записать файл CSV: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>%n изображение экспортировано в %1.</numerusform>
            <numerusform>%n изображения экспортировано в %1.</numerusform>
            <numerusform>%n изображений экспортировано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл CSV: %1</translation>
    </message>
    <message>
        <source>The imported values could not be saved; nothing changed.</source>
        <translation>Не удалось сохранить импортированные значения; ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>Wesog::CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>Изменится %n ячейка</numerusform>
            <numerusform>Изменятся %n ячейки</numerusform>
            <numerusform>Изменятся %n ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n image(s)</source>
        <translation>
            <numerusform>в %n изображении</numerusform>
            <numerusform>в %n изображениях</numerusform>
            <numerusform>в %n изображениях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) matched</source>
        <translation>
            <numerusform>совпала %n строка</numerusform>
            <numerusform>совпали %n строки</numerusform>
            <numerusform>совпало %n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>После импорта</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Пропущено:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
</context>
<context>
    <name>Wesog::ErrorReviewModel</name>
    <message>
        <source>The sources disagree on %1.</source>
        <translation>Источники расходятся в поле «%1».</translation>
    </message>
    <message>
        <source>The file changed on disk after you edited it; your edits are kept.</source>
        <translation>Файл изменился на диске после вашей правки; правки сохранены.</translation>
    </message>
    <message>
        <source>Failed on the server</source>
        <translation>Ошибки на сервере</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Invalid fields</source>
        <translation>Некорректные поля</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>Нечитаемые файлы</translation>
    </message>
    <message>
        <source>Metadata sources disagree</source>
        <translation>Источники метаданных расходятся</translation>
    </message>
    <message>
        <source>Edits that conflict with changes on disk</source>
        <translation>Правки, конфликтующие с изменениями на диске</translation>
    </message>
    <message>
        <source>Changed on the server too: held back</source>
        <translation>Изменены и на сервере: задержаны</translation>
    </message>
</context>
<context>
    <name>Wesog::ErrorReviewPanel</name>
    <message>
        <source>Nothing to review: no failed, unsent, invalid or conflicting images.</source>
        <translation>Проверять нечего: нет изображений с ошибками, неотправленных, некорректных или конфликтующих.</translation>
    </message>
    <message>
        <source>&amp;Resubmit Failed</source>
        <translation>Повторить &amp;неудачные</translation>
    </message>
    <message>
        <source>Send the failed and unsent images again, with your fixes</source>
        <translation>Отправить снова неудачные и неотправленные изображения с вашими исправлениями</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Э&amp;кспорт отчёта…</translation>
    </message>
    <message>
        <source>Export Error Report</source>
        <translation>Экспорт отчёта об ошибках</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be written: %1</source>
        <translation>Не удаётся записать отчёт: %1</translation>
    </message>
    <message>
        <source>Changed Here and on the Server</source>
        <translation>Изменено здесь и на сервере</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Взять их</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation>Их (сейчас на сервере)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
</context>
<context>
    <name>Wesog::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
</context>
<context>
    <name>Wesog::FindReplaceDialog</name>
    <message numerus="yes">
        <source>Replace &quot;%1&quot; in %n cell(s)</source>
        <translation>
            <numerusform>Заменить «%1» в %n ячейке</numerusform>
            <numerusform>Заменить «%1» в %n ячейках</numerusform>
            <numerusform>Заменить «%1» в %n ячейках</numerusform>
        </translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1</source>
        <translation>Регулярное выражение некорректно: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>Изменится %n ячейка</numerusform>
            <numerusform>Изменятся %n ячейки</numerusform>
            <numerusform>Изменятся %n ячеек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n image(s).</source>
        <translation>
            <numerusform>в %n изображении.</numerusform>
            <numerusform>в %n изображениях.</numerusform>
            <numerusform>в %n изображениях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Найти и заменить</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>&amp;Заменить на:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Регулярное в&amp;ыражение</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Учитывать &amp;регистр</translation>
    </message>
    <message>
        <source>Whole w&amp;ords</source>
        <translation>Только целые &amp;слова</translation>
    </message>
    <message>
        <source>Selected cells</source>
        <translation>Выделенные ячейки</translation>
    </message>
    <message>
        <source>Current column</source>
        <translation>Текущий столбец</translation>
    </message>
    <message>
        <source>All fields of the images shown</source>
        <translation>Все поля показанных изображений</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Заменить &amp;все</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Wesog::FolderSource</name>
    <message>
        <source>Edits Cannot Be Kept</source>
        <translation>Правки не сохранятся</translation>
    </message>
    <message>
        <source>The workspace that keeps your edits could not be opened, so edits would be lost: %1</source>
        <translation>Не удалось открыть рабочую область, где хранятся правки, поэтому они будут потеряны: %1</translation>
    </message>
    <message>
        <source>Saved Edits Could Not Be Read</source>
        <translation>Сохранённые правки не читаются</translation>
    </message>
</context>
<context>
    <name>Wesog::ImagePager</name>
    <message>
        <source>Page %1 of the results is not a JSON object.</source>
        <translation>Страница результатов %1 не является объектом JSON.</translation>
    </message>
    <message>
        <source>Page %1 of the results has no valid image count.</source>
        <translation>На странице результатов %1 нет правильного числа изображений.</translation>
    </message>
    <message>
        <source>Page %1 of the results has no list of images.</source>
        <translation>На странице результатов %1 нет списка изображений.</translation>
    </message>
    <message>
        <source>page %1, image %2</source>
        <translation>страница %1, изображение %2</translation>
    </message>
    <message>
        <source>The server sent an image that is not a JSON object (%1).</source>
        <translation>Сервер прислал изображение, которое не является объектом JSON (%1).</translation>
    </message>
    <message>
        <source>The server sent an image without an image_id (%1).</source>
        <translation>Сервер прислал изображение без image_id (%1).</translation>
    </message>
    <message>
        <source>The server sent an unreadable image (%1): %2</source>
        <translation>Сервер прислал нечитаемое изображение (%1): %2</translation>
    </message>
    <message>
        <source>The number of matching images changed from %1 to %2 while loading (page %3): the collection changed on the server; load it again.</source>
        <translation>Число подходящих изображений изменилось с %1 на %2 во время загрузки (страница %3): коллекция изменилась на сервере; загрузите её заново.</translation>
    </message>
    <message>
        <source>Page %1 of the results holds %2 images where %3 were announced: the collection changed on the server or the server miscounts; load it again.</source>
        <translation>На странице результатов %1 изображений %2, а было объявлено %3: коллекция изменилась на сервере или сервер считает неверно; загрузите её заново.</translation>
    </message>
    <message>
        <source>Image %1 came twice (again on page %2): the collection changed on the server while loading; load it again.</source>
        <translation>Изображение %1 пришло дважды (снова на странице %2): коллекция изменилась на сервере во время загрузки; загрузите её заново.</translation>
    </message>
</context>
<context>
    <name>Wesog::InspectorPanel</name>
    <message>
        <source>Select an image to see its metadata.</source>
        <translation>Выберите изображение, чтобы увидеть его метаданные.</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Загрузка превью…</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>с ошибками</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлено</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>операция %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Предпросмотр недоступен: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::KeyStore</name>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Файл ключа %1 не существует.</translation>
    </message>
    <message>
        <source>The key file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>Файл ключа %1 доступен для чтения другим пользователям; оставьте доступ только владельцу (chmod 600).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл ключа %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>Файл ключа %1 пуст.</translation>
    </message>
    <message>
        <source>The key cannot be saved in %1: %2</source>
        <translation>Не удаётся сохранить ключ в %1: %2</translation>
    </message>
</context>
<context>
    <name>Wesog::ListItemDialog</name>
    <message numerus="yes">
        <source>Add &quot;%1&quot; to %n image(s)</source>
        <translation>
            <numerusform>Добавить «%1» к %n изображению</numerusform>
            <numerusform>Добавить «%1» к %n изображениям</numerusform>
            <numerusform>Добавить «%1» к %n изображениям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; from %n image(s)</source>
        <translation>
            <numerusform>Убрать «%1» из %n изображения</numerusform>
            <numerusform>Убрать «%1» из %n изображений</numerusform>
            <numerusform>Убрать «%1» из %n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to List</source>
        <translation>Добавить в список</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Список:</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Добавить:</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Убрать:</translation>
    </message>
</context>
<context>
    <name>Wesog::LoadProgress</name>
    <message>
        <source>Reading images…</source>
        <translation>Чтение изображений…</translation>
    </message>
    <message>
        <source>Reading images… %1 so far</source>
        <translation>Чтение изображений… пока %1</translation>
    </message>
    <message>
        <source>Reading images… %1 of %2</source>
        <translation>Чтение изображений… %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled after %n image(s).</source>
        <translation>
            <numerusform>Загрузка отменена после %n изображения.</numerusform>
            <numerusform>Загрузка отменена после %n изображений.</numerusform>
            <numerusform>Загрузка отменена после %n изображений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) read.</source>
        <translation>
            <numerusform>Прочитано %n изображение.</numerusform>
            <numerusform>Прочитано %n изображения.</numerusform>
            <numerusform>Прочитано %n изображений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>Не удалось прочитать %n файл.</numerusform>
            <numerusform>Не удалось прочитать %n файла.</numerusform>
            <numerusform>Не удалось прочитать %n файлов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::MainWindow</name>
    <message>
        <source>The folder was not read again; the new reading settings apply when it is next opened.</source>
        <translation>Папка не перечитана; новые настройки чтения вступят в силу при следующем открытии.</translation>
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
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>Стр&amp;ока состояния</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Полноэкранный ре&amp;жим</translation>
    </message>
    <message>
        <source>&amp;About Wesog Desk</source>
        <translation>&amp;О программе Wesog Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Инспектор</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Инспектор</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n изображение</numerusform>
            <numerusform>%n изображения</numerusform>
            <numerusform>%n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Folder</source>
        <translation>Не удаётся открыть папку</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist or cannot be read.</source>
        <translation>Папка «%1» не существует или не читается.</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>Открыть папку с изображениями</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Открыть папку…</translation>
    </message>
    <message>
        <source>Open a folder of images (%1)</source>
        <translation>Открыть папку с изображениями (%1)</translation>
    </message>
    <message>
        <source>Include &amp;Subfolders</source>
        <translation>Включая &amp;вложенные папки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop reading the folder (Esc)</source>
        <translation>Остановить чтение папки (Esc)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>No changes on disk.</source>
        <translation>На диске ничего не изменилось.</translation>
    </message>
    <message>
        <source>Changes on disk: %1 new, %2 gone, %3 changed.</source>
        <translation>Изменения на диске: новых — %1, исчезло — %2, изменено — %3.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer there; its images stay listed.</source>
        <translation>Папки %1 больше нет; её изображения остаются в списке.</translation>
    </message>
    <message>
        <source>&amp;Rescan Folder</source>
        <translation>&amp;Перечитать папку</translation>
    </message>
    <message>
        <source>Read the folder again and pick up files added, removed or changed (%1)</source>
        <translation>Снова прочитать папку и учесть добавленные, удалённые и изменённые файлы (%1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation>Изменение не внесено</translation>
    </message>
    <message>
        <source>Error Review</source>
        <translation>Разбор ошибок</translation>
    </message>
    <message>
        <source>&amp;Error Review</source>
        <translation>&amp;Разбор ошибок</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Следующая проблема</translation>
    </message>
    <message>
        <source>Pre&amp;vious Problem</source>
        <translation>Пре&amp;дыдущая проблема</translation>
    </message>
</context>
<context>
    <name>Wesog::MetadataWriteController</name>
    <message>
        <source>The workspace could not be updated after writing the file: %1</source>
        <translation>Не удалось обновить рабочую область после записи файла: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::OpenFromServerDialog</name>
    <message numerus="yes">
        <source>%n image(s) match.</source>
        <translation>
            <numerusform>Подходит %n изображение.</numerusform>
            <numerusform>Подходят %n изображения.</numerusform>
            <numerusform>Подходят %n изображений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot count the matching images: %1</source>
        <translation>Не удалось подсчитать подходящие изображения: %1</translation>
    </message>
    <message>
        <source>Counting the matching images…</source>
        <translation>Подсчёт подходящих изображений…</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Открыть с сервера</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Ключевые слова:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;AI:</source>
        <translation>&amp;ИИ:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Формула:</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Совпадения:</translation>
    </message>
    <message>
        <source>Words in the title, headline, caption, alt text or keywords</source>
        <translation>Слова в заголовке, подзаголовке, подписи, альтернативном тексте или ключевых словах</translation>
    </message>
    <message>
        <source>Keywords, separated by semicolons</source>
        <translation>Ключевые слова через точку с запятой</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Any of them</source>
        <translation>Любое</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>AI-generated or not</source>
        <translation>Созданные ИИ и нет</translation>
    </message>
    <message>
        <source>AI-generated only</source>
        <translation>Только созданные ИИ</translation>
    </message>
    <message>
        <source>Not AI-generated only</source>
        <translation>Только не созданные ИИ</translation>
    </message>
    <message>
        <source>A filter formula, for example d&gt;=2024-01-01 || k=harbour</source>
        <translation>Формула фильтра, например d&gt;=2024-01-01 || k=harbour</translation>
    </message>
</context>
<context>
    <name>Wesog::OperationWatcher</name>
    <message>
        <source>the operation counts %1 items done of %2</source>
        <translation>операция насчитывает %1 обработанных элементов из %2</translation>
    </message>
    <message>
        <source>the operation&apos;s counts went backwards</source>
        <translation>счётчики операции уменьшились</translation>
    </message>
</context>
<context>
    <name>Wesog::OperationsModel</name>
    <message>
        <source>failed</source>
        <translation>с ошибками</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>%1 item(s) failed; the first: %2</source>
        <translation>Ошибок: %1; первая: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Waited (ms)</source>
        <translation>Ожидание (мс)</translation>
    </message>
    <message>
        <source>Ran (ms)</source>
        <translation>Выполнение (мс)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Флаги</translation>
    </message>
</context>
<context>
    <name>Wesog::PreSendCheck</name>
    <message>
        <source>The server&apos;s copy of image %1 is not a JSON object.</source>
        <translation>Копия изображения %1 на сервере не является объектом JSON.</translation>
    </message>
    <message>
        <source>The server answered for another image than %1.</source>
        <translation>Сервер ответил о другом изображении, не о %1.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of image %1 is unreadable: %2</source>
        <translation>Копия изображения %1 на сервере нечитаема: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch of image ids has no list of images.</source>
        <translation>В ответе сервера на пакет id изображений нет списка изображений.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch of image ids holds an unreadable image.</source>
        <translation>В ответе сервера на пакет id изображений есть нечитаемое изображение.</translation>
    </message>
</context>
<context>
    <name>Wesog::Preferences</name>
    <message>
        <source>Reading Profile Not Used</source>
        <translation>Профиль чтения не используется</translation>
    </message>
    <message>
        <source>Code Replacements Not Loaded</source>
        <translation>Замены кодов не загружены</translation>
    </message>
    <message>
        <source>Agency Dictionary Not Loaded</source>
        <translation>Словарь агентства не загружен</translation>
    </message>
</context>
<context>
    <name>Wesog::PresetDialog</name>
    <message>
        <source>New preset</source>
        <translation>Новый набор</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Наборы значений</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Дописать</translation>
    </message>
    <message>
        <source>Values may use {filename}, {basename}, {folder}, {id}, {date} (the image&apos;s date) and {today}. Append adds to the field instead of replacing it; list items are separated by &quot;;&quot;.</source>
        <translation>В значениях можно использовать {filename}, {basename}, {folder}, {id}, {date} (дата изображения) и {today}. «Дописать» добавляет к полю, а не заменяет его; элементы списка разделяются «;».</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Добавить поле</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>Убрать по&amp;ле</translation>
    </message>
</context>
<context>
    <name>Wesog::PreviewWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Это изображение нельзя показать.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Предпросмотр недоступен: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние папки</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Folders</source>
        <translation>&amp;Очистить список недавних</translation>
    </message>
    <message>
        <source>%1 — all images</source>
        <translation>%1 — все изображения</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Server Collections</source>
        <translation>&amp;Очистить недавние коллекции с сервера</translation>
    </message>
    <message>
        <source>&amp;Recent Collections</source>
        <translation>&amp;Недавние коллекции</translation>
    </message>
</context>
<context>
    <name>Wesog::RecordDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %n image(s)</source>
        <translation>
            <numerusform>Задать «%1» для %n изображения</numerusform>
            <numerusform>Задать «%1» для %n изображений</numerusform>
            <numerusform>Задать «%1» для %n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>Wesog::RecordListWidget</name>
    <message>
        <source>All images (%1)</source>
        <translation>Все изображения (%1)</translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation>Изменённые (%1)</translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation>С ошибками (%1)</translation>
    </message>
    <message>
        <source>Not sent (%1)</source>
        <translation>Не отправлены (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Отправлены (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>С ошибкой (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Конфликты (%1)</translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation>Нечитаемые (%1)</translation>
    </message>
    <message>
        <source>Nothing Pasted</source>
        <translation>Ничего не вставлено</translation>
    </message>
    <message>
        <source>The clipboard does not fit here, so nothing was changed:
%1</source>
        <translation>Содержимое буфера обмена сюда не подходит, поэтому ничего не изменено:
%1</translation>
    </message>
    <message>
        <source>Apply preset &quot;%1&quot;</source>
        <translation>Применить набор «%1»</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Заполнить вн&amp;из</translation>
    </message>
    <message>
        <source>Copy the top selected value to the other selected rows</source>
        <translation>Скопировать верхнее выделенное значение в остальные выделенные строки</translation>
    </message>
    <message>
        <source>Add to &amp;List…</source>
        <translation>Добавить в &amp;список…</translation>
    </message>
    <message>
        <source>Add a keyword, category or collection to every selected image</source>
        <translation>Добавить ключевое слово, категорию или коллекцию ко всем выделенным изображениям</translation>
    </message>
    <message>
        <source>Remove from Li&amp;st…</source>
        <translation>&amp;Убрать из списка…</translation>
    </message>
    <message>
        <source>Remove a keyword, category or collection from every selected image</source>
        <translation>Убрать ключевое слово, категорию или коллекцию из всех выделенных изображений</translation>
    </message>
    <message>
        <source>Re&amp;vert to Loaded Values</source>
        <translation>Вернуть &amp;прочитанные значения</translation>
    </message>
    <message>
        <source>Put the selected cells back to the values read from the files</source>
        <translation>Вернуть выделенным ячейкам значения, прочитанные из файлов</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>Набо&amp;ры значений</translation>
    </message>
    <message>
        <source>&amp;Manage Presets…</source>
        <translation>&amp;Управление наборами…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Найти и &amp;заменить…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выд&amp;елить всё</translation>
    </message>
    <message>
        <source>Full-Window &amp;Preview</source>
        <translation>&amp;Просмотр во всё окно</translation>
    </message>
    <message>
        <source>Search file names and metadata (%1)</source>
        <translation>Поиск по именам файлов и метаданным (%1)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>Thumbnail &amp;Grid</source>
        <translation>Сетка &amp;миниатюр</translation>
    </message>
    <message>
        <source>Table &amp;and Grid</source>
        <translation>Таблица и с&amp;етка</translation>
    </message>
    <message>
        <source>E&amp;xpand Codes</source>
        <translation>Раскры&amp;ть коды</translation>
    </message>
    <message>
        <source>Replace the code replacement codes in the selected cells</source>
        <translation>Заменить коды автозамены в выбранных ячейках</translation>
    </message>
    <message>
        <source>Misspelled (%1)</source>
        <translation>С опечатками (%1)</translation>
    </message>
</context>
<context>
    <name>Wesog::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Не читается: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>From %1 %2</source>
        <translation>Из %1 %2</translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation>Источники расходятся:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n cell(s)</source>
        <translation>
            <numerusform>Вернуть %n ячейку</numerusform>
            <numerusform>Вернуть %n ячейки</numerusform>
            <numerusform>Вернуть %n ячеек</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be saved, so it was not made: %1</source>
        <translation>Изменение не удалось сохранить, поэтому оно не внесено: %1</translation>
    </message>
    <message>
        <source>Changed on disk after you edited it; your edits are kept</source>
        <translation>Файл изменён на диске после ваших правок; правки сохранены</translation>
    </message>
    <message numerus="yes">
        <source>Edited (%n field(s))</source>
        <translation>
            <numerusform>Изменено (%n поле)</numerusform>
            <numerusform>Изменено (%n поля)</numerusform>
            <numerusform>Изменено (%n полей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited. Loaded value: %1</source>
        <translation>Изменено. Прочитанное значение: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source> (operation %1)</source>
        <translation> (операция %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Сервер отклонил: %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Шаблон: %1</translation>
    </message>
    <message>
        <source>Not written to the file: %1 (%2)</source>
        <translation>Не записано в файл: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Wesog::RemoteThumbnailLoader</name>
    <message>
        <source>not an image</source>
        <translation>это не изображение</translation>
    </message>
    <message>
        <source>not a web address (http or https)</source>
        <translation>это не веб-адрес (http или https)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>сервер ответил %1 %2</translation>
    </message>
    <message>
        <source>redirected from https to http, which is refused</source>
        <translation>перенаправление с https на http, что запрещено</translation>
    </message>
</context>
<context>
    <name>Wesog::ServerActions</name>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Открыть с &amp;сервера…</translation>
    </message>
    <message>
        <source>Search the server and load the matching images into the table (%1)</source>
        <translation>Найти на сервере и загрузить подходящие изображения в таблицу (%1)</translation>
    </message>
    <message>
        <source>No Server Connection</source>
        <translation>Нет подключения к серверу</translation>
    </message>
    <message>
        <source>Set up the connection to the server in Preferences first; its images are searched with that key.</source>
        <translation>Сначала настройте подключение к серверу в параметрах: изображения ищутся с этим ключом.</translation>
    </message>
    <message>
        <source>Another Server</source>
        <translation>Другой сервер</translation>
    </message>
    <message>
        <source>This collection is on %1, but the connection is set to %2. Connect to %1 in Preferences to open it.</source>
        <translation>Эта коллекция находится на %1, а подключение настроено на %2. Чтобы открыть её, подключитесь к %1 в параметрах.</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>никакой сервер</translation>
    </message>
</context>
<context>
    <name>Wesog::ServerSource</name>
    <message>
        <source>All images on %1</source>
        <translation>Все изображения на %1</translation>
    </message>
    <message>
        <source>The images of a server collection have no files on this computer.</source>
        <translation>У изображений коллекции с сервера нет файлов на этом компьютере.</translation>
    </message>
    <message>
        <source>Edits Cannot Be Kept</source>
        <translation>Правки невозможно сохранить</translation>
    </message>
    <message>
        <source>The workspace that keeps your edits could not be opened, so edits would be lost: %1</source>
        <translation>Не удалось открыть рабочую область, в которой хранятся правки, поэтому они были бы потеряны: %1</translation>
    </message>
    <message>
        <source>Saved Edits Could Not Be Read</source>
        <translation>Не удалось прочитать сохранённые правки</translation>
    </message>
    <message>
        <source>The Collection Could Not Be Loaded</source>
        <translation>Не удалось загрузить коллекцию</translation>
    </message>
    <message>
        <source>The Server Sent a Bad Answer</source>
        <translation>Сервер прислал некорректный ответ</translation>
    </message>
    <message>
        <source>What the server held when the collection was loaded could not be read back from the workspace: %1</source>
        <translation>Не удалось прочитать из рабочей области то, что было на сервере при загрузке коллекции: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::SettingsDialog</name>
    <message>
        <source>The ID template cannot be empty.</source>
        <translation>Шаблон ID не может быть пустым.</translation>
    </message>
    <message>
        <source>Unknown variables: %1</source>
        <translation>Неизвестные переменные: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;ID template:</source>
        <translation>Шаблон &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Source URL template:</source>
        <translation>Шаблон URL &amp;источника:</translation>
    </message>
    <message>
        <source>&amp;Code page of unmarked IPTC text:</source>
        <translation>&amp;Кодовая страница текста IPTC без пометки:</translation>
    </message>
    <message>
        <source>Variables: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1}, and {sandbox} for the address of the local sandbox. Changed templates apply to every image at once.</source>
        <translation>Переменные: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1} и {sandbox} — адрес локальной песочницы. Изменённые шаблоны сразу применяются ко всем изображениям.</translation>
    </message>
    <message>
        <source>Unknown required fields: %1 (use API names such as caption, author, keywords:3)</source>
        <translation>Неизвестные обязательные поля: %1 (используйте имена из API, например caption, author, keywords:3)</translation>
    </message>
    <message>
        <source>&amp;Required by your agency:</source>
        <translation>&amp;Обязательно для агентства:</translation>
    </message>
    <message>
        <source>&amp;Vocabulary file:</source>
        <translation>Файл &amp;словаря:</translation>
    </message>
    <message>
        <source>One keyword per line, offered while typing lists</source>
        <translation>Слово на строку; подсказки при вводе списков</translation>
    </message>
    <message>
        <source>The reading profile cannot be used: %1</source>
        <translation>Профиль чтения нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Use the &amp;headline as title when the title is empty or looks like a file name</source>
        <translation>Использовать &amp;заголовок как название, если название пустое или похоже на имя файла</translation>
    </message>
    <message>
        <source>Reading &amp;profile:</source>
        <translation>&amp;Профиль чтения:</translation>
    </message>
    <message>
        <source>Standard IPTC codes</source>
        <translation>Стандартные коды IPTC</translation>
    </message>
    <message>
        <source>A JSON file with your agency&apos;s tables for shot, scene, medium and category codes; leave empty for the standard IPTC codes. The README shows the format.</source>
        <translation>Файл JSON с таблицами вашего агентства для кодов плана, сцены, носителя и категории; оставьте пустым для стандартных кодов IPTC. Формат описан в README.</translation>
    </message>
    <message>
        <source>Reading Profile</source>
        <translation>Профиль чтения</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Файлы JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Vocabulary File</source>
        <translation>Файл словаря</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Metadata language:</source>
        <translation>&amp;Язык метаданных:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Which language alternative of titles, headlines and captions is read and written; the others in the file are kept.</source>
        <translation>Какой языковой вариант названий, заголовков и подписей читается и записывается; остальные в файле сохраняются.</translation>
    </message>
    <message>
        <source>&amp;Write metadata:</source>
        <translation>Записывать &amp;метаданные:</translation>
    </message>
    <message>
        <source>Automatic: into the file and its existing sidecars</source>
        <translation>Автоматически: в файл и в его существующие XMP-файлы</translation>
    </message>
    <message>
        <source>Into XMP sidecars only</source>
        <translation>Только в XMP-файлы</translation>
    </message>
    <message>
        <source>&amp;New sidecars:</source>
        <translation>&amp;Новые XMP-файлы:</translation>
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
        <translation>Сохранять &amp;время изменения записанных файлов</translation>
    </message>
    <message>
        <source>Keep a &amp;backup of each original file (NAME.EXT_original)</source>
        <translation>Сохранять &amp;резервную копию каждого исходного файла (NAME.EXT_original)</translation>
    </message>
    <message>
        <source>The code delimiter must be one character that is not a space.</source>
        <translation>Разделитель кодов должен быть одним символом, отличным от пробела.</translation>
    </message>
    <message>
        <source>Code replacement &amp;files:</source>
        <translation>&amp;Файлы замены кодов:</translation>
    </message>
    <message>
        <source>Photo Mechanic code replacement files (code, tab, replacement); a code in a later file wins</source>
        <translation>Файлы замены кодов Photo Mechanic (код, табуляция, замена); код из более позднего файла имеет приоритет</translation>
    </message>
    <message>
        <source>Code Replacements</source>
        <translation>Замены кодов</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Code &amp;delimiter:</source>
        <translation>Разде&amp;литель кодов:</translation>
    </message>
    <message>
        <source>A&amp;gency dictionary:</source>
        <translation>Словарь а&amp;гентства:</translation>
    </message>
    <message>
        <source>Names of people and places, one per line, never flagged as misspelled</source>
        <translation>Имена людей и названия мест, по одному в строке, никогда не считаются ошибками</translation>
    </message>
    <message>
        <source>Agency Dictionary</source>
        <translation>Словарь агентства</translation>
    </message>
</context>
<context>
    <name>Wesog::SpellingSupport</name>
    <message>
        <source>“%1” could not be saved in your dictionary (%2), so it is only ignored for now.</source>
        <translation>Не удалось сохранить «%1» в вашем словаре (%2), поэтому пока слово только пропускается.</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Нет вариантов</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Добавить в словарь</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>Wesog::StatusMessage</name>
    <message>
        <source>Merged from the server: %1</source>
        <translation>Взято с сервера: %1</translation>
    </message>
    <message>
        <source>Held back: changed on the server too (%1). Choose Keep Mine or Take Theirs in the error review.</source>
        <translation>Задержано: изменено и на сервере (%1). Выберите «Оставить моё» или «Взять их» в обзоре ошибок.</translation>
    </message>
    <message>
        <source>Held back: deleted on the server since it was read. Keep Mine creates it again; Take Theirs drops the edits.</source>
        <translation>Задержано: удалено на сервере после чтения. «Оставить моё» создаёт его снова; «Взять их» отбрасывает правки.</translation>
    </message>
    <message>
        <source>Held back: the server already holds this id, and this image was never sent from here. Keep Mine replaces the server&apos;s copy; Take Theirs takes its values.</source>
        <translation>Задержано: на сервере уже есть этот id, а отсюда это изображение не отправлялось. «Оставить моё» заменяет копию на сервере; «Взять их» берёт её значения.</translation>
    </message>
    <message>
        <source>Conflict settled; ready to be sent again.</source>
        <translation>Конфликт разрешён; можно отправить снова.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionController</name>
    <message>
        <source>The workspace could not store the submission&apos;s progress: %1</source>
        <translation>Рабочая область не смогла сохранить ход отправки: %1</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файл не читается.</translation>
    </message>
    <message>
        <source>Already on its way; wait for its result.</source>
        <translation>Уже отправляется; дождитесь результата.</translation>
    </message>
    <message>
        <source>The workspace could not read what was last sent: %1</source>
        <translation>Рабочая область не смогла прочитать последнее отправленное: %1</translation>
    </message>
    <message>
        <source>Merge from the Server</source>
        <translation>Взять изменения с сервера</translation>
    </message>
    <message>
        <source>The workspace could not store the conflicts: %1</source>
        <translation>Рабочая область не смогла сохранить конфликты: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s current copies could not be read to check them: %1</source>
        <translation>Ничего не отправлено: не удалось прочитать текущие копии на сервере для проверки: %1</translation>
    </message>
    <message>
        <source>The workspace could not store what the server accepted: %1</source>
        <translation>Рабочая область не смогла сохранить принятое сервером: %1</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Взять их</translation>
    </message>
    <message>
        <source>Take Theirs: %1</source>
        <translation>Взять их: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionJob</name>
    <message>
        <source>Not confirmed: operation %1 counted %2 failed items without naming this one, so it was probably not applied.</source>
        <translation>Не подтверждено: операция %1 насчитала %2 ошибочных элементов, не назвав этот, поэтому он, вероятно, не применён.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionUi</name>
    <message>
        <source>&amp;Server</source>
        <translation>С&amp;ервер</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Отправить…</translation>
    </message>
    <message>
        <source>Send images to the server (%1)</source>
        <translation>Отправить изображения на сервер (%1)</translation>
    </message>
    <message>
        <source>&amp;Cancel Submission</source>
        <translation>Отм&amp;енить отправку</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>&amp;Подключение…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>Опе&amp;рации</translation>
    </message>
    <message>
        <source>key in a file (no keychain)</source>
        <translation>ключ в файле (нет связки ключей)</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key is kept in a file only you can read.</source>
        <translation>Системной связки ключей нет, поэтому ключ API хранится в файле, доступном только вам.</translation>
    </message>
    <message>
        <source>Not Connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>Choose a server in Server ▸ Connection first.</source>
        <translation>Сначала выберите сервер в меню Сервер ▸ Подключение.</translation>
    </message>
    <message>
        <source>Nothing was sent: a submission is still being sent.</source>
        <translation>Ничего не отправлено: предыдущая отправка ещё идёт.</translation>
    </message>
    <message>
        <source>Submission finished: %1 accepted, %2 failed, %3 not sent.</source>
        <translation>Отправка завершена: принято %1, ошибок %2, не отправлено %3.</translation>
    </message>
    <message>
        <source>Wesog Desk</source>
        <translation>Wesog Desk</translation>
    </message>
    <message>
        <source>Checking the server&apos;s current copies: %1 of %2</source>
        <translation>Проверка текущих копий на сервере: %1 из %2</translation>
    </message>
    <message>
        <source>Stop the check. Nothing is sent and your edits stay.</source>
        <translation>Остановить проверку. Ничего не отправляется, ваши правки сохраняются.</translation>
    </message>
    <message>
        <source>%1 unchanged (not sent), %2 merged with the server&apos;s changes, %3 held back by conflicts.</source>
        <translation>%1 без изменений (не отправлены), %2 объединены с изменениями на сервере, %3 задержаны из-за конфликтов.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmitDialog</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Submit to Server</source>
        <translation>Отправка на сервер</translation>
    </message>
    <message>
        <source>Selected images (%1)</source>
        <translation>Выбранные изображения (%1)</translation>
    </message>
    <message>
        <source>Edited images</source>
        <translation>Изменённые изображения</translation>
    </message>
    <message>
        <source>All valid images</source>
        <translation>Все корректные изображения</translation>
    </message>
    <message>
        <source>Failed and not sent images</source>
        <translation>Изображения с ошибками и неотправленные</translation>
    </message>
    <message>
        <source>&amp;Wait for each operation to finish before the server answers</source>
        <translation>&amp;Ждать завершения каждой операции до ответа сервера</translation>
    </message>
    <message>
        <source>&amp;Urgent: queue ahead of other work</source>
        <translation>С&amp;рочно: встать в очередь перед другими задачами</translation>
    </message>
    <message>
        <source>&amp;Strict: fail images the server does not know yet</source>
        <translation>&amp;Строго: ошибка для изображений, которых сервер ещё не знает</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Изображения:</translation>
    </message>
    <message>
        <source>AI tag &amp;language:</source>
        <translation>&amp;Язык ИИ-меток:</translation>
    </message>
    <message>
        <source>Ba&amp;tch size:</source>
        <translation>Размер &amp;пакета:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Will send</source>
        <translation>Будет отправлено</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Последняя отправка</translation>
    </message>
    <message>
        <source>Comp&amp;are with the Server&apos;s Copy</source>
        <translation>Сра&amp;внить с копией на сервере</translation>
    </message>
    <message>
        <source>What each image will replace</source>
        <translation>Что заменит каждое изображение</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>О&amp;тправить</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) will be sent.</source>
        <translation>
            <numerusform>Будет отправлено %n изображение.</numerusform>
            <numerusform>Будет отправлено %n изображения.</numerusform>
            <numerusform>Будет отправлено %n изображений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are held back:</source>
        <translation>
            <numerusform>%n изображение задержано:</numerusform>
            <numerusform>%n изображения задержаны:</numerusform>
            <numerusform>%n изображений задержано:</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sent (never)</source>
        <translation>Последняя отправка (не было)</translation>
    </message>
    <message>
        <source>Server (not there yet)</source>
        <translation>Сервер (ещё нет)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Сервер: %1</translation>
    </message>
    <message>
        <source>Server&apos;s copy</source>
        <translation>Копия на сервере</translation>
    </message>
</context>
<context>
    <name>Wesog::Submitter</name>
    <message>
        <source>The server took the batch but its answer names no operation, so the result is unknown.</source>
        <translation>Сервер принял пакет, но в ответе нет операции, поэтому результат неизвестен.</translation>
    </message>
    <message>
        <source>Refused with its batch a second time: %1</source>
        <translation>Отклонено вместе с пакетом повторно: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::Tls</name>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл УЦ %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Файл УЦ %1 не содержит сертификатов PEM.</translation>
    </message>
</context>
<context>
    <name>Wesog::TokenEditor</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Удалить «%1»</translation>
    </message>
</context>
<context>
    <name>Wesog::VocabularyEditors</name>
    <message>
        <source>ISO code %1</source>
        <translation>код ISO %1</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>Тип цифрового источника</translation>
    </message>
</context>
<context>
    <name>Wesog::Workspace</name>
    <message>
        <source>The saved edits of this folder could not be read (%1). The file is kept as %2; editing goes on in a new one, and the images&apos; own metadata is untouched.</source>
        <translation>Сохранённые правки этой папки не читаются (%1). Файл сохранён как %2; работа продолжается в новом, собственные метаданные изображений не затронуты.</translation>
    </message>
</context>
<context>
    <name>Wesog::WriteActions</name>
    <message>
        <source>&amp;Write Metadata to Files…</source>
        <translation>Записать метаданные в &amp;файлы…</translation>
    </message>
    <message>
        <source>Write the edited fields into the image files or their XMP sidecars; shows what will change first</source>
        <translation>Записывает изменённые поля в файлы изображений или их XMP-файлы; сначала показывает, что изменится</translation>
    </message>
    <message>
        <source>Und&amp;o Write</source>
        <translation>&amp;Отменить запись</translation>
    </message>
    <message>
        <source>Write back the values the files held before the last write</source>
        <translation>Записывает обратно значения, которые были в файлах до последней записи</translation>
    </message>
    <message>
        <source>Write Metadata to Files</source>
        <translation>Запись метаданных в файлы</translation>
    </message>
    <message>
        <source>None of the selected images has edits to write.</source>
        <translation>Ни в одном из выбранных изображений нет изменений для записи.</translation>
    </message>
    <message>
        <source>No image has edits to write.</source>
        <translation>Ни в одном изображении нет изменений для записи.</translation>
    </message>
</context>
<context>
    <name>Wesog::WriteMetadataDialog</name>
    <message numerus="yes">
        <source>Every edited image: %n. To write only some, select two or more rows first.</source>
        <translation>
            <numerusform>Все изменённые изображения: %n. Чтобы записать только некоторые, сначала выберите две или больше строк.</numerusform>
            <numerusform>Все изменённые изображения: %n. Чтобы записать только некоторые, сначала выберите две или больше строк.</numerusform>
            <numerusform>Все изменённые изображения: %n. Чтобы записать только некоторые, сначала выберите две или больше строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous values of the fields just written go back into the files.</source>
        <translation>Прежние значения только что записанных полей возвращаются в файлы.</translation>
    </message>
    <message>
        <source>Undo Write</source>
        <translation>Отмена записи</translation>
    </message>
    <message>
        <source>Write Metadata to Files</source>
        <translation>Запись метаданных в файлы</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>&amp;Undo Write</source>
        <translation>&amp;Отменить запись</translation>
    </message>
    <message>
        <source>Checking what will change…</source>
        <translation>Проверка того, что изменится…</translation>
    </message>
    <message>
        <source>Writing the previous values…</source>
        <translation>Запись прежних значений…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing will change: the files already hold these values.</source>
        <translation>Ничего не изменится: в файлах уже эти значения.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will change</source>
        <translation>
            <numerusform>Изменится %n файл</numerusform>
            <numerusform>Изменятся %n файла</numerusform>
            <numerusform>Изменятся %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n field(s) in all).</source>
        <translation>
            <numerusform>(всего %n поле).</numerusform>
            <numerusform>(всего %n поля).</numerusform>
            <numerusform>(всего %n полей).</numerusform>
        </translation>
    </message>
    <message>
        <source>Into XMP sidecars: %1.</source>
        <translation>В XMP-файлы: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will not be written; see below.</source>
        <translation>
            <numerusform>%n файл не будет записан; см. ниже.</numerusform>
            <numerusform>%n файла не будут записаны; см. ниже.</numerusform>
            <numerusform>%n файлов не будут записаны; см. ниже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous values written back into %n file(s).</source>
        <translation>
            <numerusform>Прежние значения записаны обратно в %n файл.</numerusform>
            <numerusform>Прежние значения записаны обратно в %n файла.</numerusform>
            <numerusform>Прежние значения записаны обратно в %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>Записан %n файл.</numerusform>
            <numerusform>Записано %n файла.</numerusform>
            <numerusform>Записано %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already held these values.</source>
        <translation>
            <numerusform>%n файл уже содержал эти значения.</numerusform>
            <numerusform>%n файла уже содержали эти значения.</numerusform>
            <numerusform>%n файлов уже содержали эти значения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not written; each row says why.</source>
        <translation>
            <numerusform>%n файл не записан; причина указана в его строке.</numerusform>
            <numerusform>%n файла не записаны; причина указана в каждой строке.</numerusform>
            <numerusform>%n файлов не записаны; причина указана в каждой строке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) left untouched.</source>
        <translation>
            <numerusform>Отменено: %n файл не тронут.</numerusform>
            <numerusform>Отменено: %n файла не тронуты.</numerusform>
            <numerusform>Отменено: %n файлов не тронуты.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not written: %2 (%3)</source>
        <translation>%1: не записан: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Selected images with edits: %n.</source>
        <translation>
            <numerusform>Выбранные изображения с изменениями: %n.</numerusform>
            <numerusform>Выбранные изображения с изменениями: %n.</numerusform>
            <numerusform>Выбранные изображения с изменениями: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Into the image files (%n): %1.</source>
        <translation>
            <numerusform>В файлы изображений (%n): %1.</numerusform>
            <numerusform>В файлы изображений (%n): %1.</numerusform>
            <numerusform>В файлы изображений (%n): %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>The file changed on disk since it was read; reread it and check the values first.</source>
        <translation>Файл изменился на диске после чтения; перечитайте его и сначала проверьте значения.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only.</source>
        <translation>Файл или его папка доступны только для чтения.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>Wesog Desk cannot write this kind of file.</source>
        <translation>Wesog Desk не умеет записывать файлы такого типа.</translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation>Изображение повреждено: %1</translation>
    </message>
    <message>
        <source>The written copy did not read back as intended (%1); the file was left as it was.</source>
        <translation>Записанная копия прочиталась не так, как ожидалось (%1); файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>The file has other hard links; writing would separate them.</source>
        <translation>У файла есть другие жёсткие ссылки; запись разделила бы их.</translation>
    </message>
    <message>
        <source>Clearing this field needs the file itself, not only its sidecar: %1</source>
        <translation>Чтобы очистить это поле, нужен сам файл, а не только его XMP-файл: %1</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>Файл исчез.</translation>
    </message>
    <message>
        <source>The file belongs to another user and its owner could not be kept.</source>
        <translation>Файл принадлежит другому пользователю, и его владельца не удалось сохранить.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
</context>
<context>
    <name>WriteWarning</name>
    <message>
        <source>%1 is longer than IPTC IIM allows: IIM keeps a shortened copy, XMP the whole text.</source>
        <translation>%1 длиннее, чем допускает IPTC IIM: в IIM хранится сокращённая копия, в XMP — весь текст.</translation>
    </message>
    <message>
        <source>The date is cleared, but the camera&apos;s own date (EXIF) stays in the file and will be read instead.</source>
        <translation>Дата очищена, но собственная дата камеры (EXIF) остаётся в файле и будет прочитана вместо неё.</translation>
    </message>
    <message>
        <source>Medium was derived from the Digital Source Type being cleared; it will read back empty.</source>
        <translation>Носитель определялся по очищаемому Digital Source Type; при чтении он будет пустым.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit photo metadata and send it to the Wesog image search service.</source>
        <translation>Редактируйте метаданные фотографий и отправляйте их в сервис поиска изображений Wesog.</translation>
    </message>
    <message>
        <source>Image folder to open.</source>
        <translation>Папка с изображениями.</translation>
    </message>
    <message>
        <source>User interface language: en, es, pt, fr or ru.</source>
        <translation>Язык интерфейса: en, es, pt, fr или ru.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>Сохранить снимок окна в этот PNG-файл и выйти.</translation>
    </message>
    <message>
        <source>What the screenshot shows: %1 (the first is the default).</source>
        <translation>Что показывает снимок: %1 (первая сцена — по умолчанию).</translation>
    </message>
</context>
</TS>
