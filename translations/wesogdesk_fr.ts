<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The server address is not a valid URL: %1</source>
        <translation>L’adresse du serveur n’est pas une URL valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only http and https server addresses are supported: %1</source>
        <translation>Seules les adresses de serveur http et https sont prises en charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plain http to %1 would send the API key unencrypted. Use https, or allow insecure http in the connection settings.</source>
        <translation>En http simple vers %1, la clé d’API circulerait en clair. Utilisez https ou autorisez le http non sécurisé dans les réglages de connexion.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>API key rejected. Check the key in the connection settings.</source>
        <translation>Clé d’API refusée. Vérifiez la clé dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Not found on the server: %1</source>
        <translation>Introuvable sur le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the data: %1</source>
        <translation>Le serveur a refusé les données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server asks to slow down.</source>
        <translation>Le serveur demande de ralentir.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Le serveur a rencontré un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be used: %1</source>
        <translation>La réponse du serveur est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request or its answer is too large.</source>
        <translation>La requête ou sa réponse est trop volumineuse.</translation>
    </message>
    <message>
        <source>The server redirected the request; redirects are not followed, so the API key stays with this server.</source>
        <translation>Le serveur a redirigé la requête&#x202f;; les redirections ne sont pas suivies, la clé d’API reste donc sur ce serveur.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CodeReplacements</name>
    <message>
        <source>cannot read the code replacements %1: %2</source>
        <translation>impossible de lire les codes de remplacement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not UTF-8 text; save the file as UTF-8 and load it again</source>
        <translation>%1, ligne %2&#xa0;: ce texte n’est pas en UTF-8&#x202f;; enregistrez le fichier en UTF-8 et chargez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>ConnectionFlags</name>
    <message>
        <source>The server (default: $WESOG_URL, else https://api.wesog.com).</source>
        <translation>Le serveur (par défaut&#xa0;: $WESOG_URL, sinon https://api.wesog.com).</translation>
    </message>
    <message>
        <source>File holding the API key, readable only by you (default: $WESOG_API_KEY, else the stored key).</source>
        <translation>Fichier contenant la clé d’API, lisible par vous seul (par défaut&#xa0;: $WESOG_API_KEY, sinon la clé enregistrée).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust.</source>
        <translation>Certificats d’AC supplémentaires (PEM) à approuver.</translation>
    </message>
    <message>
        <source>Allow plain http to a host other than this machine.</source>
        <translation>Autoriser le http simple vers un hôte autre que cette machine.</translation>
    </message>
    <message>
        <source>Tries per request before giving up, 1 to 20 (default 8).</source>
        <translation>Essais par requête avant d’abandonner, de 1 à 20 (8 par défaut).</translation>
    </message>
    <message>
        <source>--attempts must be a whole number from 1 to 20</source>
        <translation>--attempts doit être un nombre entier de 1 à 20</translation>
    </message>
    <message>
        <source>no API key: use --key-file, WESOG_API_KEY, or store one in Wesog Desk</source>
        <translation>aucune clé d’API&#xa0;: utilisez --key-file, WESOG_API_KEY, ou enregistrez-en une dans Wesog Desk</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>cannot read the country list %1: %2</source>
        <translation>impossible de lire la liste des pays %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the country list %1 has no countries</source>
        <translation>la liste des pays %1 ne contient aucun pays</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with &quot;file&quot; or &quot;id&quot; among them.</source>
        <translation>La première ligne doit nommer les colonnes, dont « file » ou « id ».</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a field; it is ignored.</source>
        <translation>La colonne « %1 » n’est pas un champ&#x202f;; elle est ignorée.</translation>
    </message>
    <message>
        <source>Line %1: no image with this file or id.</source>
        <translation>Ligne %1&#xa0;: aucune image avec ce fichier ou cet id.</translation>
    </message>
    <message>
        <source>Line %1, %2: &quot;%3&quot; is not true, false or empty.</source>
        <translation>Ligne %1, %2&#xa0;: « %3 » n’est ni true, ni false, ni vide.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n cell(s) from CSV</source>
        <translation>
            <numerusform>Importer %n cellule depuis le CSV</numerusform>
            <numerusform>Importer %n cellules depuis le CSV</numerusform>
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
        <translation>URL source</translation>
    </message>
    <message>
        <source>Watermarked URL</source>
        <translation>URL avec filigrane</translation>
    </message>
    <message>
        <source>Thumbnail URL</source>
        <translation>URL de la vignette</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre principal</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>AI generated</source>
        <translation>Générée par IA</translation>
    </message>
    <message>
        <source>Model release</source>
        <translation>Autorisation de modèle</translation>
    </message>
    <message>
        <source>Property release</source>
        <translation>Autorisation de propriété</translation>
    </message>
    <message>
        <source>NSFW</source>
        <translation>Contenu sensible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scène</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
</context>
<context>
    <name>FieldIssue</name>
    <message>
        <source>%1 is required by the Wesog API.</source>
        <translation>L&apos;API Wesog exige « %1 ».</translation>
    </message>
    <message>
        <source>%1 is required by your agency&apos;s rules.</source>
        <translation>Les règles de votre agence exigent « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s).</source>
        <translation>
            <numerusform>« %1 » doit contenir au moins %n élément.</numerusform>
            <numerusform>« %1 » doit contenir au moins %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be an absolute http:// or https:// address.</source>
        <translation>« %1 » doit être une adresse absolue http:// ou https://.</translation>
    </message>
    <message>
        <source>%1 must be a date written as YYYY-MM-DD.</source>
        <translation>« %1 » doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1 is incomplete (year or month only); it will be sent as it is.</source>
        <translation>« %1 » est incomplète (année ou mois seulement)&#x202f;; elle sera envoyée telle quelle.</translation>
    </message>
    <message>
        <source>%1 has an empty item at position %2.</source>
        <translation>« %1 » contient un élément vide en position %2.</translation>
    </message>
    <message>
        <source>%1 has an item with spaces at its start or end (position %2).</source>
        <translation>« %1 » contient un élément avec des espaces au début ou à la fin (position %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is longer than the %n bytes that IPTC IIM allows.</source>
        <translation>
            <numerusform>« %1 » dépasse l&apos;octet (%n) autorisé par IPTC IIM.</numerusform>
            <numerusform>« %1 » dépasse les %n octets autorisés par IPTC IIM.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not an ISO 3166 country name (free text is allowed).</source>
        <translation>%1&#xa0;: pas un nom de pays ISO 3166 (le texte libre est admis).</translation>
    </message>
    <message>
        <source>%1 has the code %2, which no code replacement file defines; it is left as typed.</source>
        <translation>« %1 » contient le code %2, qu’aucun fichier de remplacements de codes ne définit&#x202f;; il est laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>JsonFieldError</name>
    <message>
        <source>text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false ou null</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>un tableau JSON</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is missing.</source>
        <translation>Le champ « %1 » est absent.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is out of range; it should be %2.</source>
        <translation>Le champ « %1 » est hors limites&#x202f;; il devrait être %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has the wrong type; it should be %2.</source>
        <translation>Le champ « %1 » a un type incorrect&#x202f;; il devrait être %2.</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>Images not yet sent stay edited, ready to send again.</source>
        <translation>Les images pas encore envoyées restent modifiées, prêtes à être renvoyées.</translation>
    </message>
    <message>
        <source>Change Anyway</source>
        <translation>Changer quand même</translation>
    </message>
    <message>
        <source>Files not yet put back keep the values written last; your corrections stay in the collection.</source>
        <translation>Les fichiers pas encore rétablis gardent les valeurs écrites en dernier&#x202f;; vos corrections restent dans la collection.</translation>
    </message>
    <message>
        <source>Read Again Anyway</source>
        <translation>Relire quand même</translation>
    </message>
    <message>
        <source>A submission is still being sent.</source>
        <translation>Un envoi est encore en cours.</translation>
    </message>
    <message>
        <source>Images not yet sent stay edited, ready to send again; operations the server has confirmed are followed when this collection is next opened.</source>
        <translation>Les images pas encore envoyées restent modifiées, prêtes à être renvoyées&#x202f;; les opérations déjà confirmées par le serveur sont suivies à la prochaine ouverture de cette collection.</translation>
    </message>
    <message>
        <source>Metadata is still being written to files.</source>
        <translation>Des métadonnées sont encore en cours d’écriture dans les fichiers.</translation>
    </message>
    <message>
        <source>Files not yet written keep their old metadata; your corrections stay in the collection.</source>
        <translation>Les fichiers pas encore écrits gardent leurs anciennes métadonnées&#x202f;; vos corrections restent dans la collection.</translation>
    </message>
    <message>
        <source>Work Under Way</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <source>Keep Working</source>
        <translation>Continuer à travailler</translation>
    </message>
</context>
<context>
    <name>MetadataNote</name>
    <message>
        <source>IPTC text has no character set marker; it was read as %1.</source>
        <translation>Le texte IPTC n&apos;indique pas son jeu de caractères&#x202f;; il a été lu en %1.</translation>
    </message>
    <message>
        <source>IPTC text looks garbled; the character set may be wrong.</source>
        <translation>Le texte IPTC semble illisible&#x202f;; le jeu de caractères est peut-être erroné.</translation>
    </message>
    <message>
        <source>IPTC text looks garbled; it may read correctly as %1.</source>
        <translation>Le texte IPTC semble illisible&#x202f;; il se lit peut-être correctement en %1.</translation>
    </message>
    <message>
        <source>IPTC text claims to be UTF-8 but is not; it was read with the legacy code page.</source>
        <translation>Le texte IPTC se déclare UTF-8 mais ne l&apos;est pas&#x202f;; il a été lu avec la page de codes héritée.</translation>
    </message>
    <message>
        <source>The IPTC copy of %1 is cut short; the XMP value is used.</source>
        <translation>La copie IPTC de « %1 » est tronquée&#x202f;; la valeur XMP est utilisée.</translation>
    </message>
    <message>
        <source>Ignored camera text in %1: &quot;%2&quot;.</source>
        <translation>Texte d&apos;appareil photo ignoré dans « %1 »&#xa0;: « %2 ».</translation>
    </message>
    <message>
        <source>Unknown code &quot;%2&quot; for %1; the field is left empty.</source>
        <translation>Code inconnu « %2 » pour « %1 »&#x202f;; le champ reste vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; %2 is left empty.</source>
        <translation>« %1 » n&apos;est pas une date&#x202f;; « %2 » reste vide.</translation>
    </message>
    <message>
        <source>The sidecar %1 cannot be read; only the embedded metadata is used.</source>
        <translation>Le fichier annexe %1 est illisible&#x202f;; seules les métadonnées intégrées sont utilisées.</translation>
    </message>
    <message>
        <source>The sidecar %1 is shared with other images of the same name.</source>
        <translation>Le fichier annexe %1 est partagé avec d&apos;autres images du même nom.</translation>
    </message>
    <message>
        <source>The embedded XMP metadata is damaged and was ignored; IPTC and EXIF values are used.</source>
        <translation>Les métadonnées XMP intégrées sont endommagées et ont été ignorées&#x202f;; les valeurs IPTC et EXIF sont utilisées.</translation>
    </message>
</context>
<context>
    <name>MetadataProfile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>le profil doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: title_from_headline, shot, scene, medium, categories)</source>
        <translation>clé inconnue « %1 » (connues&#xa0;: title_from_headline, shot, scene, medium, categories)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must map codes to text</source>
        <translation>« %1 » doit associer des codes à des textes</translation>
    </message>
    <message>
        <source>the profile is larger than 1 MB</source>
        <translation>le profil dépasse 1 Mo</translation>
    </message>
</context>
<context>
    <name>PagerError</name>
    <message>
        <source>The server&apos;s answer has no valid image count.</source>
        <translation>La réponse du serveur ne contient pas de nombre d’images valide.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>sidecar</source>
        <translation>fichier annexe</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>dérivé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>ReadingPreferences</name>
    <message>
        <source>The reading profile %1 is not used: %2</source>
        <translation>Le profil de lecture %1 n’est pas utilisé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ScanError</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file cannot be read (check its permissions).</source>
        <translation>Le fichier est illisible (vérifiez ses droits d&apos;accès).</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>Le fichier a disparu.</translation>
    </message>
    <message>
        <source>The file is not an image Wesog Desk can read.</source>
        <translation>Le fichier n&apos;est pas une image que Wesog Desk sait lire.</translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation>L&apos;image est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The image declares a size too large to open safely: %1</source>
        <translation>L&apos;image déclare une taille trop grande pour être ouverte sans risque&#xa0;: %1</translation>
    </message>
    <message>
        <source>The link points to a file that does not exist.</source>
        <translation>Le lien pointe vers un fichier qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The link points to itself in a loop.</source>
        <translation>Le lien pointe sur lui-même en boucle.</translation>
    </message>
    <message>
        <source>The file name is not valid UTF-8; rename the file to read it.</source>
        <translation>Le nom du fichier n&apos;est pas en UTF-8 valide&#x202f;; renommez-le pour le lire.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe or a device, say).</source>
        <translation>Ce n’est pas un fichier ordinaire (un tube ou un périphérique, par exemple).</translation>
    </message>
</context>
<context>
    <name>ServerQueryForm</name>
    <message>
        <source>The text cannot hold &amp;&amp;, || or parentheses; use the Formula line for a formula.</source>
        <translation>Le texte ne peut pas contenir &amp;&amp;, || ni de parenthèses&#x202f;; utilisez la ligne Formule pour une formule.</translation>
    </message>
    <message>
        <source>The keyword “%1” cannot be searched for: it holds a comma, &amp;&amp;, || or a parenthesis.</source>
        <translation>Le mot-clé «&#x202f;%1&#x202f;» ne peut pas être recherché&#xa0;: il contient une virgule, &amp;&amp;, || ou une parenthèse.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>cannot read the dictionary %1: %2</source>
        <translation>impossible de lire le dictionnaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no spelling dictionary for the language %1; known: %2</source>
        <translation>aucun dictionnaire orthographique pour la langue %1&#x202f;; langues connues&#xa0;: %2</translation>
    </message>
    <message>
        <source>the spelling dictionary %1 is in an unknown encoding (%2)</source>
        <translation>le dictionnaire orthographique %1 utilise un encodage inconnu (%2)</translation>
    </message>
    <message>
        <source>no spelling dictionary for %1: none of %2 is installed (Debian: the hunspell-* packages)</source>
        <translation>aucun dictionnaire orthographique pour %1&#xa0;: aucun de %2 n’est installé (Debian&#xa0;: les paquets hunspell-*)</translation>
    </message>
    <message>
        <source>cannot add to the dictionary %1: %2</source>
        <translation>impossible d’ajouter au dictionnaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the dictionary %1 does not exist</source>
        <translation>le dictionnaire %1 n’existe pas</translation>
    </message>
</context>
<context>
    <name>SubmitRun</name>
    <message>
        <source>cannot open the workspace: %1</source>
        <translation>impossible d’ouvrir l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>following %1 operation(s) of an earlier run</source>
        <translation>suivi de %1 opération(s) d’une exécution précédente</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); trying again in %3 s</source>
        <translation>l’essai %1 a échoué (%2)&#x202f;; nouvel essai dans %3 s</translation>
    </message>
    <message>
        <source>operation %1: %2 of %3 done, %4 failed%5</source>
        <translation>opération %1&#xa0;: %2 sur %3 traités, %4 en échec%5</translation>
    </message>
    <message>
        <source>, finished</source>
        <translation>, terminée</translation>
    </message>
    <message>
        <source>operation %1: %2</source>
        <translation>opération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the workspace could not store the progress: %1</source>
        <translation>l’espace de travail n’a pas pu enregistrer la progression&#xa0;: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>result unknown: the operation could not be followed to its end</source>
        <translation>résultat inconnu&#xa0;: l’opération n’a pas pu être suivie jusqu’au bout</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Il n&apos;y a rien à coller.</translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;</source>
        <translation>Ligne %1, colonne « %2 »</translation>
    </message>
    <message>
        <source>%1 cannot be edited.</source>
        <translation>%1 ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes, no or empty.</source>
        <translation>%1&#xa0;: « %2 » n&apos;est ni oui, ni non, ni vide.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted block has %n more row(s) than the table below the current cell.</source>
        <translation>
            <numerusform>Le bloc collé a %n ligne de plus que le tableau sous la cellule actuelle.</numerusform>
            <numerusform>Le bloc collé a %n lignes de plus que le tableau sous la cellule actuelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted block is wider than the table.</source>
        <translation>Le bloc collé est plus large que le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Coller %n cellule</numerusform>
            <numerusform>Coller %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>The pasted values could not be saved.</source>
        <translation>Les valeurs collées n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Recopier vers le bas</translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Headshot</source>
        <translation>Portrait serré</translation>
    </message>
    <message>
        <source>Half-length</source>
        <translation>Plan à mi-corps</translation>
    </message>
    <message>
        <source>Full-length</source>
        <translation>Plan en pied</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rear view</source>
        <translation>Vue de dos</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Une personne</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>Couple</translation>
    </message>
    <message>
        <source>Two</source>
        <translation>Deux personnes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>General view</source>
        <translation>Vue générale</translation>
    </message>
    <message>
        <source>Panoramic view</source>
        <translation>Vue panoramique</translation>
    </message>
    <message>
        <source>Aerial view</source>
        <translation>Vue aérienne</translation>
    </message>
    <message>
        <source>Underwater</source>
        <translation>Sous-marine</translation>
    </message>
    <message>
        <source>Night scene</source>
        <translation>Scène de nuit</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Satellite</translation>
    </message>
    <message>
        <source>Exterior view</source>
        <translation>Vue extérieure</translation>
    </message>
    <message>
        <source>Interior view</source>
        <translation>Vue intérieure</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Gros plan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Performing</source>
        <translation>Spectacle</translation>
    </message>
    <message>
        <source>Posing</source>
        <translation>Pose</translation>
    </message>
    <message>
        <source>Symbolic</source>
        <translation>Symbolique</translation>
    </message>
    <message>
        <source>Off-beat</source>
        <translation>Insolite</translation>
    </message>
    <message>
        <source>Movie scene</source>
        <translation>Scène de film</translation>
    </message>
    <message>
        <source>Original digital capture of a real-life scene</source>
        <translation>Capture numérique originale d’une scène réelle</translation>
    </message>
    <message>
        <source>Computational capture of a real-life scene</source>
        <translation>Capture computationnelle d’une scène réelle</translation>
    </message>
    <message>
        <source>Digitised from a negative on film</source>
        <translation>Numérisé depuis un négatif</translation>
    </message>
    <message>
        <source>Digitised from a positive on film</source>
        <translation>Numérisé depuis une diapositive</translation>
    </message>
    <message>
        <source>Digitised from a print</source>
        <translation>Numérisé depuis un tirage</translation>
    </message>
    <message>
        <source>Edited by a human</source>
        <translation>Retouché par une personne</translation>
    </message>
    <message>
        <source>Original with minor human edits</source>
        <translation>Original avec retouches mineures</translation>
    </message>
    <message>
        <source>Composite of captured elements</source>
        <translation>Composition d’éléments captés</translation>
    </message>
    <message>
        <source>Algorithmically enhanced</source>
        <translation>Amélioré par algorithme</translation>
    </message>
    <message>
        <source>Data-driven media</source>
        <translation>Généré à partir de données</translation>
    </message>
    <message>
        <source>Digital art</source>
        <translation>Art numérique</translation>
    </message>
    <message>
        <source>Virtual recording</source>
        <translation>Enregistrement virtuel</translation>
    </message>
    <message>
        <source>Composite including synthetic elements</source>
        <translation>Composition avec éléments synthétiques</translation>
    </message>
    <message>
        <source>Created by generative AI</source>
        <translation>Créé par IA générative</translation>
    </message>
    <message>
        <source>Edited with generative AI</source>
        <translation>Modifié par IA générative</translation>
    </message>
    <message>
        <source>Pure algorithmic media</source>
        <translation>Créé uniquement par algorithme</translation>
    </message>
    <message>
        <source>Screen capture</source>
        <translation>Capture d’écran</translation>
    </message>
    <message>
        <source>Created by software</source>
        <translation>Créé par logiciel</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Photographie</translation>
    </message>
    <message>
        <source>Scan of a film negative</source>
        <translation>Numérisation d’un négatif</translation>
    </message>
    <message>
        <source>Scan of a slide</source>
        <translation>Numérisation d’une diapositive</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Numérisation</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d’écran</translation>
    </message>
    <message>
        <source>Composite photograph</source>
        <translation>Photographie composite</translation>
    </message>
</context>
<context>
    <name>Wesog::AboutDialog</name>
    <message>
        <source>About Wesog Desk</source>
        <translation>À propos de Wesog Desk</translation>
    </message>
    <message>
        <source>Wesog Desk %1</source>
        <translation>Wesog Desk %1</translation>
    </message>
    <message>
        <source>Correct the metadata of thousands of photos and send it to the Wesog image search service.

Built with Qt %1. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Corrigez les métadonnées de milliers de photos et envoyez-les au service de recherche d&apos;images Wesog.

Compilé avec Qt %1. Sous licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>Wesog::CaptionEditor</name>
    <message numerus="yes">
        <source>%n character(s), </source>
        <translation>
            <numerusform>%n caractère, </numerusform>
            <numerusform>%n caractères, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(longer than the %n bytes IPTC IIM keeps)</source>
        <translation>
            <numerusform>(plus long que l&apos;octet (%n) que garde IPTC IIM)</numerusform>
            <numerusform>(plus long que les %n octets que garde IPTC IIM)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::Cli</name>
    <message>
        <source>Reads the metadata of a folder&apos;s images and prints the PUT /imgs body as JSON.</source>
        <translation>Lit les métadonnées des images d&apos;un dossier et affiche le corps de PUT /imgs en JSON.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>The image folder.</source>
        <translation>Le dossier d&apos;images.</translation>
    </message>
    <message>
        <source>usage: wesogctl scan FOLDER [options]</source>
        <translation>usage&#xa0;: wesogctl scan DOSSIER [options]</translation>
    </message>
    <message>
        <source>cannot read folder %1</source>
        <translation>impossible de lire le dossier %1</translation>
    </message>
    <message>
        <source>warning: src is a file:// URL, which the Wesog service cannot fetch; set --src-template before submitting</source>
        <translation>attention&#xa0;: src est une URL file:// que le service Wesog ne peut pas récupérer&#x202f;; indiquez --src-template avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Prints an operation&apos;s status as JSON.</source>
        <translation>Affiche l’état d’une opération en JSON.</translation>
    </message>
    <message>
        <source>The operation id.</source>
        <translation>L’id de l’opération.</translation>
    </message>
    <message>
        <source>Print one line per change until the operation finishes.</source>
        <translation>Afficher une ligne par changement jusqu’à la fin de l’opération.</translation>
    </message>
    <message>
        <source>usage: wesogctl status OP_ID [--watch] [--url URL] [--key-file F]</source>
        <translation>usage&#xa0;: wesogctl status OP_ID [--watch] [--url URL] [--key-file F]</translation>
    </message>
    <message>
        <source>the server&apos;s answer cannot be used: %1</source>
        <translation>la réponse du serveur est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start %1, which runs %2: %3</source>
        <translation>impossible de lancer %1, qui exécute %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage: wesogctl scan FOLDER [options] | submit DIR|FILE.json [options] | status OP_ID [options] | pull [options] | write FOLDER BODY.json [options] | check FOLDER|BODY.json [options]; add --help after a command for its options</source>
        <translation>usage&#xa0;: wesogctl scan DOSSIER [options] | submit DOSSIER|FICHIER.json [options] | status OP_ID [options] | pull [options] | write DOSSIER CORPS.json [options] | check DOSSIER|CORPS.json [options]&#x202f;; ajoutez --help après une commande pour ses options</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON array of images: %2</source>
        <translation>%1 n’est pas un tableau JSON d’images&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, élément %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: src is a file:// URL, which the server cannot fetch; set --src-template</source>
        <translation>%1&#xa0;: src est une URL file://, que le serveur ne peut pas récupérer&#x202f;; indiquez --src-template</translation>
    </message>
    <message>
        <source>Sends images with PUT /imgs and follows their operations until they finish.</source>
        <translation>Envoie des images avec PUT /imgs et suit leurs opérations jusqu’à leur fin.</translation>
    </message>
    <message>
        <source>An image folder, or a JSON file holding a PUT /imgs body.</source>
        <translation>Un dossier d’images, ou un fichier JSON contenant un corps de PUT /imgs.</translation>
    </message>
    <message>
        <source>Ask the server to answer only when each operation is finished.</source>
        <translation>Demander au serveur de ne répondre qu’une fois chaque opération terminée.</translation>
    </message>
    <message>
        <source>Queue the operations ahead of others.</source>
        <translation>Placer les opérations devant les autres dans la file.</translation>
    </message>
    <message>
        <source>Fail items whose id the server does not know.</source>
        <translation>Faire échouer les éléments dont le serveur ne connaît pas l’id.</translation>
    </message>
    <message>
        <source>Language of the AI tags: en, es, pt, fr or ru (default en).</source>
        <translation>Langue des étiquettes d’IA&#xa0;: en, es, pt, fr ou ru (en par défaut).</translation>
    </message>
    <message>
        <source>Images per request, 1 to 1000 (default 500).</source>
        <translation>Images par requête, de 1 à 1000 (500 par défaut).</translation>
    </message>
    <message>
        <source>Stop once every batch is sent; do not follow the operations.</source>
        <translation>S’arrêter une fois tous les lots envoyés&#x202f;; ne pas suivre les opérations.</translation>
    </message>
    <message>
        <source>--lang must be one of: %1</source>
        <translation>--lang doit valoir l’un de&#xa0;: %1</translation>
    </message>
    <message>
        <source>--batch-size must be a whole number from 1 to 1000</source>
        <translation>--batch-size doit être un nombre entier de 1 à 1000</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1, item %2: no id to find its file by</source>
        <translation>%1, élément %2&#xa0;: aucun id pour trouver son fichier</translation>
    </message>
    <message>
        <source>%1, item %2: the id %3 appears twice</source>
        <translation>%1, élément %2&#xa0;: l’id %3 apparaît deux fois</translation>
    </message>
    <message>
        <source>Writes the fields of a PUT /imgs body into the images of a folder (XMP, IIM, EXIF and sidecars) and prints a JSON summary.</source>
        <translation>Écrit les champs d’un corps PUT /imgs dans les images d’un dossier (XMP, IIM, EXIF et fichiers annexes) et affiche un résumé JSON.</translation>
    </message>
    <message>
        <source>A JSON file holding a PUT /imgs body.</source>
        <translation>Un fichier JSON contenant un corps PUT /imgs.</translation>
    </message>
    <message>
        <source>Include subfolders.</source>
        <translation>Inclure les sous-dossiers.</translation>
    </message>
    <message>
        <source>Template of each image&apos;s id (default {basename}).</source>
        <translation>Modèle de l&apos;id de chaque image (par défaut {basename}).</translation>
    </message>
    <message>
        <source>Metadata language: the alternative of multi-language fields that is written (default en).</source>
        <translation>Langue des métadonnées&#xa0;: la variante des champs multilingues qui est écrite (par défaut en).</translation>
    </message>
    <message>
        <source>auto: into the file and every sidecar it has (default); sidecar: into XMP sidecars only.</source>
        <translation>auto&#xa0;: dans le fichier et chacun de ses fichiers annexes (par défaut)&#x202f;; sidecar&#xa0;: dans les fichiers annexes XMP seulement.</translation>
    </message>
    <message>
        <source>Code page of IPTC text without a character set marker, transcoded to UTF-8 when written (default windows-1252).</source>
        <translation>Page de codes du texte IPTC sans marqueur de jeu de caractères, converti en UTF-8 à l’écriture (par défaut windows-1252).</translation>
    </message>
    <message>
        <source>Keep each original as NAME.EXT_original (an existing one is kept).</source>
        <translation>Garder chaque original sous NAME.EXT_original (un existant est conservé).</translation>
    </message>
    <message>
        <source>Print what would be written; write nothing.</source>
        <translation>Afficher ce qui serait écrit&#x202f;; ne rien écrire.</translation>
    </message>
    <message>
        <source>usage: wesogctl write FOLDER BODY.json [options]</source>
        <translation>usage&#xa0;: wesogctl write DOSSIER CORPS.json [options]</translation>
    </message>
    <message>
        <source>unknown template variable: %1</source>
        <translation>variable de modèle inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>{sandbox} is only known inside Wesog Desk; give the server&apos;s address instead</source>
        <translation>{sandbox} n&apos;existe que dans Wesog Desk&#x202f;; indiquez plutôt l&apos;adresse du serveur</translation>
    </message>
    <message>
        <source>unknown code page: %1</source>
        <translation>page de codes inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may be misspelled</source>
        <translation>«&#x202f;%1&#x202f;» est peut-être mal orthographié</translation>
    </message>
    <message>
        <source>Checks captions before anything is sent: the validation rules, spelling, replacement codes and countries. Prints one JSON line per finding.</source>
        <translation>Vérifie les légendes avant tout envoi&#xa0;: les règles de validation, l’orthographe, les codes de remplacement et les pays. Affiche une ligne JSON par constat.</translation>
    </message>
    <message>
        <source>An image folder or a PUT /imgs body (JSON file).</source>
        <translation>Un dossier d’images ou un corps PUT /imgs (fichier JSON).</translation>
    </message>
    <message>
        <source>The agency&apos;s required fields, e.g. &quot;caption author keywords:3&quot;.</source>
        <translation>Les champs obligatoires de l’agence, par exemple «&#x202f;caption author keywords:3&#x202f;».</translation>
    </message>
    <message>
        <source>A dictionary of accepted words (UTF-8, one per line); repeatable.</source>
        <translation>Un dictionnaire de mots acceptés (UTF-8, un par ligne)&#x202f;; répétable.</translation>
    </message>
    <message>
        <source>A code replacements file (Photo Mechanic format); repeatable, a later file&apos;s code wins.</source>
        <translation>Un fichier de codes de remplacement (format de Photo Mechanic)&#x202f;; répétable, le code d’un fichier ultérieur l’emporte.</translation>
    </message>
    <message>
        <source>usage: wesogctl check FOLDER|BODY.json [options]</source>
        <translation>usage&#xa0;: wesogctl check DOSSIER|CORPS.json [options]</translation>
    </message>
    <message>
        <source>unknown field in --rules: %1</source>
        <translation>champ inconnu dans --rules&#xa0;: %1</translation>
    </message>
    <message>
        <source>--target must be auto or sidecar</source>
        <translation>--target doit valoir auto ou sidecar</translation>
    </message>
    <message>
        <source>Prints the images a query matches as a PUT /imgs body (a JSON array).</source>
        <translation>Affiche les images qui correspondent à une requête comme corps de PUT /imgs (un tableau JSON).</translation>
    </message>
    <message>
        <source>The filter formula of GET /imgs (default: every image).</source>
        <translation>La formule de filtre de GET /imgs (par défaut&#xa0;: toutes les images).</translation>
    </message>
    <message>
        <source>Stop after the first N images in the server&apos;s order (default: all).</source>
        <translation>S’arrêter après les N premières images dans l’ordre du serveur (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>usage: wesogctl pull [--url URL] [--key-file F] [--q QUERY] [--limit N]</source>
        <translation>usage&#xa0;: wesogctl pull [--url URL] [--key-file F] [--q REQUÊTE] [--limit N]</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1</source>
        <translation>--limit doit être un nombre entier d’au moins 1</translation>
    </message>
    <message>
        <source>%1 images to load</source>
        <translation>%1 images à charger</translation>
    </message>
    <message>
        <source>loaded %1 of %2 images</source>
        <translation>%1 images chargées sur %2</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); trying again in %3 s</source>
        <translation>l’essai %1 a échoué (%2)&#x202f;; nouvel essai dans %3 s</translation>
    </message>
    <message>
        <source>the images could not be compared with the server&apos;s copies, so nothing was sent: %1</source>
        <translation>les images n’ont pas pu être comparées aux copies du serveur, donc rien n’a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>compared %1 of %2 images with the server</source>
        <translation>%1 images sur %2 comparées avec le serveur</translation>
    </message>
    <message>
        <source>The PUT /imgs body FILE.json was edited from (as wesogctl pull printed it): only changed images are sent, merged with what changed on the server since; conflicting ones are held back.</source>
        <translation>Le corps de PUT /imgs d’où FILE.json a été modifié (tel que wesogctl pull l’a affiché)&#xa0;: seules les images modifiées sont envoyées, fusionnées avec ce qui a changé sur le serveur depuis&#x202f;; celles en conflit sont retenues.</translation>
    </message>
    <message>
        <source>usage: wesogctl submit DIR|FILE.json [--base BASE.json] [options]</source>
        <translation>usage&#xa0;: wesogctl submit DOSSIER|FICHIER.json [--base BASE.json] [options]</translation>
    </message>
    <message>
        <source>--base compares JSON files: FILE.json and --base BASE.json</source>
        <translation>--base compare des fichiers JSON&#xa0;: FILE.json et --base BASE.json</translation>
    </message>
    <message>
        <source>cannot load Qt&apos;s image decoders (%1): %2; images whose header gives no size are reported as corrupt, and a written TIFF is checked by its metadata only</source>
        <translation>impossible de charger les décodeurs d&apos;images de Qt (%1)&#xa0;: %2&#x202f;; les images dont l&apos;en-tête n&apos;indique pas la taille sont signalées comme endommagées, et un TIFF écrit n&apos;est vérifié que par ses métadonnées</translation>
    </message>
</context>
<context>
    <name>Wesog::Cli::ScanFlags</name>
    <message>
        <source>Include subfolders.</source>
        <translation>Inclure les sous-dossiers.</translation>
    </message>
    <message>
        <source>Template of each image&apos;s id (default {basename}).</source>
        <translation>Modèle de l&apos;id de chaque image (par défaut {basename}).</translation>
    </message>
    <message>
        <source>Template of each image&apos;s src URL (default: $WESOG_SRC_TEMPLATE, else file:// URLs).</source>
        <translation>Modèle de l&apos;URL src de chaque image (par défaut&#xa0;: $WESOG_SRC_TEMPLATE, sinon des URL file://).</translation>
    </message>
    <message>
        <source>Language of the values picked from multi-language fields (default en).</source>
        <translation>Langue des valeurs prises dans les champs multilingues (par défaut en).</translation>
    </message>
    <message>
        <source>Code page of IPTC text without a character set marker (default windows-1252).</source>
        <translation>Page de codes du texte IPTC sans jeu de caractères déclaré (par défaut windows-1252).</translation>
    </message>
    <message>
        <source>Number of files read at once (default: one per core).</source>
        <translation>Nombre de fichiers lus à la fois (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <source>unknown template variable: %1</source>
        <translation>variable de modèle inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>{sandbox} is only known inside Wesog Desk; give the server&apos;s address instead</source>
        <translation>{sandbox} n&apos;existe que dans Wesog Desk&#x202f;; indiquez plutôt l&apos;adresse du serveur</translation>
    </message>
    <message>
        <source>unknown code page: %1</source>
        <translation>page de codes inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>--jobs must be a whole number of at least 1</source>
        <translation>--jobs doit être un nombre entier d&apos;au moins 1</translation>
    </message>
    <message>
        <source>A JSON reading profile with your agency&apos;s tables for shot, scene, medium and categories.</source>
        <translation>Un profil de lecture JSON avec les tables de votre agence pour le plan, la scène, le support et les catégories.</translation>
    </message>
    <message>
        <source>Use the headline as title when the title is empty or looks like a file name.</source>
        <translation>Utiliser l’accroche comme titre quand le titre est vide ou ressemble à un nom de fichier.</translation>
    </message>
    <message>
        <source>cannot use the profile %1: %2</source>
        <translation>impossible d’utiliser le profil %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Wesog::CodeExpander</name>
    <message>
        <source>Expand Codes</source>
        <translation>Développer les codes</translation>
    </message>
</context>
<context>
    <name>Wesog::ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Local sandbox: a Wesog server on this computer, no account needed</source>
        <translation>Bac à sable &amp;local&#xa0;: un serveur Wesog sur cet ordinateur, sans compte</translation>
    </message>
    <message>
        <source>&amp;Wesog service</source>
        <translation>Service &amp;Wesog</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Laissez vide pour garder la clé enregistrée</translation>
    </message>
    <message>
        <source>Allow plain &amp;http to other computers (the key travels unencrypted)</source>
        <translation>Autoriser le &amp;http simple vers d’autres ordinateurs (la clé circule en clair)</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d’AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Fichier d’&amp;AC supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>No system keychain is available: keys are kept in a file only you can read (mode 0600).</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: les clés sont gardées dans un fichier que vous seul pouvez lire (mode 0600).</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain, never in the settings.</source>
        <translation>Les clés sont conservées dans le trousseau du système, jamais dans les réglages.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Warning: with plain http, anyone on the network path can read the API key.</source>
        <translation>Attention&#xa0;: en http simple, n’importe qui sur le chemin réseau peut lire la clé d’API.</translation>
    </message>
    <message>
        <source>No API key is stored for this server; type it above.</source>
        <translation>Aucune clé d’API n’est enregistrée pour ce serveur&#x202f;; saisissez-la ci-dessus.</translation>
    </message>
    <message>
        <source>The Local sandbox is not running.</source>
        <translation>Le bac à sable local n’est pas lancé.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected: the server accepts the key.</source>
        <translation>Connecté&#xa0;: le serveur accepte la clé.</translation>
    </message>
</context>
<context>
    <name>Wesog::ConnectionManager</name>
    <message>
        <source>Local sandbox (not running)</source>
        <translation>Bac à sable local (arrêté)</translation>
    </message>
    <message>
        <source>The Local sandbox cannot start: %1</source>
        <translation>Le bac à sable local ne peut pas démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local sandbox (%1)</source>
        <translation>Bac à sable local (%1)</translation>
    </message>
    <message>
        <source>Wesog: not connected</source>
        <translation>Wesog&#xa0;: non connecté</translation>
    </message>
    <message>
        <source>No API key is stored for %1. Enter it in Connection settings.</source>
        <translation>Aucune clé d’API n’est enregistrée pour %1. Saisissez-la dans Connexion.</translation>
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
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the selected images&apos; fields (all images when none is selected) for a spreadsheet</source>
        <translation>Enregistrer les champs des images sélectionnées (toutes si aucune ne l’est) pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Take field values from a spreadsheet; shows what changes first</source>
        <translation>Reprendre des valeurs d’un tableur&#x202f;; montre d’abord ce qui change</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The CSV file cannot be written: %1</source>
        <translation>Le fichier CSV ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>%n image exportée vers %1.</numerusform>
            <numerusform>%n images exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file cannot be read: %1</source>
        <translation>Le fichier CSV est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The imported values could not be saved; nothing changed.</source>
        <translation>Les valeurs importées n’ont pas pu être enregistrées&#x202f;; rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>Wesog::CsvImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>%n cellule va changer</numerusform>
            <numerusform>%n cellules vont changer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n image(s)</source>
        <translation>
            <numerusform>dans %n image</numerusform>
            <numerusform>dans %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) matched</source>
        <translation>
            <numerusform>%n ligne reconnue</numerusform>
            <numerusform>%n lignes reconnues</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Après import</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Laissé de côté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>Wesog::ErrorReviewModel</name>
    <message>
        <source>The sources disagree on %1.</source>
        <translation>Les sources divergent sur « %1 ».</translation>
    </message>
    <message>
        <source>The file changed on disk after you edited it; your edits are kept.</source>
        <translation>Le fichier a changé sur le disque après votre modification&#x202f;; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Failed on the server</source>
        <translation>En échec sur le serveur</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid fields</source>
        <translation>Champs non valides</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <source>Metadata sources disagree</source>
        <translation>Les sources de métadonnées divergent</translation>
    </message>
    <message>
        <source>Edits that conflict with changes on disk</source>
        <translation>Modifications en conflit avec des changements sur le disque</translation>
    </message>
    <message>
        <source>Changed on the server too: held back</source>
        <translation>Modifiées aussi sur le serveur&#xa0;: retenues</translation>
    </message>
</context>
<context>
    <name>Wesog::ErrorReviewPanel</name>
    <message>
        <source>Nothing to review: no failed, unsent, invalid or conflicting images.</source>
        <translation>Rien à revoir&#xa0;: aucune image en échec, non envoyée, non valide ou en conflit.</translation>
    </message>
    <message>
        <source>&amp;Resubmit Failed</source>
        <translation>&amp;Renvoyer les échecs</translation>
    </message>
    <message>
        <source>Send the failed and unsent images again, with your fixes</source>
        <translation>Renvoyer les images en échec et non envoyées, avec vos corrections</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Export Error Report</source>
        <translation>Exporter le rapport d’erreurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be written: %1</source>
        <translation>Le rapport ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed Here and on the Server</source>
        <translation>Modifié ici et sur le serveur</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Prendre le leur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Theirs (server now)</source>
        <translation>Le leur (serveur maintenant)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
</context>
<context>
    <name>Wesog::FileField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
</context>
<context>
    <name>Wesog::FindReplaceDialog</name>
    <message numerus="yes">
        <source>Replace &quot;%1&quot; in %n cell(s)</source>
        <translation>
            <numerusform>Remplacer « %1 » dans %n cellule</numerusform>
            <numerusform>Remplacer « %1 » dans %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1</source>
        <translation>L&apos;expression régulière n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>%n cellule va changer</numerusform>
            <numerusform>%n cellules vont changer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n image(s).</source>
        <translation>
            <numerusform>dans %n image.</numerusform>
            <numerusform>dans %n images.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;Dans&#xa0;:</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Whole w&amp;ords</source>
        <translation>Mots &amp;entiers</translation>
    </message>
    <message>
        <source>Selected cells</source>
        <translation>Cellules sélectionnées</translation>
    </message>
    <message>
        <source>Current column</source>
        <translation>Colonne actuelle</translation>
    </message>
    <message>
        <source>All fields of the images shown</source>
        <translation>Tous les champs des images affichées</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Wesog::FolderSource</name>
    <message>
        <source>Edits Cannot Be Kept</source>
        <translation>Impossible de conserver les modifications</translation>
    </message>
    <message>
        <source>The workspace that keeps your edits could not be opened, so edits would be lost: %1</source>
        <translation>L&apos;espace de travail qui conserve vos modifications n&apos;a pas pu être ouvert&#x202f;; elles seraient perdues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved Edits Could Not Be Read</source>
        <translation>Modifications enregistrées illisibles</translation>
    </message>
</context>
<context>
    <name>Wesog::ImagePager</name>
    <message>
        <source>Page %1 of the results is not a JSON object.</source>
        <translation>La page %1 des résultats n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Page %1 of the results has no valid image count.</source>
        <translation>La page %1 des résultats ne contient pas de nombre d’images valide.</translation>
    </message>
    <message>
        <source>Page %1 of the results has no list of images.</source>
        <translation>La page %1 des résultats ne contient pas de liste d’images.</translation>
    </message>
    <message>
        <source>page %1, image %2</source>
        <translation>page %1, image %2</translation>
    </message>
    <message>
        <source>The server sent an image that is not a JSON object (%1).</source>
        <translation>Le serveur a envoyé une image qui n’est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>The server sent an image without an image_id (%1).</source>
        <translation>Le serveur a envoyé une image sans image_id (%1).</translation>
    </message>
    <message>
        <source>The server sent an unreadable image (%1): %2</source>
        <translation>Le serveur a envoyé une image illisible (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The number of matching images changed from %1 to %2 while loading (page %3): the collection changed on the server; load it again.</source>
        <translation>Le nombre d’images correspondantes est passé de %1 à %2 pendant le chargement (page %3)&#xa0;: la collection a changé sur le serveur&#x202f;; chargez-la de nouveau.</translation>
    </message>
    <message>
        <source>Page %1 of the results holds %2 images where %3 were announced: the collection changed on the server or the server miscounts; load it again.</source>
        <translation>La page %1 des résultats contient %2 images alors que %3 étaient annoncées&#xa0;: la collection a changé sur le serveur ou le serveur compte mal&#x202f;; chargez-la de nouveau.</translation>
    </message>
    <message>
        <source>Image %1 came twice (again on page %2): the collection changed on the server while loading; load it again.</source>
        <translation>L’image %1 est arrivée deux fois (de nouveau page %2)&#xa0;: la collection a changé sur le serveur pendant le chargement&#x202f;; chargez-la de nouveau.</translation>
    </message>
</context>
<context>
    <name>Wesog::InspectorPanel</name>
    <message>
        <source>Select an image to see its metadata.</source>
        <translation>Sélectionnez une image pour voir ses métadonnées.</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>opération %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Aperçu indisponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::KeyStore</name>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>Le fichier de clé %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The key file %1 may be read by other users; allow only its owner (chmod 600).</source>
        <translation>D’autres utilisateurs peuvent lire le fichier de clé %1&#x202f;; ne l’autorisez qu’à son propriétaire (chmod 600).</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Le fichier de clé %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>Le fichier de clé %1 est vide.</translation>
    </message>
    <message>
        <source>The key cannot be saved in %1: %2</source>
        <translation>La clé ne peut pas être enregistrée dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Wesog::ListItemDialog</name>
    <message numerus="yes">
        <source>Add &quot;%1&quot; to %n image(s)</source>
        <translation>
            <numerusform>Ajouter « %1 » à %n image</numerusform>
            <numerusform>Ajouter « %1 » à %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove &quot;%1&quot; from %n image(s)</source>
        <translation>
            <numerusform>Retirer « %1 » de %n image</numerusform>
            <numerusform>Retirer « %1 » de %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to List</source>
        <translation>Ajouter à la liste</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove:</source>
        <translation>&amp;Retirer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Wesog::LoadProgress</name>
    <message>
        <source>Reading images…</source>
        <translation>Lecture des images…</translation>
    </message>
    <message>
        <source>Reading images… %1 so far</source>
        <translation>Lecture des images… %1 pour l&apos;instant</translation>
    </message>
    <message>
        <source>Reading images… %1 of %2</source>
        <translation>Lecture des images… %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Loading cancelled after %n image(s).</source>
        <translation>
            <numerusform>Chargement annulé après %n image.</numerusform>
            <numerusform>Chargement annulé après %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) read.</source>
        <translation>
            <numerusform>%n image lue.</numerusform>
            <numerusform>%n images lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wesog::MainWindow</name>
    <message>
        <source>The folder was not read again; the new reading settings apply when it is next opened.</source>
        <translation>Le dossier n’a pas été relu&#x202f;; les nouveaux réglages de lecture s’appliqueront à sa prochaine ouverture.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Barre d&apos;état</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;About Wesog Desk</source>
        <translation>À &amp;propos de Wesog Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
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
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist or cannot be read.</source>
        <translation>Le dossier « %1 » n&apos;existe pas ou est illisible.</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>Ouvrir un dossier d&apos;images</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open a folder of images (%1)</source>
        <translation>Ouvrir un dossier d&apos;images (%1)</translation>
    </message>
    <message>
        <source>Include &amp;Subfolders</source>
        <translation>Inclure les &amp;sous-dossiers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading the folder (Esc)</source>
        <translation>Arrêter la lecture du dossier (Échap)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>No changes on disk.</source>
        <translation>Aucun changement sur le disque.</translation>
    </message>
    <message>
        <source>Changes on disk: %1 new, %2 gone, %3 changed.</source>
        <translation>Changements sur le disque&#xa0;: %1 nouveaux, %2 disparus, %3 modifiés.</translation>
    </message>
    <message>
        <source>The folder %1 is no longer there; its images stay listed.</source>
        <translation>Le dossier %1 n&apos;existe plus&#x202f;; ses images restent dans la liste.</translation>
    </message>
    <message>
        <source>&amp;Rescan Folder</source>
        <translation>&amp;Relire le dossier</translation>
    </message>
    <message>
        <source>Read the folder again and pick up files added, removed or changed (%1)</source>
        <translation>Relire le dossier et prendre en compte les fichiers ajoutés, supprimés ou modifiés (%1)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Change Not Made</source>
        <translation>Modification non effectuée</translation>
    </message>
    <message>
        <source>Error Review</source>
        <translation>Revue des erreurs</translation>
    </message>
    <message>
        <source>&amp;Error Review</source>
        <translation>Revue des &amp;erreurs</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Problem</source>
        <translation>Problème pré&amp;cédent</translation>
    </message>
</context>
<context>
    <name>Wesog::MetadataWriteController</name>
    <message>
        <source>The workspace could not be updated after writing the file: %1</source>
        <translation>L’espace de travail n’a pas pu être mis à jour après l’écriture du fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::OpenFromServerDialog</name>
    <message numerus="yes">
        <source>%n image(s) match.</source>
        <translation>
            <numerusform>%n image correspond.</numerusform>
            <numerusform>%n images correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot count the matching images: %1</source>
        <translation>Impossible de compter les images correspondantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting the matching images…</source>
        <translation>Comptage des images correspondantes…</translation>
    </message>
    <message>
        <source>Open from Server</source>
        <translation>Ouvrir depuis le serveur</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;AI:</source>
        <translation>&amp;IA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>F&amp;ormule&#xa0;:</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <source>Matches:</source>
        <translation>Correspondances&#xa0;:</translation>
    </message>
    <message>
        <source>Words in the title, headline, caption, alt text or keywords</source>
        <translation>Mots du titre, du chapeau, de la légende, du texte alternatif ou des mots-clés</translation>
    </message>
    <message>
        <source>Keywords, separated by semicolons</source>
        <translation>Mots-clés, séparés par des points-virgules</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Any of them</source>
        <translation>Au moins un</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>AI-generated or not</source>
        <translation>Générées par IA ou non</translation>
    </message>
    <message>
        <source>AI-generated only</source>
        <translation>Générées par IA uniquement</translation>
    </message>
    <message>
        <source>Not AI-generated only</source>
        <translation>Non générées par IA uniquement</translation>
    </message>
    <message>
        <source>A filter formula, for example d&gt;=2024-01-01 || k=harbour</source>
        <translation>Une formule de filtre, par exemple d&gt;=2024-01-01 || k=harbour</translation>
    </message>
</context>
<context>
    <name>Wesog::OperationWatcher</name>
    <message>
        <source>the operation counts %1 items done of %2</source>
        <translation>l’opération compte %1 éléments traités sur %2</translation>
    </message>
    <message>
        <source>the operation&apos;s counts went backwards</source>
        <translation>les compteurs de l’opération ont reculé</translation>
    </message>
</context>
<context>
    <name>Wesog::OperationsModel</name>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <source>%1 item(s) failed; the first: %2</source>
        <translation>%1 élément(s) en échec&#x202f;; le premier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Waited (ms)</source>
        <translation>Attente (ms)</translation>
    </message>
    <message>
        <source>Ran (ms)</source>
        <translation>Exécution (ms)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
</context>
<context>
    <name>Wesog::PreSendCheck</name>
    <message>
        <source>The server&apos;s copy of image %1 is not a JSON object.</source>
        <translation>La copie de l’image %1 sur le serveur n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server answered for another image than %1.</source>
        <translation>Le serveur a répondu pour une autre image que %1.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of image %1 is unreadable: %2</source>
        <translation>La copie de l’image %1 sur le serveur est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch of image ids has no list of images.</source>
        <translation>La réponse du serveur à un lot d’ids d’images ne contient pas de liste d’images.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a batch of image ids holds an unreadable image.</source>
        <translation>La réponse du serveur à un lot d’ids d’images contient une image illisible.</translation>
    </message>
</context>
<context>
    <name>Wesog::Preferences</name>
    <message>
        <source>Reading Profile Not Used</source>
        <translation>Profil de lecture non utilisé</translation>
    </message>
    <message>
        <source>Code Replacements Not Loaded</source>
        <translation>Remplacements de codes non chargés</translation>
    </message>
    <message>
        <source>Agency Dictionary Not Loaded</source>
        <translation>Dictionnaire de l’agence non chargé</translation>
    </message>
</context>
<context>
    <name>Wesog::PresetDialog</name>
    <message>
        <source>New preset</source>
        <translation>Nouveau préréglage</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Append</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Values may use {filename}, {basename}, {folder}, {id}, {date} (the image&apos;s date) and {today}. Append adds to the field instead of replacing it; list items are separated by &quot;;&quot;.</source>
        <translation>Les valeurs peuvent utiliser {filename}, {basename}, {folder}, {id}, {date} (la date de l&apos;image) et {today}. « Ajouter » complète le champ au lieu de le remplacer&#x202f;; les éléments d&apos;une liste sont séparés par «&#x202f;;&#x202f;».</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>No&amp;uveau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Ajouter un champ</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>&amp;Retirer le champ</translation>
    </message>
</context>
<context>
    <name>Wesog::PreviewWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Preview unavailable: %1</source>
        <translation>Aperçu indisponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un dossier ré&amp;cent</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Folders</source>
        <translation>&amp;Effacer les dossiers récents</translation>
    </message>
    <message>
        <source>%1 — all images</source>
        <translation>%1 — toutes les images</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Server Collections</source>
        <translation>&amp;Effacer les collections du serveur récentes</translation>
    </message>
    <message>
        <source>&amp;Recent Collections</source>
        <translation>Collections &amp;récentes</translation>
    </message>
</context>
<context>
    <name>Wesog::RecordDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %n image(s)</source>
        <translation>
            <numerusform>Définir « %1 » sur %n image</numerusform>
            <numerusform>Définir « %1 » sur %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>Wesog::RecordListWidget</name>
    <message>
        <source>All images (%1)</source>
        <translation>Toutes les images (%1)</translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation>Modifiées (%1)</translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation>Non valides (%1)</translation>
    </message>
    <message>
        <source>Not sent (%1)</source>
        <translation>Non envoyées (%1)</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Envoyées (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>En échec (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <source>Unreadable (%1)</source>
        <translation>Illisibles (%1)</translation>
    </message>
    <message>
        <source>Nothing Pasted</source>
        <translation>Rien n&apos;a été collé</translation>
    </message>
    <message>
        <source>The clipboard does not fit here, so nothing was changed:
%1</source>
        <translation>Le presse-papiers ne convient pas ici&#x202f;; rien n&apos;a été modifié&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Apply preset &quot;%1&quot;</source>
        <translation>Appliquer le préréglage « %1 »</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Recopier vers le &amp;bas</translation>
    </message>
    <message>
        <source>Copy the top selected value to the other selected rows</source>
        <translation>Recopier la valeur du haut de la sélection dans les autres lignes sélectionnées</translation>
    </message>
    <message>
        <source>Add to &amp;List…</source>
        <translation>Ajouter à la &amp;liste…</translation>
    </message>
    <message>
        <source>Add a keyword, category or collection to every selected image</source>
        <translation>Ajouter un mot-clé, une catégorie ou une collection à chaque image sélectionnée</translation>
    </message>
    <message>
        <source>Remove from Li&amp;st…</source>
        <translation>Retirer de la li&amp;ste…</translation>
    </message>
    <message>
        <source>Remove a keyword, category or collection from every selected image</source>
        <translation>Retirer un mot-clé, une catégorie ou une collection de chaque image sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;vert to Loaded Values</source>
        <translation>Re&amp;venir aux valeurs lues</translation>
    </message>
    <message>
        <source>Put the selected cells back to the values read from the files</source>
        <translation>Rendre aux cellules sélectionnées les valeurs lues dans les fichiers</translation>
    </message>
    <message>
        <source>Pre&amp;sets</source>
        <translation>Préré&amp;glages</translation>
    </message>
    <message>
        <source>&amp;Manage Presets…</source>
        <translation>&amp;Gérer les préréglages…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Rechercher et re&amp;mplacer…</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Full-Window &amp;Preview</source>
        <translation>&amp;Aperçu en plein écran</translation>
    </message>
    <message>
        <source>Search file names and metadata (%1)</source>
        <translation>Rechercher dans les noms de fichiers et les métadonnées (%1)</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Thumbnail &amp;Grid</source>
        <translation>&amp;Grille de vignettes</translation>
    </message>
    <message>
        <source>Table &amp;and Grid</source>
        <translation>Tableau et g&amp;rille</translation>
    </message>
    <message>
        <source>E&amp;xpand Codes</source>
        <translation>&amp;Développer les codes</translation>
    </message>
    <message>
        <source>Replace the code replacement codes in the selected cells</source>
        <translation>Remplacer les codes de remplacement dans les cellules sélectionnées</translation>
    </message>
    <message>
        <source>Misspelled (%1)</source>
        <translation>Fautes d’orthographe (%1)</translation>
    </message>
</context>
<context>
    <name>Wesog::RecordTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>From %1 %2</source>
        <translation>De %1 %2</translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation>Les sources divergent&#xa0;:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Revert %n cell(s)</source>
        <translation>
            <numerusform>Rétablir %n cellule</numerusform>
            <numerusform>Rétablir %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be saved, so it was not made: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#x202f;; elle n&apos;a donc pas été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed on disk after you edited it; your edits are kept</source>
        <translation>Modifié sur le disque après vos modifications&#x202f;; elles sont conservées</translation>
    </message>
    <message numerus="yes">
        <source>Edited (%n field(s))</source>
        <translation>
            <numerusform>Modifié (%n champ)</numerusform>
            <numerusform>Modifié (%n champs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited. Loaded value: %1</source>
        <translation>Modifié. Valeur lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source> (operation %1)</source>
        <translation> (opération %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation>Le serveur l’a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not written to the file: %1 (%2)</source>
        <translation>Non écrit dans le fichier&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Wesog::RemoteThumbnailLoader</name>
    <message>
        <source>not an image</source>
        <translation>ce n’est pas une image</translation>
    </message>
    <message>
        <source>not a web address (http or https)</source>
        <translation>pas une adresse web (http ou https)</translation>
    </message>
    <message>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>redirected from https to http, which is refused</source>
        <translation>redirigée de https vers http, ce qui est refusé</translation>
    </message>
</context>
<context>
    <name>Wesog::ServerActions</name>
    <message>
        <source>Open from Ser&amp;ver…</source>
        <translation>Ouvrir depuis le ser&amp;veur…</translation>
    </message>
    <message>
        <source>Search the server and load the matching images into the table (%1)</source>
        <translation>Rechercher sur le serveur et charger les images correspondantes dans le tableau (%1)</translation>
    </message>
    <message>
        <source>No Server Connection</source>
        <translation>Aucune connexion au serveur</translation>
    </message>
    <message>
        <source>Set up the connection to the server in Preferences first; its images are searched with that key.</source>
        <translation>Configurez d’abord la connexion au serveur dans les Préférences&#x202f;; ses images sont recherchées avec cette clé.</translation>
    </message>
    <message>
        <source>Another Server</source>
        <translation>Un autre serveur</translation>
    </message>
    <message>
        <source>This collection is on %1, but the connection is set to %2. Connect to %1 in Preferences to open it.</source>
        <translation>Cette collection est sur %1, mais la connexion pointe vers %2. Connectez-vous à %1 dans les Préférences pour l’ouvrir.</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>aucun serveur</translation>
    </message>
</context>
<context>
    <name>Wesog::ServerSource</name>
    <message>
        <source>All images on %1</source>
        <translation>Toutes les images sur %1</translation>
    </message>
    <message>
        <source>The images of a server collection have no files on this computer.</source>
        <translation>Les images d’une collection du serveur n’ont pas de fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Edits Cannot Be Kept</source>
        <translation>Impossible de conserver les modifications</translation>
    </message>
    <message>
        <source>The workspace that keeps your edits could not be opened, so edits would be lost: %1</source>
        <translation>L’espace de travail qui conserve vos modifications n’a pas pu être ouvert, elles seraient donc perdues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved Edits Could Not Be Read</source>
        <translation>Les modifications enregistrées n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>The Collection Could Not Be Loaded</source>
        <translation>La collection n’a pas pu être chargée</translation>
    </message>
    <message>
        <source>The Server Sent a Bad Answer</source>
        <translation>Le serveur a envoyé une réponse incorrecte</translation>
    </message>
    <message>
        <source>What the server held when the collection was loaded could not be read back from the workspace: %1</source>
        <translation>Ce que le serveur contenait au chargement de la collection n’a pas pu être relu dans l’espace de travail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::SettingsDialog</name>
    <message>
        <source>The ID template cannot be empty.</source>
        <translation>Le modèle d&apos;ID ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Unknown variables: %1</source>
        <translation>Variables inconnues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;ID template:</source>
        <translation>Modèle d&apos;&amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source URL template:</source>
        <translation>Modèle d&apos;URL &amp;source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Code page of unmarked IPTC text:</source>
        <translation>&amp;Page de codes du texte IPTC non marqué&#xa0;:</translation>
    </message>
    <message>
        <source>Variables: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1}, and {sandbox} for the address of the local sandbox. Changed templates apply to every image at once.</source>
        <translation>Variables&#xa0;: {filename}, {basename}, {ext}, {folder}, {relpath}, {sha1} et {sandbox} pour l&apos;adresse du bac à sable local. Les modèles modifiés s&apos;appliquent à toutes les images d&apos;un coup.</translation>
    </message>
    <message>
        <source>Unknown required fields: %1 (use API names such as caption, author, keywords:3)</source>
        <translation>Champs obligatoires inconnus&#xa0;: %1 (utilisez les noms de l&apos;API, par exemple caption, author, keywords:3)</translation>
    </message>
    <message>
        <source>&amp;Required by your agency:</source>
        <translation>&amp;Obligatoire pour votre agence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vocabulary file:</source>
        <translation>Fichier de &amp;vocabulaire&#xa0;:</translation>
    </message>
    <message>
        <source>One keyword per line, offered while typing lists</source>
        <translation>Un mot-clé par ligne, proposé pendant la saisie des listes</translation>
    </message>
    <message>
        <source>The reading profile cannot be used: %1</source>
        <translation>Le profil de lecture est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use the &amp;headline as title when the title is empty or looks like a file name</source>
        <translation>Utiliser l’&amp;accroche comme titre quand le titre est vide ou ressemble à un nom de fichier</translation>
    </message>
    <message>
        <source>Reading &amp;profile:</source>
        <translation>Profil de &amp;lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Standard IPTC codes</source>
        <translation>Codes IPTC standard</translation>
    </message>
    <message>
        <source>A JSON file with your agency&apos;s tables for shot, scene, medium and category codes; leave empty for the standard IPTC codes. The README shows the format.</source>
        <translation>Un fichier JSON avec les tables de votre agence pour les codes de plan, de scène, de support et de catégorie&#x202f;; laissez vide pour les codes IPTC standard. Le README en donne le format.</translation>
    </message>
    <message>
        <source>Reading Profile</source>
        <translation>Profil de lecture</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Vocabulary File</source>
        <translation>Fichier de vocabulaire</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Metadata language:</source>
        <translation>Langue des &amp;métadonnées&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Which language alternative of titles, headlines and captions is read and written; the others in the file are kept.</source>
        <translation>L’alternative de langue des titres, accroches et légendes qui est lue et écrite&#x202f;; les autres du fichier sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Write metadata:</source>
        <translation>É&amp;crire les métadonnées&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic: into the file and its existing sidecars</source>
        <translation>Automatique&#xa0;: dans le fichier et ses sidecars existants</translation>
    </message>
    <message>
        <source>Into XMP sidecars only</source>
        <translation>Dans des sidecars XMP seulement</translation>
    </message>
    <message>
        <source>&amp;New sidecars:</source>
        <translation>&amp;Nouveaux sidecars&#xa0;:</translation>
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
        <translation>Conserver la &amp;date de modification des fichiers écrits</translation>
    </message>
    <message>
        <source>Keep a &amp;backup of each original file (NAME.EXT_original)</source>
        <translation>&amp;Garder une copie de sauvegarde de chaque fichier original (NAME.EXT_original)</translation>
    </message>
    <message>
        <source>The code delimiter must be one character that is not a space.</source>
        <translation>Le délimiteur de codes doit être un seul caractère, et pas une espace.</translation>
    </message>
    <message>
        <source>Code replacement &amp;files:</source>
        <translation>&amp;Fichiers de remplacement de codes&#xa0;:</translation>
    </message>
    <message>
        <source>Photo Mechanic code replacement files (code, tab, replacement); a code in a later file wins</source>
        <translation>Fichiers de remplacement de codes Photo Mechanic (code, tabulation, remplacement)&#x202f;; pour un même code, le dernier fichier l’emporte</translation>
    </message>
    <message>
        <source>Code Replacements</source>
        <translation>Remplacements de codes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Code &amp;delimiter:</source>
        <translation>Délimi&amp;teur de codes&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gency dictionary:</source>
        <translation>Dictionnai&amp;re de l’agence&#xa0;:</translation>
    </message>
    <message>
        <source>Names of people and places, one per line, never flagged as misspelled</source>
        <translation>Noms de personnes et de lieux, un par ligne, jamais signalés comme fautes</translation>
    </message>
    <message>
        <source>Agency Dictionary</source>
        <translation>Dictionnaire de l’agence</translation>
    </message>
</context>
<context>
    <name>Wesog::SpellingSupport</name>
    <message>
        <source>“%1” could not be saved in your dictionary (%2), so it is only ignored for now.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré dans votre dictionnaire (%2)&#x202f;; il est seulement ignoré pour l’instant.</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>Wesog::StatusMessage</name>
    <message>
        <source>Merged from the server: %1</source>
        <translation>Fusionné depuis le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Held back: changed on the server too (%1). Choose Keep Mine or Take Theirs in the error review.</source>
        <translation>Retenue&#xa0;: modifiée aussi sur le serveur (%1). Choisissez Garder le mien ou Prendre le leur dans la revue des erreurs.</translation>
    </message>
    <message>
        <source>Held back: deleted on the server since it was read. Keep Mine creates it again; Take Theirs drops the edits.</source>
        <translation>Retenue&#xa0;: supprimée sur le serveur depuis sa lecture. Garder le mien la recrée&#x202f;; Prendre le leur abandonne les modifications.</translation>
    </message>
    <message>
        <source>Held back: the server already holds this id, and this image was never sent from here. Keep Mine replaces the server&apos;s copy; Take Theirs takes its values.</source>
        <translation>Retenue&#xa0;: le serveur a déjà cet id, et cette image n’a jamais été envoyée d’ici. Garder le mien remplace la copie du serveur&#x202f;; Prendre le leur reprend ses valeurs.</translation>
    </message>
    <message>
        <source>Conflict settled; ready to be sent again.</source>
        <translation>Conflit réglé&#x202f;; prête à être renvoyée.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionController</name>
    <message>
        <source>The workspace could not store the submission&apos;s progress: %1</source>
        <translation>L’espace de travail n’a pas pu enregistrer la progression de l’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier est illisible.</translation>
    </message>
    <message>
        <source>Already on its way; wait for its result.</source>
        <translation>Déjà en route&#x202f;; attendez son résultat.</translation>
    </message>
    <message>
        <source>The workspace could not read what was last sent: %1</source>
        <translation>L’espace de travail n’a pas pu lire le dernier envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merge from the Server</source>
        <translation>Fusionner depuis le serveur</translation>
    </message>
    <message>
        <source>The workspace could not store the conflicts: %1</source>
        <translation>L’espace de travail n’a pas pu enregistrer les conflits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: the server&apos;s current copies could not be read to check them: %1</source>
        <translation>Rien n’a été envoyé&#xa0;: les copies actuelles du serveur n’ont pas pu être lues pour les vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The workspace could not store what the server accepted: %1</source>
        <translation>L’espace de travail n’a pas pu enregistrer ce que le serveur a accepté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Prendre le leur</translation>
    </message>
    <message>
        <source>Take Theirs: %1</source>
        <translation>Prendre le leur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionJob</name>
    <message>
        <source>Not confirmed: operation %1 counted %2 failed items without naming this one, so it was probably not applied.</source>
        <translation>Non confirmé&#xa0;: l’opération %1 a compté %2 éléments en échec sans nommer celui-ci&#x202f;; il n’a probablement pas été appliqué.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmissionUi</name>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Send images to the server (%1)</source>
        <translation>Envoyer des images au serveur (%1)</translation>
    </message>
    <message>
        <source>&amp;Cancel Submission</source>
        <translation>&amp;Annuler l’envoi</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>Co&amp;nnexion…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Opérations</translation>
    </message>
    <message>
        <source>key in a file (no keychain)</source>
        <translation>clé dans un fichier (pas de trousseau)</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key is kept in a file only you can read.</source>
        <translation>Aucun trousseau système n’est disponible&#x202f;; la clé d’API est donc gardée dans un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>Not Connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Choose a server in Server ▸ Connection first.</source>
        <translation>Choisissez d’abord un serveur dans Serveur ▸ Connexion.</translation>
    </message>
    <message>
        <source>Nothing was sent: a submission is still being sent.</source>
        <translation>Rien n’a été envoyé&#xa0;: un envoi est encore en cours.</translation>
    </message>
    <message>
        <source>Submission finished: %1 accepted, %2 failed, %3 not sent.</source>
        <translation>Envoi terminé&#xa0;: %1 acceptées, %2 en échec, %3 non envoyées.</translation>
    </message>
    <message>
        <source>Wesog Desk</source>
        <translation>Wesog Desk</translation>
    </message>
    <message>
        <source>Checking the server&apos;s current copies: %1 of %2</source>
        <translation>Vérification des copies actuelles du serveur&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Stop the check. Nothing is sent and your edits stay.</source>
        <translation>Arrête la vérification. Rien n’est envoyé et vos modifications restent.</translation>
    </message>
    <message>
        <source>%1 unchanged (not sent), %2 merged with the server&apos;s changes, %3 held back by conflicts.</source>
        <translation>%1 inchangées (non envoyées), %2 fusionnées avec les modifications du serveur, %3 retenues par des conflits.</translation>
    </message>
</context>
<context>
    <name>Wesog::SubmitDialog</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Submit to Server</source>
        <translation>Envoyer au serveur</translation>
    </message>
    <message>
        <source>Selected images (%1)</source>
        <translation>Images sélectionnées (%1)</translation>
    </message>
    <message>
        <source>Edited images</source>
        <translation>Images modifiées</translation>
    </message>
    <message>
        <source>All valid images</source>
        <translation>Toutes les images valides</translation>
    </message>
    <message>
        <source>Failed and not sent images</source>
        <translation>Images en échec et non envoyées</translation>
    </message>
    <message>
        <source>&amp;Wait for each operation to finish before the server answers</source>
        <translation>&amp;Attendre la fin de chaque opération avant la réponse du serveur</translation>
    </message>
    <message>
        <source>&amp;Urgent: queue ahead of other work</source>
        <translation>&amp;Urgent&#xa0;: passer devant les autres travaux</translation>
    </message>
    <message>
        <source>&amp;Strict: fail images the server does not know yet</source>
        <translation>&amp;Strict&#xa0;: faire échouer les images que le serveur ne connaît pas encore</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Images&#xa0;:</translation>
    </message>
    <message>
        <source>AI tag &amp;language:</source>
        <translation>&amp;Langue des étiquettes d’IA&#xa0;:</translation>
    </message>
    <message>
        <source>Ba&amp;tch size:</source>
        <translation>Taille de lo&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Will send</source>
        <translation>Sera envoyé</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Comp&amp;are with the Server&apos;s Copy</source>
        <translation>Comparer avec la co&amp;pie du serveur</translation>
    </message>
    <message>
        <source>What each image will replace</source>
        <translation>Ce que chaque image remplacera</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) will be sent.</source>
        <translation>
            <numerusform>%n image sera envoyée.</numerusform>
            <numerusform>%n images seront envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) are held back:</source>
        <translation>
            <numerusform>%n image est retenue&#xa0;:</numerusform>
            <numerusform>%n images sont retenues&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sent (never)</source>
        <translation>Dernier envoi (jamais)</translation>
    </message>
    <message>
        <source>Server (not there yet)</source>
        <translation>Serveur (pas encore présente)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server&apos;s copy</source>
        <translation>Copie du serveur</translation>
    </message>
</context>
<context>
    <name>Wesog::Submitter</name>
    <message>
        <source>The server took the batch but its answer names no operation, so the result is unknown.</source>
        <translation>Le serveur a pris le lot mais sa réponse ne nomme aucune opération&#x202f;; le résultat est donc inconnu.</translation>
    </message>
    <message>
        <source>Refused with its batch a second time: %1</source>
        <translation>Refusé avec son lot une deuxième fois&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Wesog::Tls</name>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Le fichier d’AC %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d’AC %1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>Wesog::TokenEditor</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>Retirer « %1 »</translation>
    </message>
</context>
<context>
    <name>Wesog::VocabularyEditors</name>
    <message>
        <source>ISO code %1</source>
        <translation>code ISO %1</translation>
    </message>
    <message>
        <source>Digital source type</source>
        <translation>Type de source numérique</translation>
    </message>
</context>
<context>
    <name>Wesog::Workspace</name>
    <message>
        <source>The saved edits of this folder could not be read (%1). The file is kept as %2; editing goes on in a new one, and the images&apos; own metadata is untouched.</source>
        <translation>Les modifications enregistrées de ce dossier sont illisibles (%1). Le fichier est conservé sous %2&#x202f;; l’édition continue dans un nouveau, et les métadonnées des images restent intactes.</translation>
    </message>
</context>
<context>
    <name>Wesog::WriteActions</name>
    <message>
        <source>&amp;Write Metadata to Files…</source>
        <translation>Écr&amp;ire les métadonnées dans les fichiers…</translation>
    </message>
    <message>
        <source>Write the edited fields into the image files or their XMP sidecars; shows what will change first</source>
        <translation>Écrit les champs modifiés dans les fichiers image ou leurs sidecars XMP&#x202f;; montre d’abord ce qui va changer</translation>
    </message>
    <message>
        <source>Und&amp;o Write</source>
        <translation>Annuler l’écrit&amp;ure</translation>
    </message>
    <message>
        <source>Write back the values the files held before the last write</source>
        <translation>Réécrit les valeurs que les fichiers avaient avant la dernière écriture</translation>
    </message>
    <message>
        <source>Write Metadata to Files</source>
        <translation>Écrire les métadonnées dans les fichiers</translation>
    </message>
    <message>
        <source>None of the selected images has edits to write.</source>
        <translation>Aucune des images sélectionnées n’a de modifications à écrire.</translation>
    </message>
    <message>
        <source>No image has edits to write.</source>
        <translation>Aucune image n’a de modifications à écrire.</translation>
    </message>
</context>
<context>
    <name>Wesog::WriteMetadataDialog</name>
    <message numerus="yes">
        <source>Every edited image: %n. To write only some, select two or more rows first.</source>
        <translation>
            <numerusform>Toutes les images modifiées&#xa0;: %n. Pour n’en écrire que certaines, sélectionnez d’abord deux lignes ou plus.</numerusform>
            <numerusform>Toutes les images modifiées&#xa0;: %n. Pour n’en écrire que certaines, sélectionnez d’abord deux lignes ou plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous values of the fields just written go back into the files.</source>
        <translation>Les valeurs précédentes des champs qui viennent d’être écrits retournent dans les fichiers.</translation>
    </message>
    <message>
        <source>Undo Write</source>
        <translation>Annuler l’écriture</translation>
    </message>
    <message>
        <source>Write Metadata to Files</source>
        <translation>Écrire les métadonnées dans les fichiers</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <source>&amp;Undo Write</source>
        <translation>&amp;Annuler l’écriture</translation>
    </message>
    <message>
        <source>Checking what will change…</source>
        <translation>Vérification de ce qui va changer…</translation>
    </message>
    <message>
        <source>Writing the previous values…</source>
        <translation>Écriture des valeurs précédentes…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing will change: the files already hold these values.</source>
        <translation>Rien ne changera&#xa0;: les fichiers contiennent déjà ces valeurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will change</source>
        <translation>
            <numerusform>%n fichier va changer</numerusform>
            <numerusform>%n fichiers vont changer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n field(s) in all).</source>
        <translation>
            <numerusform>(%n champ en tout).</numerusform>
            <numerusform>(%n champs en tout).</numerusform>
        </translation>
    </message>
    <message>
        <source>Into XMP sidecars: %1.</source>
        <translation>Dans des sidecars XMP&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will not be written; see below.</source>
        <translation>
            <numerusform>%n fichier ne sera pas écrit&#x202f;; voir ci-dessous.</numerusform>
            <numerusform>%n fichiers ne seront pas écrits&#x202f;; voir ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous values written back into %n file(s).</source>
        <translation>
            <numerusform>Valeurs précédentes réécrites dans %n fichier.</numerusform>
            <numerusform>Valeurs précédentes réécrites dans %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n fichier écrit.</numerusform>
            <numerusform>%n fichiers écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already held these values.</source>
        <translation>
            <numerusform>%n fichier contenait déjà ces valeurs.</numerusform>
            <numerusform>%n fichiers contenaient déjà ces valeurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not written; each row says why.</source>
        <translation>
            <numerusform>%n fichier non écrit&#x202f;; sa ligne dit pourquoi.</numerusform>
            <numerusform>%n fichiers non écrits&#x202f;; chaque ligne dit pourquoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) left untouched.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n fichier laissé intact.</numerusform>
            <numerusform>Annulé&#xa0;: %n fichiers laissés intacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not written: %2 (%3)</source>
        <translation>%1&#xa0;: non écrit&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Selected images with edits: %n.</source>
        <translation>
            <numerusform>Images sélectionnées modifiées&#xa0;: %n.</numerusform>
            <numerusform>Images sélectionnées modifiées&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Into the image files (%n): %1.</source>
        <translation>
            <numerusform>Dans les fichiers image (%n)&#xa0;: %1.</numerusform>
            <numerusform>Dans les fichiers image (%n)&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <source>The file changed on disk since it was read; reread it and check the values first.</source>
        <translation>Le fichier a changé sur le disque depuis sa lecture&#x202f;; relisez-le et vérifiez d’abord les valeurs.</translation>
    </message>
    <message>
        <source>The file or its folder is read-only.</source>
        <translation>Le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>Wesog Desk cannot write this kind of file.</source>
        <translation>Wesog Desk ne sait pas écrire ce type de fichier.</translation>
    </message>
    <message>
        <source>The image is damaged: %1</source>
        <translation>L’image est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The written copy did not read back as intended (%1); the file was left as it was.</source>
        <translation>La copie écrite ne se relit pas comme prévu (%1)&#x202f;; le fichier est resté tel quel.</translation>
    </message>
    <message>
        <source>The file has other hard links; writing would separate them.</source>
        <translation>Le fichier a d’autres liens physiques&#x202f;; l’écrire les séparerait.</translation>
    </message>
    <message>
        <source>Clearing this field needs the file itself, not only its sidecar: %1</source>
        <translation>Effacer ce champ demande le fichier lui-même, pas seulement son sidecar&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is gone.</source>
        <translation>Le fichier a disparu.</translation>
    </message>
    <message>
        <source>The file belongs to another user and its owner could not be kept.</source>
        <translation>Le fichier appartient à un autre utilisateur et son propriétaire n’a pas pu être conservé.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WriteWarning</name>
    <message>
        <source>%1 is longer than IPTC IIM allows: IIM keeps a shortened copy, XMP the whole text.</source>
        <translation>%1 dépasse la longueur permise par IPTC IIM&#xa0;: IIM garde une copie raccourcie, XMP le texte entier.</translation>
    </message>
    <message>
        <source>The date is cleared, but the camera&apos;s own date (EXIF) stays in the file and will be read instead.</source>
        <translation>La date est effacée, mais la date de l’appareil (EXIF) reste dans le fichier et sera lue à sa place.</translation>
    </message>
    <message>
        <source>Medium was derived from the Digital Source Type being cleared; it will read back empty.</source>
        <translation>Le support était déduit du Digital Source Type effacé&#x202f;; il sera relu vide.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit photo metadata and send it to the Wesog image search service.</source>
        <translation>Modifiez les métadonnées de photos et envoyez-les au service de recherche d&apos;images Wesog.</translation>
    </message>
    <message>
        <source>Image folder to open.</source>
        <translation>Dossier d&apos;images à ouvrir.</translation>
    </message>
    <message>
        <source>User interface language: en, es, pt, fr or ru.</source>
        <translation>Langue de l&apos;interface&#xa0;: en, es, pt, fr ou ru.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans ce fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>What the screenshot shows: %1 (the first is the default).</source>
        <translation>Ce que montre la capture&#xa0;: %1 (la première est celle par défaut).</translation>
    </message>
</context>
</TS>
