<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>« %1 » est incomplète (année ou mois seulement) ; elle sera envoyée telle quelle.</translation>
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
        <translation>Le champ « %1 » est hors limites ; il devrait être %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; has the wrong type; it should be %2.</source>
        <translation>Le champ « %1 » a un type incorrect ; il devrait être %2.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
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
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>Barre d&apos;é&amp;tat</translation>
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
    <message>
        <source>Select an image to see its metadata.</source>
        <translation>Sélectionnez une image pour voir ses métadonnées.</translation>
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
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Langue de l&apos;interface : en, es, pt, fr ou ru.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>Enregistrer une image de la fenêtre dans ce fichier PNG et quitter.</translation>
    </message>
</context>
</TS>
