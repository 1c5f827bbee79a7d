<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Строка состояния</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Полноэкранный режим</translation>
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
    <message>
        <source>Select an image to see its metadata.</source>
        <translation>Выберите изображение, чтобы увидеть его метаданные.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n изображение</numerusform>
            <numerusform>%n изображения</numerusform>
            <numerusform>%n изображений</numerusform>
        </translation>
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
</context>
</TS>
