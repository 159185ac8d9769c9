<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>assay</name>
    <message>
        <source>Add images, texts and audio (files and folders).</source>
        <translation>Bilder, Texte und Audio hinzufügen (Dateien und Ordner).</translation>
    </message>
    <message>
        <source>Counts of items, classes, people, batches, tasks, events.</source>
        <translation>Anzahl der Elemente, Klassen, Personen, Stapel, Aufgaben und Ereignisse.</translation>
    </message>
    <message>
        <source>The versioned label set.</source>
        <translation>Der versionierte Labelsatz.</translation>
    </message>
    <message>
        <source>Show the event log, verify its hash chain, rebuild state from it.</source>
        <translation>Ereignisprotokoll anzeigen, seine Hash-Kette prüfen, den Zustand daraus neu aufbauen.</translation>
    </message>
    <message>
        <source>Percent agreement, Cohen&apos;s kappa, Scott&apos;s pi, Fleiss&apos; kappa, Krippendorff&apos;s alpha.</source>
        <translation>Prozentuale Übereinstimmung, Cohens Kappa, Scotts Pi, Fleiss&apos; Kappa, Krippendorffs Alpha.</translation>
    </message>
    <message>
        <source>Box matching (Hungarian, by IoU) between every pair of raters.</source>
        <translation>Box-Zuordnung (Ungarische Methode, nach IoU) zwischen allen Bewerterpaaren.</translation>
    </message>
    <message>
        <source>Consensus labels with confidence; Dawid-Skene rater accuracies.</source>
        <translation>Konsenslabels mit Konfidenz; Dawid-Skene-Genauigkeit der Bewerter.</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>undefiniert</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation>keine Eingabedatei angegeben</translation>
    </message>
    <message>
        <source>more than one input file given</source>
        <translation>mehr als eine Eingabedatei angegeben</translation>
    </message>
    <message>
        <source>assay agreement RATINGS.csv [--json] [--pairwise]</source>
        <translation>assay agreement RATINGS.csv [--json] [--pairwise]</translation>
    </message>
    <message>
        <source>Agreement of raters on nominal labels. RATINGS.csv has the header item,rater,label and one row per rating; a missing rating is an absent row, and a second row for the same item and rater is an error. Metrics the data do not define are reported as undefined with the reason.</source>
        <translation>Übereinstimmung von Bewertern bei nominalen Labels. RATINGS.csv hat die Kopfzeile item,rater,label und eine Zeile je Bewertung; eine fehlende Bewertung ist eine fehlende Zeile, eine zweite Zeile für dasselbe Element und denselben Bewerter ist ein Fehler. Maße, die sich aus den Daten nicht bestimmen lassen, werden mit Begründung als undefiniert gemeldet.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Add Cohen&apos;s kappa for every pair of raters.</source>
        <translation>Cohens Kappa für jedes Bewerterpaar hinzufügen.</translation>
    </message>
    <message>
        <source>percent agreement</source>
        <translation>prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <source>Scott&apos;s pi</source>
        <translation>Scotts Pi</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss&apos; Kappa</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorffs Alpha</translation>
    </message>
    <message>
        <source>%1: %2 items, %3 raters, %4 labels, %5 ratings</source>
        <translation>%1: %2 Elemente, %3 Bewerter, %4 Labels, %5 Bewertungen</translation>
    </message>
    <message>
        <source>undefined: %1</source>
        <translation>undefiniert: %1</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa by pair of raters</source>
        <translation>Cohens Kappa je Bewerterpaar</translation>
    </message>
    <message>
        <source>rater A</source>
        <translation>Bewerter A</translation>
    </message>
    <message>
        <source>rater B</source>
        <translation>Bewerter B</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>assay box-agreement BOXES.csv [--iou 0.5] [--class-agnostic] [--json]</source>
        <translation>assay box-agreement BOXES.csv [--iou 0.5] [--class-agnostic] [--json]</translation>
    </message>
    <message>
        <source>Agreement of raters&apos; boxes. BOXES.csv has the header image,rater,x,y,w,h,label in absolute pixels. For every pair of raters A, B (sorted, A the reference) boxes are matched one-to-one by IoU (Hungarian), per image: precision = matched/|B|, recall = matched/|A|.</source>
        <translation>Übereinstimmung der Boxen von Bewertern. BOXES.csv hat die Kopfzeile image,rater,x,y,w,h,label in absoluten Pixeln. Für jedes Bewerterpaar A, B (sortiert, A ist die Referenz) werden die Boxen je Bild eins zu eins nach IoU zugeordnet (Ungarische Methode): Präzision = zugeordnet/|B|, Trefferquote = zugeordnet/|A|.</translation>
    </message>
    <message>
        <source>Lowest IoU at which two boxes match (default 0.5).</source>
        <translation>Kleinste IoU, bei der zwei Boxen übereinstimmen (Standard: 0.5).</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Match boxes whatever their labels.</source>
        <translation>Boxen unabhängig von ihren Labels zuordnen.</translation>
    </message>
    <message>
        <source>--iou takes a number greater than 0 and at most 1, not &quot;%1&quot;</source>
        <translation>--iou erwartet eine Zahl größer als 0 und höchstens 1, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: %2 boxes; IoU threshold %3, %4</source>
        <translation>%1: %2 Boxen; IoU-Schwelle %3, %4</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>beliebige Klasse</translation>
    </message>
    <message>
        <source>same class only</source>
        <translation>nur gleiche Klasse</translation>
    </message>
    <message>
        <source>A (reference)</source>
        <translation>A (Referenz)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>boxes A</source>
        <translation>Boxen A</translation>
    </message>
    <message>
        <source>boxes B</source>
        <translation>Boxen B</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>mean IoU</source>
        <translation>mittlere IoU</translation>
    </message>
    <message>
        <source>fewer than two raters: no pair to compare</source>
        <translation>weniger als zwei Bewerter: kein Paar zum Vergleichen</translation>
    </message>
    <message>
        <source>assay consensus RATINGS.csv --method majority|dawid-skene [--max-iterations N] [--json]</source>
        <translation>assay consensus RATINGS.csv --method majority|dawid-skene [--max-iterations N] [--json]</translation>
    </message>
    <message>
        <source>Consensus label of every item from RATINGS.csv (header item,rater,label). Majority vote reports ties instead of breaking them; Dawid-Skene (1979) also estimates each rater&apos;s accuracy and the class priors.</source>
        <translation>Konsenslabel jedes Elements aus RATINGS.csv (Kopfzeile item,rater,label). Der Mehrheitsentscheid meldet Gleichstände, statt sie aufzulösen; Dawid-Skene (1979) schätzt zusätzlich die Genauigkeit jedes Bewerters und die A-priori-Wahrscheinlichkeiten der Klassen.</translation>
    </message>
    <message>
        <source>majority or dawid-skene.</source>
        <translation>majority oder dawid-skene.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Dawid-Skene: stop after this many EM iterations (default 1000).</source>
        <translation>Dawid-Skene: nach so vielen EM-Iterationen anhalten (Standard: 1000).</translation>
    </message>
    <message>
        <source>--method is required (majority or dawid-skene)</source>
        <translation>--method ist erforderlich (majority oder dawid-skene)</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot; (majority or dawid-skene)</source>
        <translation>unbekannte Methode „%1“ (majority oder dawid-skene)</translation>
    </message>
    <message>
        <source>--max-iterations takes a positive whole number, not &quot;%1&quot;</source>
        <translation>--max-iterations erwartet eine positive ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: %2 items, %3 raters; %4</source>
        <translation>%1: %2 Elemente, %3 Bewerter; %4</translation>
    </message>
    <message>
        <source>Dawid-Skene</source>
        <translation>Dawid-Skene</translation>
    </message>
    <message>
        <source>majority vote</source>
        <translation>Mehrheitsentscheid</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>tie: %1</source>
        <translation>Gleichstand: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) tied; ties are not broken</source>
        <translation>
            <numerusform>%n Element mit Gleichstand; Gleichstände werden nicht aufgelöst</numerusform>
            <numerusform>%n Elemente mit Gleichstand; Gleichstände werden nicht aufgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>converged after %n iteration(s)</source>
        <translation>
            <numerusform>nach %n Iteration konvergiert</numerusform>
            <numerusform>nach %n Iterationen konvergiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped at the cap of %n iteration(s) without converging</source>
        <translation>
            <numerusform>ohne Konvergenz an der Obergrenze von %n Iteration angehalten</numerusform>
            <numerusform>ohne Konvergenz an der Obergrenze von %n Iterationen angehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>estimated accuracy</source>
        <translation>geschätzte Genauigkeit</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>estimated prior</source>
        <translation>geschätzte A-priori-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>warning %1: %2</source>
        <translation>Warnung %1: %2</translation>
    </message>
    <message>
        <source>images without annotations: %1</source>
        <translation>Bilder ohne Annotationen: %1</translation>
    </message>
    <message>
        <source>boxes clipped to the image: %1</source>
        <translation>auf das Bild zugeschnittene Boxen: %1</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>every rating has the same label, so chance agreement is 1 and the coefficient is 0/0</source>
        <translation>alle Bewertungen haben dasselbe Label, daher ist die zufällige Übereinstimmung 1 und der Koeffizient 0/0</translation>
    </message>
    <message>
        <source>no item has two or more ratings</source>
        <translation>kein Element hat zwei oder mehr Bewertungen</translation>
    </message>
    <message>
        <source>no such rater</source>
        <translation>diesen Bewerter gibt es nicht</translation>
    </message>
    <message>
        <source>a rater compared with themself</source>
        <translation>ein Bewerter wird mit sich selbst verglichen</translation>
    </message>
    <message>
        <source>the two raters have no item in common</source>
        <translation>die beiden Bewerter haben kein gemeinsames Element</translation>
    </message>
    <message numerus="yes">
        <source>%1 compares exactly two raters; the data have %n</source>
        <translation>
            <numerusform>%1 vergleicht genau zwei Bewerter; die Daten enthalten %n</numerusform>
            <numerusform>%1 vergleicht genau zwei Bewerter; die Daten enthalten %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the two raters&apos; label lists differ in length (%1, %2)</source>
        <translation>die Labellisten der beiden Bewerter sind unterschiedlich lang (%1, %2)</translation>
    </message>
    <message>
        <source>there are no items</source>
        <translation>es gibt keine Elemente</translation>
    </message>
    <message>
        <source>the rows of the count table differ in length</source>
        <translation>die Zeilen der Häufigkeitstabelle sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>a count is negative</source>
        <translation>eine Anzahl ist negativ</translation>
    </message>
    <message>
        <source>items have unequal numbers of ratings; Fleiss&apos; kappa needs the same number on every item</source>
        <translation>die Elemente haben unterschiedlich viele Bewertungen; Fleiss&apos; Kappa braucht für jedes Element gleich viele</translation>
    </message>
    <message>
        <source>items have fewer than two ratings each</source>
        <translation>die Elemente haben jeweils weniger als zwei Bewertungen</translation>
    </message>
    <message>
        <source>every pairable rating has the same label, so expected disagreement is 0 and alpha is 0/0</source>
        <translation>alle paarbaren Bewertungen haben dasselbe Label, daher ist die erwartete Nichtübereinstimmung 0 und Alpha 0/0</translation>
    </message>
    <message>
        <source>the IoU threshold %1 is not in (0, 1]</source>
        <translation>die IoU-Schwelle %1 liegt nicht in (0, 1]</translation>
    </message>
    <message>
        <source>Dawid-Skene needs at least one iteration and a positive tolerance</source>
        <translation>Dawid-Skene braucht mindestens eine Iteration und eine positive Toleranz</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is rated more than once by &quot;%2&quot;</source>
        <translation>Element „%1“ wird von „%2“ mehr als einmal bewertet</translation>
    </message>
    <message>
        <source>manage people</source>
        <translation>Personen zu verwalten</translation>
    </message>
    <message>
        <source>edit the taxonomy</source>
        <translation>die Taxonomie zu bearbeiten</translation>
    </message>
    <message>
        <source>edit guidelines</source>
        <translation>Richtlinien zu bearbeiten</translation>
    </message>
    <message>
        <source>add items</source>
        <translation>Elemente hinzuzufügen</translation>
    </message>
    <message>
        <source>manage batches</source>
        <translation>Stapel zu verwalten</translation>
    </message>
    <message>
        <source>annotate</source>
        <translation>zu annotieren</translation>
    </message>
    <message>
        <source>review annotations</source>
        <translation>Annotationen zu prüfen</translation>
    </message>
    <message>
        <source>accept or reject batches</source>
        <translation>Stapel anzunehmen oder abzulehnen</translation>
    </message>
    <message>
        <source>the parent class does not exist</source>
        <translation>die übergeordnete Klasse existiert nicht</translation>
    </message>
    <message>
        <source>a box needs a finite position and a size that is not negative</source>
        <translation>eine Box braucht eine endliche Position und eine nicht negative Größe</translation>
    </message>
    <message>
        <source>a box needs an id</source>
        <translation>eine Box braucht eine ID</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>Aktualisierung auf Schema %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>item rows lack id, kind, sha256 or path</source>
        <translation>in den Elementzeilen fehlt id, kind, sha256 oder path</translation>
    </message>
    <message>
        <source>Assay %1 — labeling workstation with quality control built in.

usage: assay [PROJECT.assay]        open the workstation
       assay COMMAND [ARGS...]      run a command

commands:
</source>
        <translation>Assay %1 — Arbeitsplatz für die Annotation mit eingebauter Qualitätskontrolle.

Aufruf: assay [PROJECT.assay]        öffnet den Arbeitsplatz
        assay COMMAND [ARGS...]      führt einen Befehl aus

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &quot;assay COMMAND --help&quot; for a command&apos;s options. Exit status: 0 on success, 1 on failure, 64 on a usage error; &quot;add&quot; returns 2 when it skipped unreadable files and 3 when it skipped only duplicates.
</source>
        <translation>
„assay COMMAND --help“ zeigt die Optionen eines Befehls. Exit-Status: 0 bei Erfolg, 1 bei einem Fehler, 64 bei falschem Aufruf; „add“ gibt 2 zurück, wenn unlesbare Dateien übersprungen wurden, und 3, wenn nur Duplikate übersprungen wurden.
</translation>
    </message>
    <message>
        <source>assay: unknown command &quot;%1&quot;; see &quot;assay --help&quot;</source>
        <translation>assay: unbekannter Befehl „%1“; siehe „assay --help“</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Print JSON (stable fields, see README).</source>
        <translation>JSON ausgeben (stabile Felder, siehe README).</translation>
    </message>
    <message>
        <source>%1: upgraded from schema %2 to %3 (the old file is kept as %1.schema%2.bak)</source>
        <translation>%1: von Schema %2 auf %3 aktualisiert (die alte Datei bleibt als %1.schema%2.bak erhalten)</translation>
    </message>
    <message>
        <source>assay: unknown role &quot;%1&quot; (roles: %2)</source>
        <translation>assay: unbekannte Rolle „%1“ (Rollen: %2)</translation>
    </message>
    <message>
        <source>assay: give at least one role</source>
        <translation>assay: mindestens eine Rolle angeben</translation>
    </message>
    <message>
        <source>Roles, comma-separated.</source>
        <translation>Rollen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Vollständiger Name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 now has the roles %2</source>
        <translation>%1 hat jetzt die Rollen %2</translation>
    </message>
    <message>
        <source>Colour, #rrggbb.</source>
        <translation>Farbe, #rrggbb.</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>One key.</source>
        <translation>Eine einzelne Taste.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>What the class means.</source>
        <translation>Was die Klasse bedeutet.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Parent class name.</source>
        <translation>Name der übergeordneten Klasse.</translation>
    </message>
    <message>
        <source>The class to merge into.</source>
        <translation>Die Klasse, in die zusammengeführt wird.</translation>
    </message>
    <message>
        <source>Taxonomy version to list.</source>
        <translation>Anzuzeigende Taxonomieversion.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>no class named &quot;%1&quot;</source>
        <translation>keine Klasse namens „%1“</translation>
    </message>
    <message>
        <source>taxonomy version %1%2</source>
        <translation>Taxonomieversion %1%2</translation>
    </message>
    <message>
        <source>, multi-label</source>
        <translation>, Multi-Label</translation>
    </message>
    <message>
        <source>  (in %1)</source>
        <translation>  (in %1)</translation>
    </message>
    <message>
        <source>added class %1 (hotkey %2, colour %3)</source>
        <translation>Klasse %1 hinzugefügt (Tastenkürzel %2, Farbe %3)</translation>
    </message>
    <message>
        <source>updated class %1</source>
        <translation>Klasse %1 geändert</translation>
    </message>
    <message>
        <source>removed class %1</source>
        <translation>Klasse %1 entfernt</translation>
    </message>
    <message>
        <source>merged %1 into %2</source>
        <translation>%1 in %2 zusammengeführt</translation>
    </message>
    <message>
        <source>multi-label is %1</source>
        <translation>Multi-Label: %1</translation>
    </message>
    <message>
        <source>First event number.</source>
        <translation>Nummer des ersten Ereignisses.</translation>
    </message>
    <message>
        <source>At most this many events.</source>
        <translation>Höchstens so viele Ereignisse.</translation>
    </message>
    <message>
        <source>Include each event&apos;s payload.</source>
        <translation>Die Nutzdaten jedes Ereignisses mit ausgeben.</translation>
    </message>
    <message>
        <source>%1: the log was tampered with: %2</source>
        <translation>%1: das Protokoll wurde manipuliert: %2</translation>
    </message>
    <message>
        <source> [event id %1]</source>
        <translation> [Ereignis-ID %1]</translation>
    </message>
    <message>
        <source>%1: current state rebuilt from the log</source>
        <translation>%1: aktueller Zustand aus dem Protokoll neu aufgebaut</translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation>Name des Projekts.</translation>
    </message>
    <message>
        <source>Folder the media paths are relative to (default: the project&apos;s folder).</source>
        <translation>Ordner, auf den sich die Medienpfade beziehen (Standard: der Ordner des Projekts).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&quot;normal&quot; (default): edits survive a crash at once and a power cut after 100 ms; &quot;full&quot;: every edit is fsynced.</source>
        <translation>„normal“ (Standard): Änderungen überstehen einen Absturz sofort und einen Stromausfall nach 100 ms; „full“: jede Änderung wird per fsync geschrieben.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>The .assay file to create.</source>
        <translation>Die anzulegende .assay-Datei.</translation>
    </message>
    <message>
        <source>created %1 (&quot;%2&quot;), owner %3</source>
        <translation>%1 angelegt („%2“), Eigentümer %3</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Media root</source>
        <translation>Medienordner</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Durability</source>
        <translation>Dauerhaftigkeit</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>%1 images, %2 texts, %3 audio</source>
        <translation>%1 Bilder, %2 Texte, %3 Audio</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>%1 (taxonomy version %2)</source>
        <translation>%1 (Taxonomieversion %2)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>%1 (%2 boxes)</source>
        <translation>%1 (%2 Boxen)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Print only problems.</source>
        <translation>Nur Probleme ausgeben.</translation>
    </message>
    <message>
        <source>nothing was added; the project is unchanged</source>
        <translation>nichts hinzugefügt; das Projekt ist unverändert</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>duplicate %1: %2</source>
        <translation>Duplikat %1: %2</translation>
    </message>
    <message>
        <source>added %1 items (%2 images, %3 texts, %4 audio); %5 duplicates, %6 skipped</source>
        <translation>%1 Elemente hinzugefügt (%2 Bilder, %3 Texte, %4 Audio); %5 Duplikate, %6 übersprungen</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>unsupported file type (no extension)</source>
        <translation>nicht unterstützter Dateityp (keine Endung)</translation>
    </message>
    <message>
        <source>unsupported file type (.%1)</source>
        <translation>nicht unterstützter Dateityp (.%1)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation>bereits im Projekt</translation>
    </message>
    <message>
        <source>same content as %1</source>
        <translation>gleicher Inhalt wie %1</translation>
    </message>
    <message>
        <source>JPEG marker expected at byte %1</source>
        <translation>JPEG-Marker bei Byte %1 erwartet</translation>
    </message>
    <message>
        <source>truncated: the JPEG data ends before its end marker</source>
        <translation>abgeschnitten: die JPEG-Daten enden vor ihrem Endmarker</translation>
    </message>
    <message>
        <source>truncated: the PNG data ends before its IEND chunk</source>
        <translation>abgeschnitten: die PNG-Daten enden vor ihrem IEND-Chunk</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>not an image: the content is not JPEG, PNG, TIFF, WebP or BMP</source>
        <translation>kein Bild: der Inhalt ist weder JPEG, PNG, TIFF, WebP noch BMP</translation>
    </message>
    <message>
        <source>the JPEG has no frame header</source>
        <translation>das JPEG hat keinen Frame-Header</translation>
    </message>
    <message>
        <source>truncated: the WebP data is shorter than its header says</source>
        <translation>abgeschnitten: die WebP-Daten sind kürzer, als ihr Header angibt</translation>
    </message>
    <message>
        <source>truncated: the BMP data is shorter than its header says</source>
        <translation>abgeschnitten: die BMP-Daten sind kürzer, als ihr Header angibt</translation>
    </message>
    <message>
        <source>cannot be decoded: %1</source>
        <translation>kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>cannot be decoded as an image (damaged or unsupported variant)</source>
        <translation>kann nicht als Bild dekodiert werden (beschädigt oder nicht unterstützte Variante)</translation>
    </message>
    <message>
        <source>truncated: the WAV data chunk is shorter than its header says</source>
        <translation>abgeschnitten: der WAV-Datenchunk ist kürzer, als sein Header angibt</translation>
    </message>
    <message>
        <source>truncated: the WAV file has no data chunk</source>
        <translation>abgeschnitten: die WAV-Datei hat keinen Datenchunk</translation>
    </message>
    <message>
        <source>cannot be decoded as audio: %1</source>
        <translation>kann nicht als Audio dekodiert werden: %1</translation>
    </message>
    <message>
        <source>the audio header is invalid</source>
        <translation>der Audio-Header ist ungültig</translation>
    </message>
    <message>
        <source>audio decoding failed: %1</source>
        <translation>Audiodekodierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the audio holds no samples</source>
        <translation>die Audiodaten enthalten keine Samples</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 audio frames could be decoded</source>
        <translation>abgeschnitten: %1 von %2 Audio-Frames konnten dekodiert werden</translation>
    </message>
    <message>
        <source>holds only white space</source>
        <translation>enthält nur Leerraum</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (first bad byte at offset %1)</source>
        <translation>kein gültiger UTF-8-Text (erstes ungültiges Byte bei Offset %1)</translation>
    </message>
    <message>
        <source>holds NUL bytes: a binary file, not text</source>
        <translation>enthält NUL-Bytes: eine Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>not valid UTF-8 (first bad byte at offset %1)</source>
        <translation>kein gültiges UTF-8 (erstes ungültiges Byte bei Offset %1)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>line %1: no text (expected a string, or an object with &quot;text&quot;)</source>
        <translation>Zeile %1: kein Text (erwartet wird eine Zeichenkette oder ein Objekt mit „text“)</translation>
    </message>
    <message>
        <source>no readable document: %1</source>
        <translation>kein lesbares Dokument: %1</translation>
    </message>
    <message>
        <source>unsupported file type</source>
        <translation>nicht unterstützter Dateityp</translation>
    </message>
    <message>
        <source>a batch needs at least one annotator</source>
        <translation>ein Stapel braucht mindestens einen Annotator</translation>
    </message>
    <message>
        <source>overlap %1 needs at least %1 annotators (%2 given)</source>
        <translation>Überlappung %1 braucht mindestens %1 Annotatoren (%2 angegeben)</translation>
    </message>
    <message>
        <source>the gold rate must be in [0, 1)</source>
        <translation>der Goldanteil muss in [0, 1) liegen</translation>
    </message>
    <message>
        <source>a gold rate needs gold items; mark some with &quot;assay gold&quot;</source>
        <translation>ein Goldanteil braucht Goldelemente; markieren Sie welche mit „assay gold“</translation>
    </message>
    <message>
        <source>no class answers in common</source>
        <translation>keine gemeinsamen Klassenantworten</translation>
    </message>
    <message>
        <source>no items with two or more answers</source>
        <translation>keine Elemente mit zwei oder mehr Antworten</translation>
    </message>
    <message>
        <source>no gold task was submitted</source>
        <translation>es wurde keine Goldaufgabe abgegeben</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>event %1: compressed payload is damaged</source>
        <translation>Ereignis %1: die komprimierten Nutzdaten sind beschädigt</translation>
    </message>
    <message>
        <source>event %1: unknown payload encoding &quot;%2&quot;</source>
        <translation>Ereignis %1: unbekannte Kodierung der Nutzdaten „%2“</translation>
    </message>
    <message>
        <source>event %1: payload is not a JSON object</source>
        <translation>Ereignis %1: die Nutzdaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>event #%1 (%2) was altered: its content does not match its hash</source>
        <translation>Ereignis #%1 (%2) wurde verändert: sein Inhalt passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <source>the log&apos;s head does not match event #%1</source>
        <translation>der Kopf des Protokolls passt nicht zu Ereignis #%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several items; give the path or the id</source>
        <translation>„%1“ bezeichnet mehrere Elemente; geben Sie den Pfad oder die ID an</translation>
    </message>
    <message>
        <source>no item &quot;%1&quot;</source>
        <translation>kein Element „%1“</translation>
    </message>
    <message>
        <source>no gold answers given</source>
        <translation>keine Goldantworten angegeben</translation>
    </message>
    <message>
        <source>item %1: a gold answer needs classes or boxes</source>
        <translation>Element %1: eine Goldantwort braucht Klassen oder Boxen</translation>
    </message>
    <message>
        <source>the gold window and minimum must be at least 1 and the threshold in [0, 1]</source>
        <translation>Goldfenster und Minimum müssen mindestens 1 sein und die Schwelle muss in [0, 1] liegen</translation>
    </message>
    <message>
        <source>%1 is not marked for recalibration</source>
        <translation>%1 ist nicht zur Neukalibrierung vorgemerkt</translation>
    </message>
    <message>
        <source>several batches are named &quot;%1&quot;; give the id</source>
        <translation>mehrere Stapel heißen „%1“; geben Sie die ID an</translation>
    </message>
    <message>
        <source>no batch &quot;%1&quot;</source>
        <translation>kein Stapel „%1“</translation>
    </message>
    <message>
        <source>%1 may not %2</source>
        <translation>%1 ist nicht berechtigt, %2</translation>
    </message>
    <message>
        <source>a batch needs a name</source>
        <translation>ein Stapel braucht einen Namen</translation>
    </message>
    <message>
        <source>%1 cannot annotate</source>
        <translation>%1 kann nicht annotieren</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>no items to put in the batch</source>
        <translation>keine Elemente für den Stapel</translation>
    </message>
    <message>
        <source>batch %1 was already %2</source>
        <translation>Stapel %1 hat bereits den Status %2</translation>
    </message>
    <message>
        <source>%1 (re-queued)</source>
        <translation>%1 (erneut eingereiht)</translation>
    </message>
    <message>
        <source>clear a recalibration</source>
        <translation>eine Neukalibrierung aufzuheben</translation>
    </message>
    <message>
        <source>durability is &quot;full&quot; or &quot;normal&quot;</source>
        <translation>die Dauerhaftigkeit ist „full“ oder „normal“</translation>
    </message>
    <message>
        <source>%1 may not change project settings</source>
        <translation>%1 darf die Projekteinstellungen nicht ändern</translation>
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation>eine Datei dieses Namens existiert bereits</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>not an Assay project (%1)</source>
        <translation>kein Assay-Projekt (%1)</translation>
    </message>
    <message>
        <source>not an Assay project (an SQLite file of another program)</source>
        <translation>kein Assay-Projekt (eine SQLite-Datei eines anderen Programms)</translation>
    </message>
    <message>
        <source>written by a newer Assay (schema %1; this version reads up to %2). The file was not changed.</source>
        <translation>von einer neueren Assay-Version geschrieben (Schema %1; diese Version liest bis %2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>not an Assay project (no schema)</source>
        <translation>kein Assay-Projekt (kein Schema)</translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation>die Sicherung %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>not an Assay project (no project record)</source>
        <translation>kein Assay-Projekt (kein Projektdatensatz)</translation>
    </message>
    <message>
        <source>%1 could not be applied: %2</source>
        <translation>%1 konnte nicht angewendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is no longer active</source>
        <translation>%1 ist nicht mehr aktiv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name (letters, digits, . _ @ -; at most 64)</source>
        <translation>„%1“ ist kein gültiger Name (Buchstaben, Ziffern, . _ @ -; höchstens 64)</translation>
    </message>
    <message>
        <source>%1 is already in the project</source>
        <translation>%1 ist bereits im Projekt</translation>
    </message>
    <message>
        <source>no person named &quot;%1&quot; in the project</source>
        <translation>keine Person namens „%1“ im Projekt</translation>
    </message>
    <message>
        <source>there is no taxonomy version %1</source>
        <translation>es gibt keine Taxonomieversion %1</translation>
    </message>
    <message>
        <source>no such class in the current taxonomy</source>
        <translation>diese Klasse gibt es in der aktuellen Taxonomie nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-classes; remove or move them first</source>
        <translation>„%1“ hat Unterklassen; entfernen oder verschieben Sie diese zuerst</translation>
    </message>
    <message>
        <source>the class to merge into does not exist</source>
        <translation>die Zielklasse der Zusammenführung existiert nicht</translation>
    </message>
    <message>
        <source>a class to merge does not exist or is the target</source>
        <translation>eine zusammenzuführende Klasse existiert nicht oder ist selbst das Ziel</translation>
    </message>
    <message>
        <source>no item %1</source>
        <translation>kein Element %1</translation>
    </message>
    <message>
        <source>overlap must be at least 1</source>
        <translation>die Überlappung muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>keine Aufgabe %1</translation>
    </message>
    <message>
        <source>%1 may not change another person&apos;s task</source>
        <translation>%1 darf die Aufgabe einer anderen Person nicht ändern</translation>
    </message>
    <message>
        <source>this task belongs to another person</source>
        <translation>diese Aufgabe gehört einer anderen Person</translation>
    </message>
    <message>
        <source>no annotation %1</source>
        <translation>keine Annotation %1</translation>
    </message>
    <message>
        <source>%1 may not change another person&apos;s annotation</source>
        <translation>%1 darf die Annotation einer anderen Person nicht ändern</translation>
    </message>
    <message>
        <source>no box %1 in this annotation</source>
        <translation>keine Box %1 in dieser Annotation</translation>
    </message>
    <message>
        <source>Gold items with reference answers; people&apos;s rolling gold accuracy and recalibration.</source>
        <translation>Goldelemente mit Referenzantworten; gleitende Goldgenauigkeit der Personen und Neukalibrierung.</translation>
    </message>
    <message>
        <source>Batches with overlap and gold mixed in; accept or reject (rejected work is re-queued).</source>
        <translation>Stapel mit Überlappung und eingestreutem Gold; annehmen oder ablehnen (abgelehnte Arbeit wird erneut eingereiht).</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>all, image, text, audio, or a file of items.</source>
        <translation>all, image, text, audio oder eine Datei mit Elementen.</translation>
    </message>
    <message>
        <source>what</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>People, comma-separated.</source>
        <translation>Personen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Annotators per item.</source>
        <translation>Annotatoren je Element.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Share of gold tasks in each queue.</source>
        <translation>Anteil der Goldaufgaben in jeder Warteschlange.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Seed of the gold positions (random when not given).</source>
        <translation>Startwert für die Positionen der Goldaufgaben (zufällig, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation>Nur dieser Stapel.</translation>
    </message>
    <message>
        <source>Why the batch is rejected.</source>
        <translation>Warum der Stapel abgelehnt wird.</translation>
    </message>
    <message numerus="yes">
        <source>batch %1 (%2): %n task(s)</source>
        <translation>
            <numerusform>Stapel %1 (%2): %n Aufgabe</numerusform>
            <numerusform>Stapel %1 (%2): %n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 accepted</source>
        <translation>Stapel %1 angenommen</translation>
    </message>
    <message>
        <source>batch %1 rejected; its tasks are re-queued in batch %2 (%3)</source>
        <translation>Stapel %1 abgelehnt; seine Aufgaben sind erneut in Stapel %2 (%3) eingereiht</translation>
    </message>
    <message>
        <source>batch %1 (%2): %3 items, %4 answers, %5 raters</source>
        <translation>Stapel %1 (%2): %3 Elemente, %4 Antworten, %5 Bewerter</translation>
    </message>
    <message>
        <source>  percent agreement %1, Krippendorff&apos;s alpha %2, Fleiss&apos; kappa %3, Cohen&apos;s kappa %4</source>
        <translation>  prozentuale Übereinstimmung %1, Krippendorffs Alpha %2, Fleiss&apos; Kappa %3, Cohens Kappa %4</translation>
    </message>
    <message>
        <source>  gold accuracy %1 (%2 gold answers), items below agreement threshold %3 (%4), box F1 %5</source>
        <translation>  Goldgenauigkeit %1 (%2 Goldantworten), Elemente unter der Übereinstimmungsschwelle %3 (%4), Box-F1 %5</translation>
    </message>
    <message>
        <source>  per class:</source>
        <translation>  je Klasse:</translation>
    </message>
    <message>
        <source>  per person:</source>
        <translation>  je Person:</translation>
    </message>
    <message>
        <source>  per pair:</source>
        <translation>  je Paar:</translation>
    </message>
    <message>
        <source>  anomalies: %1</source>
        <translation>  Auffälligkeiten: %1</translation>
    </message>
    <message>
        <source>Consensus: majority or dawid-skene.</source>
        <translation>Konsens: majority oder dawid-skene.</translation>
    </message>
    <message>
        <source>Answers faster than this (ms) are anomalies.</source>
        <translation>Schnellere Antworten als diese (ms) gelten als Auffälligkeiten.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>no class &quot;%1&quot; in the taxonomy</source>
        <translation>keine Klasse „%1“ in der Taxonomie</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a number</source>
        <translation>Zeile %1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>line %1: expected item,label or image,x,y,w,h,label (%2 fields)</source>
        <translation>Zeile %1: erwartet wird item,label oder image,x,y,w,h,label (%2 Felder)</translation>
    </message>
    <message>
        <source>line %1: a box cannot have a negative size</source>
        <translation>Zeile %1: eine Box kann keine negative Größe haben</translation>
    </message>
    <message>
        <source>no gold answers in the file</source>
        <translation>keine Goldantworten in der Datei</translation>
    </message>
    <message>
        <source>Reference class (repeat for several).</source>
        <translation>Referenzklasse (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>Reference boxes: a CSV of x,y,w,h,label.</source>
        <translation>Referenzboxen: eine CSV-Datei mit x,y,w,h,label.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rolling accuracy over the last N gold answers.</source>
        <translation>Gleitende Genauigkeit über die letzten N Goldantworten.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Pass mark of a gold answer and of the rolling accuracy.</source>
        <translation>Bestehensgrenze einer Goldantwort und der gleitenden Genauigkeit.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Gold answers needed before a person can be sent to recalibrate.</source>
        <translation>Nötige Goldantworten, bevor eine Person zur Neukalibrierung geschickt werden kann.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message numerus="yes">
        <source>%n gold item(s) set</source>
        <translation>
            <numerusform>%n Goldelement festgelegt</numerusform>
            <numerusform>%n Goldelemente festgelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n Box</numerusform>
            <numerusform>%n Boxen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back in the production queue</source>
        <translation>%1 ist wieder in der Produktionswarteschlange</translation>
    </message>
    <message>
        <source>window %1, threshold %2, minimum %3</source>
        <translation>Fenster %1, Schwelle %2, Minimum %3</translation>
    </message>
    <message>
        <source>Classification CSV</source>
        <translation>Klassifikation CSV</translation>
    </message>
    <message>
        <source>row without an item and a label; skipped</source>
        <translation>Zeile ohne Element und Label; übersprungen</translation>
    </message>
    <message>
        <source>confidence &quot;%1&quot; is not a number; left out</source>
        <translation>Konfidenz „%1“ ist keine Zahl; weggelassen</translation>
    </message>
    <message>
        <source>%1 boxes not written: the classification CSV has no place for them</source>
        <translation>%1 Boxen nicht geschrieben: die Klassifikations-CSV hat keinen Platz dafür</translation>
    </message>
    <message>
        <source>Classification JSON Lines</source>
        <translation>Klassifikation JSON Lines</translation>
    </message>
    <message>
        <source>%1 (the file ends early: truncated?)</source>
        <translation>%1 (die Datei endet vorzeitig: abgeschnitten?)</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation>jede Zeile muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>line without an item and a label; skipped</source>
        <translation>Zeile ohne Element und Label; übersprungen</translation>
    </message>
    <message>
        <source>%1 boxes not written: classification JSON Lines have no place for them</source>
        <translation>%1 Boxen nicht geschrieben: Klassifikations-JSON-Lines haben keinen Platz dafür</translation>
    </message>
    <message>
        <source>&quot;images&quot; must be a list</source>
        <translation>„images“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>malformed image entry</source>
        <translation>fehlerhafter Bildeintrag</translation>
    </message>
    <message>
        <source>an image entry must be an object</source>
        <translation>ein Bildeintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <source>malformed key</source>
        <translation>fehlerhafter Schlüssel</translation>
    </message>
    <message>
        <source>image &quot;id&quot; must be an integer or a string</source>
        <translation>die „id“ eines Bildes muss eine Ganzzahl oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;file_name&quot; must be a string</source>
        <translation>„file_name“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>image size must be a number</source>
        <translation>die Bildgröße muss eine Zahl sein</translation>
    </message>
    <message>
        <source>image without &quot;id&quot;; skipped</source>
        <translation>Bild ohne „id“; übersprungen</translation>
    </message>
    <message>
        <source>&quot;categories&quot; must be a list</source>
        <translation>„categories“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>malformed category entry</source>
        <translation>fehlerhafter Kategorieeintrag</translation>
    </message>
    <message>
        <source>a category entry must be an object</source>
        <translation>ein Kategorieeintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <source>category &quot;id&quot; must be an integer or a string</source>
        <translation>die „id“ einer Kategorie muss eine Ganzzahl oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>category &quot;name&quot; must be a string</source>
        <translation>der „name“ einer Kategorie muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>category without &quot;id&quot;; skipped</source>
        <translation>Kategorie ohne „id“; übersprungen</translation>
    </message>
    <message>
        <source>&quot;annotations&quot; must be a list</source>
        <translation>„annotations“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>malformed annotation entry</source>
        <translation>fehlerhafter Annotationseintrag</translation>
    </message>
    <message>
        <source>an annotation entry must be an object</source>
        <translation>ein Annotationseintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;bbox&quot; must be a list of numbers</source>
        <translation>„bbox“ muss eine Liste von Zahlen sein</translation>
    </message>
    <message>
        <source>&quot;image_id&quot; must be an integer or a string</source>
        <translation>„image_id“ muss eine Ganzzahl oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;category_id&quot; must be an integer or a string</source>
        <translation>„category_id“ muss eine Ganzzahl oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;iscrowd&quot; must be 0 or 1</source>
        <translation>„iscrowd“ muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>malformed &quot;segmentation&quot;</source>
        <translation>fehlerhafte „segmentation“</translation>
    </message>
    <message>
        <source>&quot;score&quot; must be a number</source>
        <translation>„score“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>malformed &quot;attributes&quot;</source>
        <translation>fehlerhafte „attributes“</translation>
    </message>
    <message>
        <source>annotation without &quot;bbox&quot; of 4 numbers, &quot;image_id&quot; or &quot;category_id&quot;; skipped</source>
        <translation>Annotation ohne „bbox“ aus 4 Zahlen, „image_id“ oder „category_id“; übersprungen</translation>
    </message>
    <message>
        <source>image id %1 appears more than once; the first one is used</source>
        <translation>Bild-ID %1 kommt mehrfach vor; die erste wird verwendet</translation>
    </message>
    <message>
        <source>category id %1 appears more than once; the first one is used</source>
        <translation>Kategorie-ID %1 kommt mehrfach vor; die erste wird verwendet</translation>
    </message>
    <message>
        <source>annotation refers to an image id that is not in &quot;images&quot;; skipped</source>
        <translation>Annotation verweist auf eine Bild-ID, die nicht in „images“ vorkommt; übersprungen</translation>
    </message>
    <message>
        <source>annotation refers to a category id that is not in &quot;categories&quot;; skipped</source>
        <translation>Annotation verweist auf eine Kategorie-ID, die nicht in „categories“ vorkommt; übersprungen</translation>
    </message>
    <message>
        <source>not a JSON text</source>
        <translation>kein JSON-Text</translation>
    </message>
    <message>
        <source>a COCO file is a JSON object</source>
        <translation>eine COCO-Datei ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation>unerwarteter Text nach dem JSON-Objekt</translation>
    </message>
    <message>
        <source>not a COCO instances file: no &quot;images&quot; list</source>
        <translation>keine COCO-Instances-Datei: keine „images“-Liste</translation>
    </message>
    <message>
        <source>a COCO results file is a JSON list</source>
        <translation>eine COCO-Results-Datei ist eine JSON-Liste</translation>
    </message>
    <message>
        <source>malformed result entry</source>
        <translation>fehlerhafter Ergebniseintrag</translation>
    </message>
    <message>
        <source>a result entry must be an object</source>
        <translation>ein Ergebniseintrag muss ein Objekt sein</translation>
    </message>
    <message>
        <source>result without &quot;bbox&quot;, &quot;image_id&quot; or &quot;category_id&quot;; skipped</source>
        <translation>Ergebnis ohne „bbox“, „image_id“ oder „category_id“; übersprungen</translation>
    </message>
    <message>
        <source>unexpected text after the JSON list</source>
        <translation>unerwarteter Text nach der JSON-Liste</translation>
    </message>
    <message>
        <source>result refers to an image id that is not in the reference; skipped</source>
        <translation>Ergebnis verweist auf eine Bild-ID, die nicht in der Referenz vorkommt; übersprungen</translation>
    </message>
    <message>
        <source>result refers to a category id that is not in the reference; skipped</source>
        <translation>Ergebnis verweist auf eine Kategorie-ID, die nicht in der Referenz vorkommt; übersprungen</translation>
    </message>
    <message>
        <source>COCO instances JSON</source>
        <translation>COCO instances JSON</translation>
    </message>
    <message>
        <source>the folder holds no single COCO instances file</source>
        <translation>der Ordner enthält keine eindeutige COCO-Instances-Datei</translation>
    </message>
    <message>
        <source>%1 classification labels not written: COCO instances have no place for them</source>
        <translation>%1 Klassifikationslabels nicht geschrieben: COCO instances hat keinen Platz dafür</translation>
    </message>
    <message>
        <source>the annotator of %1 boxes is not written: COCO has no field for it</source>
        <translation>der Annotator von %1 Boxen wird nicht geschrieben: COCO hat kein Feld dafür</translation>
    </message>
    <message>
        <source>COCO results JSON (predictions)</source>
        <translation>COCO results JSON (Vorhersagen)</translation>
    </message>
    <message>
        <source>%1 boxes without a score were written with score 1</source>
        <translation>%1 Boxen ohne Score wurden mit Score 1 geschrieben</translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is not declared in &lt;meta&gt;; skipped</source>
        <translation>Label „%1“ ist nicht in &lt;meta&gt; deklariert; übersprungen</translation>
    </message>
    <message>
        <source>&lt;box&gt; without numeric xtl, ytl, xbr, ybr; skipped</source>
        <translation>&lt;box&gt; ohne numerische xtl, ytl, xbr, ybr; übersprungen</translation>
    </message>
    <message>
        <source>CVAT for images XML 1.1</source>
        <translation>CVAT for images XML 1.1</translation>
    </message>
    <message>
        <source>empty XML file</source>
        <translation>leere XML-Datei</translation>
    </message>
    <message>
        <source>not a CVAT for images file: the root element is &lt;%1&gt;, not &lt;annotations&gt;</source>
        <translation>keine „CVAT for images“-Datei: das Wurzelelement ist &lt;%1&gt;, nicht &lt;annotations&gt;</translation>
    </message>
    <message>
        <source>CVAT format version %1 is not supported (1.1 is)</source>
        <translation>CVAT-Formatversion %1 wird nicht unterstützt (nur 1.1)</translation>
    </message>
    <message>
        <source>%1 classification labels of items that are not images of the dataset were not written</source>
        <translation>%1 Klassifikationslabels von Elementen, die keine Bilder des Datensatzes sind, wurden nicht geschrieben</translation>
    </message>
    <message>
        <source>file or folder not found</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>cannot tell the format: it could be %1 or %2; name the format</source>
        <translation>Format nicht eindeutig: es könnte %1 oder %2 sein; geben Sie das Format an</translation>
    </message>
    <message>
        <source>the folder has no data.yaml or classes.txt (YOLO), no Pascal VOC .xml files and no annotations.xml (CVAT)</source>
        <translation>der Ordner enthält weder data.yaml oder classes.txt (YOLO) noch Pascal-VOC-.xml-Dateien noch annotations.xml (CVAT)</translation>
    </message>
    <message>
        <source>a JSON file that is neither COCO (an object with &quot;images&quot;), COCO results (a list of {image_id, bbox, score}) nor a Label Studio export (a list of tasks with &quot;data&quot;)</source>
        <translation>eine JSON-Datei, die weder COCO (ein Objekt mit „images“) noch COCO results (eine Liste von {image_id, bbox, score}) noch ein Label-Studio-Export (eine Liste von Aufgaben mit „data“) ist</translation>
    </message>
    <message>
        <source>an XML file whose root is neither &lt;annotations&gt; (CVAT) nor &lt;annotation&gt; (Pascal VOC)</source>
        <translation>eine XML-Datei, deren Wurzelelement weder &lt;annotations&gt; (CVAT) noch &lt;annotation&gt; (Pascal VOC) ist</translation>
    </message>
    <message>
        <source>no importer reads .%1 files (formats: %2)</source>
        <translation>kein Import liest .%1-Dateien (Formate: %2)</translation>
    </message>
    <message>
        <source>cannot tell the format: %1</source>
        <translation>Format nicht erkennbar: %1</translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot; (formats: %2)</source>
        <translation>unbekanntes Importformat „%1“ (Formate: %2)</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (formats: %2)</source>
        <translation>unbekanntes Exportformat „%1“ (Formate: %2)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation>kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>box %1 %2 %3 %4 has no positive size; skipped</source>
        <translation>Box %1 %2 %3 %4 hat keine positive Größe; übersprungen</translation>
    </message>
    <message>
        <source>box %1 %2 %3 %4 crosses the border of %5 (%6x%7)</source>
        <translation>Box %1 %2 %3 %4 überschreitet den Rand von %5 (%6x%7)</translation>
    </message>
    <message>
        <source>box %1 %2 %3 %4 crosses the border of %5 (%6x%7); clipped</source>
        <translation>Box %1 %2 %3 %4 überschreitet den Rand von %5 (%6x%7); zugeschnitten</translation>
    </message>
    <message>
        <source>media file %1 not found under %2</source>
        <translation>Mediendatei %1 nicht unter %2 gefunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>rectangle without original_width and original_height: its percentages cannot become pixels; skipped</source>
        <translation>Rechteck ohne original_width und original_height: seine Prozentwerte lassen sich nicht in Pixel umrechnen; übersprungen</translation>
    </message>
    <message>
        <source>rectangle without a label; skipped</source>
        <translation>Rechteck ohne Label; übersprungen</translation>
    </message>
    <message>
        <source>task without data (image, text or audio); skipped</source>
        <translation>Aufgabe ohne Daten (Bild, Text oder Audio); übersprungen</translation>
    </message>
    <message>
        <source>Label Studio JSON</source>
        <translation>Label Studio JSON</translation>
    </message>
    <message>
        <source>malformed task</source>
        <translation>fehlerhafte Aufgabe</translation>
    </message>
    <message>
        <source>a Label Studio export is a list of tasks</source>
        <translation>ein Label-Studio-Export ist eine Liste von Aufgaben</translation>
    </message>
    <message>
        <source>a task must be an object</source>
        <translation>eine Aufgabe muss ein Objekt sein</translation>
    </message>
    <message>
        <source>this is Label Studio&apos;s JSON-MIN export; export as JSON (the full format) instead</source>
        <translation>dies ist der JSON-MIN-Export von Label Studio; exportieren Sie stattdessen als JSON (das vollständige Format)</translation>
    </message>
    <message>
        <source>%1 boxes on images of unknown size were not written: Label Studio stores percentages</source>
        <translation>%1 Boxen auf Bildern unbekannter Größe wurden nicht geschrieben: Label Studio speichert Prozentwerte</translation>
    </message>
    <message>
        <source>Pascal VOC XML (labelImg)</source>
        <translation>Pascal VOC XML (labelImg)</translation>
    </message>
    <message>
        <source>not a Pascal VOC file: the root element is &lt;%1&gt;, not &lt;annotation&gt;</source>
        <translation>keine Pascal-VOC-Datei: das Wurzelelement ist &lt;%1&gt;, nicht &lt;annotation&gt;</translation>
    </message>
    <message>
        <source>&lt;object&gt; without a &lt;name&gt; and four numeric &lt;bndbox&gt; corners; skipped</source>
        <translation>&lt;object&gt; ohne &lt;name&gt; und vier numerische &lt;bndbox&gt;-Ecken; übersprungen</translation>
    </message>
    <message>
        <source>no Pascal VOC XML files found</source>
        <translation>keine Pascal-VOC-XML-Dateien gefunden</translation>
    </message>
    <message>
        <source>two images share the annotation file %1; the second is not written</source>
        <translation>zwei Bilder teilen sich die Annotationsdatei %1; das zweite wird nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 images of unknown size were written with size 0</source>
        <translation>%1 Bilder unbekannter Größe wurden mit Größe 0 geschrieben</translation>
    </message>
    <message>
        <source>%1 classification labels not written: Pascal VOC detection files have no place for them</source>
        <translation>%1 Klassifikationslabels nicht geschrieben: Pascal-VOC-Detektionsdateien haben keinen Platz dafür</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>fehlerhaftes XML: %1</translation>
    </message>
    <message>
        <source>YOLO text labels (Ultralytics, labelImg)</source>
        <translation>YOLO-Textlabels (Ultralytics, labelImg)</translation>
    </message>
    <message>
        <source>a class in &quot;names&quot; must be &quot;- name&quot; or &quot;index: name&quot;</source>
        <translation>eine Klasse in „names“ muss „- name“ oder „index: name“ lauten</translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation>„key: value“ erwartet</translation>
    </message>
    <message>
        <source>&quot;names&quot; must be a list or a mapping</source>
        <translation>„names“ muss eine Liste oder eine Zuordnung sein</translation>
    </message>
    <message>
        <source>&quot;names&quot; is not closed by &apos;%1&apos;</source>
        <translation>„names“ wird nicht mit „%1“ abgeschlossen</translation>
    </message>
    <message>
        <source>a class in &quot;names&quot; must be &quot;index: name&quot;</source>
        <translation>eine Klasse in „names“ muss „index: name“ lauten</translation>
    </message>
    <message>
        <source>expected &quot;class cx cy w h&quot; with a class index and four numbers; line skipped</source>
        <translation>„class cx cy w h“ mit einem Klassenindex und vier Zahlen erwartet; Zeile übersprungen</translation>
    </message>
    <message>
        <source>class %1 is not in the class names (%2 classes); box skipped</source>
        <translation>Klasse %1 ist nicht unter den Klassennamen (%2 Klassen); Box übersprungen</translation>
    </message>
    <message>
        <source>the size of %1 cannot be read (not an image, or truncated); its boxes are skipped</source>
        <translation>die Größe von %1 kann nicht gelesen werden (kein Bild oder abgeschnitten); die zugehörigen Boxen werden übersprungen</translation>
    </message>
    <message>
        <source>label file without an image; skipped</source>
        <translation>Labeldatei ohne Bild; übersprungen</translation>
    </message>
    <message>
        <source>two images share the label file %1; the second is not written</source>
        <translation>zwei Bilder teilen sich die Labeldatei %1; das zweite wird nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 boxes on images of unknown size were not written: YOLO needs the size to normalise</source>
        <translation>%1 Boxen auf Bildern unbekannter Größe wurden nicht geschrieben: YOLO braucht die Größe zum Normalisieren</translation>
    </message>
    <message>
        <source>%1 classification labels not written: YOLO detection labels have no place for them</source>
        <translation>%1 Klassifikationslabels nicht geschrieben: YOLO-Detektionslabels haben keinen Platz dafür</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>cannot decode the image: it is corrupted, truncated or not an image</source>
        <translation>das Bild kann nicht dekodiert werden: es ist beschädigt, abgeschnitten oder kein Bild</translation>
    </message>
    <message>
        <source>the file is truncated: the lower part of the image is missing</source>
        <translation>die Datei ist abgeschnitten: der untere Teil des Bildes fehlt</translation>
    </message>
    <message>
        <source>not enough memory to show the image</source>
        <translation>nicht genug Speicher, um das Bild anzuzeigen</translation>
    </message>
    <message>
        <source>not enough memory for the full image</source>
        <translation>nicht genug Speicher für das vollständige Bild</translation>
    </message>
    <message>
        <source>usage: assay %1
%2
</source>
        <translation>Aufruf: assay %1
%2
</translation>
    </message>
    <message>
        <source>remove items</source>
        <translation>Elemente entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>a gold answer</source>
        <translation>eine Goldantwort</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-label(s)</source>
        <translation>
            <numerusform>%n Vorab-Label</numerusform>
            <numerusform>%n Vorab-Labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n Zeile von %1</numerusform>
            <numerusform>%n Zeilen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no items to remove</source>
        <translation>keine Elemente zum Entfernen</translation>
    </message>
    <message>
        <source>nothing was removed: items with tasks, annotations or gold answers are kept: %1</source>
        <translation>nichts wurde entfernt: Elemente mit Aufgaben, Annotationen oder Goldantworten bleiben erhalten: %1</translation>
    </message>
    <message>
        <source>Groups of near-duplicate images (perceptual hash); keep one of a group.</source>
        <translation>Gruppen von Beinahe-Duplikaten unter den Bildern (perzeptueller Hash); eines je Gruppe behalten.</translation>
    </message>
    <message>
        <source>assay: %1 has no near-duplicates at a threshold of %2 bits; nothing was removed</source>
        <translation>assay: %1 hat bei einer Schwelle von %2 Bit keine Beinahe-Duplikate; nichts wurde entfernt</translation>
    </message>
    <message numerus="yes">
        <source>kept %1; removed %n item(s) from the project (their files stay on disk):</source>
        <translation>
            <numerusform>%1 behalten; %n Element aus dem Projekt entfernt (die Datei bleibt auf der Festplatte):</numerusform>
            <numerusform>%1 behalten; %n Elemente aus dem Projekt entfernt (ihre Dateien bleiben auf der Festplatte):</numerusform>
        </translation>
    </message>
    <message>
        <source>Bits (of 64) two perceptual hashes may differ in and count as one picture (default %1, at most %2).</source>
        <translation>Bits (von 64), in denen sich zwei perzeptuelle Hashes unterscheiden dürfen und noch als ein Bild gelten (Vorgabe %1, höchstens %2).</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Keep this item (id, path or file name) and remove the other items of its group.</source>
        <translation>Dieses Element (ID, Pfad oder Dateiname) behalten und die übrigen Elemente seiner Gruppe entfernen.</translation>
    </message>
    <message>
        <source>Why the others are removed (recorded in the log).</source>
        <translation>Warum die übrigen entfernt werden (wird im Protokoll vermerkt).</translation>
    </message>
    <message>
        <source>assay dupes: --threshold is a whole number of bits from 0 to %1</source>
        <translation>assay dupes: --threshold ist eine ganze Zahl von Bits von 0 bis %1</translation>
    </message>
    <message>
        <source>no near-duplicates among %1 images (threshold %2 of 64 bits)</source>
        <translation>keine Beinahe-Duplikate unter %1 Bildern (Schwelle %2 von 64 Bit)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of near-duplicates among %1 images (threshold %2 of 64 bits)</source>
        <translation>
            <numerusform>%n Gruppe von Beinahe-Duplikaten unter %1 Bildern (Schwelle %2 von 64 Bit)</numerusform>
            <numerusform>%n Gruppen von Beinahe-Duplikaten unter %1 Bildern (Schwelle %2 von 64 Bit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>group %1: %n image(s)</source>
        <translation>
            <numerusform>Gruppe %1: %n Bild</numerusform>
            <numerusform>Gruppe %1: %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>no picture to make a preview of</source>
        <translation>kein Bild, aus dem eine Vorschau entstehen könnte</translation>
    </message>
    <message>
        <source>the decoded picture (%1 × %2) does not have the image&apos;s shape (%3 × %4)</source>
        <translation>das dekodierte Bild (%1 × %2) hat nicht die Form des Bildes (%3 × %4)</translation>
    </message>
    <message>
        <source>the preview could not be encoded</source>
        <translation>die Vorschau konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no pre-label %1</source>
        <translation>kein Vorab-Label %1</translation>
    </message>
    <message>
        <source>pre-label %1 is not one of this item&apos;s</source>
        <translation>Vorab-Label %1 gehört nicht zu diesem Element</translation>
    </message>
    <message>
        <source>pre-label %1 was decided already (%2)</source>
        <translation>über Vorab-Label %1 wurde bereits entschieden (%2)</translation>
    </message>
    <message>
        <source>pre-label %1 is a class, not a box</source>
        <translation>Vorab-Label %1 ist eine Klasse, keine Box</translation>
    </message>
    <message>
        <source>accepting pre-label %1 must set its class</source>
        <translation>wer Vorab-Label %1 annimmt, muss seine Klasse setzen</translation>
    </message>
    <message>
        <source>pre-label %1 has no decision to take back</source>
        <translation>zu Vorab-Label %1 gibt es keine Entscheidung, die sich zurücknehmen ließe</translation>
    </message>
    <message>
        <source>What annotators did with each model&apos;s suggestions: accepted as is, adjusted, rejected.</source>
        <translation>Was Annotatoren mit den Vorschlägen jedes Modells gemacht haben: unverändert angenommen, angepasst, abgelehnt.</translation>
    </message>
    <message>
        <source>no pre-labels in this project</source>
        <translation>keine Vorab-Labels in diesem Projekt</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>accepted as is</source>
        <translation>unverändert angenommen</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>angepasst</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <source>adjusted: accepted boxes moved, resized or given another class since; overridden: accepted, then deleted or replaced by hand</source>
        <translation>angepasst: angenommene Boxen, die seither verschoben, in der Größe geändert oder einer anderen Klasse zugeordnet wurden; überschrieben: angenommen, dann von Hand gelöscht oder ersetzt</translation>
    </message>
    <message>
        <source>Import labels (or model predictions as pre-labels) from another tool, in one transaction.</source>
        <translation>Labels (oder Modellvorhersagen als Vorannotationen) aus einem anderen Werkzeug importieren, in einer Transaktion.</translation>
    </message>
    <message>
        <source>Export final labels (or --all) with a manifest: versions, batches, SHA-256 of every file.</source>
        <translation>Endgültige Labels (oder --all) mit Manifest exportieren: Versionen, Stapel, SHA-256 jeder Datei.</translation>
    </message>
    <message>
        <source>Queue order by the pre-labels&apos; uncertainty: confidence (least confident first) or margin (smallest top-two margin first).</source>
        <translation>Reihenfolge der Warteschlange nach der Unsicherheit der Vorannotationen: confidence (geringste Konfidenz zuerst) oder margin (kleinster Abstand der zwei wahrscheinlichsten Klassen zuerst).</translation>
    </message>
    <message>
        <source>by</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>The format (default: auto, recognised from the file or folder).</source>
        <translation>Das Format (Vorgabe: auto, an der Datei oder dem Ordner erkannt).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Where the dataset&apos;s media are (default: the folder of the dataset).</source>
        <translation>Wo die Medien des Datensatzes liegen (Vorgabe: der Ordner des Datensatzes).</translation>
    </message>
    <message>
        <source>Add classes the taxonomy lacks (otherwise the import stops before writing anything).</source>
        <translation>Klassen hinzufügen, die der Taxonomie fehlen (sonst bricht der Import ab, bevor etwas geschrieben wird).</translation>
    </message>
    <message>
        <source>Clip boxes that cross the image border (they are reported either way).</source>
        <translation>Rahmen, die über den Bildrand reichen, beschneiden (gemeldet werden sie in jedem Fall).</translation>
    </message>
    <message>
        <source>Import COCO crowd regions as boxes (skipped and counted otherwise).</source>
        <translation>COCO-Crowd-Regionen als Rahmen importieren (sonst übersprungen und gezählt).</translation>
    </message>
    <message>
        <source>Model predictions: keep them as suggestions for annotators, with their scores.</source>
        <translation>Modellvorhersagen: als Vorschläge für Annotatoren behalten, mit ihren Scores.</translation>
    </message>
    <message>
        <source>The model&apos;s name for pre-labels (default: the file&apos;s name).</source>
        <translation>Der Name des Modells für Vorannotationen (Vorgabe: der Dateiname).</translation>
    </message>
    <message>
        <source>COCO results: the instances file whose image and category ids they use.</source>
        <translation>COCO-Ergebnisse: die Instances-Datei, deren Bild- und Kategorie-IDs sie verwenden.</translation>
    </message>
    <message>
        <source>CSV/JSONL: the kind of every item (default: from each file&apos;s extension).</source>
        <translation>CSV/JSONL: die Art jedes Elements (Vorgabe: aus der Dateiendung).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Read, match and report; write nothing.</source>
        <translation>Lesen, zuordnen und berichten; nichts schreiben.</translation>
    </message>
    <message>
        <source>assay import: unknown format &quot;%1&quot;</source>
        <translation>assay import: unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>assay import: unknown kind &quot;%1&quot;</source>
        <translation>assay import: unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>nothing was imported; the project is unchanged</source>
        <translation>nichts wurde importiert; das Projekt ist unverändert</translation>
    </message>
    <message>
        <source>format: %1 (recognised)</source>
        <translation>Format: %1 (erkannt)</translation>
    </message>
    <message>
        <source>The format to write.</source>
        <translation>Das zu schreibende Format.</translation>
    </message>
    <message>
        <source>The file (COCO, Label Studio, CVAT, CSV, JSONL) or folder (YOLO, VOC) to write.</source>
        <translation>Die zu schreibende Datei (COCO, Label Studio, CVAT, CSV, JSONL) oder der Ordner (YOLO, VOC).</translation>
    </message>
    <message>
        <source>Every annotation and every image, not only final labels of accepted batches.</source>
        <translation>Jede Annotation und jedes Bild, nicht nur endgültige Labels angenommener Stapel.</translation>
    </message>
    <message>
        <source>Indent JSON.</source>
        <translation>JSON einrücken.</translation>
    </message>
    <message>
        <source>assay export: unknown format &quot;%1&quot;</source>
        <translation>assay export: unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>unknown order &quot;%1&quot; (confidence or margin)</source>
        <translation>unbekannte Reihenfolge „%1“ (confidence oder margin)</translation>
    </message>
    <message>
        <source>ordering by uncertainty needs pre-labels with scores (assay import --prelabels)</source>
        <translation>die Ordnung nach Unsicherheit braucht Vorannotationen mit Scores (assay import --prelabels)</translation>
    </message>
    <message>
        <source>event %1: import payload: %2</source>
        <translation>Ereignis %1: Importdaten: %2</translation>
    </message>
    <message>
        <source>%1 (%2 labels): %3 images, %4 labelled items, %5 boxes, %6 class labels</source>
        <translation>%1 (%2 Labels): %3 Bilder, %4 gelabelte Elemente, %5 Rahmen, %6 Klassenlabels</translation>
    </message>
    <message>
        <source>%1 annotations left out: not yet final (not done, batch not accepted, or imported); --all exports them</source>
        <translation>%1 Annotationen ausgelassen: noch nicht endgültig (nicht erledigt, Stapel nicht angenommen oder importiert); --all exportiert sie</translation>
    </message>
    <message>
        <source>%1 items without a class label: their annotators tied</source>
        <translation>%1 Elemente ohne Klassenlabel: ihre Annotatoren waren uneins (Gleichstand)</translation>
    </message>
    <message>
        <source>%1 files written; manifest: %2</source>
        <translation>%1 Dateien geschrieben; Manifest: %2</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (one of: %2)</source>
        <translation>unbekanntes Exportformat „%1“ (eines von: %2)</translation>
    </message>
    <message>
        <source>%1 may not export datasets (reviewers and leads may)</source>
        <translation>%1 darf keine Datensätze exportieren (Prüfer und Leitungen dürfen es)</translation>
    </message>
    <message>
        <source>Reading labels</source>
        <translation>Labels lesen</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>Collecting items</source>
        <translation>Elemente sammeln</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation>Manifest schreiben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>the import was cancelled; the project is as it was</source>
        <translation>der Import wurde abgebrochen; das Projekt ist unverändert</translation>
    </message>
    <message>
        <source>%1 (%2): %3 images, %4 items matched, %5 added</source>
        <translation>%1 (%2): %3 Bilder, %4 Elemente zugeordnet, %5 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 pre-labels (suggestions)</source>
        <translation>%1 Vorannotationen (Vorschläge)</translation>
    </message>
    <message>
        <source>%1 annotations: %2 boxes, %3 class labels</source>
        <translation>%1 Annotationen: %2 Rahmen, %3 Klassenlabels</translation>
    </message>
    <message>
        <source>classes added: %1</source>
        <translation>hinzugefügte Klassen: %1</translation>
    </message>
    <message>
        <source>classes not in the taxonomy: %1</source>
        <translation>Klassen, die nicht in der Taxonomie sind: %1</translation>
    </message>
    <message>
        <source>%1 media files missing (their %2 boxes and %3 labels were not imported):</source>
        <translation>%1 Mediendateien fehlen (ihre %2 Rahmen und %3 Labels wurden nicht importiert):</translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... und %1 weitere</translation>
    </message>
    <message>
        <source>not added: %1</source>
        <translation>nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>annotators who are not people of the project (recorded for the importing person): %1</source>
        <translation>Annotatoren, die keine Personen des Projekts sind (für die importierende Person erfasst): %1</translation>
    </message>
    <message>
        <source>  ... %1 more warnings (--json lists up to %2)</source>
        <translation>  ... %1 weitere Warnungen (--json listet bis zu %2)</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>Probelauf: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Checking classes</source>
        <translation>Klassen prüfen</translation>
    </message>
    <message>
        <source>classes not in the taxonomy: %1; nothing was imported (add them with --add-classes)</source>
        <translation>Klassen, die nicht in der Taxonomie sind: %1; nichts wurde importiert (mit --add-classes hinzufügen)</translation>
    </message>
    <message>
        <source>Matching media</source>
        <translation>Medien zuordnen</translation>
    </message>
    <message>
        <source>Adding media</source>
        <translation>Medien hinzufügen</translation>
    </message>
    <message>
        <source>Writing labels</source>
        <translation>Labels schreiben</translation>
    </message>
    <message>
        <source>Committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>the imported annotations of import %1 are damaged</source>
        <translation>die importierten Annotationen des Imports %1 sind beschädigt</translation>
    </message>
    <message>
        <source>cannot compress imported annotations: %1</source>
        <translation>importierte Annotationen können nicht komprimiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n imported annotation(s)</source>
        <translation>
            <numerusform>%n importierte Annotation</numerusform>
            <numerusform>%n importierte Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <source>box %1 exists already</source>
        <translation>Box %1 gibt es bereits</translation>
    </message>
    <message>
        <source>%1 event without &quot;%2&quot;</source>
        <translation>Ereignis %1 ohne „%2“</translation>
    </message>
    <message>
        <source>change project settings</source>
        <translation>Projekteinstellungen ändern</translation>
    </message>
    <message>
        <source>unknown task state &quot;%1&quot;</source>
        <translation>unbekannter Aufgabenstatus „%1“</translation>
    </message>
    <message>
        <source>unknown batch decision &quot;%1&quot;</source>
        <translation>unbekannte Stapelentscheidung „%1“</translation>
    </message>
    <message>
        <source>People&apos;s key pairs on this machine: make one (prints the public key), list them.</source>
        <translation>Schlüsselpaare von Personen auf diesem Rechner: eines anlegen (gibt den öffentlichen Schlüssel aus), sie auflisten.</translation>
    </message>
    <message>
        <source>%1: the log is intact (%2 events), but the state tables were changed outside it:</source>
        <translation>%1: Das Protokoll ist unversehrt (%2 Ereignisse), aber die Zustandstabellen wurden außerhalb davon geändert:</translation>
    </message>
    <message>
        <source>%1: in the file, not in the log: %2</source>
        <translation>%1: in der Datei, nicht im Protokoll: %2</translation>
    </message>
    <message>
        <source>%1: in the log, not in the file: %2</source>
        <translation>%1: im Protokoll, nicht in der Datei: %2</translation>
    </message>
    <message>
        <source>%1 may not rebuild the state (admins only)</source>
        <translation>%1 darf den Zustand nicht neu aufbauen (nur Administratoren)</translation>
    </message>
    <message>
        <source>the log does not verify (%1); nothing was rebuilt</source>
        <translation>Das Protokoll lässt sich nicht bestätigen (%1); nichts wurde neu aufgebaut</translation>
    </message>
    <message>
        <source>Replace an existing key of that name (the old one is lost).</source>
        <translation>Einen vorhandenen Schlüssel dieses Namens ersetzen (der alte geht verloren).</translation>
    </message>
    <message>
        <source>there is already a key for %1 (--replace makes a new one)</source>
        <translation>Für %1 gibt es bereits einen Schlüssel (--replace legt einen neuen an)</translation>
    </message>
    <message>
        <source>Passphrase for %1&apos;s new key: </source>
        <translation>Passphrase für den neuen Schlüssel von %1: </translation>
    </message>
    <message>
        <source>%1&apos;s key (fingerprint %2) is in %3; give the public key above to a lead.</source>
        <translation>Der Schlüssel von %1 (Fingerabdruck %2) liegt in %3; geben Sie den öffentlichen Schlüssel oben einer Leitung.</translation>
    </message>
    <message>
        <source>(damaged: %1)</source>
        <translation>(beschädigt: %1)</translation>
    </message>
    <message>
        <source>no keys in %1</source>
        <translation>keine Schlüssel in %1</translation>
    </message>
    <message numerus="yes">
        <source>warning: %1 has %n admin(s); a project should have two, so that a lost key can be replaced</source>
        <translation>
            <numerusform>Warnung: %1 hat %n Administrator; ein Projekt sollte zwei haben, damit ein verlorener Schlüssel ersetzt werden kann</numerusform>
            <numerusform>Warnung: %1 hat %n Administratoren; ein Projekt sollte zwei haben, damit ein verlorener Schlüssel ersetzt werden kann</numerusform>
        </translation>
    </message>
    <message>
        <source>see gold answers</source>
        <translation>Goldantworten sehen</translation>
    </message>
    <message>
        <source>see which tasks are gold</source>
        <translation>sehen, welche Aufgaben Gold sind</translation>
    </message>
    <message>
        <source>see gold scores and accuracy</source>
        <translation>Goldbewertungen und Genauigkeit sehen</translation>
    </message>
    <message>
        <source>see other people&apos;s queues</source>
        <translation>Warteschlangen anderer Personen sehen</translation>
    </message>
    <message>
        <source>see other people&apos;s answers</source>
        <translation>Antworten anderer Personen sehen</translation>
    </message>
    <message>
        <source>read other people&apos;s events</source>
        <translation>Ereignisse anderer Personen lesen</translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht starten</translation>
    </message>
    <message>
        <source>not an Assay public key (it starts with &quot;%1&quot;)</source>
        <translation>kein öffentlicher Assay-Schlüssel (er beginnt mit „%1“)</translation>
    </message>
    <message>
        <source>the public key is damaged (wrong length or characters)</source>
        <translation>Der öffentliche Schlüssel ist beschädigt (falsche Länge oder Zeichen)</translation>
    </message>
    <message>
        <source>the public key&apos;s receiving half is not signed by its signing half</source>
        <translation>Die Empfangshälfte des öffentlichen Schlüssels ist nicht von seiner Signierhälfte signiert</translation>
    </message>
    <message>
        <source>a secret key is 64 bytes</source>
        <translation>Ein geheimer Schlüssel hat 64 Byte</translation>
    </message>
    <message>
        <source>the gold pool is too small: a gold rate of %1 needs %2 different gold items for %3&apos;s queue, and %4 are available to them; mark more gold items or lower the rate</source>
        <translation>Der Goldvorrat ist zu klein: Eine Goldrate von %1 braucht %2 verschiedene Goldelemente für die Warteschlange von %3, verfügbar sind %4; markieren Sie mehr Goldelemente oder senken Sie die Rate</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>no room for a temporary copy to replay the log into</source>
        <translation>kein Platz für eine temporäre Kopie, in die das Protokoll wiedergegeben werden kann</translation>
    </message>
    <message>
        <source>copying the project to replay its log</source>
        <translation>beim Kopieren des Projekts für die Wiedergabe seines Protokolls</translation>
    </message>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation>Die Passphrase-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation>Die Passphrase-Datei ist leer</translation>
    </message>
    <message>
        <source>a passphrase is needed: run on a terminal, or name a file holding it in ASSAY_PASSPHRASE_FILE</source>
        <translation>Eine Passphrase wird benötigt: in einem Terminal ausführen oder in ASSAY_PASSPHRASE_FILE eine Datei angeben, die sie enthält</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>Die Passphrase ist leer</translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>Die beiden Passphrasen unterscheiden sich</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>a field longer than %1; not a CSV file of this kind?</source>
        <translation>ein Feld länger als %1; keine CSV-Datei dieser Art?</translation>
    </message>
    <message>
        <source>a record longer than %1; not a CSV file of this kind?</source>
        <translation>ein Datensatz länger als %1; keine CSV-Datei dieser Art?</translation>
    </message>
    <message>
        <source>more than %1 fields in a record</source>
        <translation>mehr als %1 Felder in einem Datensatz</translation>
    </message>
    <message>
        <source>a quoted field is not closed (the file ends early: truncated?)</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen (die Datei endet zu früh: abgeschnitten?)</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>a NUL byte: not a text file?</source>
        <translation>ein NUL-Byte: keine Textdatei?</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation>nicht genug Speicher, um den Schlüssel aus der Passphrase abzuleiten</translation>
    </message>
    <message>
        <source>a key file needs a passphrase</source>
        <translation>Eine Schlüsseldatei braucht eine Passphrase</translation>
    </message>
    <message>
        <source>there is already a key for %1</source>
        <translation>Für %1 gibt es bereits einen Schlüssel</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the key file: %1</source>
        <translation>Die Schlüsseldatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no key for %1 here; make one with &quot;assay keys new %1&quot;, or ask a lead to register a new one</source>
        <translation>hier kein Schlüssel für %1; legen Sie einen mit „assay keys new %1“ an oder bitten Sie eine Leitung, einen neuen zu registrieren</translation>
    </message>
    <message>
        <source>not a key file (too large)</source>
        <translation>keine Schlüsseldatei (zu groß)</translation>
    </message>
    <message>
        <source>cannot read the key file: %1</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a key file (damaged JSON)</source>
        <translation>keine Schlüsseldatei (beschädigtes JSON)</translation>
    </message>
    <message>
        <source>not a key file of this version of Assay</source>
        <translation>keine Schlüsseldatei dieser Assay-Version</translation>
    </message>
    <message>
        <source>the key file is for %1, not %2</source>
        <translation>Die Schlüsseldatei gehört zu %1, nicht zu %2</translation>
    </message>
    <message>
        <source>not a key file (damaged fields)</source>
        <translation>keine Schlüsseldatei (beschädigte Felder)</translation>
    </message>
    <message>
        <source>wrong passphrase for %1&apos;s key (or the key file was altered)</source>
        <translation>falsche Passphrase für den Schlüssel von %1 (oder die Schlüsseldatei wurde verändert)</translation>
    </message>
    <message>
        <source>the key file&apos;s public key is not its secret key&apos;s</source>
        <translation>Der öffentliche Schlüssel der Schlüsseldatei gehört nicht zu ihrem geheimen Schlüssel</translation>
    </message>
    <message>
        <source>empty file; expected the header %1</source>
        <translation>leere Datei; erwartet wurde die Kopfzeile %1</translation>
    </message>
    <message>
        <source>the header is &quot;%1&quot;; expected %2</source>
        <translation>Die Kopfzeile ist „%1“; erwartet wurde %2</translation>
    </message>
    <message>
        <source>%1 fields; expected %2</source>
        <translation>%1 Felder; erwartet wurden %2</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; was already rated by &quot;%2&quot; on line %3; each rater rates an item at most once</source>
        <translation>Element „%1“ wurde in Zeile %3 bereits von „%2“ bewertet; jeder Bewerter bewertet ein Element höchstens einmal</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>a box has a negative width or height</source>
        <translation>Eine Box hat eine negative Breite oder Höhe</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Create a project file; the owner&apos;s key is made (or the one in the key store used) and registered.</source>
        <translation>Eine Projektdatei anlegen; der Schlüssel des Eigentümers wird erzeugt (oder der im Schlüsselspeicher verwendet) und registriert.</translation>
    </message>
    <message>
        <source>List or add people, set their roles, register their public keys (a new key revokes the old), revoke a key.</source>
        <translation>Personen auflisten oder hinzufügen, ihre Rollen setzen, ihre öffentlichen Schlüssel registrieren (ein neuer Schlüssel widerruft den alten), einen Schlüssel widerrufen.</translation>
    </message>
    <message>
        <source>
Acting as someone needs their key: --as NAME (or ASSAY_USER=NAME) unlocks NAME&apos;s key from the keyring, or from $XDG_CONFIG_HOME/assay/keys/NAME.key with its passphrase, typed on the terminal or read from the file named by ASSAY_PASSPHRASE_FILE. Commands that record something fail without it; info, log verify and keys need no key.
</source>
        <translation>
Wer als jemand handelt, braucht dessen Schlüssel: --as NAME (oder ASSAY_USER=NAME) entsperrt den Schlüssel von NAME aus dem Schlüsselbund oder aus $XDG_CONFIG_HOME/assay/keys/NAME.key mit seiner Passphrase, am Terminal eingegeben oder aus der in ASSAY_PASSPHRASE_FILE genannten Datei gelesen. Befehle, die etwas aufzeichnen, schlagen ohne ihn fehl; info, log verify und keys brauchen keinen Schlüssel.
</translation>
    </message>
    <message>
        <source>Act as this person (default: $ASSAY_USER), signed in with their key: from the keyring, or their key file with its passphrase (typed, or in $ASSAY_PASSPHRASE_FILE).</source>
        <translation>Als diese Person handeln (Standard: $ASSAY_USER), angemeldet mit ihrem Schlüssel: aus dem Schlüsselbund oder aus ihrer Schlüsseldatei mit deren Passphrase (eingegeben oder in $ASSAY_PASSPHRASE_FILE).</translation>
    </message>
    <message>
        <source>%1 (the key in %2)</source>
        <translation>%1 (der Schlüssel in %2)</translation>
    </message>
    <message>
        <source>Passphrase for %1&apos;s key (%2): </source>
        <translation>Passphrase für den Schlüssel von %1 (%2): </translation>
    </message>
    <message>
        <source>this command records a decision, so it must know who you are: add --as NAME (or set ASSAY_USER=NAME); NAME&apos;s key is then unlocked from the keyring, or from %1 with its passphrase (typed on the terminal, or read from the file named by ASSAY_PASSPHRASE_FILE)</source>
        <translation>dieser Befehl zeichnet eine Entscheidung auf und muss daher wissen, wer Sie sind: geben Sie --as NAME an (oder setzen Sie ASSAY_USER=NAME); der Schlüssel von NAME wird dann aus dem Schlüsselbund entsperrt oder aus %1 mit seiner Passphrase (am Terminal eingegeben oder aus der in ASSAY_PASSPHRASE_FILE genannten Datei gelesen)</translation>
    </message>
    <message>
        <source>The person&apos;s public key (from &quot;assay keys new&quot;).</source>
        <translation>Der öffentliche Schlüssel der Person (von „assay keys new“).</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <source>%1&apos;s key is now %2; any earlier key is revoked</source>
        <translation>Der Schlüssel von %1 ist jetzt %2; jeder frühere Schlüssel ist widerrufen</translation>
    </message>
    <message>
        <source>%1&apos;s key is revoked; %1 cannot act until a new key is registered</source>
        <translation>Der Schlüssel von %1 ist widerrufen; %1 kann nicht handeln, bis ein neuer Schlüssel registriert ist</translation>
    </message>
    <message>
        <source>added %1 (%2) with their key</source>
        <translation>%1 (%2) mit Schlüssel hinzugefügt</translation>
    </message>
    <message>
        <source>added %1 (%2); they cannot act until their key is registered (set-key)</source>
        <translation>%1 (%2) hinzugefügt; die Person kann nicht handeln, bis ihr Schlüssel registriert ist (set-key)</translation>
    </message>
    <message>
        <source>The first person, an admin (default: $USER); their key is made in the key store unless there is one.</source>
        <translation>Die erste Person, ein Admin (Standard: $USER); ihr Schlüssel wird im Schlüsselspeicher erzeugt, sofern dort keiner ist.</translation>
    </message>
    <message>
        <source>using %1&apos;s key %2 (%3)</source>
        <translation>Schlüssel %2 von %1 wird verwendet (%3)</translation>
    </message>
    <message>
        <source>made %1&apos;s key %2 in %3</source>
        <translation>Schlüssel %2 von %1 in %3 erzeugt</translation>
    </message>
    <message>
        <source>register or revoke people&apos;s keys</source>
        <translation>Schlüssel von Personen registrieren oder widerrufen</translation>
    </message>
    <message>
        <source>the key %1 was %2&apos;s and is revoked; a revoked key is never registered again</source>
        <translation>der Schlüssel %1 gehörte %2 und ist widerrufen; ein widerrufener Schlüssel wird nie wieder registriert</translation>
    </message>
    <message>
        <source>the key %1 is already %2&apos;s</source>
        <translation>der Schlüssel %1 gehört bereits %2</translation>
    </message>
    <message>
        <source>%1 has no registered key to revoke</source>
        <translation>%1 hat keinen registrierten Schlüssel, der widerrufen werden könnte</translation>
    </message>
    <message>
        <source>%1&apos;s key %2 has been revoked; a lead or an admin must register a new one</source>
        <translation>der Schlüssel %2 von %1 wurde widerrufen; ein Lead oder ein Admin muss einen neuen registrieren</translation>
    </message>
    <message>
        <source>%1 has no registered key in this project; a lead or an admin must register one</source>
        <translation>%1 hat in diesem Projekt keinen registrierten Schlüssel; ein Lead oder ein Admin muss einen registrieren</translation>
    </message>
    <message>
        <source>the key %1 is not %2&apos;s registered key (%3)</source>
        <translation>der Schlüssel %1 ist nicht der registrierte Schlüssel von %2 (%3)</translation>
    </message>
    <message>
        <source>nobody is signed in to %1</source>
        <translation>niemand ist angemeldet; „%1“ braucht eine angemeldete Person</translation>
    </message>
    <message>
        <source>verify: check every signature, not only the last of each run of one signer&apos;s events.</source>
        <translation>verify: jede Signatur prüfen, nicht nur die letzte jeder Folge von Ereignissen eines Unterzeichners.</translation>
    </message>
    <message>
        <source>checking signatures and chains: %1 of %2 events</source>
        <translation>Signaturen und Ketten werden geprüft: %1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>device %1: %2</source>
        <translation>Gerät %1: %2</translation>
    </message>
    <message>
        <source>%1: the chains are intact, but these events were made without the right or the key to them:</source>
        <translation>%1: Die Ketten sind unversehrt, aber diese Ereignisse wurden ohne das Recht oder den Schlüssel dazu gemacht:</translation>
    </message>
    <message>
        <source>How a flag is resolved: open (back to the queue) or done.</source>
        <translation>Wie eine Markierung aufgelöst wird: open (zurück in die Warteschlange) oder done.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>A note on the resolution, kept with the task.</source>
        <translation>Eine Notiz zur Auflösung, die bei der Aufgabe bleibt.</translation>
    </message>
    <message>
        <source>task %1: flag resolved, done</source>
        <translation>Aufgabe %1: Markierung aufgelöst, erledigt</translation>
    </message>
    <message>
        <source>task %1: flag resolved, back in the queue</source>
        <translation>Aufgabe %1: Markierung aufgelöst, zurück in der Warteschlange</translation>
    </message>
    <message>
        <source>event #%1 (%2) names the action &quot;%3&quot; in clear, but its kind needs &quot;%4&quot;</source>
        <translation>Ereignis Nr. %1 (%2) nennt im Klartext die Aktion &quot;%3&quot;, seine Art braucht aber &quot;%4&quot;</translation>
    </message>
    <message>
        <source>event #%1 (%2) is by %3, who was not a person of the project then</source>
        <translation>Ereignis Nr. %1 (%2) stammt von %3, der damals keine Person des Projekts war</translation>
    </message>
    <message>
        <source>event #%1 (%2) is by %3, who could not %4 at that point of the log</source>
        <translation>Ereignis Nr. %1 (%2) stammt von %3, der an dieser Stelle des Protokolls nicht %4 durfte</translation>
    </message>
    <message>
        <source>event #%1 (%2) is not signed, though %3 had a registered key</source>
        <translation>Ereignis Nr. %1 (%2) ist nicht signiert, obwohl %3 einen registrierten Schlüssel hatte</translation>
    </message>
    <message>
        <source>event #%1 (%2) is signed with %3&apos;s key, revoked before it</source>
        <translation>Ereignis Nr. %1 (%2) ist mit dem Schlüssel von %3 signiert, der davor widerrufen wurde</translation>
    </message>
    <message>
        <source>event #%1 (%2) is signed with a key that was not %3&apos;s registered key</source>
        <translation>Ereignis Nr. %1 (%2) ist mit einem Schlüssel signiert, der nicht der registrierte Schlüssel von %3 war</translation>
    </message>
    <message>
        <source>event #%1 is not the first of its device: the events before it were removed</source>
        <translation>Ereignis Nr. %1 ist nicht das erste seines Geräts: Die Ereignisse davor wurden entfernt</translation>
    </message>
    <message>
        <source>event #%1 does not follow the event before it on its device: an event between them was removed or altered</source>
        <translation>Ereignis Nr. %1 folgt nicht auf das Ereignis davor auf seinem Gerät: Ein Ereignis dazwischen wurde entfernt oder verändert</translation>
    </message>
    <message>
        <source>event #%1 (%2) claims to be from before schema 6, but is not on that schema&apos;s chain</source>
        <translation>Ereignis Nr. %1 (%2) gibt vor, aus der Zeit vor Schema 6 zu stammen, liegt aber nicht auf der Kette dieses Schemas</translation>
    </message>
    <message>
        <source>event #%1 (%2) was altered: its payload does not match the hash in its envelope</source>
        <translation>Ereignis Nr. %1 (%2) wurde verändert: Seine Nutzdaten passen nicht zum Hash in seinem Umschlag</translation>
    </message>
    <message>
        <source>event #%1 (%2) carries a signature that is not its signer&apos;s: the event or the events before it on its device were rewritten</source>
        <translation>Ereignis Nr. %1 (%2) trägt eine Signatur, die nicht die seines Unterzeichners ist: Das Ereignis oder die Ereignisse davor auf seinem Gerät wurden neu geschrieben</translation>
    </message>
    <message>
        <source>the events of device %1 were removed (it had %2)</source>
        <translation>Die Ereignisse von Gerät %1 wurden entfernt (es hatte %2)</translation>
    </message>
    <message>
        <source>events after #%1 were removed (its device had %2 events)</source>
        <translation>Ereignisse nach Nr. %1 wurden entfernt (sein Gerät hatte %2 Ereignisse)</translation>
    </message>
    <message>
        <source>the log&apos;s head record of device %1 is missing</source>
        <translation>Der Kopfeintrag des Protokolls von Gerät %1 fehlt</translation>
    </message>
    <message>
        <source>an event that another device had seen (%1) is missing: a device&apos;s events were removed</source>
        <translation>Ein Ereignis, das ein anderes Gerät gesehen hatte (%1), fehlt: Die Ereignisse eines Geräts wurden entfernt</translation>
    </message>
    <message>
        <source>a flag is resolved to open or done, not &quot;%1&quot;</source>
        <translation>Eine Markierung wird zu open oder done aufgelöst, nicht zu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the task is flagged: its flag stays until a lead resolves it</source>
        <translation>Die Aufgabe ist markiert: Die Markierung bleibt, bis eine Leitung sie auflöst</translation>
    </message>
    <message>
        <source>a flag is resolved by re-queueing the task or by marking it done</source>
        <translation>Eine Markierung wird aufgelöst, indem die Aufgabe wieder eingereiht oder als erledigt markiert wird</translation>
    </message>
    <message>
        <source>task %1 is not flagged</source>
        <translation>Aufgabe %1 ist nicht markiert</translation>
    </message>
    <message>
        <source>%1: the log is intact and the state is its replay (events: %2, devices: %3, signatures checked: %4, unsigned from before schema 6: %5, unsigned by people without a key: %6)</source>
        <translation>%1: Das Protokoll ist unversehrt, und der Zustand ist seine Wiedergabe (Ereignisse: %2, Geräte: %3, geprüfte Signaturen: %4, unsigniert aus der Zeit vor Schema 6: %5, unsigniert von Personen ohne Schlüssel: %6)</translation>
    </message>
    <message>
        <source>event %1 forks the chain of device %2 at its event %3: this copy holds another event there</source>
        <translation>Ereignis %1 spaltet die Kette von Gerät %2 bei dessen Ereignis %3: Diese Kopie hat dort ein anderes Ereignis</translation>
    </message>
    <message>
        <source>event %1 cannot come from another copy</source>
        <translation>Ereignis %1 kann nicht aus einer anderen Kopie stammen</translation>
    </message>
    <message>
        <source>event %1 was altered: it does not match its hash</source>
        <translation>Ereignis %1 wurde verändert: Es passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <source>event %1 carries a signature that is not its signer&apos;s</source>
        <translation>Ereignis %1 trägt eine Signatur, die nicht die seines Unterzeichners ist</translation>
    </message>
    <message>
        <source>event %1 does not extend the chain of device %2 here (it is its event %3; this copy has %4)</source>
        <translation>Ereignis %1 setzt die Kette von Gerät %2 hier nicht fort (es ist dessen Ereignis %3; diese Kopie hat %4)</translation>
    </message>
    <message>
        <source>Decisions made apart that contradicted each other, with both sides and the rule that settled them; events refused where they arrived.</source>
        <translation>Getrennt getroffene Entscheidungen, die einander widersprachen, mit beiden Seiten und der Regel, die sie entschied; Ereignisse, die dort abgewiesen wurden, wo sie ankamen.</translation>
    </message>
    <message>
        <source>(payload for %1 only)</source>
        <translation>(Nutzdaten nur für %1)</translation>
    </message>
    <message>
        <source>%1 by %2 (device %3, event %4)</source>
        <translation>%1 von %2 (Gerät %3, Ereignis %4)</translation>
    </message>
    <message>
        <source>met %1</source>
        <translation>traf auf %1</translation>
    </message>
    <message>
        <source>quarantined: %1</source>
        <translation>in Quarantäne: %1</translation>
    </message>
    <message>
        <source>%1: no conflicts</source>
        <translation>%1: keine Konflikte</translation>
    </message>
    <message>
        <source>%1 must recalibrate: rolling accuracy %2 over %3 gold answers</source>
        <translation>%1 muss neu kalibrieren: gleitende Genauigkeit %2 über %3 Goldantworten</translation>
    </message>
    <message>
        <source>%1 passed calibration: accuracy %2 over %3 answers</source>
        <translation>%1 hat die Kalibrierung bestanden: Genauigkeit %2 über %3 Antworten</translation>
    </message>
    <message>
        <source>no gate to set or lift</source>
        <translation>keine Sperre zu setzen oder aufzuheben</translation>
    </message>
    <message>
        <source>occluded must be 0 or 1, not &quot;%1&quot;; read as 0</source>
        <translation>occluded muss 0 oder 1 sein, nicht &quot;%1&quot;; als 0 gelesen</translation>
    </message>
    <message>
        <source>read leniently: %1 flags written as true/false instead of 1/0</source>
        <translation>nachsichtig gelesen: %1 Flags als true/false statt 1/0 geschrieben</translation>
    </message>
    <message>
        <source>read leniently: %1 flags written as text (&quot;false&quot;, &quot;1&quot;)</source>
        <translation>nachsichtig gelesen: %1 Flags als Text geschrieben (&quot;false&quot;, &quot;1&quot;)</translation>
    </message>
    <message>
        <source>read leniently: %1 numbers written as text</source>
        <translation>nachsichtig gelesen: %1 Zahlen als Text geschrieben</translation>
    </message>
    <message>
        <source>read leniently: %1 image sizes missing, taken from the image files</source>
        <translation>nachsichtig gelesen: %1 Bildgrößen fehlen, aus den Bilddateien übernommen</translation>
    </message>
    <message>
        <source>read leniently: %1 fields the format does not define, ignored</source>
        <translation>nachsichtig gelesen: %1 Felder, die das Format nicht definiert, ignoriert</translation>
    </message>
    <message>
        <source>at the path given</source>
        <translation>am angegebenen Pfad</translation>
    </message>
    <message>
        <source>beside the annotation file</source>
        <translation>neben der Annotationsdatei</translation>
    </message>
    <message>
        <source>with leading folders removed</source>
        <translation>ohne führende Ordner</translation>
    </message>
    <message>
        <source>in the subset folder</source>
        <translation>im Ordner der Teilmenge</translation>
    </message>
    <message>
        <source>with the upload prefix removed</source>
        <translation>ohne das Upload-Präfix</translation>
    </message>
    <message>
        <source>by their unique file name</source>
        <translation>über ihren eindeutigen Dateinamen</translation>
    </message>
    <message>
        <source>&lt;%1&gt; must be 0 or 1, not &quot;%2&quot;; read as 0</source>
        <translation>&lt;%1&gt; muss 0 oder 1 sein, nicht &quot;%2&quot;; als 0 gelesen</translation>
    </message>
    <message>
        <source>no images found in the YOLO dataset folder; give the folder of its images as the media root</source>
        <translation>keine Bilder im YOLO-Datensatzordner gefunden; geben Sie den Ordner seiner Bilder als Medienordner an</translation>
    </message>
    <message>
        <source>no images found in the YOLO dataset folder nor under the media root %1</source>
        <translation>keine Bilder im YOLO-Datensatzordner und auch nicht unter dem Medienordner %1 gefunden</translation>
    </message>
    <message>
        <source>no event %1</source>
        <translation>kein Ereignis %1</translation>
    </message>
    <message>
        <source>event #%1 (%2) could not be applied: %3</source>
        <translation>Ereignis Nr. %1 (%2) konnte nicht angewendet werden: %3</translation>
    </message>
    <message>
        <source>media found: %1</source>
        <translation>Medien gefunden: %1</translation>
    </message>
    <message>
        <source>%1 media names match more than one file (not imported; name the file with its folder or give --media-root):</source>
        <translation>%1 Mediennamen passen auf mehr als eine Datei (nicht importiert; nennen Sie die Datei mit ihrem Ordner oder geben Sie --media-root an):</translation>
    </message>
    <message>
        <source>%1: a task row without its id or item</source>
        <translation>%1: eine Aufgabenzeile ohne ihre ID oder ihr Element</translation>
    </message>
    <message>
        <source>%1: unknown task kind &quot;%2&quot;</source>
        <translation>%1: unbekannte Aufgabenart &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is no longer active: their key is revoked, and they may not act or read</source>
        <translation>%1 ist nicht mehr aktiv: der Schlüssel ist widerrufen, und %1 darf weder handeln noch lesen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) are held here without their payload (meant for other readers): their chains, hashes, signatures and authors&apos; roles were checked, their contents could not be</source>
        <translation>
            <numerusform>%1: %n Ereignis liegt hier ohne seine Nutzdaten vor (für andere Leser bestimmt): Kette, Hashes, Signaturen und die Rollen der Autoren wurden geprüft, der Inhalt konnte es nicht</numerusform>
            <numerusform>%1: %n Ereignisse liegen hier ohne ihre Nutzdaten vor (für andere Leser bestimmt): Ketten, Hashes, Signaturen und die Rollen der Autoren wurden geprüft, die Inhalte konnten es nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last admin of the project</source>
        <translation>%1 ist der letzte Administrator des Projekts</translation>
    </message>
    <message>
        <source>the gold items have no model suggestions, and this batch&apos;s items do: gold would stand out (import suggestions for the gold items too)</source>
        <translation>die Goldelemente haben keine Modellvorschläge, die Elemente dieses Stapels schon: Gold fiele auf (importieren Sie Vorschläge auch für die Goldelemente)</translation>
    </message>
    <message>
        <source>event #%1 (%2) is by %3, who could not %4 in what their device had seen: the role was given apart from it</source>
        <translation>Ereignis Nr. %1 (%2) stammt von %3, der nach dem Stand seines Geräts nicht %4 durfte: die Rolle wurde getrennt davon vergeben</translation>
    </message>
    <message>
        <source>add: a calibration reference, not production gold (an item is one or the other).</source>
        <translation>add: eine Kalibrierungsreferenz, kein Produktionsgold (ein Element ist das eine oder das andere).</translation>
    </message>
    <message>
        <source>(calibration reference)</source>
        <translation>(Kalibrierungsreferenz)</translation>
    </message>
    <message>
        <source>item %1 is a gold item; it cannot also be a calibration reference</source>
        <translation>Element %1 ist ein Goldelement; es kann nicht zugleich Kalibrierungsreferenz sein</translation>
    </message>
    <message>
        <source>item %1 is a calibration reference; it cannot also be a gold item</source>
        <translation>Element %1 ist eine Kalibrierungsreferenz; es kann nicht zugleich Goldelement sein</translation>
    </message>
    <message>
        <source>item %1 is not a calibration reference (assay gold add ITEM --calibration)</source>
        <translation>Element %1 ist keine Kalibrierungsreferenz (assay gold add ITEM --calibration)</translation>
    </message>
    <message>
        <source>item %1 is not a gold item</source>
        <translation>Element %1 ist kein Goldelement</translation>
    </message>
    <message>
        <source>A copy of the project for one person: every envelope, the payloads they may read, the media of their tasks.</source>
        <translation>Eine Kopie des Projekts für eine Person: jeder Umschlag, die Nutzdaten, die sie lesen darf, die Medien ihrer Aufgaben.</translation>
    </message>
    <message>
        <source>Pull what the remote has and push what it lacks; confidential payloads travel encrypted to their readers.</source>
        <translation>Holen, was die Gegenstelle hat, und senden, was ihr fehlt; vertrauliche Nutzdaten gehen verschlüsselt an ihre Leser.</translation>
    </message>
    <message>
        <source>Lay out a PostgreSQL server for sync (or bring it up to date); map a person to the PostgreSQL role they connect as.</source>
        <translation>Einen PostgreSQL-Server für die Synchronisierung einrichten (oder auf den neuesten Stand bringen); einer Person die PostgreSQL-Rolle zuordnen, mit der sie sich verbindet.</translation>
    </message>
    <message>
        <source>Review queues filled by a lead&apos;s rules (spot audit, low agreement, flags); accept, fix, reject with a reason, escalate.</source>
        <translation>Prüfwarteschlangen, gefüllt nach den Regeln einer Leitung (Stichprobenaudit, geringe Übereinstimmung, Markierungen); annehmen, korrigieren, mit Grund ablehnen, eskalieren.</translation>
    </message>
    <message>
        <source>An item&apos;s versions and reviews; decide it with a justification (the versions not chosen are kept).</source>
        <translation>Versionen und Prüfungen eines Elements; mit Begründung darüber entscheiden (die nicht gewählten Versionen bleiben erhalten).</translation>
    </message>
    <message>
        <source>%1: open read-only (%2): it can be read, nothing can be recorded</source>
        <translation>%1: schreibgeschützt geöffnet (%2): es kann gelesen, aber nichts aufgezeichnet werden</translation>
    </message>
    <message>
        <source>Acceptance criteria, e.g. alpha&gt;=0.8,gold&gt;=0.9,low&lt;=0.05,audit&gt;=0.95.</source>
        <translation>Abnahmekriterien, z. B. alpha&gt;=0.8,gold&gt;=0.9,low&lt;=0.05,audit&gt;=0.95.</translation>
    </message>
    <message>
        <source>  audit accuracy %1 (%2 audited answers), reviewer agreement %3 (%4 second reviews)</source>
        <translation>  Audit-Genauigkeit %1 (%2 auditierte Antworten), Übereinstimmung der Prüfer %3 (%4 Zweitprüfungen)</translation>
    </message>
    <message>
        <source>--%1 wants a number, not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>line %1: not x,y,w,h,label</source>
        <translation>Zeile %1: nicht x,y,w,h,label</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) of %1</source>
        <translation>
            <numerusform>%n Box von %1</numerusform>
            <numerusform>%n Boxen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>The batch (name or id).</source>
        <translation>Der Stapel (Name oder ID).</translation>
    </message>
    <message>
        <source>Spot-audit share (default 0.05).</source>
        <translation>Anteil des Stichprobenaudits (Standard: 0.05).</translation>
    </message>
    <message>
        <source>At least this many answers of each annotator.</source>
        <translation>Mindestens so viele Antworten jedes Annotators.</translation>
    </message>
    <message>
        <source>Items whose agreement is below this (default: the batch&apos;s item threshold).</source>
        <translation>Elemente, deren Übereinstimmung darunter liegt (Standard: die Elementschwelle des Stapels).</translation>
    </message>
    <message>
        <source>No low-agreement rule.</source>
        <translation>Keine Regel für geringe Übereinstimmung.</translation>
    </message>
    <message>
        <source>Items whose consensus confidence is below this.</source>
        <translation>Elemente, deren Konsenskonfidenz darunter liegt.</translation>
    </message>
    <message>
        <source>The sample&apos;s seed.</source>
        <translation>Der Startwert der Stichprobe.</translation>
    </message>
    <message>
        <source>Share of reviewed answers reviewed again, blind.</source>
        <translation>Anteil der geprüften Antworten, die blind erneut geprüft werden.</translation>
    </message>
    <message>
        <source>agreement (lowest first), annotator, class or random.</source>
        <translation>agreement (niedrigste zuerst), annotator, class oder random.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Only this annotator&apos;s answer on the item.</source>
        <translation>Nur die Antwort dieses Annotators zu dem Element.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A reason from the lead&apos;s list (assay review PROJECT reasons).</source>
        <translation>Ein Grund aus der Liste der Leitung (assay review PROJECT reasons).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Why, in words.</source>
        <translation>Die Begründung in Worten.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>The guideline section cited.</source>
        <translation>Der angeführte Richtlinienabschnitt.</translation>
    </message>
    <message>
        <source>A class of the fix.</source>
        <translation>Eine Klasse der Korrektur.</translation>
    </message>
    <message>
        <source>The fix&apos;s boxes: a CSV of x,y,w,h,label.</source>
        <translation>Die Boxen der Korrektur: eine CSV-Datei mit x,y,w,h,label.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>%1 answers new in the review queue (of %2 done; %3); seed %4</source>
        <translation>%1 Antworten neu in der Prüfwarteschlange (von %2 erledigten; %3); Startwert %4</translation>
    </message>
    <message>
        <source>none matched</source>
        <translation>keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged task(s) sent to review</source>
        <translation>
            <numerusform>%n markierte Aufgabe zur Prüfung geschickt</numerusform>
            <numerusform>%n markierte Aufgaben zur Prüfung geschickt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed answer(s) back in the queue for a blind second review</source>
        <translation>
            <numerusform>%n geprüfte Antwort wieder in der Warteschlange für eine blinde Zweitprüfung</numerusform>
            <numerusform>%n geprüfte Antworten wieder in der Warteschlange für eine blinde Zweitprüfung</numerusform>
        </translation>
    </message>
    <message>
        <source>assay review: a reason is CODE=TEXT, not &quot;%1&quot;</source>
        <translation>assay review: ein Grund hat die Form CODE=TEXT, nicht „%1“</translation>
    </message>
    <message>
        <source>assay review: unknown order &quot;%1&quot;</source>
        <translation>assay review: unbekannte Reihenfolge „%1“</translation>
    </message>
    <message>
        <source>nothing to review</source>
        <translation>nichts zu prüfen</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>%1 (second review)</source>
        <translation>%1 (Zweitprüfung)</translation>
    </message>
    <message>
        <source>nothing of &quot;%1&quot; is in your review queue</source>
        <translation>nichts von „%1“ ist in Ihrer Prüfwarteschlange</translation>
    </message>
    <message>
        <source>%1: %2&apos;s answer on %3 (decision %4)</source>
        <translation>%1: Antwort von %2 zu %3 (Entscheidung %4)</translation>
    </message>
    <message>
        <source>decision %1 undone</source>
        <translation>Entscheidung %1 rückgängig gemacht</translation>
    </message>
    <message>
        <source>no batch has a review queue yet (assay review PROJECT rules --batch B)</source>
        <translation>noch hat kein Stapel eine Prüfwarteschlange (assay review PROJECT rules --batch B)</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation>geschlichtet</translation>
    </message>
    <message>
        <source>rejections by reason</source>
        <translation>Ablehnungen nach Grund</translation>
    </message>
    <message>
        <source>none of your answers has been reviewed</source>
        <translation>keine Ihrer Antworten wurde bisher geprüft</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The version chosen (its number, as listed).</source>
        <translation>Die gewählte Version (ihre Nummer laut Liste).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>A class of a new answer.</source>
        <translation>Eine Klasse einer neuen Antwort.</translation>
    </message>
    <message>
        <source>A new answer&apos;s boxes: a CSV of x,y,w,h,label.</source>
        <translation>Die Boxen einer neuen Antwort: eine CSV-Datei mit x,y,w,h,label.</translation>
    </message>
    <message>
        <source>A reason from the lead&apos;s list.</source>
        <translation>Ein Grund aus der Liste der Leitung.</translation>
    </message>
    <message>
        <source>The justification.</source>
        <translation>Die Begründung.</translation>
    </message>
    <message>
        <source>The guideline section followed.</source>
        <translation>Der befolgte Richtlinienabschnitt.</translation>
    </message>
    <message>
        <source>The items escalated and not adjudicated yet.</source>
        <translation>Die eskalierten, noch nicht geschlichteten Elemente.</translation>
    </message>
    <message>
        <source>nothing to adjudicate</source>
        <translation>nichts zu schlichten</translation>
    </message>
    <message>
        <source>assay adjudicate: --choose wants a version number</source>
        <translation>assay adjudicate: --choose erwartet eine Versionsnummer</translation>
    </message>
    <message>
        <source>adjudicated %1 (decision %2)</source>
        <translation>%1 geschlichtet (Entscheidung %2)</translation>
    </message>
    <message>
        <source>versions of %1:</source>
        <translation>Versionen von %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s): %1</source>
        <translation>
            <numerusform>%n Unterstützer: %1</numerusform>
            <numerusform>%n Unterstützer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, a reviewer&apos;s fix</source>
        <translation>, Korrektur eines Prüfers</translation>
    </message>
    <message>
        <source>  %1 by %2: %3 %4</source>
        <translation>  %1 von %2: %3 %4</translation>
    </message>
    <message>
        <source>  adjudicated by %1%2: %3 (%4: %5)</source>
        <translation>  geschlichtet von %1%2: %3 (%4: %5)</translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation> (überholt)</translation>
    </message>
    <message>
        <source>The person the copy is for.</source>
        <translation>Die Person, für die die Kopie bestimmt ist.</translation>
    </message>
    <message>
        <source>The copy&apos;s file.</source>
        <translation>Die Datei der Kopie.</translation>
    </message>
    <message>
        <source>%1: a copy for %2 with %3 events (%4 of them as envelopes alone: not for this person) and %5 media files</source>
        <translation>%1: eine Kopie für %2 mit %3 Ereignissen (%4 davon nur als Umschlag: nicht für diese Person) und %5 Mediendateien</translation>
    </message>
    <message>
        <source>  media not found, not copied: %1</source>
        <translation>  Medien nicht gefunden, nicht kopiert: %1</translation>
    </message>
    <message>
        <source>no remote: name one with --remote folder:PATH (or postgres:URL); it is remembered for the next sync</source>
        <translation>keine Gegenstelle: geben Sie eine mit --remote folder:PATH (oder postgres:URL) an; sie wird für die nächste Synchronisierung gespeichert</translation>
    </message>
    <message>
        <source>Where copies meet: folder:PATH, or postgres:URL (a libpq connection string or URI).</source>
        <translation>Wo sich die Kopien treffen: folder:PATH oder postgres:URL (eine libpq-Verbindungszeichenfolge oder URI).</translation>
    </message>
    <message>
        <source>%1: %2 event(s) in, %3 out; media %4 in, %5 out</source>
        <translation>%1: %2 Ereignis(se) empfangen, %3 gesendet; Medien %4 empfangen, %5 gesendet</translation>
    </message>
    <message>
        <source>  ignored: %1</source>
        <translation>  ignoriert: %1</translation>
    </message>
    <message>
        <source>  refused: %1</source>
        <translation>  abgewiesen: %1</translation>
    </message>
    <message>
        <source>  media on neither side: %1</source>
        <translation>  Medien auf keiner Seite: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL role the person connects as (made by the server&apos;s admin).</source>
        <translation>Die PostgreSQL-Rolle, mit der sich die Person verbindet (vom Administrator des Servers angelegt).</translation>
    </message>
    <message>
        <source>%1: laid out, version %2</source>
        <translation>%1: eingerichtet, Version %2</translation>
    </message>
    <message>
        <source>%1 connects as %2 (%3)</source>
        <translation>%1 verbindet sich als %2 (%3)</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Also write each item&apos;s final label with the annotations, reviews and adjudications that produced it (JSON Lines, beside the export).</source>
        <translation>Zusätzlich das endgültige Label jedes Elements mit den Annotationen, Prüfungen und Schlichtungen schreiben, aus denen es hervorging (JSON Lines, neben dem Export).</translation>
    </message>
    <message>
        <source>provenance of %1 final labels (%2): %3</source>
        <translation>Herkunft von %1 endgültigen Labels (%2): %3</translation>
    </message>
    <message>
        <source>holds an invisible text-direction control (%1)</source>
        <translation>enthält ein unsichtbares Steuerzeichen für die Textrichtung (%1)</translation>
    </message>
    <message>
        <source>holds a control character (%1)</source>
        <translation>enthält ein Steuerzeichen (%1)</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>guideline author</source>
        <translation>Richtlinienautor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>adjudicator</source>
        <translation>Schiedsrichter</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>in QA</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>share the keys of confidential payloads</source>
        <translation>die Schlüssel vertraulicher Nutzdaten weiterzugeben</translation>
    </message>
    <message>
        <source>adjudicate contested items</source>
        <translation>strittige Elemente zu schlichten</translation>
    </message>
    <message>
        <source>an encrypted payload is cut short</source>
        <translation>verschlüsselte Nutzdaten sind unvollständig</translation>
    </message>
    <message>
        <source>an encrypted payload does not open with its key (changed, or another key)</source>
        <translation>verschlüsselte Nutzdaten lassen sich mit ihrem Schlüssel nicht öffnen (verändert oder ein anderer Schlüssel)</translation>
    </message>
    <message>
        <source>a receiving key is not signed by its person&apos;s signing key</source>
        <translation>ein Empfangsschlüssel ist nicht mit dem Signierschlüssel seiner Person signiert</translation>
    </message>
    <message>
        <source>a sealed key is cut short</source>
        <translation>ein versiegelter Schlüssel ist unvollständig</translation>
    </message>
    <message>
        <source>a sealed key is not for this person</source>
        <translation>ein versiegelter Schlüssel ist nicht für diese Person bestimmt</translation>
    </message>
    <message>
        <source>a string longer than %1 MiB</source>
        <translation>eine Zeichenkette länger als %1 MiB</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels of lists and objects</source>
        <translation>tiefer als %1 Ebenen aus Listen und Objekten verschachtelt</translation>
    </message>
    <message numerus="yes">
        <source>class &quot;%1&quot;: %n control or text-direction character(s) replaced by U+FFFD</source>
        <translation>
            <numerusform>Klasse „%1“: %n Steuer- oder Textrichtungszeichen durch U+FFFD ersetzt</numerusform>
            <numerusform>Klasse „%1“: %n Steuer- oder Textrichtungszeichen durch U+FFFD ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation>Elemente tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>class %1 &quot;%2&quot;: control or text-direction characters written as U+FFFD</source>
        <translation>Klasse %1 „%2“: Steuer- oder Textrichtungszeichen als U+FFFD geschrieben</translation>
    </message>
    <message>
        <source>%1 MiB: larger than the %2 MiB a text file may hold</source>
        <translation>%1 MiB: größer als die %2 MiB, die eine Textdatei umfassen darf</translation>
    </message>
    <message>
        <source>declares %1 x %2 pixels (%3 gigapixels), more than the limit of %4 gigapixels (ASSAY_MAX_IMAGE_PIXELS): not decoded</source>
        <translation>gibt %1 x %2 Pixel an (%3 Gigapixel), mehr als die Grenze von %4 Gigapixel (ASSAY_MAX_IMAGE_PIXELS): nicht dekodiert</translation>
    </message>
    <message>
        <source>truncated: the WAV data chunk is shorter than its header says (it holds %1 s of the %2 s it claims)</source>
        <translation>abgeschnitten: der WAV-Datenchunk ist kürzer, als sein Header angibt (er enthält %1 s der angegebenen %2 s)</translation>
    </message>
    <message>
        <source>the display name &quot;%1&quot; %2</source>
        <translation>der Anzeigename „%1“ %2</translation>
    </message>
    <message>
        <source>the project name &quot;%1&quot; %2</source>
        <translation>der Projektname „%1“ %2</translation>
    </message>
    <message>
        <source>not a setting of a copy: %1</source>
        <translation>keine Einstellung einer Kopie: %1</translation>
    </message>
    <message>
        <source>the project is open read-only (%1)</source>
        <translation>das Projekt ist schreibgeschützt geöffnet (%1)</translation>
    </message>
    <message>
        <source>%1 [event id %2]</source>
        <translation>%1 [Ereignis-ID %2]</translation>
    </message>
    <message>
        <source>the state table %1 was changed outside the log: a row in the file, not in the log: %2</source>
        <translation>die Zustandstabelle %1 wurde außerhalb des Protokolls geändert: eine Zeile in der Datei, nicht im Protokoll: %2</translation>
    </message>
    <message>
        <source>the state table %1 was changed outside the log: a row of the log is missing from the file: %2</source>
        <translation>die Zustandstabelle %1 wurde außerhalb des Protokolls geändert: eine Zeile des Protokolls fehlt in der Datei: %2</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is not one of alpha&gt;=X, gold&gt;=X, low&lt;=X, item&gt;=X, audit&gt;=X</source>
        <translation>Kriterium „%1“ ist keines von alpha&gt;=X, gold&gt;=X, low&lt;=X, item&gt;=X, audit&gt;=X</translation>
    </message>
    <message>
        <source>no audited answer was decided</source>
        <translation>über keine auditierte Antwort wurde entschieden</translation>
    </message>
    <message>
        <source>%1: an entry without an id or a task</source>
        <translation>%1: ein Eintrag ohne ID oder Aufgabe</translation>
    </message>
    <message>
        <source>unknown review decision &quot;%1&quot;</source>
        <translation>unbekannte Prüfentscheidung „%1“</translation>
    </message>
    <message>
        <source>the audit rate must be in [0, 1]</source>
        <translation>der Auditanteil muss in [0, 1] liegen</translation>
    </message>
    <message>
        <source>the minimum per annotator may not be negative</source>
        <translation>das Minimum je Annotator darf nicht negativ sein</translation>
    </message>
    <message>
        <source>task %1 is not flagged: only flagged tasks are routed</source>
        <translation>Aufgabe %1 ist nicht markiert: nur markierte Aufgaben werden weitergeleitet</translation>
    </message>
    <message>
        <source>the share must be in (0, 1]</source>
        <translation>der Anteil muss in (0, 1] liegen</translation>
    </message>
    <message>
        <source>box too loose</source>
        <translation>Box zu weit</translation>
    </message>
    <message>
        <source>box too tight</source>
        <translation>Box zu eng</translation>
    </message>
    <message>
        <source>wrong class</source>
        <translation>falsche Klasse</translation>
    </message>
    <message>
        <source>missed object</source>
        <translation>übersehenes Objekt</translation>
    </message>
    <message>
        <source>box on no object</source>
        <translation>Box ohne Objekt</translation>
    </message>
    <message>
        <source>against the guideline</source>
        <translation>gegen die Richtlinie</translation>
    </message>
    <message>
        <source>unclear case</source>
        <translation>unklarer Fall</translation>
    </message>
    <message>
        <source>a reason needs a code without commas</source>
        <translation>ein Grund braucht einen Code ohne Kommas</translation>
    </message>
    <message>
        <source>the reason &quot;%1&quot; is listed twice</source>
        <translation>der Grund „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>no review entry %1</source>
        <translation>kein Prüfeintrag %1</translation>
    </message>
    <message>
        <source>%1 may not review their own work</source>
        <translation>%1 darf die eigene Arbeit nicht prüfen</translation>
    </message>
    <message>
        <source>a second review goes to another reviewer than the first</source>
        <translation>eine Zweitprüfung geht an einen anderen Prüfer als die erste</translation>
    </message>
    <message>
        <source>this answer was decided already (%1); undo that decision first</source>
        <translation>über diese Antwort wurde bereits entschieden (%1); machen Sie diese Entscheidung zuerst rückgängig</translation>
    </message>
    <message>
        <source>this task has no answer to review yet</source>
        <translation>diese Aufgabe hat noch keine Antwort zum Prüfen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the reasons the lead keeps</source>
        <translation>„%1“ gehört nicht zu den Gründen, die die Leitung führt</translation>
    </message>
    <message>
        <source>a fix needs the corrected answer</source>
        <translation>eine Korrektur braucht die korrigierte Antwort</translation>
    </message>
    <message>
        <source>a rejection needs a reason from the list and a text</source>
        <translation>eine Ablehnung braucht einen Grund aus der Liste und einen Text</translation>
    </message>
    <message>
        <source>an escalation needs a reason</source>
        <translation>eine Eskalation braucht einen Grund</translation>
    </message>
    <message>
        <source>no review decision %1</source>
        <translation>keine Prüfentscheidung %1</translation>
    </message>
    <message>
        <source>this decision was undone already</source>
        <translation>diese Entscheidung wurde bereits rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 may not undo another reviewer&apos;s decision</source>
        <translation>%1 darf die Entscheidung eines anderen Prüfers nicht rückgängig machen</translation>
    </message>
    <message>
        <source>this answer is under review: it cannot change until it is decided</source>
        <translation>diese Antwort wird geprüft: sie kann sich nicht ändern, bis über sie entschieden ist</translation>
    </message>
    <message>
        <source>this answer was accepted in review: it cannot change</source>
        <translation>diese Antwort wurde in der Prüfung angenommen: sie kann sich nicht mehr ändern</translation>
    </message>
    <message>
        <source>this answer is escalated to adjudication: it cannot change</source>
        <translation>diese Antwort ist zur Schlichtung eskaliert: sie kann sich nicht ändern</translation>
    </message>
    <message>
        <source>choose one version or give a new answer</source>
        <translation>wählen Sie eine Version oder geben Sie eine neue Antwort</translation>
    </message>
    <message>
        <source>an adjudication needs a reason from the lead&apos;s list</source>
        <translation>eine Schlichtung braucht einen Grund aus der Liste der Leitung</translation>
    </message>
    <message>
        <source>an adjudication needs a justification text</source>
        <translation>eine Schlichtung braucht einen Begründungstext</translation>
    </message>
    <message>
        <source>an adjudication cites the guideline section it follows</source>
        <translation>eine Schlichtung nennt den Richtlinienabschnitt, dem sie folgt</translation>
    </message>
    <message>
        <source>no version %1 of this item (it has %2)</source>
        <translation>keine Version %1 dieses Elements (es hat %2)</translation>
    </message>
    <message>
        <source>a new answer needs a class or a box</source>
        <translation>eine neue Antwort braucht eine Klasse oder eine Box</translation>
    </message>
    <message>
        <source>the disk is full: nothing more could be written (%1)</source>
        <translation>der Datenträger ist voll: es konnte nichts mehr geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the project may only be read here: the file or its folder is read-only (%1)</source>
        <translation>das Projekt kann hier nur gelesen werden: die Datei oder ihr Ordner ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <source>a read-only project needs a reason</source>
        <translation>ein schreibgeschütztes Projekt braucht einen Grund</translation>
    </message>
    <message>
        <source>cannot turn read-only inside a transaction</source>
        <translation>innerhalb einer Transaktion kann nicht auf schreibgeschützt umgeschaltet werden</translation>
    </message>
    <message>
        <source>the project is open read-only (%1): nothing can be recorded</source>
        <translation>das Projekt ist schreibgeschützt geöffnet (%1): es kann nichts aufgezeichnet werden</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes): not an Assay project</source>
        <translation>die Datei ist leer (0 Byte): kein Assay-Projekt</translation>
    </message>
    <message>
        <source>the project file is read-only</source>
        <translation>die Projektdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1, and its schema %2 must be upgraded to %3 before this version can read it; open a writable copy</source>
        <translation>%1, und sein Schema %2 muss auf %3 aktualisiert werden, bevor diese Version es lesen kann; öffnen Sie eine beschreibbare Kopie</translation>
    </message>
    <message>
        <source>event %1 was altered: its payload does not match its hash</source>
        <translation>Ereignis %1 wurde verändert: seine Nutzdaten passen nicht zu seinem Hash</translation>
    </message>
    <message>
        <source>nobody is signed in: syncing needs a person&apos;s keys</source>
        <translation>niemand ist angemeldet: die Synchronisierung braucht die Schlüssel einer Person</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the file&apos;s content does not match its SHA-256 %1</source>
        <translation>der Inhalt der Datei passt nicht zu ihrem SHA-256 %1</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>the shared folder is not there, nor its parent (a drive not mounted?)</source>
        <translation>der gemeinsame Ordner existiert nicht, auch nicht sein übergeordneter Ordner (ein nicht eingebundenes Laufwerk?)</translation>
    </message>
    <message>
        <source>not an Assay shared folder, or of a newer format</source>
        <translation>kein gemeinsamer Assay-Ordner oder einer in einem neueren Format</translation>
    </message>
    <message>
        <source>this shared folder is for another project (%1)</source>
        <translation>dieser gemeinsame Ordner gehört zu einem anderen Projekt (%1)</translation>
    </message>
    <message>
        <source>the folder is not empty and is not an Assay shared folder</source>
        <translation>der Ordner ist nicht leer und kein gemeinsamer Assay-Ordner</translation>
    </message>
    <message>
        <source>cannot make the folder&apos;s layout</source>
        <translation>die Struktur des Ordners kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: not a file of this format (left by another tool or an interrupted write): ignored</source>
        <translation>%1: keine Datei dieses Formats (von einem anderen Werkzeug oder einem abgebrochenen Schreibvorgang hinterlassen): ignoriert</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2): ignored this time</source>
        <translation>%1: kann nicht gelesen werden (%2): diesmal ignoriert</translation>
    </message>
    <message>
        <source>%1: cut short (still arriving, or torn): ignored until it is whole</source>
        <translation>%1: unvollständig (kommt noch an oder ist beschädigt): ignoriert, bis vollständig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot connect to the server</source>
        <translation>keine Verbindung zum Server möglich</translation>
    </message>
    <message>
        <source>the server refused a statement</source>
        <translation>der Server hat eine Anweisung abgelehnt</translation>
    </message>
    <message>
        <source>cannot read the server&apos;s layout</source>
        <translation>die Struktur des Servers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the server&apos;s layout is of a newer version (%1) than this build knows (%2)</source>
        <translation>die Struktur des Servers hat eine neuere Version (%1), als dieser Build kennt (%2)</translation>
    </message>
    <message>
        <source>cannot lay out the server</source>
        <translation>der Server kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>cannot write the policy table</source>
        <translation>die Tabelle der Zugriffsregeln kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot map the person to a PostgreSQL role</source>
        <translation>der Person kann keine PostgreSQL-Rolle zugeordnet werden</translation>
    </message>
    <message>
        <source>cannot read the server&apos;s project</source>
        <translation>das Projekt des Servers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write the server&apos;s project</source>
        <translation>das Projekt des Servers kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>this server holds another project (%1)</source>
        <translation>dieser Server enthält ein anderes Projekt (%1)</translation>
    </message>
    <message>
        <source>cannot read events from the server</source>
        <translation>Ereignisse können nicht vom Server gelesen werden</translation>
    </message>
    <message>
        <source>the server refused the events</source>
        <translation>der Server hat die Ereignisse abgewiesen</translation>
    </message>
    <message>
        <source>cannot check the events against the server&apos;s</source>
        <translation>die Ereignisse können nicht mit denen des Servers abgeglichen werden</translation>
    </message>
    <message>
        <source>device %1 forked at its event %2: the server holds another event there; nothing was pushed</source>
        <translation>die Kette von Gerät %1 spaltet sich bei dessen Ereignis %2: der Server hat dort ein anderes Ereignis; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>cannot read media from the server</source>
        <translation>Medien können nicht vom Server gelesen werden</translation>
    </message>
    <message>
        <source>cannot send media to the server</source>
        <translation>Medien können nicht an den Server gesendet werden</translation>
    </message>
    <message>
        <source>the server&apos;s media does not match its SHA-256 %1</source>
        <translation>die Mediendatei des Servers passt nicht zu ihrem SHA-256 %1</translation>
    </message>
    <message>
        <source>unknown remote &quot;%1&quot;: folder:PATH or postgres:URL</source>
        <translation>unbekannte Gegenstelle „%1“: folder:PATH oder postgres:URL</translation>
    </message>
    <message>
        <source>the remote names no folder: folder:PATH</source>
        <translation>die Gegenstelle nennt keinen Ordner: folder:PATH</translation>
    </message>
    <message>
        <source>the remote names no server: postgres:URL</source>
        <translation>die Gegenstelle nennt keinen Server: postgres:URL</translation>
    </message>
    <message>
        <source>%1 may not make copies of the project for others (leads and admins do)</source>
        <translation>%1 darf keine Kopien des Projekts für andere anlegen (das tun Leitungen und Administratoren)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Eine nicht angemeldete Person</translation>
    </message>
    <message>
        <source>%1 has no key: register one first (assay people PROJECT set-key %1 --key PUBLIC_KEY)</source>
        <translation>%1 hat keinen Schlüssel: registrieren Sie zuerst einen (assay people PROJECT set-key %1 --key PUBLIC_KEY)</translation>
    </message>
    <message>
        <source>events from before schema 6 hold what %1 may not read, and their hashes cover it: a copy for %1 cannot leave it out. Make a new project for the team (assay export, then import) to work apart</source>
        <translation>Ereignisse aus der Zeit vor Schema 6 enthalten, was %1 nicht lesen darf, und ihre Hashes decken es ab: eine Kopie für %1 kann es nicht auslassen. Legen Sie für das Team ein neues Projekt an (assay export, dann import), um getrennt zu arbeiten</translation>
    </message>
    <message>
        <source>sync cancelled; what was done so far is kept</source>
        <translation>Synchronisierung abgebrochen; das bisher Erledigte bleibt erhalten</translation>
    </message>
    <message>
        <source>sign in to sync: the person&apos;s keys open and seal what travels</source>
        <translation>melden Sie sich zum Synchronisieren an: die Schlüssel der Person öffnen und versiegeln, was übertragen wird</translation>
    </message>
    <message>
        <source>the project is open read-only (%1): it cannot sync</source>
        <translation>das Projekt ist schreibgeschützt geöffnet (%1): es kann nicht synchronisiert werden</translation>
    </message>
    <message>
        <source>Reading what the remote has…</source>
        <translation>Bestand der Gegenstelle wird gelesen…</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>event %1 of device %2 does not match its hash or signature: refused</source>
        <translation>Ereignis %1 von Gerät %2 passt nicht zu seinem Hash oder seiner Signatur: abgewiesen</translation>
    </message>
    <message>
        <source>device %1 forked at its event %2 (two different events there): both refused</source>
        <translation>die Kette von Gerät %1 spaltet sich bei dessen Ereignis %2 (dort zwei verschiedene Ereignisse): beide abgewiesen</translation>
    </message>
    <message>
        <source>event %1 forks the chain of device %2 at its event %3: this copy holds another event there; refused</source>
        <translation>Ereignis %1 spaltet die Kette von Gerät %2 bei dessen Ereignis %3: Diese Kopie hat dort ein anderes Ereignis; abgewiesen</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n event(s)…</source>
        <translation>
            <numerusform>%n Ereignis wird hinzugefügt…</numerusform>
            <numerusform>%n Ereignisse werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n event(s)…</source>
        <translation>
            <numerusform>%n Ereignis wird gesendet…</numerusform>
            <numerusform>%n Ereignisse werden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanging media…</source>
        <translation>Medien werden ausgetauscht…</translation>
    </message>
    <message>
        <source>not an event line (%1 at byte %2)</source>
        <translation>keine Ereigniszeile (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>an event line without its envelope&apos;s fields</source>
        <translation>eine Ereigniszeile ohne die Felder ihres Umschlags</translation>
    </message>
    <message>
        <source>not a valid export manifest: %1</source>
        <translation>kein gültiges Exportmanifest: %1</translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation>größer als %1 MiB</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;assay_manifest&quot; version</source>
        <translation>keine „assay_manifest“-Version</translation>
    </message>
    <message>
        <source>export manifest version %1 is newer than this build reads (1)</source>
        <translation>Exportmanifest-Version %1 ist neuer, als dieser Build lesen kann (1)</translation>
    </message>
    <message>
        <source>no &quot;files&quot; list</source>
        <translation>keine „files“-Liste</translation>
    </message>
    <message>
        <source>file %1: the path must be relative and stay inside the manifest&apos;s folder</source>
        <translation>Datei %1: der Pfad muss relativ sein und im Ordner des Manifests bleiben</translation>
    </message>
    <message>
        <source>file %1: listed twice</source>
        <translation>Datei %1: doppelt aufgeführt</translation>
    </message>
    <message>
        <source>file %1: no size in bytes</source>
        <translation>Datei %1: keine Größe in Byte</translation>
    </message>
    <message>
        <source>file %1: no SHA-256</source>
        <translation>Datei %1: kein SHA-256</translation>
    </message>
    <message>
        <source>the batch name &quot;%1&quot; %2</source>
        <translation>der Stapelname „%1“ %2</translation>
    </message>
    <message>
        <source>--%1 wants a time such as 2026-12-07T09:00:00Z, not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Zeit wie 2026-12-07T09:00:00Z, nicht „%2“</translation>
    </message>
    <message>
        <source>set create wants a NAME</source>
        <translation>set create erwartet einen NAME</translation>
    </message>
    <message>
        <source>calibration set &quot;%1&quot; created</source>
        <translation>Kalibrierungssatz „%1“ angelegt</translation>
    </message>
    <message>
        <source>set add wants SET ITEM</source>
        <translation>set add erwartet SET ITEM</translation>
    </message>
    <message>
        <source>%1 added to calibration set &quot;%2&quot;</source>
        <translation>%1 zum Kalibrierungssatz „%2“ hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>recalibration gate lifted</source>
        <translation>Neukalibrierungssperre aufgehoben</translation>
    </message>
    <message>
        <source>recalibration gate set</source>
        <translation>Neukalibrierungssperre gesetzt</translation>
    </message>
    <message>
        <source>next attempt queued</source>
        <translation>nächster Versuch eingereiht</translation>
    </message>
    <message>
        <source>debrief released</source>
        <translation>Nachbesprechung freigegeben</translation>
    </message>
    <message>
        <source>no finished attempt to judge</source>
        <translation>kein abgeschlossener Versuch zu beurteilen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>session %1 wants the session&apos;s name</source>
        <translation>session %1 erwartet den Namen der Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>session &quot;%1&quot; started for %n member(s)</source>
        <translation>
            <numerusform>Sitzung „%1“ für %n Mitglied gestartet</numerusform>
            <numerusform>Sitzung „%1“ für %n Mitglieder gestartet</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1: %2/%3 done</source>
        <translation>Versuch %1: %2/%3 erledigt</translation>
    </message>
    <message>
        <source>people (pass mark: accuracy %1, box F1 %2)</source>
        <translation>Personen (Bestehensgrenze: Genauigkeit %1, Box-F1 %2)</translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation>Genauigkeit %1</translation>
    </message>
    <message>
        <source>box F1 %1</source>
        <translation>Box-F1 %1</translation>
    </message>
    <message>
        <source>cohort: Krippendorff&apos;s alpha %1, mean pairwise kappa %2, pairwise box F1 %3; with the reference: accuracy %4, kappa %5, box F1 %6</source>
        <translation>Gruppe: Krippendorffs Alpha %1, mittleres paarweises Kappa %2, paarweises Box-F1 %3; mit der Referenz: Genauigkeit %4, Kappa %5, Box-F1 %6</translation>
    </message>
    <message>
        <source>items most people got wrong:</source>
        <translation>Elemente, die die meisten falsch beantwortet haben:</translation>
    </message>
    <message>
        <source>%1 of %2 wrong</source>
        <translation>%1 von %2 falsch</translation>
    </message>
    <message>
        <source>guideline %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>session &quot;%1&quot; closed</source>
        <translation>Sitzung „%1“ geschlossen</translation>
    </message>
    <message>
        <source>unknown session verb &quot;%1&quot;</source>
        <translation>unbekanntes Sitzungsverb „%1“</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot;, attempt %3: %4; accuracy %5, box F1 %6</source>
        <translation>%1 in „%2“, Versuch %3: %4; Genauigkeit %5, Box-F1 %6</translation>
    </message>
    <message>
        <source>yours: %1; reference: %2</source>
        <translation>Ihre: %1; Referenz: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%1 von %2 richtig</translation>
    </message>
    <message>
        <source>A reference class.</source>
        <translation>Eine Referenzklasse.</translation>
    </message>
    <message>
        <source>Why the reference is what it is.</source>
        <translation>Warum die Referenz so ist, wie sie ist.</translation>
    </message>
    <message>
        <source>The guideline section the explanation cites.</source>
        <translation>Der Richtlinienabschnitt, den die Erklärung anführt.</translation>
    </message>
    <message>
        <source>The session&apos;s calibration set.</source>
        <translation>Der Kalibrierungssatz der Sitzung.</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>SET</translation>
    </message>
    <message>
        <source>The cohort, by name, comma-separated.</source>
        <translation>Die Gruppe, nach Namen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>Pass mark: accuracy against the reference.</source>
        <translation>Bestehensgrenze: Genauigkeit gegenüber der Referenz.</translation>
    </message>
    <message>
        <source>Pass mark: box F1 against the reference.</source>
        <translation>Bestehensgrenze: Box-F1 gegenüber der Referenz.</translation>
    </message>
    <message>
        <source>Attempts allowed.</source>
        <translation>Erlaubte Versuche.</translation>
    </message>
    <message>
        <source>When the session opens (ISO 8601).</source>
        <translation>Wann die Sitzung beginnt (ISO 8601).</translation>
    </message>
    <message>
        <source>When it closes (ISO 8601).</source>
        <translation>Wann sie endet (ISO 8601).</translation>
    </message>
    <message>
        <source>Members get no production task until they pass.</source>
        <translation>Mitglieder erhalten keine Produktionsaufgabe, bis sie bestanden haben.</translation>
    </message>
    <message>
        <source>Whose debrief.</source>
        <translation>Wessen Nachbesprechung.</translation>
    </message>
    <message>
        <source>Versioned guidelines: drafts only authors see, published versions bound to the taxonomy, the diff by section, worked examples, the sections flags and rejections cite.</source>
        <translation>Versionierte Richtlinien: Entwürfe, die nur Autoren sehen, veröffentlichte Versionen an die Taxonomie gebunden, der Vergleich nach Abschnitten, Beispiele, die Abschnitte, die Markierungen und Ablehnungen anführen.</translation>
    </message>
    <message>
        <source>Calibration sets with reference answers and explanations; sessions for a cohort with a pass mark and retries; results, hints and debriefs.</source>
        <translation>Kalibrierungssätze mit Referenzantworten und Erklärungen; Sitzungen für eine Gruppe mit Bestehensgrenze und Wiederholungen; Ergebnisse, Hinweise und Nachbesprechungen.</translation>
    </message>
    <message>
        <source>Agreement, gold accuracy, verdicts, consensus labels and anomalies per batch; quality over time and drift alerts with their evidence.</source>
        <translation>Übereinstimmung, Goldgenauigkeit, Urteile, Konsenslabels und Auffälligkeiten je Stapel; Qualität im Zeitverlauf und Drift-Warnungen mit ihren Belegen.</translation>
    </message>
    <message>
        <source>An audit report (HTML, PDF) stating its snapshot; verify recomputes every figure from the log and says whether the report matches.</source>
        <translation>Ein Prüfbericht (HTML, PDF), der seinen Snapshot angibt; verify berechnet jede Kennzahl aus dem Protokoll neu und sagt, ob der Bericht übereinstimmt.</translation>
    </message>
    <message>
        <source>move: the class to place it before.</source>
        <translation>move: die Klasse, vor der sie eingeordnet wird.</translation>
    </message>
    <message>
        <source>split: the new class existing labels read as.</source>
        <translation>split: die neue Klasse, als die vorhandene Labels gelten.</translation>
    </message>
    <message>
        <source>split: send existing labels back for re-labeling, as tasks in a new batch of this name.</source>
        <translation>split: vorhandene Labels zur erneuten Annotation zurückschicken, als Aufgaben in einem neuen Stapel dieses Namens.</translation>
    </message>
    <message>
        <source>Print how many annotations, gold answers and pre-labels per batch the change touches, and change nothing.</source>
        <translation>Ausgeben, wie viele Annotationen, Goldantworten und Vorab-Labels je Stapel die Änderung betrifft, und nichts ändern.</translation>
    </message>
    <message>
        <source>%1  split class %2 (taxonomy version %3)</source>
        <translation>%1  Klasse %2 aufgeteilt (Taxonomieversion %3)</translation>
    </message>
    <message>
        <source>no gold answers to redo</source>
        <translation>keine Goldantworten neu zu erstellen</translation>
    </message>
    <message>
        <source>archived class %1</source>
        <translation>Klasse %1 archiviert</translation>
    </message>
    <message>
        <source>moved class %1</source>
        <translation>Klasse %1 verschoben</translation>
    </message>
    <message>
        <source>--assign names none of the new classes</source>
        <translation>--assign nennt keine der neuen Klassen</translation>
    </message>
    <message>
        <source>split %1 into %2</source>
        <translation>%1 in %2 aufgeteilt</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) for re-labeling in batch %1</source>
        <translation>
            <numerusform>%n Aufgabe zur erneuten Annotation in Stapel %1</numerusform>
            <numerusform>%n Aufgaben zur erneuten Annotation in Stapel %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gold answer(s) to redo (assay taxonomy PROJECT gold-redo)</source>
        <translation>
            <numerusform>%n Goldantwort neu zu erstellen (assay taxonomy PROJECT gold-redo)</numerusform>
            <numerusform>%n Goldantworten neu zu erstellen (assay taxonomy PROJECT gold-redo)</numerusform>
        </translation>
    </message>
    <message>
        <source>archived class %1: labels use it</source>
        <translation>Klasse %1 archiviert: Labels verwenden sie</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1: not x,y,w,h with a positive size</source>
        <translation>Zeile %1: nicht x,y,w,h mit positiver Größe</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>A published version.</source>
        <translation>Eine veröffentlichte Version.</translation>
    </message>
    <message>
        <source>The unpublished draft (authors).</source>
        <translation>Der unveröffentlichte Entwurf (Autoren).</translation>
    </message>
    <message>
        <source>One section, by anchor.</source>
        <translation>Ein Abschnitt, nach Anker.</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>The Markdown file.</source>
        <translation>Die Markdown-Datei.</translation>
    </message>
    <message>
        <source>The guideline&apos;s title.</source>
        <translation>Der Titel der Richtlinie.</translation>
    </message>
    <message>
        <source>The Markdown file to write.</source>
        <translation>Die zu schreibende Markdown-Datei.</translation>
    </message>
    <message>
        <source>A class name.</source>
        <translation>Ein Klassenname.</translation>
    </message>
    <message>
        <source>positive, negative or edge-case.</source>
        <translation>positive, negative oder edge-case.</translation>
    </message>
    <message>
        <source>A short note.</source>
        <translation>Eine kurze Notiz.</translation>
    </message>
    <message>
        <source>CSV of the example&apos;s boxes: x,y,w,h per row.</source>
        <translation>CSV der Boxen des Beispiels: x,y,w,h je Zeile.</translation>
    </message>
    <message>
        <source>there is no unpublished draft</source>
        <translation>es gibt keinen unveröffentlichten Entwurf</translation>
    </message>
    <message>
        <source>no section #%1 in this version</source>
        <translation>kein Abschnitt #%1 in dieser Version</translation>
    </message>
    <message>
        <source>draft saved: &quot;%1&quot;, %2 sections (not visible to annotators until published)
</source>
        <translation>Entwurf gespeichert: „%1“, %2 Abschnitte (für Annotatoren erst nach der Veröffentlichung sichtbar)
</translation>
    </message>
    <message>
        <source>classes without a section (publishing needs one each): %1
</source>
        <translation>Klassen ohne Abschnitt (zum Veröffentlichen braucht jede einen): %1
</translation>
    </message>
    <message>
        <source>guideline version %1 published (taxonomy version %2)
</source>
        <translation>Richtlinienversion %1 veröffentlicht (Taxonomieversion %2)
</translation>
    </message>
    <message>
        <source>no section changed
</source>
        <translation>kein Abschnitt geändert
</translation>
    </message>
    <message>
        <source>wrote %1 (%2)
</source>
        <translation>%1 geschrieben (%2)
</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>no flag or rejection cites a section
</source>
        <translation>keine Markierung und keine Ablehnung führt einen Abschnitt an
</translation>
    </message>
    <message>
        <source>#%1 %2: %3 cited (%4 flags, %5 rejections) — %6
</source>
        <translation>#%1 %2: %3-mal angeführt (%4 Markierungen, %5 Ablehnungen) — %6
</translation>
    </message>
    <message>
        <source>(no such section now)</source>
        <translation>(diesen Abschnitt gibt es nicht mehr)</translation>
    </message>
    <message>
        <source>%1 is no longer an example of %2
</source>
        <translation>%1 ist kein Beispiel für %2 mehr
</translation>
    </message>
    <message>
        <source>--kind is positive, negative or edge-case, not &quot;%1&quot;</source>
        <translation>--kind ist positive, negative oder edge-case, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 is a %2 example of %3
</source>
        <translation>%1 ist ein %2-Beispiel für %3
</translation>
    </message>
    <message>
        <source>Quality over time, per person and class, with drift alerts.</source>
        <translation>Qualität im Zeitverlauf, je Person und Klasse, mit Drift-Warnungen.</translation>
    </message>
    <message>
        <source>Only the drift alerts.</source>
        <translation>Nur die Drift-Warnungen.</translation>
    </message>
    <message>
        <source>Points per day, or per this many tasks.</source>
        <translation>Punkte je Tag oder je so vielen Aufgaben.</translation>
    </message>
    <message>
        <source>day|N</source>
        <translation>day|N</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Erster Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Letzter Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1: the report matches the log (every figure and the visible text recomputed)</source>
        <translation>%1: Der Bericht stimmt mit dem Protokoll überein (jede Kennzahl und der sichtbare Text neu berechnet)</translation>
    </message>
    <message>
        <source>%1: the report does NOT match the log</source>
        <translation>%1: Der Bericht stimmt NICHT mit dem Protokoll überein</translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation>Die zu schreibende HTML-Datei.</translation>
    </message>
    <message>
        <source>Also write a PDF.</source>
        <translation>Auch ein PDF schreiben.</translation>
    </message>
    <message>
        <source>Bootstrap resamples of the intervals.</source>
        <translation>Bootstrap-Stichproben der Intervalle.</translation>
    </message>
    <message>
        <source>Seed of the bootstrap.</source>
        <translation>Startwert des Bootstraps.</translation>
    </message>
    <message>
        <source>drawing the report&apos;s charts needs the workstation program</source>
        <translation>zum Zeichnen der Diagramme des Berichts wird das Arbeitsplatzprogramm benötigt</translation>
    </message>
    <message>
        <source>%1: audit report written (%2 charts); check it with: assay report verify %3 %1</source>
        <translation>%1: Prüfbericht geschrieben (%2 Diagramme); prüfen Sie ihn mit: assay report verify %3 %1</translation>
    </message>
    <message>
        <source>No drift alerts.</source>
        <translation>Keine Drift-Warnungen.</translation>
    </message>
    <message>
        <source>%1: accuracy drop, %2 to %3: gold accuracy %4 over the last %5 answers against %6 over %7 before; z = %8 &gt;= %9</source>
        <translation>%1: Genauigkeitsabfall, %2 bis %3: Goldgenauigkeit %4 über die letzten %5 Antworten gegenüber %6 über %7 davor; z = %8 &gt;= %9</translation>
    </message>
    <message>
        <source>%1: class shift, %2 to %3: %4 is %5 of the last %6 answers against %7 of the cohort&apos;s %8; Jensen-Shannon divergence %9 &gt;= %10</source>
        <translation>%1: Klassenverschiebung, %2 bis %3: %4 ist %5 der letzten %6 Antworten gegenüber %7 der %8 Antworten der Gruppe; Jensen-Shannon-Divergenz %9 &gt;= %10</translation>
    </message>
    <message>
        <source>--bucket is &quot;day&quot; or a number of tasks</source>
        <translation>--bucket ist „day“ oder eine Anzahl Aufgaben</translation>
    </message>
    <message>
        <source>Per person (value and answers per %1)</source>
        <translation>Je Person (Wert und Antworten je %1)</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <source>gold accuracy: </source>
        <translation>Goldgenauigkeit: </translation>
    </message>
    <message>
        <source>audit accuracy: </source>
        <translation>Audit-Genauigkeit: </translation>
    </message>
    <message>
        <source>seconds per task (median): </source>
        <translation>Sekunden je Aufgabe (Median): </translation>
    </message>
    <message>
        <source>Agreement per class</source>
        <translation>Übereinstimmung je Klasse</translation>
    </message>
    <message>
        <source>Pairs (Cohen&apos;s kappa, items both labeled, disagreed)</source>
        <translation>Paare (Cohens Kappa, von beiden annotierte Elemente, uneinig)</translation>
    </message>
    <message>
        <source>Gold references most people miss</source>
        <translation>Goldreferenzen, die die meisten verfehlen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (reference %2): missed by %3 of %4; answered %5</source>
        <translation>%1 (Referenz %2): verfehlt von %3 von %4; beantwortet als %5</translation>
    </message>
    <message>
        <source>Drift alerts</source>
        <translation>Drift-Warnungen</translation>
    </message>
    <message>
        <source>  %1 event(s) of kinds this version of Assay does not know (%2): kept and passed on; update Assay to apply them</source>
        <translation>  %1 Ereignis(se) von Arten, die diese Version von Assay nicht kennt (%2): behalten und weitergegeben; aktualisieren Sie Assay, um sie anzuwenden</translation>
    </message>
    <message>
        <source>Name classes as taxonomy version N does, labels mapped through its merges and splits (default: the current one).</source>
        <translation>Klassen so benennen wie Taxonomieversion N, Labels über deren Zusammenführungen und Aufteilungen abgebildet (Standard: die aktuelle).</translation>
    </message>
    <message numerus="yes">
        <source>confused %1 and %2 (%n time(s))</source>
        <translation>
            <numerusform>%1 und %2 verwechselt (%n-mal)</numerusform>
            <numerusform>%1 und %2 verwechselt (%n-mal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missed objects of class %1 (%n time(s))</source>
        <translation>
            <numerusform>Objekte der Klasse %1 übersehen (%n-mal)</numerusform>
            <numerusform>Objekte der Klasse %1 übersehen (%n-mal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>marked class %1 where the references have none (%n time(s))</source>
        <translation>
            <numerusform>Klasse %1 vergeben, wo die Referenzen keine haben (%n-mal)</numerusform>
            <numerusform>Klasse %1 vergeben, wo die Referenzen keine haben (%n-mal)</numerusform>
        </translation>
    </message>
    <message>
        <source>a calibration set needs a name</source>
        <translation>ein Kalibrierungssatz braucht einen Namen</translation>
    </message>
    <message>
        <source>the set name &quot;%1&quot; %2</source>
        <translation>der Satzname „%1“ %2</translation>
    </message>
    <message>
        <source>there is already a calibration set &quot;%1&quot;</source>
        <translation>es gibt bereits einen Kalibrierungssatz „%1“</translation>
    </message>
    <message>
        <source>no calibration set &quot;%1&quot;</source>
        <translation>kein Kalibrierungssatz „%1“</translation>
    </message>
    <message>
        <source>no reference items given</source>
        <translation>keine Referenzelemente angegeben</translation>
    </message>
    <message>
        <source>%1: a reference answer needs classes or boxes</source>
        <translation>%1: eine Referenzantwort braucht Klassen oder Boxen</translation>
    </message>
    <message>
        <source>%1 is a gold item; it cannot also be a calibration reference</source>
        <translation>%1 ist ein Goldelement; es kann nicht zugleich Kalibrierungsreferenz sein</translation>
    </message>
    <message>
        <source>a session needs a name</source>
        <translation>eine Sitzung braucht einen Namen</translation>
    </message>
    <message>
        <source>the session name &quot;%1&quot; %2</source>
        <translation>der Sitzungsname „%1“ %2</translation>
    </message>
    <message>
        <source>there is already a calibration session &quot;%1&quot;</source>
        <translation>es gibt bereits eine Kalibrierungssitzung „%1“</translation>
    </message>
    <message>
        <source>a session needs at least one attempt</source>
        <translation>eine Sitzung braucht mindestens einen Versuch</translation>
    </message>
    <message>
        <source>a pass mark must be in [0, 1]</source>
        <translation>eine Bestehensgrenze muss in [0, 1] liegen</translation>
    </message>
    <message>
        <source>the session must close after it opens</source>
        <translation>die Sitzung muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <source>the calibration set &quot;%1&quot; has no reference items</source>
        <translation>der Kalibrierungssatz „%1“ hat keine Referenzelemente</translation>
    </message>
    <message>
        <source>a session needs members</source>
        <translation>eine Sitzung braucht Mitglieder</translation>
    </message>
    <message>
        <source>%1 has already worked on %2 outside calibration</source>
        <translation>%1 hat %2 bereits außerhalb der Kalibrierung bearbeitet</translation>
    </message>
    <message>
        <source>no calibration session &quot;%1&quot;</source>
        <translation>keine Kalibrierungssitzung „%1“</translation>
    </message>
    <message>
        <source>not a member of session &quot;%1&quot;</source>
        <translation>kein Mitglied der Sitzung „%1“</translation>
    </message>
    <message>
        <source>accuracy %1 below %2</source>
        <translation>Genauigkeit %1 unter %2</translation>
    </message>
    <message>
        <source>box F1 %1 below %2</source>
        <translation>Box-F1 %1 unter %2</translation>
    </message>
    <message>
        <source>attempt %1 of %2: %3 of %4 items done</source>
        <translation>Versuch %1 von %2: %3 von %4 Elementen erledigt</translation>
    </message>
    <message>
        <source>passes; not recorded yet</source>
        <translation>besteht; noch nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>attempt %1 finished: %2</source>
        <translation>Versuch %1 abgeschlossen: %2</translation>
    </message>
    <message numerus="yes">
        <source>failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>nach %n Versuch nicht bestanden: %1</numerusform>
            <numerusform>nach %n Versuchen nicht bestanden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the calibration session &quot;%1&quot; is closed</source>
        <translation>die Kalibrierungssitzung „%1“ ist geschlossen</translation>
    </message>
    <message>
        <source>%1 is not a member of session &quot;%2&quot;</source>
        <translation>%1 ist kein Mitglied der Sitzung „%2“</translation>
    </message>
    <message>
        <source>%1 has no debrief yet in &quot;%2&quot;: it comes after the last attempt or once passed</source>
        <translation>%1 hat in „%2“ noch keine Nachbesprechung: Sie folgt nach dem letzten Versuch oder nach dem Bestehen</translation>
    </message>
    <message>
        <source>read guideline drafts</source>
        <translation>Richtlinienentwürfe zu lesen</translation>
    </message>
    <message>
        <source>see calibration reference answers</source>
        <translation>Referenzantworten der Kalibrierung zu sehen</translation>
    </message>
    <message>
        <source>item %1 is a worked example of the guideline; it cannot also be a calibration reference</source>
        <translation>Element %1 ist ein Beispiel der Richtlinie; es kann nicht zugleich Kalibrierungsreferenz sein</translation>
    </message>
    <message>
        <source>item %1 is a worked example of the guideline; it cannot also be a gold item</source>
        <translation>Element %1 ist ein Beispiel der Richtlinie; es kann nicht zugleich Goldelement sein</translation>
    </message>
    <message>
        <source>item %1 is in a calibration set; it cannot also be a gold item</source>
        <translation>Element %1 ist in einem Kalibrierungssatz; es kann nicht zugleich Goldelement sein</translation>
    </message>
    <message>
        <source>there is no guideline version %1</source>
        <translation>es gibt keine Richtlinienversion %1</translation>
    </message>
    <message>
        <source>no guideline has been published yet</source>
        <translation>es wurde noch keine Richtlinie veröffentlicht</translation>
    </message>
    <message>
        <source>the guideline is empty</source>
        <translation>die Richtlinie ist leer</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>the draft was not kept</source>
        <translation>der Entwurf wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>there is no unpublished draft: save one first (assay guideline PROJECT edit --from FILE.md)</source>
        <translation>es gibt keinen unveröffentlichten Entwurf: speichern Sie zuerst einen (assay guideline PROJECT edit --from FILE.md)</translation>
    </message>
    <message>
        <source>every class needs a section (a heading with its name): %1 has none</source>
        <translation>jede Klasse braucht einen Abschnitt (eine Überschrift mit ihrem Namen): %1 hat keinen</translation>
    </message>
    <message>
        <source>only an image example has boxes</source>
        <translation>nur ein Bildbeispiel hat Boxen</translation>
    </message>
    <message>
        <source>item %1 is kept for quality checks; it cannot be a worked example</source>
        <translation>Element %1 ist für Qualitätsprüfungen vorgesehen; es kann kein Beispiel sein</translation>
    </message>
    <message>
        <source>item %1 is a calibration reference; it cannot also be a worked example</source>
        <translation>Element %1 ist eine Kalibrierungsreferenz; es kann nicht zugleich Beispiel sein</translation>
    </message>
    <message>
        <source>item %1 is a gold item; it cannot also be a worked example</source>
        <translation>Element %1 ist ein Goldelement; es kann nicht zugleich Beispiel sein</translation>
    </message>
    <message>
        <source>item %1 is not a worked example of that class</source>
        <translation>Element %1 ist kein Beispiel für diese Klasse</translation>
    </message>
    <message>
        <source>the anchor {#%1} is used by two headings</source>
        <translation>der Anker {#%1} wird von zwei Überschriften verwendet</translation>
    </message>
    <message>
        <source>**Definition.** %1

</source>
        <translation>**Definition.** %1

</translation>
    </message>
    <message>
        <source>**Use it when** …

</source>
        <translation>**Verwenden, wenn** …

</translation>
    </message>
    <message>
        <source>**Do not use it when** …

</source>
        <translation>**Nicht verwenden, wenn** …

</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation>%1 [%2, %3]</translation>
    </message>
    <message>
        <source>Audit report: %1</source>
        <translation>Prüfbericht: %1</translation>
    </message>
    <message>
        <source>Period: every answer in the project (%1 answers).</source>
        <translation>Zeitraum: jede Antwort im Projekt (%1 Antworten).</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3 answers).</source>
        <translation>Zeitraum: %1 bis %2 (%3 Antworten).</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Made from the log at these heads, one per device; state digest %1. Check it with: assay report verify PROJECT FILE</source>
        <translation>Erstellt aus dem Protokoll bei diesen Köpfen, einer je Gerät; Zustandsprüfsumme %1. Prüfen Sie ihn mit: assay report verify PROJECT FILE</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Taxonomy and guidelines</source>
        <translation>Taxonomie und Richtlinien</translation>
    </message>
    <message>
        <source>version %1 (%2 answers)</source>
        <translation>Version %1 (%2 Antworten)</translation>
    </message>
    <message>
        <source>Taxonomy in force: %1; current version %2.</source>
        <translation>Geltende Taxonomie: %1; aktuelle Version %2.</translation>
    </message>
    <message>
        <source>Guidelines in force: %1; current version %2.</source>
        <translation>Geltende Richtlinien: %1; aktuelle Version %2.</translation>
    </message>
    <message>
        <source>Classes: %1.</source>
        <translation>Klassen: %1.</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>alpha [95% CI]</source>
        <translation>Alpha [95-%-KI]</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>low items</source>
        <translation>Elemente unter Schwelle</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 %5</source>
        <translation>%1 %2 %3: %4 %5</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>keine festgelegt</translation>
    </message>
    <message>
        <source>A batch&apos;s figures are over all its answers, as assay quality reports them; its interval is over the period&apos;s answers.</source>
        <translation>Die Kennzahlen eines Stapels beziehen sich auf alle seine Antworten, wie assay quality sie ausgibt; sein Intervall bezieht sich auf die Antworten des Zeitraums.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal) of the period&apos;s production answers: %1 over %2 items. The interval is the 2.5th to 97.5th percentile of %3 bootstrap resamples of items (std::mt19937_64, seed %4).</source>
        <translation>Krippendorffs Alpha (nominal) der Produktionsantworten des Zeitraums: %1 über %2 Elemente. Das Intervall reicht vom 2,5. bis zum 97,5. Perzentil von %3 Bootstrap-Stichproben der Elemente (std::mt19937_64, Startwert %4).</translation>
    </message>
    <message>
        <source>person A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <source>person B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <source>items both</source>
        <translation>gemeinsame Elemente</translation>
    </message>
    <message>
        <source>disagreed</source>
        <translation>uneinig</translation>
    </message>
    <message>
        <source>gold answers</source>
        <translation>Goldantworten</translation>
    </message>
    <message>
        <source>gold accuracy</source>
        <translation>Goldgenauigkeit</translation>
    </message>
    <message>
        <source>audited</source>
        <translation>auditiert</translation>
    </message>
    <message>
        <source>audit accuracy</source>
        <translation>Audit-Genauigkeit</translation>
    </message>
    <message>
        <source>%1: gold and audit accuracy by day</source>
        <translation>%1: Gold- und Audit-Genauigkeit je Tag</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Gold accuracy by day (answers): %1; threshold %2.</source>
        <translation>Goldgenauigkeit je Tag (Antworten): %1; Schwelle %2.</translation>
    </message>
    <message>
        <source>Agreement per class by day</source>
        <translation>Übereinstimmung je Klasse und Tag</translation>
    </message>
    <message>
        <source>Agreement per class over time</source>
        <translation>Übereinstimmung je Klasse im Zeitverlauf</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <source>gold accuracy %1 over the last %2 answers against %3 over %4 before; z = %5 (alert at %6)</source>
        <translation>Goldgenauigkeit %1 über die letzten %2 Antworten gegenüber %3 über %4 davor; z = %5 (Warnung ab %6)</translation>
    </message>
    <message>
        <source>class %1: %2 of the last %3 answers against %4 of the cohort&apos;s %5; Jensen-Shannon divergence %6 (alert at %7)</source>
        <translation>Klasse %1: %2 der letzten %3 Antworten gegenüber %4 der %5 Antworten der Gruppe; Jensen-Shannon-Divergenz %6 (Warnung ab %7)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Item %1, reference %2: missed by %3 of %4 (answered %5).</source>
        <translation>Element %1, Referenz %2: verfehlt von %3 von %4 (beantwortet als %5).</translation>
    </message>
    <message>
        <source>Calibration sessions</source>
        <translation>Kalibrierungssitzungen</translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation>In diesem Zeitraum keine aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 sessions.</source>
        <translation>%1 Sitzungen.</translation>
    </message>
    <message>
        <source>no assay-snapshot block: not an Assay report</source>
        <translation>kein assay-snapshot-Block: kein Assay-Bericht</translation>
    </message>
    <message>
        <source>the assay-snapshot block is not JSON: %1</source>
        <translation>der assay-snapshot-Block ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the visible text differs from the text the report was made with (SHA-256 of the body)</source>
        <translation>der sichtbare Text weicht von dem Text ab, mit dem der Bericht erstellt wurde (SHA-256 des Inhalts)</translation>
    </message>
    <message>
        <source>device %1 is not in this copy</source>
        <translation>Gerät %1 ist nicht in dieser Kopie</translation>
    </message>
    <message>
        <source>device %1 is at event %2 here, at %3 in the report</source>
        <translation>Gerät %1 ist hier bei Ereignis %2, im Bericht bei %3</translation>
    </message>
    <message>
        <source>device %1 has events the report did not see</source>
        <translation>Gerät %1 hat Ereignisse, die der Bericht nicht gesehen hat</translation>
    </message>
    <message>
        <source>the project&apos;s state digest differs from the report&apos;s although every head is the same: run assay log verify</source>
        <translation>die Zustandsprüfsumme des Projekts weicht von der des Berichts ab, obwohl jeder Kopf gleich ist: führen Sie assay log verify aus</translation>
    </message>
    <message>
        <source>the figures of &quot;%1&quot; differ from the log&apos;s</source>
        <translation>die Kennzahlen von „%1“ weichen von denen des Protokolls ab</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a figure of the report</source>
        <translation>„%1“ ist keine Kennzahl des Berichts</translation>
    </message>
    <message>
        <source>the visible text differs from the log&apos;s at line %1: &quot;%2&quot; where the log gives &quot;%3&quot;</source>
        <translation>der sichtbare Text weicht in Zeile %1 von dem des Protokolls ab: „%2“, wo das Protokoll „%3“ ergibt</translation>
    </message>
    <message>
        <source>A class needs a name: annotators pick it by its name.</source>
        <translation>Eine Klasse braucht einen Namen: Annotatoren wählen sie nach ihrem Namen.</translation>
    </message>
    <message>
        <source>The name has spaces at its start or end; they would not show in lists but make two names differ.</source>
        <translation>Der Name hat Leerzeichen am Anfang oder Ende; sie wären in Listen nicht sichtbar, würden aber zwei Namen unterscheiden.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; %2.</source>
        <translation>Der Name „%1“ %2.</translation>
    </message>
    <message>
        <source>A hotkey is one key or a chord of two such as &quot;0, 3&quot;, not &quot;%1&quot;.</source>
        <translation>Ein Tastenkürzel ist eine Taste oder eine Folge von zwei Tasten wie „0, 3“, nicht „%1“.</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation>Die Farbe „%1“ hat nicht die Form #rrggbb.</translation>
    </message>
    <message>
        <source>Another class is already named &quot;%1&quot;: annotators could not tell them apart.</source>
        <translation>Eine andere Klasse heißt bereits „%1“: Annotatoren könnten sie nicht unterscheiden.</translation>
    </message>
    <message>
        <source>The hotkey %1 is already used by &quot;%2&quot; (%3): one key would pick two classes.</source>
        <translation>Das Tastenkürzel %1 wird bereits von „%2“ (%3) verwendet: Eine Taste würde zwei Klassen wählen.</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>people with deuteranopia (green-blind)</source>
        <translation>Menschen mit Deuteranopie (Grünblindheit)</translation>
    </message>
    <message>
        <source>people with protanopia (red-blind)</source>
        <translation>Menschen mit Protanopie (Rotblindheit)</translation>
    </message>
    <message>
        <source>The colour is too close to that of &quot;%1&quot; for %2 (ΔE %3 &lt; %4): their boxes would be confused.</source>
        <translation>Die Farbe liegt für %2 zu nah an der von „%1“ (ΔE %3 &lt; %4): Ihre Boxen würden verwechselt.</translation>
    </message>
    <message>
        <source>a class cannot be placed inside its own sub-class</source>
        <translation>eine Klasse kann nicht in ihre eigene Unterklasse eingeordnet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-classes; move them before merging it</source>
        <translation>„%1“ hat Unterklassen; verschieben Sie diese, bevor Sie die Klasse zusammenführen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-classes; archive or move them first</source>
        <translation>„%1“ hat Unterklassen; archivieren oder verschieben Sie diese zuerst</translation>
    </message>
    <message>
        <source>the class to place it before does not exist</source>
        <translation>die Klasse, vor der eingeordnet werden soll, existiert nicht</translation>
    </message>
    <message>
        <source>a split makes at least two classes</source>
        <translation>eine Aufteilung ergibt mindestens zwei Klassen</translation>
    </message>
    <message>
        <source>the labels can only be assigned to one of the new classes</source>
        <translation>die Labels können nur einer der neuen Klassen zugewiesen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-classes; move them before splitting it</source>
        <translation>„%1“ hat Unterklassen; verschieben Sie diese, bevor Sie die Klasse aufteilen</translation>
    </message>
    <message>
        <source>labels sent back for re-labeling need a batch name</source>
        <translation>zur erneuten Annotation zurückgeschickte Labels brauchen einen Stapelnamen</translation>
    </message>
    <message>
        <source>(no batch)</source>
        <translation>(kein Stapel)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>%1 would touch:</source>
        <translation>%1 würde betreffen:</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>pre-labels</source>
        <translation>Vorab-Labels</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>item %1 is in a calibration set, never gold</source>
        <translation>Element %1 ist in einem Kalibrierungssatz, nie Gold</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwelle %1</translation>
    </message>
    <message>
        <source>cannot set the page size</source>
        <translation>die Seitengröße kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>the PDF was not written</source>
        <translation>das PDF wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Take tasks of a pooled batch from a PostgreSQL server into your queue, for as long as the lease lasts; done tasks end their leases.</source>
        <translation>Aufgaben eines Stapels mit Pool von einem PostgreSQL-Server in Ihre Warteschlange übernehmen, solange die Zuteilung dauert; erledigte Aufgaben beenden ihre Zuteilungen.</translation>
    </message>
    <message>
        <source>No planned queues: annotators lease the tasks from a PostgreSQL server (assay lease), gold mixed in at the rate.</source>
        <translation>Keine geplanten Warteschlangen: Annotatoren lassen sich die Aufgaben von einem PostgreSQL-Server zuteilen (assay lease), Gold wird gemäß dem Goldanteil eingestreut.</translation>
    </message>
    <message>
        <source>How long a pooled batch&apos;s lease lasts (60).</source>
        <translation>Wie lange die Zuteilung eines Stapels mit Pool dauert (60).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Only answers made under this taxonomy version.</source>
        <translation>Nur Antworten, die unter dieser Taxonomieversion gegeben wurden.</translation>
    </message>
    <message>
        <source>Only answers made under this guideline version.</source>
        <translation>Nur Antworten, die unter dieser Richtlinienversion gegeben wurden.</translation>
    </message>
    <message>
        <source>no taxonomy version %1 (the latest is %2)</source>
        <translation>keine Taxonomieversion %1 (die neueste ist %2)</translation>
    </message>
    <message>
        <source>no guideline version %1 (the latest is %2)</source>
        <translation>keine Richtlinienversion %1 (die neueste ist %2)</translation>
    </message>
    <message>
        <source>Only answers made under taxonomy version %1.</source>
        <translation>Nur Antworten, die unter Taxonomieversion %1 gegeben wurden.</translation>
    </message>
    <message>
        <source>Only answers made under guideline version %1.</source>
        <translation>Nur Antworten, die unter Richtlinienversion %1 gegeben wurden.</translation>
    </message>
    <message>
        <source>%1: the project has moved on since the report (%2); verified against its state at the report&apos;s snapshot, rebuilt from the log</source>
        <translation>%1: das Projekt hat sich seit dem Bericht weiterentwickelt (%2); geprüft gegen seinen Stand beim Snapshot des Berichts, aus dem Protokoll neu aufgebaut</translation>
    </message>
    <message>
        <source>rejected answers go back to their annotator</source>
        <translation>abgelehnte Antworten gehen zurück an ihren Annotator</translation>
    </message>
    <message>
        <source>rejected answers go to the least-loaded other annotator of the batch</source>
        <translation>abgelehnte Antworten gehen an den am wenigsten ausgelasteten anderen Annotator des Stapels</translation>
    </message>
    <message>
        <source>rejected answers go to %1 (back to their annotator when %1 has the item already)</source>
        <translation>abgelehnte Antworten gehen an %1 (zurück an ihren Annotator, wenn %1 das Element bereits hat)</translation>
    </message>
    <message>
        <source>  calibration &quot;%1&quot;: %2, attempt %3, %4</source>
        <translation>  Kalibrierung „%1“: %2, Versuch %3, %4</translation>
    </message>
    <message>
        <source>The PostgreSQL server that hands out the tasks: postgres:URL (remembered).</source>
        <translation>Der PostgreSQL-Server, der die Aufgaben zuteilt: postgres:URL (wird gespeichert).</translation>
    </message>
    <message>
        <source>How many tasks to take (10).</source>
        <translation>Wie viele Aufgaben übernommen werden (10).</translation>
    </message>
    <message>
        <source>Only from this pooled batch (name or id).</source>
        <translation>Nur aus diesem Stapel mit Pool (Name oder ID).</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) leased</source>
        <translation>
            <numerusform>%n Aufgabe zugeteilt</numerusform>
            <numerusform>%n Aufgaben zugeteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1, until %2</source>
        <translation>von %1, bis %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n lease(s) of done tasks ended</source>
        <translation>
            <numerusform>; %n Zuteilung erledigter Aufgaben beendet</numerusform>
            <numerusform>; %n Zuteilungen erledigter Aufgaben beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>the file does not exist, and its folder %1 is empty: a disk or network folder that is not mounted?</source>
        <translation>die Datei existiert nicht, und ihr Ordner %1 ist leer: ein nicht eingebundener Festplatten- oder Netzwerkordner?</translation>
    </message>
    <message>
        <source>its folder %1 is not there: a disk or network folder that is not mounted, or a folder that was moved</source>
        <translation>ihr Ordner %1 existiert nicht: ein nicht eingebundener Festplatten- oder Netzwerkordner oder ein verschobener Ordner</translation>
    </message>
    <message>
        <source>the media folder %1 is not there: a disk or network folder that is not mounted, or a folder that was moved</source>
        <translation>der Medienordner %1 existiert nicht: ein nicht eingebundener Festplatten- oder Netzwerkordner oder ein verschobener Ordner</translation>
    </message>
    <message>
        <source>the media folder %1 is not a folder</source>
        <translation>der Medienordner %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the media folder %1 cannot be read</source>
        <translation>der Medienordner %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the media folder %1 is empty: a disk or network folder that is not mounted?</source>
        <translation>der Medienordner %1 ist leer: ein nicht eingebundener Festplatten- oder Netzwerkordner?</translation>
    </message>
    <message>
        <source>this copy&apos;s log does not hold event %1 of device %2 as it was (%3)</source>
        <translation>das Protokoll dieser Kopie enthält Ereignis %1 von Gerät %2 nicht in seinem damaligen Zustand (%3)</translation>
    </message>
    <message>
        <source>the copy rebuilt at the report&apos;s snapshot is not at it (%1)</source>
        <translation>die beim Snapshot des Berichts neu aufgebaute Kopie ist nicht auf dessen Stand (%1)</translation>
    </message>
    <message>
        <source>no room for a temporary copy at the report&apos;s snapshot</source>
        <translation>kein Platz für eine temporäre Kopie auf dem Stand des Snapshots des Berichts</translation>
    </message>
    <message>
        <source>the project is not at the report&apos;s snapshot (%1), and its state there cannot be rebuilt: %2</source>
        <translation>das Projekt ist nicht auf dem Stand des Snapshots des Berichts (%1), und sein Zustand dort kann nicht neu aufgebaut werden: %2</translation>
    </message>
    <message>
        <source>at the report&apos;s snapshot: %1</source>
        <translation>beim Snapshot des Berichts: %1</translation>
    </message>
    <message>
        <source>%1 does not annotate: rejected answers cannot go to them</source>
        <translation>%1 annotiert nicht: abgelehnte Antworten können nicht an diese Person gehen</translation>
    </message>
    <message>
        <source>the project&apos;s folder is read-only, and its last changes are still in %1, which can only be read with a -shm file beside it: copy the project file with its -wal file to a writable folder and open the copy</source>
        <translation>der Ordner des Projekts ist schreibgeschützt, und seine letzten Änderungen liegen noch in %1, das sich nur mit einer -shm-Datei daneben lesen lässt: kopieren Sie die Projektdatei mit ihrer -wal-Datei in einen beschreibbaren Ordner und öffnen Sie die Kopie</translation>
    </message>
    <message>
        <source>the project file is no longer there (%1): nothing more was saved; what was saved before is kept in the file. Open the project again once its folder is back</source>
        <translation>die Projektdatei existiert nicht mehr (%1): nichts weiter wurde gespeichert; was zuvor gespeichert wurde, bleibt in der Datei erhalten. Öffnen Sie das Projekt erneut, sobald sein Ordner wieder da ist</translation>
    </message>
    <message>
        <source>the folder is on read-only media (a disk or folder mounted read-only): a project cannot be made there</source>
        <translation>der Ordner liegt auf einem schreibgeschützten Datenträger (ein schreibgeschützt eingebundener Datenträger oder Ordner): dort kann kein Projekt angelegt werden</translation>
    </message>
    <message>
        <source>the folder is read-only (no permission to write in it): a project cannot be made there</source>
        <translation>der Ordner ist schreibgeschützt (keine Schreibberechtigung darin): dort kann kein Projekt angelegt werden</translation>
    </message>
    <message>
        <source>the project is on read-only media (a disk or folder mounted read-only)</source>
        <translation>das Projekt liegt auf einem schreibgeschützten Datenträger (ein schreibgeschützt eingebundener Datenträger oder Ordner)</translation>
    </message>
    <message>
        <source>the project&apos;s folder is read-only: SQLite cannot make its -wal and -shm files beside the project</source>
        <translation>der Ordner des Projekts ist schreibgeschützt: SQLite kann seine -wal- und -shm-Dateien nicht neben dem Projekt anlegen</translation>
    </message>
    <message>
        <source>device %1 forked at its event %2: the push holds two events there; nothing was pushed</source>
        <translation>die Kette von Gerät %1 spaltet sich bei dessen Ereignis %2: die Sendung enthält dort zwei Ereignisse; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>the server refused the pool</source>
        <translation>der Server hat den Pool abgewiesen</translation>
    </message>
    <message>
        <source>cannot send the pool to the server</source>
        <translation>der Pool kann nicht an den Server gesendet werden</translation>
    </message>
    <message>
        <source>the server hands out no tasks</source>
        <translation>der Server teilt keine Aufgaben zu</translation>
    </message>
    <message>
        <source>cannot end leases on the server</source>
        <translation>Zuteilungen auf dem Server können nicht beendet werden</translation>
    </message>
    <message>
        <source>this remote hands out no task leases: pooled batches need a PostgreSQL server</source>
        <translation>diese Gegenstelle teilt keine Aufgaben zu: Stapel mit Pool brauchen einen PostgreSQL-Server</translation>
    </message>
    <message>
        <source>ask for at least one task</source>
        <translation>fordern Sie mindestens eine Aufgabe an</translation>
    </message>
    <message>
        <source>no open pooled batch: a lead marks a batch as pooled and syncs with the server first</source>
        <translation>kein offener Stapel mit Pool: eine Leitung markiert zuerst einen Stapel als Stapel mit Pool und synchronisiert mit dem Server</translation>
    </message>
    <message>
        <source>no open pooled batch &quot;%1&quot;</source>
        <translation>kein offener Stapel mit Pool „%1“</translation>
    </message>
    <message>
        <source>%1: a lease lasts at least a second</source>
        <translation>%1: eine Zuteilung dauert mindestens eine Sekunde</translation>
    </message>
    <message>
        <source>%1: a task without id or item</source>
        <translation>%1: eine Aufgabe ohne ID oder Element</translation>
    </message>
    <message>
        <source>a lease lasts at least a second</source>
        <translation>eine Zuteilung dauert mindestens eine Sekunde</translation>
    </message>
    <message>
        <source>a gold rate needs gold items (assay gold add)</source>
        <translation>ein Goldanteil braucht Goldelemente (assay gold add)</translation>
    </message>
    <message numerus="yes">
        <source>Stored the consensus of %n item(s) (Dawid-Skene, %1)</source>
        <translation>
            <numerusform>Konsens von %n Element gespeichert (Dawid-Skene, %1)</numerusform>
            <numerusform>Konsens von %n Elementen gespeichert (Dawid-Skene, %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>converged in %n iteration(s)</source>
        <translation>
            <numerusform>konvergiert nach %n Iteration</numerusform>
            <numerusform>konvergiert nach %n Iterationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not converged after %n iteration(s)</source>
        <translation>
            <numerusform>nach %n Iteration nicht konvergiert</numerusform>
            <numerusform>nach %n Iterationen nicht konvergiert</numerusform>
        </translation>
    </message>
    <message>
        <source>(tied)</source>
        <translation>(Gleichstand)</translation>
    </message>
    <message>
        <source>No consensus figures are stored for this batch (assay review PROJECT consensus --batch B store).</source>
        <translation>Für diesen Stapel sind keine Konsenswerte gespeichert (assay review PROJECT consensus --batch B store).</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ANTWORTEN</translation>
    </message>
    <message>
        <source>CONFIDENCE</source>
        <translation>KONFIDENZ</translation>
    </message>
    <message>
        <source>CONSENSUS</source>
        <translation>KONSENS</translation>
    </message>
    <message>
        <source>%1: an item without an id or with a confidence outside [0, 1]</source>
        <translation>%1: ein Element ohne ID oder mit einer Konfidenz außerhalb von [0, 1]</translation>
    </message>
    <message>
        <source>the answer of task %1 is in review (%2): its annotator may not change it</source>
        <translation>die Antwort von Aufgabe %1 ist in der Prüfung (%2): ihr Annotator darf sie nicht ändern</translation>
    </message>
    <message>
        <source>not a readable TIFF file</source>
        <translation>keine lesbare TIFF-Datei</translation>
    </message>
    <message>
        <source>the TIFF image is not tiled</source>
        <translation>das TIFF-Bild ist nicht in Kacheln gespeichert</translation>
    </message>
    <message>
        <source>level %1 cannot be read</source>
        <translation>Ebene %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no level %1 in the image</source>
        <translation>das Bild hat keine Ebene %1</translation>
    </message>
    <message>
        <source>the region is outside the image</source>
        <translation>der Bereich liegt außerhalb des Bildes</translation>
    </message>
    <message>
        <source>tile %1 of level %2 is damaged</source>
        <translation>Kachel %1 der Ebene %2 ist beschädigt</translation>
    </message>
    <message>
        <source>a tile of level %1 cannot be decoded</source>
        <translation>eine Kachel der Ebene %1 kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>not a whole-slide image this build can read</source>
        <translation>kein Objektträgerbild, das diese Version lesen kann</translation>
    </message>
    <message>
        <source>the slide cannot be read (%1)</source>
        <translation>der Objektträger kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the slide has no readable level</source>
        <translation>der Objektträger hat keine lesbare Ebene</translation>
    </message>
    <message>
        <source>this build cannot read whole-slide images (no OpenSlide)</source>
        <translation>diese Version kann keine Objektträgerbilder lesen (kein OpenSlide)</translation>
    </message>
    <message>
        <source>not a tiled image</source>
        <translation>kein gekacheltes Bild</translation>
    </message>
    <message>
        <source>an event line whose counters are not whole numbers</source>
        <translation>eine Ereigniszeile, deren Zähler keine ganzen Zahlen sind</translation>
    </message>
    <message>
        <source>an event line whose envelope&apos;s fields hold line breaks or text that is not Unicode</source>
        <translation>eine Ereigniszeile, deren Umschlagfelder Zeilenumbrüche oder Text enthalten, der kein Unicode ist</translation>
    </message>
    <message>
        <source>the image is read by region: it is never decoded whole</source>
        <translation>das Bild wird bereichsweise gelesen: es wird nie ganz dekodiert</translation>
    </message>
    <message>
        <source>Do not make the tile pyramids of huge images now; the window makes each when its image is first shown.</source>
        <translation>Die Kachelpyramiden sehr großer Bilder jetzt nicht erstellen; das Fenster erstellt jede, wenn ihr Bild zum ersten Mal gezeigt wird.</translation>
    </message>
    <message>
        <source>no tile pyramid for %1: %2</source>
        <translation>keine Kachelpyramide für %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>made the tile pyramids of %n huge image(s) in %1 s</source>
        <translation>
            <numerusform>Kachelpyramide von %n sehr großen Bild in %1 s erstellt</numerusform>
            <numerusform>Kachelpyramiden von %n sehr großen Bildern in %1 s erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>slides&apos; label, macro and thumbnail images: shown</source>
        <translation>Etikett-, Übersichts- und Vorschaubilder von Objektträgern: werden gezeigt</translation>
    </message>
    <message>
        <source>slides&apos; label, macro and thumbnail images: never shown</source>
        <translation>Etikett-, Übersichts- und Vorschaubilder von Objektträgern: werden nie gezeigt</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>damaged tile pyramid: %1</source>
        <translation>beschädigte Kachelpyramide: %1</translation>
    </message>
    <message>
        <source>it is %1 x %2 pixels, the image %3 x %4</source>
        <translation>sie hat %1 x %2 Pixel, das Bild %3 x %4</translation>
    </message>
    <message>
        <source>its levels end at %1 x %2 pixels</source>
        <translation>ihre Stufen enden bei %1 x %2 Pixeln</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the pyramid maker %1 cannot be started: %2</source>
        <translation>das Pyramidenprogramm %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the pyramid maker stopped (%1)</source>
        <translation>das Pyramidenprogramm hat angehalten (%1)</translation>
    </message>
    <message>
        <source>the tile pyramid cannot be stored</source>
        <translation>die Kachelpyramide kann nicht abgelegt werden</translation>
    </message>
    <message>
        <source>unknown libvips error</source>
        <translation>unbekannter Fehler von libvips</translation>
    </message>
    <message>
        <source>libvips could not be started</source>
        <translation>libvips konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the file is %1 x %2 pixels now, the project&apos;s item %3 x %4</source>
        <translation>die Datei hat jetzt %1 x %2 Pixel, das Element des Projekts %3 x %4</translation>
    </message>
    <message>
        <source>the tile pyramid cannot be written: %1</source>
        <translation>die Kachelpyramide kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>an empty picture</source>
        <translation>ein leeres Bild</translation>
    </message>
    <message>
        <source>the file carries no image &quot;%1&quot;</source>
        <translation>die Datei enthält kein Bild „%1“</translation>
    </message>
    <message>
        <source>damaged: not every directory of the file can be read</source>
        <translation>beschädigt: nicht jedes Verzeichnis der Datei kann gelesen werden</translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; declares %2 x %3 pixels</source>
        <translation>das Bild „%1“ gibt %2 x %3 Pixel an</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken as parts of multi-file slides (MRXS data, VMS pieces and macro images), not as items</source>
        <translation>
            <numerusform>%n Datei als Teil eines mehrteiligen Objektträgers übernommen (MRXS-Daten, VMS-Teile und Übersichtsbilder), nicht als Element</numerusform>
            <numerusform>%n Dateien als Teile mehrteiliger Objektträger übernommen (MRXS-Daten, VMS-Teile und Übersichtsbilder), nicht als Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>its tiles of %1 x %2 pixels are too large to read</source>
        <translation>seine Kacheln von %1 x %2 Pixeln sind zu groß zum Lesen</translation>
    </message>
    <message>
        <source>the tiles of level %1 do not have the size they say</source>
        <translation>die Kacheln der Stufe %1 haben nicht die angegebene Größe</translation>
    </message>
    <message>
        <source>The project&apos;s media settings: whether slides&apos; label and macro images may be shown, and travel with the slides to other copies.</source>
        <translation>Die Medieneinstellungen des Projekts: ob Etikett- und Übersichtsbilder von Objektträgern gezeigt werden und mit den Objektträgern an andere Kopien gehen dürfen.</translation>
    </message>
    <message>
        <source>Whether the label, macro and thumbnail images of whole-slide files may be shown and travel with the slides to other copies (on), or not (off, the default: checkouts and sync send slides without them): a label can show a patient&apos;s name. A lead&apos;s setting.</source>
        <translation>Ob Etikett-, Übersichts- und Vorschaubilder von Objektträgerdateien gezeigt werden und mit den Objektträgern an andere Kopien gehen dürfen (on) oder nicht (off, Standard: Auschecken und Synchronisieren senden Objektträger ohne sie): ein Etikett kann den Namen eines Patienten zeigen. Eine Einstellung der Leitung.</translation>
    </message>
    <message>
        <source>  slide withheld, not copied (its label and macro images are not allowed, and cannot be taken out of this kind of file): %1</source>
        <translation>  Objektträger zurückgehalten, nicht kopiert (seine Etikett- und Übersichtsbilder sind nicht erlaubt und lassen sich aus dieser Art Datei nicht entfernen): %1</translation>
    </message>
    <message>
        <source>  slide withheld, neither pushed nor pulled (its label and macro images are not allowed, and cannot be taken out of this kind of file): %1</source>
        <translation>  Objektträger zurückgehalten, weder gesendet noch abgeholt (seine Etikett- und Übersichtsbilder sind nicht erlaubt und lassen sich aus dieser Art Datei nicht entfernen): %1</translation>
    </message>
    <message>
        <source>cannot write the slide&apos;s copy</source>
        <translation>die Kopie des Objektträgers kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>directory %1 of the slide cannot be read</source>
        <translation>Verzeichnis %1 des Objektträgers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the slide&apos;s %1 image has no data</source>
        <translation>das Bild „%1“ des Objektträgers hat keine Daten</translation>
    </message>
    <message>
        <source>a directory lies outside the file</source>
        <translation>ein Verzeichnis liegt außerhalb der Datei</translation>
    </message>
    <message>
        <source>the slide&apos;s %1 image lies outside the file</source>
        <translation>das Bild „%1“ des Objektträgers liegt außerhalb der Datei</translation>
    </message>
    <message>
        <source>the slide&apos;s images overlap its directories</source>
        <translation>die Bilder des Objektträgers überlappen seine Verzeichnisse</translation>
    </message>
    <message>
        <source>the slide without its label does not match its SHA-256 %1: the file changed since it was taken in</source>
        <translation>der Objektträger ohne sein Etikett entspricht nicht seinem SHA-256 %1: die Datei hat sich seit der Aufnahme geändert</translation>
    </message>
    <message>
        <source>cannot make a folder for the slide&apos;s copy</source>
        <translation>für die Kopie des Objektträgers kann kein Ordner angelegt werden</translation>
    </message>
</context>
<context>
    <name>assay::app::BatchDialog</name>
    <message>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>&amp;Batches</source>
        <translation>&amp;Stapel</translation>
    </message>
    <message>
        <source>&amp;New Batch</source>
        <translation>&amp;Neuer Stapel</translation>
    </message>
    <message>
        <source>e.g. week 12 — street scenes</source>
        <translation>z. B. Woche 12 — Straßenszenen</translation>
    </message>
    <message>
        <source>All production items of &amp;kind:</source>
        <translation>Alle Produktionselemente der &amp;Art:</translation>
    </message>
    <message>
        <source>These &amp;items (an id, path or file name a line):</source>
        <translation>Diese &amp;Elemente (eine ID, ein Pfad oder Dateiname je Zeile):</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>jede Art</translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation>&amp;Personen hinzufügen…</translation>
    </message>
    <message>
        <source>Add the people who will label (Work ▸ People)</source>
        <translation>Die Personen hinzufügen, die annotieren werden (Arbeit ▸ Personen)</translation>
    </message>
    <message>
        <source>How many different people label each item</source>
        <translation>Wie viele verschiedene Personen jedes Element annotieren</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of gold tasks mixed into each queue, unseen by the annotator</source>
        <translation>Der Anteil der Goldaufgaben, die in jede Warteschlange gemischt werden, für den Annotator nicht erkennbar</translation>
    </message>
    <message>
        <source>project order (shuffled per queue)</source>
        <translation>Projektreihenfolge (je Warteschlange gemischt)</translation>
    </message>
    <message>
        <source>least confident pre-label first</source>
        <translation>Vorab-Label mit geringster Konfidenz zuerst</translation>
    </message>
    <message>
        <source>smallest margin between the top two first</source>
        <translation>kleinster Abstand zwischen den zwei besten zuerst</translation>
    </message>
    <message>
        <source>Ordering by uncertainty needs imported pre-labels with scores</source>
        <translation>Die Ordnung nach Unsicherheit braucht importierte Vorab-Labels mit Scores</translation>
    </message>
    <message>
        <source>Acceptance criteria: Krippendorff&apos;s alpha, gold accuracy, the share of items below the item threshold; empty: none</source>
        <translation>Abnahmekriterien: Krippendorffs Alpha, Goldgenauigkeit, Anteil der Elemente unter der Elementschwelle; leer: keine</translation>
    </message>
    <message>
        <source>&amp;Preview Queues</source>
        <translation>&amp;Vorschau der Warteschlangen</translation>
    </message>
    <message>
        <source>Plan the queues without recording anything (Ctrl+P)</source>
        <translation>Die Warteschlangen planen, ohne etwas aufzuzeichnen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Press Preview Queues to see each person&apos;s queue before the batch is made.</source>
        <translation>Klicken Sie auf „Vorschau der Warteschlangen“, um die Warteschlange jeder Person zu sehen, bevor der Stapel angelegt wird.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Queue (G: gold)</source>
        <translation>Warteschlange (G: Gold)</translation>
    </message>
    <message>
        <source>&amp;Create Batch</source>
        <translation>Stapel an&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation>&amp;Annotatoren:</translation>
    </message>
    <message>
        <source>&amp;Gold rate:</source>
        <translation>&amp;Goldanteil:</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>Ü&amp;berlappung:</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Acceptance &amp;criteria:</source>
        <translation>Abnahme&amp;kriterien:</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>Gold rate</source>
        <translation>Goldanteil</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%v of %m tasks done</source>
        <translation>%v von %m Aufgaben erledigt</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>why (required to reject; kept in the log)</source>
        <translation>Begründung (zum Ablehnen nötig; wird protokolliert)</translation>
    </message>
    <message>
        <source>&amp;Accept Batch</source>
        <translation>Stapel &amp;annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject Batch…</source>
        <translation>Stapel a&amp;blehnen…</translation>
    </message>
    <message>
        <source>Acceptance criteria and this batch&apos;s figures:</source>
        <translation>Abnahmekriterien und Kennzahlen dieses Stapels:</translation>
    </message>
    <message>
        <source>Nobody in the project is an annotator yet: add the people who will label.</source>
        <translation>Noch ist niemand im Projekt Annotator: Fügen Sie die Personen hinzu, die annotieren werden.</translation>
    </message>
    <message>
        <source>Tick who works this batch.</source>
        <translation>Wählen Sie aus, wer an diesem Stapel arbeitet.</translation>
    </message>
    <message>
        <source>give the batch a name</source>
        <translation>geben Sie dem Stapel einen Namen</translation>
    </message>
    <message>
        <source>tick at least one annotator</source>
        <translation>wählen Sie mindestens einen Annotator aus</translation>
    </message>
    <message>
        <source>list the items, one a line</source>
        <translation>führen Sie die Elemente auf, eines je Zeile</translation>
    </message>
    <message>
        <source>Record the batch exactly as previewed (Ctrl+Enter)</source>
        <translation>Den Stapel genau wie in der Vorschau aufzeichnen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Preview the queues first: the batch made is the one previewed</source>
        <translation>Zuerst die Vorschau der Warteschlangen ansehen: Angelegt wird der Stapel aus der Vorschau</translation>
    </message>
    <message>
        <source>G: %1</source>
        <translation>G: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n production item(s), each to %1 person(s); %2 gold item(s) to draw from. Nothing is recorded until Create Batch.</source>
        <translation>
            <numerusform>%n Produktionselement, jeweils an %1 Person(en); %2 Goldelement(e) zur Auswahl. Aufgezeichnet wird erst mit „Stapel anlegen“.</numerusform>
            <numerusform>%n Produktionselemente, jeweils an %1 Person(en); %2 Goldelement(e) zur Auswahl. Aufgezeichnet wird erst mit „Stapel anlegen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Accept the batch: its answers count</source>
        <translation>Den Stapel annehmen: Seine Antworten zählen</translation>
    </message>
    <message>
        <source>Reject the batch: its tasks are re-queued as a new batch</source>
        <translation>Den Stapel ablehnen: Seine Aufgaben werden als neuer Stapel erneut eingereiht</translation>
    </message>
    <message>
        <source>Say why in the field above: a rejection needs a reason</source>
        <translation>Begründen Sie es im Feld oben: Eine Ablehnung braucht einen Grund</translation>
    </message>
    <message>
        <source>No batches yet: make the first one on the New Batch tab.</source>
        <translation>Noch keine Stapel: Legen Sie den ersten auf der Registerkarte „Neuer Stapel“ an.</translation>
    </message>
    <message>
        <source>Select a batch.</source>
        <translation>Wählen Sie einen Stapel aus.</translation>
    </message>
    <message>
        <source>Select a batch first</source>
        <translation>Wählen Sie zuerst einen Stapel aus</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>%1 of %2 tasks done</source>
        <translation>%1 von %2 Aufgaben erledigt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 von %3 erledigt</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message numerus="yes">
        <source>on %n item(s)</source>
        <translation>
            <numerusform>zu %n Element</numerusform>
            <numerusform>zu %n Elementen</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorffs Alpha</translation>
    </message>
    <message>
        <source>gold accuracy</source>
        <translation>Goldgenauigkeit</translation>
    </message>
    <message numerus="yes">
        <source>over %n gold task(s)</source>
        <translation>
            <numerusform>über %n Goldaufgabe</numerusform>
            <numerusform>über %n Goldaufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>no gold task of this batch is done yet</source>
        <translation>noch keine Goldaufgabe dieses Stapels ist erledigt</translation>
    </message>
    <message>
        <source>alpha –: %1</source>
        <translation>Alpha –: %1</translation>
    </message>
    <message>
        <source>gold accuracy –: no gold task of this batch is done yet</source>
        <translation>Goldgenauigkeit –: noch keine Goldaufgabe dieses Stapels ist erledigt</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>the value is outside the bound</source>
        <translation>der Wert liegt außerhalb der Grenze</translation>
    </message>
    <message>
        <source>criterion: %1</source>
        <translation>Kriterium: %1</translation>
    </message>
    <message>
        <source>The batch has no acceptance criteria: decide on the figures above.</source>
        <translation>Der Stapel hat keine Abnahmekriterien: Entscheiden Sie anhand der Kennzahlen oben.</translation>
    </message>
    <message>
        <source>Every criterion passes.</source>
        <translation>Alle Kriterien sind erfüllt.</translation>
    </message>
    <message>
        <source>Not every criterion passes.</source>
        <translation>Nicht alle Kriterien sind erfüllt.</translation>
    </message>
    <message>
        <source>This batch was already %1</source>
        <translation>Dieser Stapel hat bereits den Status %1</translation>
    </message>
    <message>
        <source>Say why the batch is rejected.</source>
        <translation>Begründen Sie, warum der Stapel abgelehnt wird.</translation>
    </message>
    <message>
        <source>Poo&amp;led: annotators lease tasks from the server</source>
        <translation>Mit P&amp;ool: Annotatoren lassen sich Aufgaben vom Server zuteilen</translation>
    </message>
    <message>
        <source>No planned queues: each annotator takes tasks from a PostgreSQL server (assay lease) for a while; gold is mixed into what each person leases at the gold rate</source>
        <translation>Keine geplanten Warteschlangen: Jeder Annotator übernimmt eine Zeit lang Aufgaben von einem PostgreSQL-Server (assay lease); Gold wird gemäß dem Goldanteil unter das gemischt, was jeder Person zugeteilt wird</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long a lease lasts before its task returns to the pool</source>
        <translation>Wie lange eine Zuteilung dauert, bevor ihre Aufgabe in den Pool zurückkehrt</translation>
    </message>
    <message>
        <source>Lease &amp;lasts:</source>
        <translation>Zuteilung &amp;dauert:</translation>
    </message>
    <message>
        <source>Handing out:</source>
        <translation>Verteilung:</translation>
    </message>
    <message>
        <source>Where an answer rejected in review goes to be done again; the reviewer&apos;s reason goes with it</source>
        <translation>Wohin eine in der Prüfung abgelehnte Antwort zur erneuten Bearbeitung geht; der Grund des Prüfers geht mit</translation>
    </message>
    <message>
        <source>Re&amp;jected in review, redone by:</source>
        <translation>In der Prüfung abgelehnt, &amp;wiederholt von:</translation>
    </message>
    <message>
        <source>their annotator</source>
        <translation>ihr Annotator</translation>
    </message>
    <message>
        <source>the least-loaded other annotator</source>
        <translation>der am wenigsten ausgelastete andere Annotator</translation>
    </message>
    <message>
        <source>another annotator: %1</source>
        <translation>ein anderer Annotator: %1</translation>
    </message>
    <message>
        <source>(the pool)</source>
        <translation>(der Pool)</translation>
    </message>
    <message numerus="yes">
        <source>A pool of %n production item(s), each for %1 person(s), and %2 gold item(s) mixed in at the rate as people lease; leases last %3 min. Nothing is recorded until Create Batch.</source>
        <translation>
            <numerusform>Ein Pool aus %n Produktionselement, jeweils für %1 Person(en), und %2 Goldelement(e), die bei der Zuteilung gemäß dem Goldanteil eingestreut werden; Zuteilungen dauern %3 min. Aufgezeichnet wird erst mit „Stapel anlegen“.</numerusform>
            <numerusform>Ein Pool aus %n Produktionselementen, jeweils für %1 Person(en), und %2 Goldelement(e), die bei der Zuteilung gemäß dem Goldanteil eingestreut werden; Zuteilungen dauern %3 min. Aufgezeichnet wird erst mit „Stapel anlegen“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::app::CalibrationDebriefDialog</name>
    <message>
        <source>Calibration Debrief</source>
        <translation>Kalibrierungsnachbesprechung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Box F1</source>
        <translation>Box-F1</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>Je Klasse</translation>
    </message>
    <message>
        <source>%1 has no calibration debrief yet: it comes after the last attempt of a session, or once passed</source>
        <translation>%1 hat noch keine Kalibrierungsnachbesprechung: Sie folgt nach dem letzten Versuch einer Sitzung oder nach dem Bestehen</translation>
    </message>
    <message>
        <source>Calibration Debrief — %1, %2</source>
        <translation>Kalibrierungsnachbesprechung — %1, %2</translation>
    </message>
    <message>
        <source>%1: %2 at attempt %3 — accuracy %4 (pass mark %5), box F1 %6 (pass mark %7)</source>
        <translation>%1: %2 bei Versuch %3 — Genauigkeit %4 (Bestehensgrenze %5), Box-F1 %6 (Bestehensgrenze %7)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n Box</numerusform>
            <numerusform>%n Boxen</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ richtig</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ falsch</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(no explanation)</source>
        <translation>(keine Erklärung)</translation>
    </message>
    <message>
        <source>Guideline section: %1</source>
        <translation>Richtlinienabschnitt: %1</translation>
    </message>
</context>
<context>
    <name>assay::app::CalibrationResultsView</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Box F1</source>
        <translation>Box-F1</translation>
    </message>
    <message>
        <source>Why not ready</source>
        <translation>Warum nicht bereit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>How the cohort answered</source>
        <translation>Wie die Gruppe geantwortet hat</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Guideline section</source>
        <translation>Richtlinienabschnitt</translation>
    </message>
    <message>
        <source>Apply the Session&apos;s &amp;Rule</source>
        <translation>&amp;Regel der Sitzung anwenden</translation>
    </message>
    <message>
        <source>&amp;Debrief of Selected…</source>
        <translation>&amp;Nachbesprechung der Auswahl…</translation>
    </message>
    <message>
        <source>Calibration Results</source>
        <translation>Kalibrierungsergebnisse</translation>
    </message>
    <message>
        <source>Judge every finished attempt: record passes (lifting the recalibration gate), queue retries with hints, release debriefs</source>
        <translation>Jeden abgeschlossenen Versuch beurteilen: Bestehen aufzeichnen (hebt die Neukalibrierungssperre auf), Wiederholungen mit Hinweisen einreihen, Nachbesprechungen freigeben</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (geschlossen)</translation>
    </message>
    <message>
        <source>no calibration session yet</source>
        <translation>noch keine Kalibrierungssitzung</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 ready — pass mark: accuracy %3, box F1 %4; %n attempt(s) allowed</source>
        <translation>
            <numerusform>%1 von %2 bereit — Bestehensgrenze: Genauigkeit %3, Box-F1 %4; %n Versuch erlaubt</numerusform>
            <numerusform>%1 von %2 bereit — Bestehensgrenze: Genauigkeit %3, Box-F1 %4; %n Versuche erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>to judge</source>
        <translation>zu beurteilen</translation>
    </message>
    <message>
        <source>working</source>
        <translation>in Arbeit</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n Box</numerusform>
            <numerusform>%n Boxen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cohort with each other:&lt;/b&gt; Krippendorff&apos;s α %1, mean pairwise Cohen&apos;s κ %2 (%3 pairs), pairwise box F1 %4 &amp;nbsp;&amp;nbsp; &lt;b&gt;with the reference:&lt;/b&gt; accuracy %5, mean κ %6, box F1 %7</source>
        <translation>&lt;b&gt;Gruppe untereinander:&lt;/b&gt; Krippendorffs α %1, mittleres paarweises Cohens κ %2 (%3 Paare), paarweises Box-F1 %4 &amp;nbsp;&amp;nbsp; &lt;b&gt;mit der Referenz:&lt;/b&gt; Genauigkeit %5, mittleres κ %6, Box-F1 %7</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 wrong) → guideline %4</source>
        <translation>%1 (%2 von %3 falsch) → Richtlinie %4</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(kein Abschnitt)</translation>
    </message>
    <message>
        <source>No item was missed by most of the cohort.</source>
        <translation>Kein Element wurde von der Mehrheit der Gruppe verfehlt.</translation>
    </message>
    <message>
        <source>Most missed — guideline sections to look at: %1</source>
        <translation>Am häufigsten verfehlt — zu prüfende Richtlinienabschnitte: %1</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
</context>
<context>
    <name>assay::app::CitationsDialog</name>
    <message>
        <source>Guideline Citations</source>
        <translation>Zitierte Richtlinienabschnitte</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Double-click a section for the items whose flags or rejections cite it</source>
        <translation>Doppelklicken Sie auf einen Abschnitt, um die Elemente zu sehen, deren Markierungen oder Ablehnungen ihn zitieren</translation>
    </message>
    <message>
        <source>The sections annotators&apos; flags and reviewers&apos; rejections cite, most cited first: the places where the guideline confuses people.</source>
        <translation>Die Abschnitte, die Markierungen der Annotatoren und Ablehnungen der Prüfer zitieren, die meistzitierten zuerst: die Stellen, an denen die Richtlinie verwirrt.</translation>
    </message>
    <message>
        <source>Items citing %1</source>
        <translation>Elemente, die %1 zitieren</translation>
    </message>
    <message>
        <source>%1 (no longer in the guideline)</source>
        <translation>%1 (nicht mehr in der Richtlinie)</translation>
    </message>
    <message>
        <source>No flag or rejection cites a section yet.</source>
        <translation>Noch keine Markierung oder Ablehnung zitiert einen Abschnitt.</translation>
    </message>
</context>
<context>
    <name>assay::app::ClassListEditor</name>
    <message>
        <source>&amp;Add Class</source>
        <translation>Klasse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>a class name, e.g. cat; Enter adds it</source>
        <translation>ein Klassenname, z. B. Katze; Eingabe fügt ihn hinzu</translation>
    </message>
    <message>
        <source>Rename Class</source>
        <translation>Klasse umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>%1  (key %2)</source>
        <translation>%1  (Taste %2)</translation>
    </message>
    <message>
        <source>Add the class named on the left (Enter)</source>
        <translation>Die links eingegebene Klasse hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Rename the selected class</source>
        <translation>Die ausgewählte Klasse umbenennen</translation>
    </message>
    <message>
        <source>Remove the selected class (answers keep it; a new taxonomy version)</source>
        <translation>Die ausgewählte Klasse entfernen (Antworten behalten sie; eine neue Taxonomieversion)</translation>
    </message>
</context>
<context>
    <name>assay::app::ClassSpreadChart</name>
    <message numerus="yes">
        <source>How the %n member(s) answered</source>
        <translation>
            <numerusform>Wie das %n Mitglied geantwortet hat</numerusform>
            <numerusform>Wie die %n Mitglieder geantwortet haben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classes drawn by the %n member(s)</source>
        <translation>
            <numerusform>Vom %n Mitglied gezeichnete Klassen</numerusform>
            <numerusform>Von den %n Mitgliedern gezeichnete Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 box(es) drawn; the reference has %2</source>
        <translation>%1 Box(en) gezeichnet; die Referenz hat %2</translation>
    </message>
    <message>
        <source>green: the reference</source>
        <translation>grün: die Referenz</translation>
    </message>
</context>
<context>
    <name>assay::app::CohortOverlay</name>
    <message>
        <source>Select an item</source>
        <translation>Wählen Sie ein Element aus</translation>
    </message>
    <message>
        <source>No image for this item</source>
        <translation>Kein Bild für dieses Element</translation>
    </message>
    <message>
        <source>Labelled by class: the spread of answers is beside</source>
        <translation>Nach Klasse beschriftet: Die Verteilung der Antworten steht daneben</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::app::DebriefCanvas</name>
    <message>
        <source>No boxes on this item</source>
        <translation>Keine Boxen auf diesem Element</translation>
    </message>
    <message>
        <source>solid green: reference   dashed orange: yours</source>
        <translation>durchgehend grün: Referenz   gestrichelt orange: Ihre</translation>
    </message>
</context>
<context>
    <name>assay::app::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Final labels only (done tasks of accepted batches)</source>
        <translation>&amp;Nur endgültige Labels (erledigte Aufgaben angenommener Stapel)</translation>
    </message>
    <message>
        <source>&amp;Everything: every annotation, imported ones too, and every image</source>
        <translation>A&amp;lles: jede Annotation, auch importierte, und jedes Bild</translation>
    </message>
    <message>
        <source>&amp;Indent JSON</source>
        <translation>JSON &amp;einrücken</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <source>The format the other tool reads</source>
        <translation>Das Format, das das andere Werkzeug liest</translation>
    </message>
    <message>
        <source>Choose where to write</source>
        <translation>Wählen, wohin geschrieben wird</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>One answer per item: the consensus of its annotators, from batches a lead accepted</source>
        <translation>Eine Antwort je Element: der Konsens seiner Annotatoren, aus angenommenen Stapeln</translation>
    </message>
    <message>
        <source>Every annotation with its annotator, and images without labels too</source>
        <translation>Jede Annotation mit ihrem Annotator, auch Bilder ohne Labels</translation>
    </message>
    <message>
        <source>Readable, larger files; off writes one line, as most training tools expect</source>
        <translation>Lesbare, größere Dateien; aus: eine Zeile, wie die meisten Trainingswerkzeuge es erwarten</translation>
    </message>
    <message>
        <source>Labels only: media files are not copied. A manifest beside the output records the project&apos;s state, the versions and the SHA-256 of every file.</source>
        <translation>Nur Labels: Mediendateien werden nicht kopiert. Ein Manifest neben der Ausgabe hält den Stand des Projekts, die Versionen und den SHA-256 jeder Datei fest.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Write the files and the manifest</source>
        <translation>Die Dateien und das Manifest schreiben</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>&amp;Ausgabeordner:</translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation>&amp;Ausgabedatei:</translation>
    </message>
    <message>
        <source>The folder to write into: one label file per image, and manifest.json</source>
        <translation>Der Zielordner: eine Labeldatei je Bild und manifest.json</translation>
    </message>
    <message>
        <source>The file to write; the manifest is written beside it (…manifest.json)</source>
        <translation>Die Zieldatei; das Manifest wird daneben geschrieben (…manifest.json)</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export To File</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation>%1 (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is a file; this format writes into a folder.</source>
        <translation>%1 ist eine Datei; dieses Format schreibt in einen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Files of the same names will be replaced. Export into it?</source>
        <translation>Der Ordner %1 ist nicht leer. Gleichnamige Dateien werden ersetzt. Trotzdem dorthin exportieren?</translation>
    </message>
    <message>
        <source>%1 is a folder; this format writes one file. Add a file name.</source>
        <translation>%1 ist ein Ordner; dieses Format schreibt eine Datei. Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert. Ersetzen?</translation>
    </message>
    <message>
        <source>Cancelling: removing the files written so far…</source>
        <translation>Wird abgebrochen: die bisher geschriebenen Dateien werden entfernt…</translation>
    </message>
    <message>
        <source>The export was cancelled; the files written so far were removed.</source>
        <translation>Der Export wurde abgebrochen; die bisher geschriebenen Dateien wurden entfernt.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The dataset could not be exported to %1.</source>
        <translation>Der Datensatz konnte nicht nach %1 exportiert werden.</translation>
    </message>
    <message>
        <source>Exported %1 images with %2 boxes to %3.</source>
        <translation>%1 Bilder mit %2 Boxen nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 items with %2 class labels to %3.</source>
        <translation>%1 Elemente mit %2 Klassenlabels nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 images with %2 boxes and %3 class labels to %4.</source>
        <translation>%1 Bilder mit %2 Boxen und %3 Klassenlabels nach %4 exportiert.</translation>
    </message>
    <message>
        <source>Everything: every annotation and every image.</source>
        <translation>Alles: jede Annotation und jedes Bild.</translation>
    </message>
    <message>
        <source>Final labels of accepted batches only.</source>
        <translation>Nur endgültige Labels angenommener Stapel.</translation>
    </message>
    <message>
        <source>%1 annotations were left out: not final yet (not done, batch not accepted, or imported). “Everything” exports them.</source>
        <translation>%1 Annotationen wurden ausgelassen: noch nicht endgültig (nicht erledigt, Stapel nicht angenommen oder importiert). „Alles“ exportiert sie.</translation>
    </message>
    <message>
        <source>%1 items without a class label: their annotators tied.</source>
        <translation>%1 Elemente ohne Klassenlabel: ihre Annotatoren standen gleich.</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifest: %1</translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation>Geschriebene Dateien:</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
</context>
<context>
    <name>assay::app::FirstRunWizard</name>
    <message>
        <source>Set Up the Project</source>
        <translation>Projekt einrichten</translation>
    </message>
    <message>
        <source>&amp;Create Batch and Finish</source>
        <translation>Stapel an&amp;legen und fertigstellen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Who labels, reviews and leads. Each person signs in with their own key; what they may do follows from their roles.</source>
        <translation>Wer annotiert, prüft und leitet. Jede Person meldet sich mit ihrem eigenen Schlüssel an; was sie darf, ergibt sich aus ihren Rollen.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>none yet: cannot sign in</source>
        <translation>noch keiner: keine Anmeldung möglich</translation>
    </message>
    <message>
        <source>Add a person with their roles and key</source>
        <translation>Eine Person mit ihren Rollen und ihrem Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>The labels people choose from. Each gets a colour and a hotkey; renaming or removing one later makes a new taxonomy version.</source>
        <translation>Die Labels, aus denen gewählt wird. Jedes bekommt eine Farbe und ein Tastenkürzel; späteres Umbenennen oder Entfernen erzeugt eine neue Taxonomieversion.</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Images, text documents and audio clips. Files stay where they are; the project keeps their hashes, so a changed file is noticed.</source>
        <translation>Bilder, Textdokumente und Audioclips. Die Dateien bleiben, wo sie sind; das Projekt speichert ihre Hashes, sodass eine geänderte Datei bemerkt wird.</translation>
    </message>
    <message>
        <source>Add Media &amp;Folder…</source>
        <translation>Medien&amp;ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add Media F&amp;iles…</source>
        <translation>Medien&amp;dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Every media file in a folder and its subfolders (Ctrl+Shift+F)</source>
        <translation>Alle Mediendateien eines Ordners und seiner Unterordner (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Chosen media files (Ctrl+Shift+A)</source>
        <translation>Ausgewählte Mediendateien (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Add Media Folder</source>
        <translation>Medienordner hinzufügen</translation>
    </message>
    <message>
        <source>Add Media Files</source>
        <translation>Mediendateien hinzufügen</translation>
    </message>
    <message>
        <source>No items yet: add a folder or files above.</source>
        <translation>Noch keine Elemente: Fügen Sie oben einen Ordner oder Dateien hinzu.</translation>
    </message>
    <message>
        <source>The project has %1 item(s).</source>
        <translation>Das Projekt hat %1 Element(e).</translation>
    </message>
    <message>
        <source>First Batch</source>
        <translation>Erster Stapel</translation>
    </message>
    <message>
        <source>A batch hands the items out: each goes to as many annotators as the overlap says. Work ▸ Batches has every option and a preview.</source>
        <translation>Ein Stapel verteilt die Elemente: Jedes geht an so viele Annotatoren, wie die Überlappung angibt. Arbeit ▸ Stapel bietet alle Optionen und eine Vorschau.</translation>
    </message>
    <message>
        <source>first batch</source>
        <translation>erster Stapel</translation>
    </message>
    <message>
        <source>How many different people label each item</source>
        <translation>Wie viele verschiedene Personen jedes Element annotieren</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Gold needs gold items: mark some while labeling (Ctrl+M) and set the rate in a later batch</source>
        <translation>Gold braucht Goldelemente: Markieren Sie beim Annotieren einige (Ctrl+M) und legen Sie den Anteil in einem späteren Stapel fest</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation>&amp;Annotatoren:</translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation>Ü&amp;berlappung:</translation>
    </message>
    <message>
        <source>&amp;Gold rate:</source>
        <translation>&amp;Goldanteil:</translation>
    </message>
    <message>
        <source>Only you can label so far: go Back to add people, or label yourself.</source>
        <translation>Bisher können nur Sie annotieren: Gehen Sie zurück, um Personen hinzuzufügen, oder annotieren Sie selbst.</translation>
    </message>
    <message>
        <source>Tick who works this batch.</source>
        <translation>Wählen Sie aus, wer an diesem Stapel arbeitet.</translation>
    </message>
    <message>
        <source>Tick at least one annotator.</source>
        <translation>Wählen Sie mindestens einen Annotator aus.</translation>
    </message>
    <message>
        <source>add at least one class: people label with these</source>
        <translation>fügen Sie mindestens eine Klasse hinzu: Mit ihnen wird annotiert</translation>
    </message>
    <message>
        <source>Media (%1);;All files (*)</source>
        <translation>Medien (%1);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>assay::app::FlagsDialog</name>
    <message>
        <source>Back to the annotator&apos;s &amp;queue</source>
        <translation>Zurück in die &amp;Warteschlange des Annotators</translation>
    </message>
    <message>
        <source>&amp;Done as it is</source>
        <translation>&amp;Erledigt, wie es ist</translation>
    </message>
    <message>
        <source>&amp;Resolve Flag</source>
        <translation>Markierung &amp;auflösen</translation>
    </message>
    <message>
        <source>Flagged Tasks</source>
        <translation>Markierte Aufgaben</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>The annotator labels it again, with your note beside the flag</source>
        <translation>Der Annotator annotiert es erneut, mit Ihrer Notiz neben der Markierung</translation>
    </message>
    <message>
        <source>The annotator&apos;s answer stands as it is</source>
        <translation>Die Antwort des Annotators bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>a note for the annotator and the guideline authors</source>
        <translation>eine Notiz für den Annotator und die Richtlinienautoren</translation>
    </message>
    <message>
        <source>Resolve:</source>
        <translation>Auflösen:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Flagged without a reason</source>
        <translation>Ohne Grund markiert</translation>
    </message>
    <message>
        <source>No flagged tasks. Annotators flag an unclear item with F while labeling; it waits here for a lead.</source>
        <translation>Keine markierten Aufgaben. Annotatoren melden ein unklares Element beim Annotieren mit F; es wartet hier auf eine Leitung.</translation>
    </message>
    <message>
        <source>Resolve the selected flag as chosen above (Ctrl+Enter)</source>
        <translation>Die ausgewählte Markierung wie oben gewählt auflösen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No flag is selected</source>
        <translation>Keine Markierung ausgewählt</translation>
    </message>
</context>
<context>
    <name>assay::app::GoldDialog</name>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation>Einstellungen s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Edit Reference…</source>
        <translation>Referenz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Gold Items</source>
        <translation>Goldelemente</translation>
    </message>
    <message>
        <source>A person&apos;s rolling accuracy is over this many latest gold answers</source>
        <translation>Die gleitende Genauigkeit einer Person wird über so viele der letzten Goldantworten berechnet</translation>
    </message>
    <message>
        <source>An answer passes, and a person stays in production, at this accuracy or above</source>
        <translation>Eine Antwort besteht, und eine Person bleibt in Produktion, ab dieser Genauigkeit</translation>
    </message>
    <message>
        <source>No verdict on a person before this many gold answers</source>
        <translation>Kein Urteil über eine Person vor so vielen Goldantworten</translation>
    </message>
    <message>
        <source>How people answered the selected item:</source>
        <translation>Wie Personen das ausgewählte Element beantwortet haben:</translation>
    </message>
    <message>
        <source>Gold gate</source>
        <translation>Goldsperre</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Schwelle:</translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation>&amp;Minimum:</translation>
    </message>
    <message>
        <source>The gold rate is set per batch (Work ▸ Batches).</source>
        <translation>Der Goldanteil wird je Stapel festgelegt (Arbeit ▸ Stapel).</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n Box</numerusform>
            <numerusform>%n Boxen</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>No gold items yet. While labeling, Work ▸ Mark as Gold (Ctrl+M) makes the item gold with your answer as its reference.</source>
        <translation>Noch keine Goldelemente. Beim Annotieren macht Arbeit ▸ Als Gold markieren (Ctrl+M) das Element zu Gold, mit Ihrer Antwort als Referenz.</translation>
    </message>
    <message numerus="yes">
        <source>%n gold item(s). Gold tasks are mixed into queues at each batch&apos;s gold rate, looking like any other task.</source>
        <translation>
            <numerusform>%n Goldelement. Goldaufgaben werden mit dem Goldanteil des jeweiligen Stapels in die Warteschlangen gemischt und sehen aus wie jede andere Aufgabe.</numerusform>
            <numerusform>%n Goldelemente. Goldaufgaben werden mit dem Goldanteil des jeweiligen Stapels in die Warteschlangen gemischt und sehen aus wie jede andere Aufgabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered it yet</source>
        <translation>Noch niemand hat es beantwortet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Record the gold gate&apos;s settings for the whole project</source>
        <translation>Die Einstellungen der Goldsperre für das ganze Projekt aufzeichnen</translation>
    </message>
    <message>
        <source>A gold answer cannot be taken back in this version: edit its reference instead</source>
        <translation>Eine Goldantwort lässt sich in dieser Version nicht zurücknehmen: Bearbeiten Sie stattdessen ihre Referenz</translation>
    </message>
    <message>
        <source>Choose the reference classes of the selected item</source>
        <translation>Die Referenzklassen des ausgewählten Elements wählen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Not scored: answered before the item was gold</source>
        <translation>Nicht bewertet: beantwortet, bevor das Element Gold war</translation>
    </message>
    <message>
        <source>Reference Classes</source>
        <translation>Referenzklassen</translation>
    </message>
    <message numerus="yes">
        <source>The reference&apos;s %n box(es) stay as they are.</source>
        <translation>
            <numerusform>Die %n Box der Referenz bleibt, wie sie ist.</numerusform>
            <numerusform>Die %n Boxen der Referenz bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::app::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
    <message>
        <source>&amp;Reference file:</source>
        <translation>&amp;Referenzdatei:</translation>
    </message>
    <message>
        <source>&amp;Kind of items:</source>
        <translation>&amp;Art der Elemente:</translation>
    </message>
    <message>
        <source>&amp;Add missing classes to the taxonomy</source>
        <translation>Fehlende &amp;Klassen zur Taxonomie hinzufügen</translation>
    </message>
    <message>
        <source>Clip bo&amp;xes to the image</source>
        <translation>&amp;Boxen auf das Bild zuschneiden</translation>
    </message>
    <message>
        <source>Keep COCO crowd re&amp;gions as boxes</source>
        <translation>COCO-&amp;Gruppenregionen als Boxen behalten</translation>
    </message>
    <message>
        <source>Import as &amp;pre-labels (model predictions)</source>
        <translation>Als &amp;Vorab-Labels importieren (Modellvorhersagen)</translation>
    </message>
    <message>
        <source>Import Labels</source>
        <translation>Labels importieren</translation>
    </message>
    <message>
        <source>A labels file, or a YOLO or VOC folder</source>
        <translation>Eine Labeldatei oder ein YOLO- oder VOC-Ordner</translation>
    </message>
    <message>
        <source>COCO, Label Studio, CVAT, CSV or JSON Lines file; YOLO or Pascal VOC folder</source>
        <translation>COCO-, Label-Studio-, CVAT-, CSV- oder JSON-Lines-Datei; YOLO- oder Pascal-VOC-Ordner</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>Choose a labels file</source>
        <translation>Eine Labeldatei wählen</translation>
    </message>
    <message>
        <source>Fol&amp;der…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>Choose a dataset folder (YOLO, Pascal VOC)</source>
        <translation>Einen Datensatzordner wählen (YOLO, Pascal VOC)</translation>
    </message>
    <message>
        <source>Auto (recognised)</source>
        <translation>Automatisch (erkannt)</translation>
    </message>
    <message>
        <source>Auto reads the file or folder to tell its format</source>
        <translation>Automatisch liest die Datei oder den Ordner, um das Format zu erkennen</translation>
    </message>
    <message>
        <source>The dataset&apos;s folder</source>
        <translation>Der Ordner des Datensatzes</translation>
    </message>
    <message>
        <source>Where the dataset&apos;s images and documents are; relative paths in the file are read from here</source>
        <translation>Wo die Bilder und Dokumente des Datensatzes liegen; relative Pfade der Datei werden von hier gelesen</translation>
    </message>
    <message>
        <source>Choose the media folder</source>
        <translation>Den Medienordner wählen</translation>
    </message>
    <message>
        <source>The COCO instances file the results refer to</source>
        <translation>Die COCO-Instanzendatei, auf die sich die Ergebnisse beziehen</translation>
    </message>
    <message>
        <source>COCO results name images and categories by id: the instances file gives their names and files</source>
        <translation>COCO-Ergebnisse nennen Bilder und Kategorien nur per ID: die Instanzendatei liefert Namen und Dateien</translation>
    </message>
    <message>
        <source>Choose the COCO instances file</source>
        <translation>Die COCO-Instanzendatei wählen</translation>
    </message>
    <message>
        <source>From each file&apos;s extension</source>
        <translation>Nach der Endung jeder Datei</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Text documents</source>
        <translation>Textdokumente</translation>
    </message>
    <message>
        <source>Audio clips</source>
        <translation>Audioclips</translation>
    </message>
    <message>
        <source>CSV and JSON Lines: the kind of every item</source>
        <translation>CSV und JSON Lines: die Art jedes Elements</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Media folder:</source>
        <translation>&amp;Medienordner:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Classes the taxonomy lacks become new classes. Off: a file that names unknown classes is not imported at all.</source>
        <translation>Klassen, die der Taxonomie fehlen, werden neu angelegt. Aus: eine Datei mit unbekannten Klassen wird gar nicht importiert.</translation>
    </message>
    <message>
        <source>Boxes that cross the image border are cut at the border (they are reported either way)</source>
        <translation>Boxen, die über den Bildrand reichen, werden am Rand abgeschnitten (gemeldet werden sie in jedem Fall)</translation>
    </message>
    <message>
        <source>COCO regions marked iscrowd=1 are skipped and counted unless this is on</source>
        <translation>COCO-Regionen mit iscrowd=1 werden übersprungen und gezählt, wenn dies aus ist</translation>
    </message>
    <message>
        <source>Predictions are kept as suggestions for annotators, with their scores, not as anyone&apos;s labels</source>
        <translation>Vorhersagen werden als Vorschläge für Annotatoren mit ihren Scores gespeichert, nicht als Labels einer Person</translation>
    </message>
    <message>
        <source>Model name (default: the file&apos;s name)</source>
        <translation>Modellname (Standard: der Dateiname)</translation>
    </message>
    <message>
        <source>The name the suggestions are shown under</source>
        <translation>Der Name, unter dem die Vorschläge erscheinen</translation>
    </message>
    <message>
        <source>Check (dry run) reads the file, matches its media and classes, and reports what an import would do, without changing the project.</source>
        <translation>Prüfen (Probelauf) liest die Datei, ordnet Medien und Klassen zu und berichtet, was ein Import täte, ohne das Projekt zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Prüfen (Probelauf)</translation>
    </message>
    <message>
        <source>Read, match and report; write nothing</source>
        <translation>Lesen, zuordnen und berichten; nichts schreiben</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import in one step: everything or, on an error or Cancel, nothing</source>
        <translation>In einem Schritt importieren: alles oder, bei einem Fehler oder Abbruch, nichts</translation>
    </message>
    <message>
        <source>Check res&amp;ult:</source>
        <translation>Prüf&amp;ergebnis:</translation>
    </message>
    <message>
        <source>Choose a Dataset Folder</source>
        <translation>Datensatzordner wählen</translation>
    </message>
    <message>
        <source>Choose a Labels File</source>
        <translation>Labeldatei wählen</translation>
    </message>
    <message>
        <source>Labels (*.json *.xml *.csv *.jsonl *.yaml *.yml *.txt);;All files (*)</source>
        <translation>Labels (*.json *.xml *.csv *.jsonl *.yaml *.yml *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the Media Folder</source>
        <translation>Medienordner wählen</translation>
    </message>
    <message>
        <source>Choose the COCO Instances File</source>
        <translation>COCO-Instanzendatei wählen</translation>
    </message>
    <message>
        <source>COCO JSON (*.json);;All files (*)</source>
        <translation>COCO-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recognising the format…</source>
        <translation>Format wird erkannt…</translation>
    </message>
    <message>
        <source>Recognised: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Not recognised: %1. Choose the format.</source>
        <translation>Nicht erkannt: %1. Wählen Sie das Format.</translation>
    </message>
    <message>
        <source>Check Import</source>
        <translation>Import prüfen</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>Prüfung wird abgebrochen…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is:
%1</source>
        <translation>Die Datei kann so nicht importiert werden:
%1</translation>
    </message>
    <message>
        <source>An import would stop: tick “Add missing classes to the taxonomy” to add them.</source>
        <translation>Ein Import würde abbrechen: kreuzen Sie „Fehlende Klassen zur Taxonomie hinzufügen“ an, um sie anzulegen.</translation>
    </message>
    <message>
        <source>Cancelling: the project is being rolled back to how it was…</source>
        <translation>Wird abgebrochen: das Projekt wird auf den vorigen Stand zurückgesetzt…</translation>
    </message>
    <message>
        <source>The import was cancelled and rolled back: nothing was imported, the project is as it was.</source>
        <translation>Der Import wurde abgebrochen und zurückgenommen: nichts wurde importiert, das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Tick “Add missing classes to the taxonomy” to add them and import.</source>
        <translation>Kreuzen Sie „Fehlende Klassen zur Taxonomie hinzufügen“ an, um sie anzulegen und zu importieren.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1; the project is unchanged.</source>
        <translation>Aus %1 wurde nichts importiert; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Imported %1 pre-labels from %2 as suggestions for annotators.</source>
        <translation>%1 Vorab-Labels aus %2 als Vorschläge für Annotatoren importiert.</translation>
    </message>
    <message>
        <source>Imported %1 boxes from %2.</source>
        <translation>%1 Boxen aus %2 importiert.</translation>
    </message>
    <message>
        <source>Imported %1 class labels from %2.</source>
        <translation>%1 Klassenlabels aus %2 importiert.</translation>
    </message>
    <message>
        <source>Imported %1 boxes and %2 class labels from %3.</source>
        <translation>%1 Boxen und %2 Klassenlabels aus %3 importiert.</translation>
    </message>
    <message>
        <source>Format: %1%2</source>
        <translation>Format: %1%2</translation>
    </message>
    <message>
        <source> (recognised)</source>
        <translation> (erkannt)</translation>
    </message>
    <message>
        <source>Items: %1 already in the project, %2 added.</source>
        <translation>Elemente: %1 bereits im Projekt, %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Classes added to the taxonomy: %1</source>
        <translation>Zur Taxonomie hinzugefügte Klassen: %1</translation>
    </message>
    <message>
        <source>%1 media files were not found; their %2 boxes and %3 labels were left out.</source>
        <translation>%1 Mediendateien wurden nicht gefunden; ihre %2 Boxen und %3 Labels wurden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 media files could not be added.</source>
        <translation>%1 Mediendateien konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 entries skipped (shapes without a box, crowd regions, invalid boxes).</source>
        <translation>%1 Einträge übersprungen (Formen ohne Box, Gruppenregionen, ungültige Boxen).</translation>
    </message>
    <message>
        <source>%1 warnings; see the details.</source>
        <translation>%1 Warnungen; siehe Details.</translation>
    </message>
    <message>
        <source>%1 boxes were clipped to their image.</source>
        <translation>%1 Boxen wurden auf ihr Bild zugeschnitten.</translation>
    </message>
    <message>
        <source>Annotators who are not people of the project, recorded for you: %1</source>
        <translation>Annotatoren, die keine Personen des Projekts sind, für Sie erfasst: %1</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
</context>
<context>
    <name>assay::app::ItemsDialog</name>
    <message>
        <source>%1: no items.</source>
        <translation>%1: keine Elemente.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s).</source>
        <translation>
            <numerusform>%1: %n Element.</numerusform>
            <numerusform>%1: %n Elemente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::app::LabelingPanel</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Submit this task and show the next</source>
        <translation>Diese Aufgabe abgeben und die nächste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Show the previous task</source>
        <translation>Die vorherige Aufgabe anzeigen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip this task</source>
        <translation>Diese Aufgabe überspringen</translation>
    </message>
    <message>
        <source>&amp;Flag…</source>
        <translation>&amp;Melden…</translation>
    </message>
    <message>
        <source>Flag this task for the guideline authors</source>
        <translation>Diese Aufgabe den Richtlinienautoren melden</translation>
    </message>
    <message>
        <source>Your queue is empty.</source>
        <translation>Ihre Warteschlange ist leer.</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>%1 has no tasks in this project.</source>
        <translation>%1 hat keine Aufgaben in diesem Projekt.</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>That was the last task of your queue.</source>
        <translation>Das war die letzte Aufgabe Ihrer Warteschlange.</translation>
    </message>
    <message>
        <source>Flag Task</source>
        <translation>Aufgabe melden</translation>
    </message>
    <message>
        <source>guideline unclear</source>
        <translation>Richtlinie unklar</translation>
    </message>
    <message>
        <source>bad media</source>
        <translation>Medium fehlerhaft</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>What should the guideline authors know?</source>
        <translation>Was sollten die Richtlinienautoren wissen?</translation>
    </message>
    <message>
        <source>Image class (one):</source>
        <translation>Bildklasse (eine):</translation>
    </message>
    <message>
        <source>Image classes (any number):</source>
        <translation>Bildklassen (beliebig viele):</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <source>Accept the selected suggestion of the model, or the best-scored one</source>
        <translation>Den ausgewählten Vorschlag des Modells annehmen, sonst den mit dem besten Score</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation>A&amp;lle Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Accept every suggestion of the model on this item (one undo step)</source>
        <translation>Alle Vorschläge des Modells für dieses Element annehmen (ein Schritt zum Rückgängigmachen)</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>Vorschlag a&amp;blehnen</translation>
    </message>
    <message>
        <source>Reject the selected suggestion of the model, or the best-scored one</source>
        <translation>Den ausgewählten Vorschlag des Modells ablehnen, sonst den mit dem besten Score</translation>
    </message>
    <message>
        <source>No suggestions left on this item.</source>
        <translation>Für dieses Element gibt es keine Vorschläge mehr.</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>Alle Vorschläge annehmen</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>%n Vorschlag angenommen.</numerusform>
            <numerusform>%n Vorschläge angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The class of the next box you draw: a class&apos;s hotkey changes it</source>
        <translation>Die Klasse des nächsten Rahmens, den Sie zeichnen: Das Tastenkürzel einer Klasse ändert sie</translation>
    </message>
    <message>
        <source>Back to the Image</source>
        <translation>Zurück zum Bild</translation>
    </message>
    <message>
        <source>Next box: no class</source>
        <translation>Nächster Rahmen: keine Klasse</translation>
    </message>
    <message>
        <source>Next box: %1 &lt;b&gt;%2&lt;/b&gt;%3</source>
        <extracomment>%1: a coloured square, %2: the class&apos;s name, %3: its hotkey in parentheses.</extracomment>
        <translation>Nächster Rahmen: %1 &lt;b&gt;%2&lt;/b&gt;%3</translation>
    </message>
    <message>
        <source>Only this skipped task is left in your queue.</source>
        <translation>Nur diese übersprungene Aufgabe ist in Ihrer Warteschlange übrig.</translation>
    </message>
    <message>
        <source>Nothing is labeled on this image. Press N again to submit it as having no objects.</source>
        <translation>Auf diesem Bild ist nichts beschriftet. Drücken Sie noch einmal N, um es ohne Objekte abzugeben.</translation>
    </message>
    <message>
        <source>No class is chosen. Press N again to submit it without one.</source>
        <translation>Keine Klasse gewählt. Drücken Sie noch einmal N, um ohne Klasse abzugeben.</translation>
    </message>
    <message>
        <source>Create a &amp;Batch…</source>
        <translation>&amp;Stapel anlegen…</translation>
    </message>
    <message>
        <source>Work ▸ Batches (Ctrl+Shift+B): hand items out to annotators</source>
        <translation>Arbeit ▸ Stapel (Ctrl+Shift+B): Elemente an Annotatoren verteilen</translation>
    </message>
    <message>
        <source>Mark as &amp;Gold</source>
        <translation>Als &amp;Gold markieren</translation>
    </message>
    <message>
        <source>Make this item gold, with your current answer as its reference</source>
        <translation>Dieses Element zu Gold machen, mit Ihrer aktuellen Antwort als Referenz</translation>
    </message>
    <message>
        <source>Put people, yourself included, in a batch to give them tasks.</source>
        <translation>Nehmen Sie Personen, auch sich selbst, in einen Stapel auf, um ihnen Aufgaben zu geben.</translation>
    </message>
    <message>
        <source>A lead puts you in a batch; your tasks appear here then.</source>
        <translation>Eine Leitung nimmt Sie in einen Stapel auf; Ihre Aufgaben erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Make this item gold, with your current answer as its reference (%1)</source>
        <translation>Dieses Element zu Gold machen, mit Ihrer aktuellen Antwort als Referenz (%1)</translation>
    </message>
    <message>
        <source>Label the item first: your answer becomes its gold reference.</source>
        <translation>Annotieren Sie das Element zuerst: Ihre Antwort wird seine Goldreferenz.</translation>
    </message>
    <message>
        <source>%1 is gold now, with your answer as its reference.</source>
        <translation>%1 ist jetzt Gold, mit Ihrer Antwort als Referenz.</translation>
    </message>
    <message>
        <source>The guideline section this flag is about; the authors see which sections are cited most</source>
        <translation>Der Richtlinienabschnitt, den diese Meldung betrifft; die Autoren sehen, welche Abschnitte am häufigsten angeführt werden</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>(kein Abschnitt)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Guideline &amp;section:</source>
        <translation>Richtlinienab&amp;schnitt:</translation>
    </message>
</context>
<context>
    <name>assay::app::MainWindow</name>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Items could not be loaded</source>
        <translation>Die Elemente konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Add Media Files…</source>
        <translation>&amp;Mediendateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add Media &amp;Folder…</source>
        <translation>Medien&amp;ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reload Items</source>
        <translation>Elemente neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Assay</source>
        <translation>Ü&amp;ber Assay</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Das Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 — Assay</source>
        <translation>%1 — Assay</translation>
    </message>
    <message>
        <source>Upgraded from schema %1; the old file is kept beside it.</source>
        <translation>Von Schema %1 aktualisiert; die alte Datei liegt daneben.</translation>
    </message>
    <message>
        <source>Assay</source>
        <translation>Assay</translation>
    </message>
    <message>
        <source>No project open — File ▸ Open Project (Ctrl+O) or New Project (Ctrl+N)</source>
        <translation>Kein Projekt geöffnet — Datei ▸ Projekt öffnen (Strg+O) oder Neues Projekt (Strg+N)</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Assay projects (*.assay)</source>
        <translation>Assay-Projekte (*.assay)</translation>
    </message>
    <message>
        <source>The project could not be created</source>
        <translation>Das Projekt konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Assay projects (*.assay);;All files (*)</source>
        <translation>Assay-Projekte (*.assay);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Media Folder</source>
        <translation>Medienordner hinzufügen</translation>
    </message>
    <message>
        <source>Add Media Files</source>
        <translation>Mediendateien hinzufügen</translation>
    </message>
    <message>
        <source>Checking and adding media…</source>
        <translation>Medien werden geprüft und hinzugefügt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add Media</source>
        <translation>Medien hinzufügen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Media could not be added</source>
        <translation>Die Medien konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Adding media was cancelled; nothing was added.</source>
        <translation>Das Hinzufügen der Medien wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s).</source>
        <translation>
            <numerusform>%n Element hinzugefügt.</numerusform>
            <numerusform>%n Elemente hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>duplicate %1: %2</source>
        <translation>Duplikat %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were skipped or already in the project.</source>
        <translation>
            <numerusform>%n Datei wurde übersprungen oder war bereits im Projekt.</numerusform>
            <numerusform>%n Dateien wurden übersprungen oder waren bereits im Projekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Assay</source>
        <translation>Über Assay</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;A labeling workstation with quality control built in: gold tasks, agreement, review and a tamper-evident decision log.&lt;/p&gt;&lt;p&gt;Qt %2 · OpenCV %3 · SQLite&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;Ein Arbeitsplatz für die Annotation mit eingebauter Qualitätskontrolle: Goldaufgaben, Übereinstimmung, Prüfung und ein Entscheidungsprotokoll, das jede Manipulation erkennbar macht.&lt;/p&gt;&lt;p&gt;Qt %2 · OpenCV %3 · SQLite&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Open or create a project before adding media.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, bevor Sie Medien hinzufügen.</translation>
    </message>
    <message>
        <source>Zoom and the cursor&apos;s position in image pixels</source>
        <translation>Zoom und Position des Mauszeigers in Bildpixeln</translation>
    </message>
    <message>
        <source>Tasks done of your queue</source>
        <translation>Erledigte Aufgaben Ihrer Warteschlange</translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>%1 / %2 erledigt</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>A&amp;rbeit</translation>
    </message>
    <message>
        <source>Start &amp;Labeling</source>
        <translation>Annotation &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Browse Items</source>
        <translation>Elemente &amp;durchsehen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Labeling could not start</source>
        <translation>Die Annotation konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>drag on the image</source>
        <translation>auf dem Bild ziehen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Ansicht verschieben</translation>
    </message>
    <message>
        <source>middle-drag, or Space + drag</source>
        <translation>mit mittlerer Maustaste ziehen oder Leertaste + Ziehen</translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Nudge the selected box</source>
        <translation>Ausgewählte Box schrittweise verschieben</translation>
    </message>
    <message>
        <source>arrow keys (Shift: 10 px)</source>
        <translation>Pfeiltasten (Umschalt: 10 px)</translation>
    </message>
    <message>
        <source>&amp;Quality Panel…</source>
        <translation>&amp;Qualitätsübersicht…</translation>
    </message>
    <message>
        <source>Quality — %1</source>
        <translation>Qualität — %1</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>&amp;Import Labels…</source>
        <translation>Labels &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation>Datensatz e&amp;xportieren…</translation>
    </message>
    <message>
        <source>%1 may not import: it needs the lead role</source>
        <translation>%1 darf nicht importieren: dazu ist die Rolle „lead“ nötig</translation>
    </message>
    <message>
        <source>Labels or predictions from COCO, YOLO, Pascal VOC, Label Studio, CVAT, CSV or JSON Lines</source>
        <translation>Labels oder Vorhersagen aus COCO, YOLO, Pascal VOC, Label Studio, CVAT, CSV oder JSON Lines</translation>
    </message>
    <message>
        <source>%1 may not export: it needs the reviewer or lead role</source>
        <translation>%1 darf nicht exportieren: dazu ist die Rolle „reviewer“ oder „lead“ nötig</translation>
    </message>
    <message>
        <source>The project&apos;s labels in an interchange format, with a manifest</source>
        <translation>Die Labels des Projekts in einem Austauschformat, mit Manifest</translation>
    </message>
    <message>
        <source>Import Labels — %1</source>
        <translation>Labels importieren — %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pre-label(s).</source>
        <translation>
            <numerusform>%n Vorab-Label importiert.</numerusform>
            <numerusform>%n Vorab-Labels importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n box(es) and %1 class label(s).</source>
        <translation>
            <numerusform>%n Box und %1 Klassenlabel(s) importiert.</numerusform>
            <numerusform>%n Boxen und %1 Klassenlabel(s) importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Dataset — %1</source>
        <translation>Datensatz exportieren — %1</translation>
    </message>
    <message>
        <source>Exported; manifest: %1</source>
        <translation>Exportiert; Manifest: %1</translation>
    </message>
    <message>
        <source>&amp;Near-Duplicates…</source>
        <translation>&amp;Beinahe-Duplikate…</translation>
    </message>
    <message>
        <source>Near-Duplicates — %1</source>
        <translation>Beinahe-Duplikate — %1</translation>
    </message>
    <message>
        <source>Image class: %1</source>
        <translation>Bildklasse: %1</translation>
    </message>
    <message>
        <source>Select a suggested box</source>
        <translation>Eine vorgeschlagene Box auswählen</translation>
    </message>
    <message>
        <source>click its dashed line or its tag</source>
        <translation>auf ihre gestrichelte Linie oder ihr Etikett klicken</translation>
    </message>
    <message>
        <source>Accept a suggested box</source>
        <translation>Eine vorgeschlagene Box annehmen</translation>
    </message>
    <message>
        <source>double-click it</source>
        <translation>Doppelklick darauf</translation>
    </message>
    <message>
        <source>Reject the selected suggested box</source>
        <translation>Die ausgewählte vorgeschlagene Box ablehnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>kein Projekt ist geöffnet</translation>
    </message>
    <message>
        <source>New Key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>You own the new project as %1. Choose a passphrase for your key (kept in %2):</source>
        <translation>Das neue Projekt gehört Ihnen als %1. Wählen Sie eine Passphrase für Ihren Schlüssel (abgelegt in %2):</translation>
    </message>
    <message>
        <source>The same passphrase once more:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Nobody is signed in: Work ▸ Sign In first (Ctrl+Shift+P).</source>
        <translation>Niemand ist angemeldet: zuerst Arbeit ▸ Anmelden (Strg+Umschalt+P).</translation>
    </message>
    <message>
        <source> then </source>
        <translation> dann </translation>
    </message>
    <message>
        <source>Draw a box (also inside another)</source>
        <translation>Einen Rahmen zeichnen (auch in einem anderen)</translation>
    </message>
    <message>
        <source>Select a box</source>
        <translation>Einen Rahmen auswählen</translation>
    </message>
    <message>
        <source>click it</source>
        <translation>anklicken</translation>
    </message>
    <message>
        <source>Move a box</source>
        <translation>Einen Rahmen verschieben</translation>
    </message>
    <message>
        <source>drag its line, or Ctrl + drag</source>
        <translation>an seiner Linie ziehen, oder Strg + Ziehen</translation>
    </message>
    <message>
        <source>Resize the selected box</source>
        <translation>Den ausgewählten Rahmen in der Größe ändern</translation>
    </message>
    <message>
        <source>drag a handle</source>
        <translation>an einem Griff ziehen</translation>
    </message>
    <message>
        <source>Class 10 to 19 (the 13th: 0 then 3)</source>
        <translation>Klasse 10 bis 19 (die 13.: 0, dann 3)</translation>
    </message>
    <message>
        <source>0, then its number&apos;s last digit</source>
        <translation>0, dann die letzte Ziffer ihrer Nummer</translation>
    </message>
    <message>
        <source>Find a class by name</source>
        <translation>Eine Klasse nach Namen suchen</translation>
    </message>
    <message>
        <source>/, type, Enter</source>
        <translation>/, tippen, Eingabe</translation>
    </message>
    <message>
        <source>Back to the image</source>
        <translation>Zurück zum Bild</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Submit with nothing labeled</source>
        <translation>Ohne Beschriftung abgeben</translation>
    </message>
    <message>
        <source>N, then N again</source>
        <translation>N, dann noch einmal N</translation>
    </message>
    <message>
        <source>Add Media Folder…</source>
        <translation>Medienordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add Media Files…</source>
        <translation>Mediendateien hinzufügen…</translation>
    </message>
    <message>
        <source>Set Up Project…</source>
        <translation>Projekt einrichten…</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <source>&amp;Batches…</source>
        <translation>S&amp;tapel…</translation>
    </message>
    <message>
        <source>G&amp;old Items…</source>
        <translation>G&amp;oldelemente…</translation>
    </message>
    <message>
        <source>Fl&amp;agged Tasks…</source>
        <translation>Mar&amp;kierte Aufgaben…</translation>
    </message>
    <message>
        <source>Set &amp;Up Project…</source>
        <translation>Projekt &amp;einrichten…</translation>
    </message>
    <message>
        <source>Who works on the project: roles, keys, queues, accuracy</source>
        <translation>Wer am Projekt arbeitet: Rollen, Schlüssel, Warteschlangen, Genauigkeit</translation>
    </message>
    <message>
        <source>Create batches with a preview of the queues; accept or reject them</source>
        <translation>Stapel mit einer Vorschau der Warteschlangen anlegen; Stapel annehmen oder ablehnen</translation>
    </message>
    <message>
        <source>Gold items, how people answered them, the gold gate&apos;s settings</source>
        <translation>Goldelemente, wie Personen sie beantwortet haben, die Einstellungen der Goldsperre</translation>
    </message>
    <message>
        <source>Tasks annotators flagged, each with its item; resolve them</source>
        <translation>Von Annotatoren markierte Aufgaben, jeweils mit ihrem Element; Markierungen auflösen</translation>
    </message>
    <message>
        <source>A batch&apos;s agreement, gold accuracy and verdicts; a click on a figure opens the items behind it</source>
        <translation>Übereinstimmung, Goldgenauigkeit und Urteile eines Stapels; ein Klick auf eine Kennzahl öffnet die Elemente dahinter</translation>
    </message>
    <message>
        <source>People, classes, media and a first batch, step by step</source>
        <translation>Personen, Klassen, Medien und ein erster Stapel, Schritt für Schritt</translation>
    </message>
    <message>
        <source>%1 has no items yet. Add a folder of images, texts or audio clips, or set the project up step by step.</source>
        <translation>%1 hat noch keine Elemente. Fügen Sie einen Ordner mit Bildern, Texten oder Audioclips hinzu, oder richten Sie das Projekt Schritt für Schritt ein.</translation>
    </message>
    <message>
        <source>Every media file in a folder and its subfolders (Ctrl+Shift+F)</source>
        <translation>Alle Mediendateien eines Ordners und seiner Unterordner (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Chosen media files (Ctrl+Shift+A)</source>
        <translation>Ausgewählte Mediendateien (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>People, classes, media and a first batch, step by step (Ctrl+Shift+W)</source>
        <translation>Personen, Klassen, Medien und ein erster Stapel, Schritt für Schritt (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>People — %1</source>
        <translation>Personen — %1</translation>
    </message>
    <message>
        <source>Batches — %1</source>
        <translation>Stapel — %1</translation>
    </message>
    <message>
        <source>Gold Items — %1</source>
        <translation>Goldelemente — %1</translation>
    </message>
    <message>
        <source>Flagged Tasks — %1</source>
        <translation>Markierte Aufgaben — %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Review Queue…</source>
        <translation>Prüf&amp;warteschlange…</translation>
    </message>
    <message>
        <source>Review — %1</source>
        <translation>Prüfung — %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>its log does not verify: %1</source>
        <translation>sein Protokoll lässt sich nicht bestätigen: %1</translation>
    </message>
    <message>
        <source>The project could not be made read-only</source>
        <translation>Das Projekt konnte nicht schreibgeschützt gemacht werden</translation>
    </message>
    <message>
        <source>The log of this project does not verify; it is now open read-only. Run assay log verify for the details.</source>
        <translation>Das Protokoll dieses Projekts lässt sich nicht bestätigen; es ist jetzt schreibgeschützt geöffnet. Führen Sie assay log verify aus, um die Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Nothing can be recorded in this project: %1</source>
        <translation>In diesem Projekt kann nichts aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>%1 (read-only) — Assay</source>
        <translation>%1 (schreibgeschützt) — Assay</translation>
    </message>
    <message>
        <source>Answers in review side by side: accept, fix, reject, escalate (%1)</source>
        <translation>Antworten in Prüfung nebeneinander: annehmen, korrigieren, ablehnen, eskalieren (%1)</translation>
    </message>
    <message>
        <source>The project could not be signed in to</source>
        <translation>Die Anmeldung am Projekt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>Audio: %1</source>
        <translation>Audio: %1</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Guideline</source>
        <translation>R&amp;ichtlinie</translation>
    </message>
    <message>
        <source>Guideline Pre&amp;view…</source>
        <translation>&amp;Vorschau der Richtlinie…</translation>
    </message>
    <message>
        <source>&amp;Calibration Results…</source>
        <translation>Kalibrierungser&amp;gebnisse…</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>My Calibration &amp;Debrief…</source>
        <translation>Meine Kalibrierungs&amp;nachbesprechung…</translation>
    </message>
    <message>
        <source>&amp;Taxonomy…</source>
        <translation>Ta&amp;xonomie…</translation>
    </message>
    <message>
        <source>A calibration session&apos;s results: who is ready and why not, how the cohort answered each item, agreement with each other and with the reference</source>
        <translation>Die Ergebnisse einer Kalibrierungssitzung: wer bereit ist und warum nicht, wie die Gruppe jedes Element beantwortet hat, Übereinstimmung untereinander und mit der Referenz</translation>
    </message>
    <message>
        <source>Your debrief after a calibration session: your answers beside the reference, with the explanations</source>
        <translation>Ihre Nachbesprechung nach einer Kalibrierungssitzung: Ihre Antworten neben der Referenz, mit den Erklärungen</translation>
    </message>
    <message>
        <source>Classes in a tree; renames, merges and splits previewed per batch</source>
        <translation>Klassen in einem Baum; Umbenennungen, Zusammenführungen und Aufteilungen mit Vorschau je Stapel</translation>
    </message>
    <message>
        <source>Guideline Preview — %1</source>
        <translation>Vorschau der Richtlinie — %1</translation>
    </message>
    <message>
        <source>Taxonomy — %1</source>
        <translation>Taxonomie — %1</translation>
    </message>
    <message>
        <source>Media missing</source>
        <translation>Medien fehlen</translation>
    </message>
    <message>
        <source>Items cannot be shown: %1. The project itself is fine; they show again once the folder is back.</source>
        <translation>Elemente können nicht angezeigt werden: %1. Das Projekt selbst ist in Ordnung; sie werden wieder angezeigt, sobald der Ordner wieder da ist.</translation>
    </message>
    <message numerus="yes">
        <source>Calibration: %n attempt(s) judged on your behalf</source>
        <translation>
            <numerusform>Kalibrierung: %n Versuch in Ihrem Namen beurteilt</numerusform>
            <numerusform>Kalibrierung: %n Versuche in Ihrem Namen beurteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 to try again, %3 failed</source>
        <translation>%1 bestanden, %2 zu wiederholen, %3 nicht bestanden</translation>
    </message>
    <message>
        <source>Guideline C&amp;itations…</source>
        <translation>Richtlinien&amp;zitate…</translation>
    </message>
    <message>
        <source>The guideline sections flags and review rejections cite most, with their items</source>
        <translation>Die Richtlinienabschnitte, die Markierungen und Ablehnungen in der Prüfung am häufigsten zitieren, mit ihren Elementen</translation>
    </message>
    <message>
        <source>No tile pyramid: %1</source>
        <translation>Keine Kachelpyramide: %1</translation>
    </message>
    <message>
        <source>Slide &amp;Label and Macro…</source>
        <translation>&amp;Etikett und Übersicht des Objektträgers…</translation>
    </message>
    <message>
        <source>Allow Slide &amp;Labels</source>
        <translation>Objektträger-&amp;Etiketten erlauben</translation>
    </message>
    <message>
        <source>The setting was not changed</source>
        <translation>Die Einstellung wurde nicht geändert</translation>
    </message>
    <message>
        <source>Slide Label and Macro</source>
        <translation>Etikett und Übersicht des Objektträgers</translation>
    </message>
    <message>
        <source>A slide&apos;s label and macro images can show a patient&apos;s name: a lead allows them per project (Work ▸ Allow Slide Labels)</source>
        <translation>Etikett- und Übersichtsbilder eines Objektträgers können den Namen eines Patienten zeigen: eine Leitung erlaubt sie je Projekt (Arbeit ▸ Objektträger-Etiketten erlauben)</translation>
    </message>
    <message>
        <source>The image shown is not a slide with a label or macro image</source>
        <translation>Das gezeigte Bild ist kein Objektträger mit Etikett- oder Übersichtsbild</translation>
    </message>
    <message>
        <source>The label, macro and thumbnail images of the slide shown</source>
        <translation>Die Etikett-, Übersichts- und Vorschaubilder des gezeigten Objektträgers</translation>
    </message>
    <message>
        <source>Whether slides&apos; label and macro images may be shown in this project; they are never exported or synced</source>
        <translation>Ob Etikett- und Übersichtsbilder von Objektträgern in diesem Projekt gezeigt werden dürfen; sie werden nie exportiert oder synchronisiert</translation>
    </message>
    <message>
        <source>Media (%1);;All files (*)</source>
        <translation>Medien (%1);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were taken as parts of multi-file slides.</source>
        <translation>
            <numerusform>%n Datei wurde als Teil eines mehrteiligen Objektträgers übernommen.</numerusform>
            <numerusform>%n Dateien wurden als Teile mehrteiliger Objektträger übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let the label and macro images of whole-slide files be shown and travel with the slides to other copies (otherwise checkouts and sync send slides without them): a label can show a patient&apos;s name</source>
        <translation>Etikett- und Übersichtsbilder von Objektträgerdateien zeigen und mit den Objektträgern an andere Kopien gehen lassen (sonst senden Auschecken und Synchronisieren Objektträger ohne sie): ein Etikett kann den Namen eines Patienten zeigen</translation>
    </message>
</context>
<context>
    <name>assay::app::MigrationPreviewDialog</name>
    <message>
        <source>Preview of the change</source>
        <translation>Vorschau der Änderung</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Gold answers</source>
        <translation>Goldantworten</translation>
    </message>
    <message>
        <source>Pre-labels</source>
        <translation>Vorab-Labels</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Labels keep their class ids: the change is recorded as a new taxonomy version, and earlier versions still read as before.</source>
        <translation>Labels behalten ihre Klassen-IDs: Die Änderung wird als neue Taxonomieversion aufgezeichnet, und frühere Versionen werden weiterhin wie zuvor gelesen.</translation>
    </message>
    <message>
        <source>Gold answers are not counted: you may not see them. Labels keep their class ids; earlier versions still read as before.</source>
        <translation>Goldantworten werden nicht gezählt: Sie dürfen sie nicht sehen. Labels behalten ihre Klassen-IDs; frühere Versionen werden weiterhin wie zuvor gelesen.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>assay::app::PeopleDialog</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;Roles…</source>
        <translation>&amp;Rollen ändern…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Mark Re&amp;calibrated</source>
        <translation>Als neu &amp;kalibriert markieren</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Time per task</source>
        <translation>Zeit je Aufgabe</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Goldgenauigkeit</translation>
    </message>
    <message>
        <source>Audit accuracy</source>
        <translation>Audit-Genauigkeit</translation>
    </message>
    <message>
        <source>Recalibration</source>
        <translation>Neukalibrierung</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Take every role from %1 and revoke their key? Their work stays in the project; they can no longer sign in or act.</source>
        <translation>Person %1 alle Rollen entziehen und ihren Schlüssel widerrufen? Die Arbeit bleibt im Projekt; die Person kann sich nicht mehr anmelden oder handeln.</translation>
    </message>
    <message>
        <source>No roles: this person cannot act</source>
        <translation>Keine Rollen: Diese Person kann nicht handeln</translation>
    </message>
    <message>
        <source>No key registered: %1 cannot sign in until a lead registers one</source>
        <translation>Kein Schlüssel registriert: %1 kann sich erst anmelden, wenn eine Leitung einen registriert</translation>
    </message>
    <message>
        <source>No tasks yet: put %1 in a batch (Work ▸ Batches)</source>
        <translation>Noch keine Aufgaben: Nehmen Sie %1 in einen Stapel auf (Arbeit ▸ Stapel)</translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>Noch keine Aufgaben</translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation>%1 / %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>, %n flagged</source>
        <translation>
            <numerusform>, %n markiert</numerusform>
            <numerusform>, %n markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending, %2 skipped, %3 flagged</source>
        <translation>%1 ausstehend, %2 übersprungen, %3 markiert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Mean time spent on a done task</source>
        <translation>Mittlere Zeit für eine erledigte Aufgabe</translation>
    </message>
    <message>
        <source>No done task has time recorded yet</source>
        <translation>Noch keine erledigte Aufgabe hat eine erfasste Zeit</translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%n answer(s))</source>
        <translation>
            <numerusform>%1 % (%n Antwort)</numerusform>
            <numerusform>%1 % (%n Antworten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling accuracy over the latest gold answers</source>
        <translation>Gleitende Genauigkeit über die letzten Goldantworten</translation>
    </message>
    <message>
        <source>No gold answer scored yet</source>
        <translation>Noch keine Goldantwort bewertet</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Below the gold threshold: works calibration tasks only until recalibrated</source>
        <translation>Unter der Goldschwelle: bearbeitet nur Kalibrierungsaufgaben, bis neu kalibriert</translation>
    </message>
    <message>
        <source>in production</source>
        <translation>in Produktion</translation>
    </message>
    <message>
        <source>Only you are in this project. Add the people who will label, review or lead with Add Person…</source>
        <translation>Nur Sie sind in diesem Projekt. Fügen Sie mit „Person hinzufügen…“ die Personen hinzu, die annotieren, prüfen oder leiten werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n people. Double-click a person to change their roles.</source>
        <translation>
            <numerusform>%n Person. Doppelklicken Sie auf eine Person, um ihre Rollen zu ändern.</numerusform>
            <numerusform>%n Personen. Doppelklicken Sie auf eine Person, um ihre Rollen zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a person with their roles and key</source>
        <translation>Eine Person mit ihren Rollen und ihrem Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Change the selected person&apos;s roles</source>
        <translation>Die Rollen der ausgewählten Person ändern</translation>
    </message>
    <message>
        <source>Take every role from the selected person and revoke their key</source>
        <translation>Der ausgewählten Person alle Rollen entziehen und ihren Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Declare that the selected person passed calibration</source>
        <translation>Erklären, dass die ausgewählte Person die Kalibrierung bestanden hat</translation>
    </message>
    <message>
        <source>The selected person is not held for recalibration</source>
        <translation>Die ausgewählte Person ist nicht zur Neukalibrierung vorgemerkt</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%n audit(s))</source>
        <translation>
            <numerusform>%1 % (%n Audit)</numerusform>
            <numerusform>%1 % (%n Audits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audited answers a reviewer accepted unchanged</source>
        <translation>Geprüfte Antworten, die ein Prüfer unverändert angenommen hat</translation>
    </message>
    <message>
        <source>No answer of theirs audited yet</source>
        <translation>Noch keine Antwort dieser Person geprüft</translation>
    </message>
</context>
<context>
    <name>assay::app::PermissionHint</name>
    <message>
        <source>nobody is signed in: Work ▸ Sign In (Ctrl+Shift+P)</source>
        <translation>niemand ist angemeldet: Arbeit ▸ Anmelden (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation>nicht mehr aktiv</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>%1 may not %2 (%3)</source>
        <extracomment>%1: a person, %2: what they may not do (&quot;manage people&quot;), %3: their roles, or why none.</extracomment>
        <translation>%1 ist nicht berechtigt, %2 (%3)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Eine nicht angemeldete Person</translation>
    </message>
    <message>
        <source>The project is open read-only: %1</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>assay::app::PersonDialog</name>
    <message>
        <source>&amp;Make a new key on this computer</source>
        <translation>Neuen Schlüssel auf diesem Rechner &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Register a public key the person sent</source>
        <translation>Öffentlichen Schlüssel &amp;registrieren, den die Person geschickt hat</translation>
    </message>
    <message>
        <source>No key &amp;yet (they cannot sign in until one is registered)</source>
        <translation>Noch &amp;kein Schlüssel (Anmeldung erst möglich, wenn einer registriert ist)</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>a short name to sign in with, e.g. alice</source>
        <translation>ein kurzer Name zum Anmelden, z. B. alice</translation>
    </message>
    <message>
        <source>as shown in the window, e.g. Alice Martin</source>
        <translation>wie im Fenster angezeigt, z. B. Alice Martin</translation>
    </message>
    <message>
        <source>protects the key file</source>
        <translation>schützt die Schlüsseldatei</translation>
    </message>
    <message>
        <source>the same passphrase once more</source>
        <translation>dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>the text `assay keys new NAME` printed</source>
        <translation>der Text, den `assay keys new NAME` ausgegeben hat</translation>
    </message>
    <message>
        <source>The secret key stays on this computer (%1): whoever signs in here as the person needs its passphrase.</source>
        <translation>Der geheime Schlüssel bleibt auf diesem Rechner (%1): Wer sich hier als diese Person anmeldet, braucht seine Passphrase.</translation>
    </message>
    <message>
        <source>The person made their key on their own computer and sent you its public half; the secret half never leaves their computer.</source>
        <translation>Die Person hat ihren Schlüssel auf ihrem eigenen Rechner erzeugt und Ihnen die öffentliche Hälfte geschickt; die geheime Hälfte verlässt ihren Rechner nie.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation>Öffentlicher &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>paste the person&apos;s public key</source>
        <translation>den öffentlichen Schlüssel der Person einfügen</translation>
    </message>
    <message>
        <source>choose a passphrase for the key</source>
        <translation>eine Passphrase für den Schlüssel wählen</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>Die beiden Passphrasen unterscheiden sich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a key file (letters, digits, . _ -)</source>
        <translation>&quot;%1&quot; taugt nicht als Name einer Schlüsseldatei (Buchstaben, Ziffern, . _ -)</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>kein Projekt ist geöffnet</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>eine Person braucht einen Namen</translation>
    </message>
    <message>
        <source>%1 is already in the project</source>
        <translation>%1 ist bereits im Projekt</translation>
    </message>
</context>
<context>
    <name>assay::app::PyramidBuilder</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop making tile pyramids. An image without one still shows from its reduced copy; its pyramid is made again when it is next shown.</source>
        <translation>Das Erstellen von Kachelpyramiden anhalten. Ein Bild ohne Pyramide wird weiter aus seiner verkleinerten Kopie gezeigt; seine Pyramide wird erstellt, wenn es das nächste Mal gezeigt wird.</translation>
    </message>
    <message>
        <source>A tile pyramid lets a huge image be zoomed without decoding it whole. It is made once and kept beside the project.</source>
        <translation>Mit einer Kachelpyramide lässt sich ein sehr großes Bild zoomen, ohne es ganz zu dekodieren. Sie wird einmal erstellt und neben dem Projekt aufbewahrt.</translation>
    </message>
    <message>
        <source>Tile pyramid of %1 (%2 of %3)</source>
        <translation>Kachelpyramide von %1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>assay::app::QueueStrip</name>
    <message>
        <source>Your queue: open, done, skipped and flagged tasks; click one to show it</source>
        <translation>Ihre Warteschlange: offene, erledigte, übersprungene und markierte Aufgaben; ein Klick zeigt eine an</translation>
    </message>
    <message>
        <source>%1 done · %2 skipped · %3 flagged · %4 open</source>
        <extracomment>The states of a person&apos;s queue, as shown above the labeling view.</extracomment>
        <translation>%1 erledigt · %2 übersprungen · %3 markiert · %4 offen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>Task %1 of %2: %3</source>
        <translation>Aufgabe %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>assay::app::RoleChecks</name>
    <message>
        <source>Works a queue of tasks</source>
        <translation>Bearbeitet eine Warteschlange von Aufgaben</translation>
    </message>
    <message>
        <source>Reviews other people&apos;s answers</source>
        <translation>Prüft die Antworten anderer Personen</translation>
    </message>
    <message>
        <source>Manages people, batches and gold; accepts or rejects batches</source>
        <translation>Verwaltet Personen, Stapel und Gold; nimmt Stapel an oder lehnt sie ab</translation>
    </message>
    <message>
        <source>Runs calibration; clears recalibrations</source>
        <translation>Führt die Kalibrierung durch; hebt Neukalibrierungen auf</translation>
    </message>
    <message>
        <source>Edits the taxonomy and the guidelines</source>
        <translation>Bearbeitet die Taxonomie und die Richtlinien</translation>
    </message>
    <message>
        <source>May do everything, including project settings</source>
        <translation>Darf alles, auch die Projekteinstellungen ändern</translation>
    </message>
    <message>
        <source>Decides escalated and contested items, with a justification</source>
        <translation>Entscheidet eskalierte und strittige Elemente mit Begründung</translation>
    </message>
</context>
<context>
    <name>assay::app::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your work is recorded under your name and your key: choose who you are and unlock your key.</source>
        <translation>Ihre Arbeit wird unter Ihrem Namen und Ihrem Schlüssel aufgezeichnet: wählen Sie, wer Sie sind, und entsperren Sie Ihren Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>The passphrase of %1&apos;s key file, %2.</source>
        <translation>Die Passphrase der Schlüsseldatei von %1, %2.</translation>
    </message>
    <message>
        <source>There is no key file for %1 on this machine (%2); the keyring is tried.</source>
        <translation>Auf diesem Rechner gibt es keine Schlüsseldatei für %1 (%2); der Schlüsselbund wird versucht.</translation>
    </message>
    <message>
        <source>%1 (the key in %2)</source>
        <translation>%1 (der Schlüssel in %2)</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1&apos;s key.</source>
        <translation>Geben Sie die Passphrase des Schlüssels von %1 ein.</translation>
    </message>
</context>
<context>
    <name>assay::app::SlideImagesDialog</name>
    <message>
        <source>These images are not part of the slide: a label can show a patient&apos;s name. A lead allowed them for this project.</source>
        <translation>Diese Bilder gehören nicht zum Objektträger: ein Etikett kann den Namen eines Patienten zeigen. Eine Leitung hat sie für dieses Projekt erlaubt.</translation>
    </message>
    <message>
        <source>Slide Label and Macro — %1</source>
        <translation>Etikett und Übersicht des Objektträgers — %1</translation>
    </message>
    <message>
        <source>the slide file carries no label, macro or thumbnail image</source>
        <translation>die Objektträgerdatei enthält kein Etikett-, Übersichts- oder Vorschaubild</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
</context>
<context>
    <name>assay::app::SyncController</name>
    <message>
        <source>Reaching %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Sync S&amp;ettings…</source>
        <translation>Synchronisierungseinste&amp;llungen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync; what was done so far is kept</source>
        <translation>Die Synchronisierung anhalten; das bisher Erledigte bleibt erhalten</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>kein Projekt ist geöffnet</translation>
    </message>
    <message>
        <source>Open a project to sync it</source>
        <translation>Öffnen Sie ein Projekt, um es zu synchronisieren</translation>
    </message>
    <message>
        <source>The project is open read-only (%1): it cannot sync</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet (%1): es kann nicht synchronisiert werden</translation>
    </message>
    <message>
        <source>Sign in to sync: your keys open and seal what travels</source>
        <translation>Melden Sie sich zum Synchronisieren an: Ihre Schlüssel öffnen und versiegeln, was übertragen wird</translation>
    </message>
    <message>
        <source>Choose where copies meet first: Sync Settings</source>
        <translation>Wählen Sie zuerst, wo sich die Kopien treffen: Synchronisierungseinstellungen</translation>
    </message>
    <message>
        <source>Send your new work and fetch what others sent, in the background (%1)</source>
        <translation>Ihre neue Arbeit senden und abholen, was andere gesendet haben, im Hintergrund (%1)</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>This copy has no remote yet: Work ▸ Sync Settings</source>
        <translation>Diese Kopie hat noch keine Gegenstelle: Arbeit ▸ Synchronisierungseinstellungen</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Gegenstelle: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>Came in: %n event(s)</source>
        <translation>
            <numerusform>Empfangen: %n Ereignis</numerusform>
            <numerusform>Empfangen: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n Mediendatei</numerusform>
            <numerusform>%n Mediendateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Went out: %n event(s)</source>
        <translation>
            <numerusform>Gesendet: %n Ereignis</numerusform>
            <numerusform>Gesendet: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to go out: %n event(s)</source>
        <translation>
            <numerusform>Warten auf Versand: %n Ereignis</numerusform>
            <numerusform>Warten auf Versand: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to decide: %n</source>
        <translation>
            <numerusform>Zu entscheidende Konflikte: %n</numerusform>
            <numerusform>Zu entscheidende Konflikte: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgewiesen</numerusform>
            <numerusform>%n abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused (not added): %1</source>
        <translation>Abgewiesen (nicht hinzugefügt): %1</translation>
    </message>
    <message>
        <source>Ignored in the remote: %1</source>
        <translation>In der Gegenstelle ignoriert: %1</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <source>What was done before cancelling is kept</source>
        <translation>Was vor dem Abbruch erledigt wurde, bleibt erhalten</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The remote was not reached: %1</source>
        <translation>Die Gegenstelle wurde nicht erreicht: %1</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>update Assay</source>
        <translation>Assay aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of kinds this version does not know (%1): kept and passed on, applied once Assay is updated</source>
        <translation>
            <numerusform>%n Ereignis von einer Art, die diese Version nicht kennt (%1): behalten und weitergegeben, angewendet, sobald Assay aktualisiert ist</numerusform>
            <numerusform>%n Ereignisse von Arten, die diese Version nicht kennt (%1): behalten und weitergegeben, angewendet, sobald Assay aktualisiert ist</numerusform>
        </translation>
    </message>
    <message>
        <source>Slides kept back (their label and macro images are not allowed in this project, and cannot be taken out of these files): %1</source>
        <translation>Zurückgehaltene Objektträger (ihre Etikett- und Übersichtsbilder sind in diesem Projekt nicht erlaubt und lassen sich aus diesen Dateien nicht entfernen): %1</translation>
    </message>
</context>
<context>
    <name>assay::app::SyncSettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Sync Settings</source>
        <translation>Synchronisierungseinstellungen</translation>
    </message>
    <message>
        <source>A shared folder</source>
        <translation>Ein gemeinsamer Ordner</translation>
    </message>
    <message>
        <source>A PostgreSQL server</source>
        <translation>Ein PostgreSQL-Server</translation>
    </message>
    <message>
        <source>A network drive or a folder a file-sync tool keeps in step, or a server the team&apos;s lead set up with &quot;assay server init&quot;</source>
        <translation>Ein Netzlaufwerk oder ein Ordner, den ein Dateisynchronisierungswerkzeug abgleicht, oder ein Server, den die Leitung des Teams mit „assay server init“ eingerichtet hat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>Sync by itself this often while the project is open; a remote that cannot be reached is only noted in the status bar</source>
        <translation>So oft automatisch synchronisieren, solange das Projekt geöffnet ist; eine nicht erreichbare Gegenstelle wird nur in der Statusleiste vermerkt</translation>
    </message>
    <message>
        <source>&amp;Copies meet in:</source>
        <translation>&amp;Kopien treffen sich in:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren &amp;alle:</translation>
    </message>
    <message>
        <source>Each person syncs their own copy. What a person may not read is never written to a shared folder in clear.</source>
        <translation>Jede Person synchronisiert ihre eigene Kopie. Was eine Person nicht lesen darf, wird nie im Klartext in einen gemeinsamen Ordner geschrieben.</translation>
    </message>
    <message>
        <source>Shared Folder</source>
        <translation>Gemeinsamer Ordner</translation>
    </message>
    <message>
        <source>/mnt/team/assay-shared</source>
        <translation>/mnt/team/assay-shared</translation>
    </message>
    <message>
        <source>postgresql://host/dbname?sslmode=require</source>
        <translation>postgresql://host/dbname?sslmode=require</translation>
    </message>
    <message>
        <source>The folder every copy of the project syncs through</source>
        <translation>Der Ordner, über den jede Kopie des Projekts synchronisiert wird</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Keep it in the system &amp;keyring</source>
        <translation>Im Schlüssel&amp;bund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>Leave empty to use the keyring&apos;s, ~/.pgpass or PGPASSWORD</source>
        <translation>Leer lassen, um das aus dem Schlüsselbund, ~/.pgpass oder PGPASSWORD zu verwenden</translation>
    </message>
    <message>
        <source>Kept in the system keyring for this server, port, user and database; never in the project or its settings</source>
        <translation>Wird im Schlüsselbund des Systems für diesen Server, Port, Benutzer und diese Datenbank aufbewahrt; nie im Projekt oder in dessen Einstellungen</translation>
    </message>
    <message>
        <source>Sync looks it up there when the settings name no password</source>
        <translation>Die Synchronisierung sucht es dort, wenn die Einstellungen kein Passwort angeben</translation>
    </message>
    <message>
        <source>No keyring answers on this machine: put the password in ~/.pgpass instead</source>
        <translation>Auf diesem Rechner antwortet kein Schlüsselbund: legen Sie das Passwort stattdessen in ~/.pgpass ab</translation>
    </message>
    <message>
        <source>A libpq connection string or URI; the password comes from the keyring, ~/.pgpass or PGPASSWORD, never from here</source>
        <translation>Eine libpq-Verbindungszeichenfolge oder URI; das Passwort kommt aus dem Schlüsselbund, ~/.pgpass oder PGPASSWORD, nie von hier</translation>
    </message>
    <message>
        <source>Keep the password out of the settings: type it below (the keyring) or put it in ~/.pgpass</source>
        <translation>Das Passwort gehört nicht in die Einstellungen: geben Sie es unten ein (Schlüsselbund) oder legen Sie es in ~/.pgpass ab</translation>
    </message>
    <message>
        <source>A password is only kept in the keyring: tick the box, or clear it and use ~/.pgpass</source>
        <translation>Ein Passwort wird nur im Schlüsselbund aufbewahrt: setzen Sie das Häkchen, oder leeren Sie das Feld und verwenden Sie ~/.pgpass</translation>
    </message>
    <message>
        <source>No keyring could keep the password on this machine: put it in ~/.pgpass (host:port:database:user:password) instead</source>
        <translation>Kein Schlüsselbund konnte das Passwort auf diesem Rechner aufbewahren: legen Sie es stattdessen in ~/.pgpass (host:port:database:user:password) ab</translation>
    </message>
</context>
<context>
    <name>assay::app::TaxonomyEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>&amp;Save Class</source>
        <translation>Klasse &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Add as New Class</source>
        <translation>Als neue Klasse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>&amp;Aufteilen…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <source>#rrggbb; empty: a free one</source>
        <translation>#rrggbb; leer: eine freie</translation>
    </message>
    <message>
        <source>empty: the next free key</source>
        <translation>leer: die nächste freie Taste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Hotkey:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Renames, merges and splits are recorded as migrations: you see how many labels each touches, per batch, before it applies. Drag a class to re-order it or onto another to make it a sub-class.</source>
        <translation>Umbenennungen, Zusammenführungen und Aufteilungen werden als Migrationen aufgezeichnet: Sie sehen je Stapel, wie viele Labels jede betrifft, bevor sie angewendet wird. Ziehen Sie eine Klasse, um sie neu anzuordnen, oder auf eine andere, um sie zu deren Unterklasse zu machen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Select a class first.</source>
        <translation>Wählen Sie zuerst eine Klasse aus.</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;. Every label of the class shows the new name from the new version on:</source>
        <translation>„%1“ in „%2“ umbenennen. Jedes Label der Klasse zeigt ab der neuen Version den neuen Namen:</translation>
    </message>
    <message>
        <source>Select the class to merge and the class to merge it into.</source>
        <translation>Wählen Sie die zusammenzuführende Klasse und die Klasse, mit der sie zusammengeführt werden soll.</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;. &quot;%1&quot; is archived and its labels read as &quot;%2&quot; from the new version on (their class ids stay):</source>
        <translation>„%1“ mit „%2“ zusammenführen. „%1“ wird archiviert, und ihre Labels gelten ab der neuen Version als „%2“ (die Klassen-IDs bleiben):</translation>
    </message>
    <message>
        <source>its labels read as &quot;%1&quot;</source>
        <translation>ihre Labels gelten als „%1“</translation>
    </message>
    <message>
        <source>its labels are sent back for re-labeling in the batch &quot;%1&quot;</source>
        <translation>ihre Labels werden zur erneuten Annotation im Stapel „%1“ zurückgeschickt</translation>
    </message>
    <message>
        <source>Split &quot;%1&quot; into %2; %3, and its gold answers are listed for the lead to redo:</source>
        <translation>„%1“ in %2 aufteilen; %3, und ihre Goldantworten werden aufgelistet, damit die Leitung sie neu erstellt:</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;: it is no longer offered; its labels keep its name:</source>
        <translation>„%1“ archivieren: Die Klasse wird nicht mehr angeboten; ihre Labels behalten ihren Namen:</translation>
    </message>
    <message>
        <source>Colour of the class</source>
        <translation>Farbe der Klasse</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot;</source>
        <translation>„%1“ zusammenführen</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; &amp;into:</source>
        <translation>„%1“ zusammenführen &amp;mit:</translation>
    </message>
    <message>
        <source>Split &quot;%1&quot;</source>
        <translation>„%1“ aufteilen</translation>
    </message>
    <message>
        <source>new class names, separated by commas</source>
        <translation>neue Klassennamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Existing labels read as:</source>
        <translation>Vorhandene Labels gelten als:</translation>
    </message>
    <message>
        <source>Send them back for re-labeling, in a new batch:</source>
        <translation>Zur erneuten Annotation zurückschicken, in einem neuen Stapel:</translation>
    </message>
    <message>
        <source>re-label %1</source>
        <translation>Neuannotation %1</translation>
    </message>
    <message>
        <source>&amp;New classes:</source>
        <translation>&amp;Neue Klassen:</translation>
    </message>
    <message>
        <source>Boxes can only honestly be sent back: nobody knows which part an old box belongs to.</source>
        <translation>Boxen können ehrlicherweise nur zurückgeschickt werden: Niemand weiß, zu welchem Teil eine alte Box gehört.</translation>
    </message>
</context>
<context>
    <name>assay::app::TaxonomyModel</name>
    <message>
        <source>Archived: no longer offered; its labels keep their name in every version.</source>
        <translation>Archiviert: nicht mehr angeboten; ihre Labels behalten in jeder Version ihren Namen.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>assay::app::TransferRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>assay::app::TransferSummaryDialog</name>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the full report to the clipboard</source>
        <translation>Den vollständigen Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>assay::widgets::AddBoxCommand</name>
    <message>
        <source>Add box</source>
        <translation>Box hinzufügen</translation>
    </message>
</context>
<context>
    <name>assay::widgets::AdjudicationDialog</name>
    <message>
        <source>Adjudicate %1</source>
        <translation>%1 schlichten</translation>
    </message>
    <message>
        <source>boxes: %1</source>
        <translation>Boxen: %1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Versions (the chosen one stands; the others are kept):</source>
        <translation>Versionen (die gewählte gilt; die anderen bleiben erhalten):</translation>
    </message>
    <message>
        <source>a reviewer&apos;s fix (%1)</source>
        <translation>Korrektur eines Prüfers (%1)</translation>
    </message>
    <message>
        <source>given by %1</source>
        <translation>abgegeben von %1</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>A new answer (classes below)</source>
        <translation>Eine neue Antwort (Klassen unten)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> (section %1)</source>
        <translation> (Abschnitt %1)</translation>
    </message>
    <message>
        <source>adjudicated by %1%2: %3 — %4 %5</source>
        <translation>geschlichtet von %1%2: %3 — %4 %5</translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation> (überholt)</translation>
    </message>
    <message>
        <source>No remarks.</source>
        <translation>Keine Anmerkungen.</translation>
    </message>
    <message>
        <source>Reviewers&apos; remarks and earlier adjudications:</source>
        <translation>Anmerkungen der Prüfer und frühere Schlichtungen:</translation>
    </message>
    <message>
        <source>class names, comma-separated</source>
        <translation>Klassennamen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>New &amp;answer:</source>
        <translation>Neue &amp;Antwort:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Guideline &amp;section:</source>
        <translation>Richtlinienab&amp;schnitt:</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <source>No class &quot;%1&quot; in the taxonomy.</source>
        <translation>Keine Klasse „%1“ in der Taxonomie.</translation>
    </message>
    <message>
        <source>    pin %1: %2 %3</source>
        <translation>    Pin %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>assay::widgets::AnnotationSession</name>
    <message>
        <source>no project to save the edit in</source>
        <translation>kein Projekt, in dem die Änderung gespeichert werden könnte</translation>
    </message>
</context>
<context>
    <name>assay::widgets::AudioItemView</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Playback speed (%1 slower, %2 faster, %3 normal)</source>
        <translation>Wiedergabegeschwindigkeit (%1 langsamer, %2 schneller, %3 normal)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>%1: cannot be played (%2)</source>
        <translation>%1: kann nicht abgespielt werden (%2)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Back 5 Seconds</source>
        <translation>5 Sekunden zurück</translation>
    </message>
    <message>
        <source>Forward 5 Seconds</source>
        <translation>5 Sekunden vor</translation>
    </message>
    <message>
        <source>Jump to Start</source>
        <translation>Zum Anfang springen</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Normal Speed</source>
        <translation>Normale Geschwindigkeit</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 kHz · %3</source>
        <translation>%1 · %2 kHz · %3</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>Keine Wellenform: %1</translation>
    </message>
    <message>
        <source>No audio output: playing silently</source>
        <translation>Keine Audioausgabe: Wiedergabe ohne Ton</translation>
    </message>
    <message>
        <source>No audio output: playback will be silent</source>
        <translation>Keine Audioausgabe: die Wiedergabe bleibt stumm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>assay::widgets::BoxListModel</name>
    <message>
        <source>(no class)</source>
        <translation>(keine Klasse)</translation>
    </message>
    <message>
        <source>(unknown class)</source>
        <translation>(unbekannte Klasse)</translation>
    </message>
    <message>
        <source>%1. %2  —  %3 × %4</source>
        <translation>%1. %2  —  %3 × %4</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels at (%4, %5)</source>
        <translation>%1: %2 × %3 Pixel bei (%4, %5)</translation>
    </message>
</context>
<context>
    <name>assay::widgets::BoxListWidget</name>
    <message>
        <source>Boxes of this item; click one to select it on the image</source>
        <translation>Boxen dieses Elements; zum Auswählen im Bild auf eine Box klicken</translation>
    </message>
</context>
<context>
    <name>assay::widgets::ChangeBoxClassCommand</name>
    <message>
        <source>Change box class</source>
        <translation>Boxklasse ändern</translation>
    </message>
</context>
<context>
    <name>assay::widgets::ClassBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>No classes in the taxonomy</source>
        <translation>Keine Klassen in der Taxonomie</translation>
    </message>
    <message>
        <source>Classes (any number):</source>
        <translation>Klassen (beliebig viele):</translation>
    </message>
    <message>
        <source>Class (one):</source>
        <translation>Klasse (eine):</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Find a Class</source>
        <translation>Klasse suchen</translation>
    </message>
    <message>
        <source>Find a class… (/)</source>
        <translation>Klasse suchen … (/)</translation>
    </message>
    <message>
        <source>Type to show the classes whose name contains it; Enter chooses the first one shown</source>
        <translation>Tippen zeigt die Klassen, deren Name es enthält; Eingabe wählt die erste angezeigte</translation>
    </message>
</context>
<context>
    <name>assay::widgets::ClassSuggestions</name>
    <message>
        <source>Suggested by %1%2. %3 accepts and %4 rejects suggestions in turn, best-scored first, boxes before classes.</source>
        <translation>Vorgeschlagen von %1%2. %3 nimmt Vorschläge der Reihe nach an, %4 lehnt sie ab: der beste Score zuerst, Boxen vor Klassen.</translation>
    </message>
    <message>
        <source> (score %1)</source>
        <translation> (Score %1)</translation>
    </message>
    <message>
        <source>Accept suggested class</source>
        <translation>Vorgeschlagene Klasse annehmen</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
</context>
<context>
    <name>assay::widgets::DuplicatesDialog</name>
    <message>
        <source>&amp;Keep This One</source>
        <translation>Dieses &amp;behalten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3</source>
        <translation>%1 × %2 px · %3</translation>
    </message>
    <message>
        <source>Keep %1 and remove the other images of this group from the project</source>
        <translation>%1 behalten und die übrigen Bilder dieser Gruppe aus dem Projekt entfernen</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Cannot be shown: %1</source>
        <translation>Kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Near-Duplicates</source>
        <translation>Beinahe-Duplikate</translation>
    </message>
    <message>
        <source> of 64 bits</source>
        <translation> von 64 Bit</translation>
    </message>
    <message>
        <source>How many bits of the perceptual hash may differ between two images of one group. Resized, re-compressed or slightly brightened copies differ in a few; unrelated pictures in about 32.</source>
        <translation>Wie viele Bits des perzeptuellen Hashes sich zwischen zwei Bildern einer Gruppe unterscheiden dürfen. Verkleinerte, neu komprimierte oder leicht aufgehellte Kopien unterscheiden sich in wenigen, unabhängige Bilder in etwa 32.</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Schwelle:</translation>
    </message>
    <message>
        <source>↑ ↓ choose a group · ← → choose a picture · Enter keeps the highlighted picture · Esc closes</source>
        <translation>↑ ↓ Gruppe wählen · ← → Bild wählen · Eingabe behält das hervorgehobene Bild · Esc schließt</translation>
    </message>
    <message>
        <source>%1 may not remove items: a lead or an admin can keep one image of a group.</source>
        <translation>%1 darf keine Elemente entfernen: eine Leitung oder ein Admin kann ein Bild je Gruppe behalten.</translation>
    </message>
    <message>
        <source>Grouping %1 images…</source>
        <translation>%1 Bilder werden gruppiert …</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) among %1 images</source>
        <translation>
            <numerusform>%n Gruppe unter %1 Bildern</numerusform>
            <numerusform>%n Gruppen unter %1 Bildern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n image(s)</source>
        <translation>
            <numerusform>%1 · %n Bild</numerusform>
            <numerusform>%1 · %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no images with a perceptual hash.</source>
        <translation>Das Projekt enthält keine Bilder mit perzeptuellem Hash.</translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates at this threshold: no two images differ in %n bit(s) or fewer.</source>
        <translation>
            <numerusform>Keine Beinahe-Duplikate bei dieser Schwelle: keine zwei Bilder unterscheiden sich in höchstens %n Bit.</numerusform>
            <numerusform>Keine Beinahe-Duplikate bei dieser Schwelle: keine zwei Bilder unterscheiden sich in höchstens %n Bits.</numerusform>
        </translation>
    </message>
    <message>
        <source>added first; the others are compared with it</source>
        <translation>zuerst hinzugefügt; die übrigen werden mit diesem verglichen</translation>
    </message>
    <message numerus="yes">
        <source>differs in %n bit(s) from the first</source>
        <translation>
            <numerusform>weicht in %n Bit vom ersten ab</numerusform>
            <numerusform>weicht in %n Bits vom ersten ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not remove items.</source>
        <translation>%1 darf keine Elemente entfernen.</translation>
    </message>
    <message>
        <source>Keep One Image</source>
        <translation>Ein Bild behalten</translation>
    </message>
    <message numerus="yes">
        <source>Keep %1 and remove the %n other image(s) of this group from the project?</source>
        <translation>
            <numerusform>%1 behalten und das %n andere Bild dieser Gruppe aus dem Projekt entfernen?</numerusform>
            <numerusform>%1 behalten und die %n anderen Bilder dieser Gruppe aus dem Projekt entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their files stay on disk. The removal is recorded in the project&apos;s log.</source>
        <translation>Ihre Dateien bleiben auf der Festplatte. Das Entfernen wird im Protokoll des Projekts vermerkt.</translation>
    </message>
    <message>
        <source>&amp;Remove Others</source>
        <translation>Übrige &amp;entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Kept %1; removed %n other image(s) from the project. Their files are still on disk.</source>
        <translation>
            <numerusform>%1 behalten; %n anderes Bild aus dem Projekt entfernt. Die Datei liegt weiterhin auf der Festplatte.</numerusform>
            <numerusform>%1 behalten; %n andere Bilder aus dem Projekt entfernt. Ihre Dateien liegen weiterhin auf der Festplatte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::widgets::ExampleDialog</name>
    <message>
        <source>%1 example of %2</source>
        <translation>%1-Beispiel für %2</translation>
    </message>
</context>
<context>
    <name>assay::widgets::GuidelinePanel</name>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Edge case</source>
        <translation>Grenzfall</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Search the guideline</source>
        <translation>Richtlinie durchsuchen</translation>
    </message>
    <message>
        <source>The guideline changed since your last task (version %1 → %2). Sections changed: %3. Read what changed before you go on.</source>
        <translation>Die Richtlinie hat sich seit Ihrer letzten Aufgabe geändert (Version %1 → %2). Geänderte Abschnitte: %3. Lesen Sie die Änderungen, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>*Before:*</source>
        <translation>*Vorher:*</translation>
    </message>
    <message>
        <source>*Now:*</source>
        <translation>*Jetzt:*</translation>
    </message>
    <message>
        <source>&lt;b&gt;No draft&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Entwurf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No guideline yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch keine Richtlinie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>There is no draft to preview.</source>
        <translation>Es gibt keinen Entwurf für eine Vorschau.</translation>
    </message>
    <message>
        <source>No guideline has been published for this project.</source>
        <translation>Für dieses Projekt wurde keine Richtlinie veröffentlicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Version %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · draft, as annotators will see it once published</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Entwurf, wie Annotatoren ihn nach der Veröffentlichung sehen</translation>
    </message>
    <message>
        <source>Worked examples: select a class</source>
        <translation>Beispiele: Wählen Sie eine Klasse aus</translation>
    </message>
    <message>
        <source>No worked examples of %1</source>
        <translation>Keine Beispiele für %1</translation>
    </message>
    <message>
        <source>Worked examples of %1 (open one to see it large)</source>
        <translation>Beispiele für %1 (öffnen Sie eines für eine große Ansicht)</translation>
    </message>
</context>
<context>
    <name>assay::widgets::ImageCanvas</name>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Actual Size (100 %)</source>
        <translation>Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete Box</source>
        <translation>Box löschen</translation>
    </message>
    <message>
        <source>Next Box</source>
        <translation>Nächste Box</translation>
    </message>
    <message>
        <source>Previous Box</source>
        <translation>Vorherige Box</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(keine Klasse)</translation>
    </message>
    <message>
        <source>(unknown class)</source>
        <translation>(unbekannte Klasse)</translation>
    </message>
    <message>
        <source>Box not added: it must be at least %1 × %1 pixels</source>
        <translation>Box nicht hinzugefügt: sie muss mindestens %1 × %1 Pixel groß sein</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Cannot show this image.
%1</source>
        <translation>Dieses Bild kann nicht angezeigt werden.
%1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Drag anywhere to draw a box, also inside another box; click a box to select it.
Drag a box&apos;s line, or Ctrl+drag inside it, to move it; drag its handles to resize it.
Wheel: zoom. Middle-drag or Space+drag: pan.</source>
        <translation>Ziehen Sie irgendwo, um einen Rahmen zu zeichnen, auch in einem anderen Rahmen; ein Klick auf einen Rahmen wählt ihn aus.
Ziehen Sie an der Linie eines Rahmens oder mit Strg innerhalb, um ihn zu verschieben; ziehen Sie an seinen Griffen, um seine Größe zu ändern.
Mausrad: zoomen. Mittlere Taste oder Leertaste + Ziehen: verschieben.</translation>
    </message>
</context>
<context>
    <name>assay::widgets::ItemPreview</name>
    <message>
        <source>Select an item to see it here.</source>
        <translation>Wählen Sie ein Element aus, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px · %4</source>
        <translation>%1 · %2 × %3 px · %4</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 · %2 characters</source>
        <translation>%1 · %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Audio clip

%1 s · %2 Hz · %3 channel(s)</source>
        <translation>Audioclip

%1 s · %2 Hz · Kanäle: %3</translation>
    </message>
    <message>
        <source>%1: cannot be shown: %2</source>
        <translation>%1: kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be shown (damaged or not an image)</source>
        <translation>%1: kann nicht angezeigt werden (beschädigt oder kein Bild)</translation>
    </message>
</context>
<context>
    <name>assay::widgets::MemoryAnnotationEditor</name>
    <message>
        <source>no annotation %1</source>
        <translation>keine Annotation %1</translation>
    </message>
    <message>
        <source>the edit could not be saved</source>
        <translation>die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>a box needs an id</source>
        <translation>eine Box braucht eine ID</translation>
    </message>
    <message>
        <source>box %1 exists already</source>
        <translation>Box %1 existiert bereits</translation>
    </message>
    <message>
        <source>no box %1</source>
        <translation>keine Box %1</translation>
    </message>
    <message>
        <source>suggestions are kept in a project only</source>
        <translation>Vorschläge gibt es nur in einem Projekt</translation>
    </message>
</context>
<context>
    <name>assay::widgets::MoveBoxCommand</name>
    <message>
        <source>Resize box</source>
        <translation>Boxgröße ändern</translation>
    </message>
    <message>
        <source>Move box</source>
        <translation>Box verschieben</translation>
    </message>
</context>
<context>
    <name>assay::widgets::PairHeatMap</name>
    <message>
        <source>No pairs of people yet</source>
        <translation>Noch keine Personenpaare</translation>
    </message>
    <message>
        <source>%1 and %2: kappa %3. Click for the items both answered.</source>
        <translation>%1 und %2: Kappa %3. Klicken für die Elemente, die beide beantwortet haben.</translation>
    </message>
    <message>
        <source>%1 and %2: – (no kappa: they have no items in common, or one of them gave a single class to all). Click for the items both answered.</source>
        <translation>%1 und %2: – (kein Kappa: Sie haben keine gemeinsamen Elemente, oder eine der beiden Personen hat allen dieselbe Klasse gegeben). Klicken für die Elemente, die beide beantwortet haben.</translation>
    </message>
</context>
<context>
    <name>assay::widgets::QualityPanel</name>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Batch figures and verdicts</source>
        <translation>Kennzahlen und Urteile des Stapels</translation>
    </message>
    <message>
        <source>Gold accuracy per person</source>
        <translation>Goldgenauigkeit je Person</translation>
    </message>
    <message>
        <source>Pairwise agreement (Cohen&apos;s kappa)</source>
        <translation>Paarweise Übereinstimmung (Cohens Kappa)</translation>
    </message>
    <message>
        <source>Agreement per class</source>
        <translation>Übereinstimmung je Klasse</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save Plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: %2 items, %3 answers, %4 people</source>
        <translation>%1: %2 Elemente, %3 Antworten, %4 Personen</translation>
    </message>
    <message>
        <source>Anomalies: %1 too fast, %2 class over-use, %3 duplicate</source>
        <translation>Auffälligkeiten: %1 zu schnell, %2 Klassenübernutzung, %3 doppelt</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorffs Alpha</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss&apos; Kappa</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Goldgenauigkeit</translation>
    </message>
    <message>
        <source>Items below agreement threshold</source>
        <translation>Elemente unter der Übereinstimmungsschwelle</translation>
    </message>
    <message>
        <source>Box F1</source>
        <translation>Box-F1</translation>
    </message>
    <message>
        <source>Criterion %1 %2 %3</source>
        <translation>Kriterium %1 %2 %3</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Double-click a figure for the items behind it</source>
        <translation>Doppelklicken Sie auf eine Kennzahl für die Elemente dahinter</translation>
    </message>
    <message>
        <source>Items %1 and %2 both answered</source>
        <translation>Elemente, die %1 und %2 beide beantwortet haben</translation>
    </message>
    <message>
        <source>No gold task of this batch is done yet</source>
        <translation>Noch keine Goldaufgabe dieses Stapels ist erledigt</translation>
    </message>
    <message>
        <source>No item has two answers yet</source>
        <translation>Noch kein Element hat zwei Antworten</translation>
    </message>
    <message>
        <source>No two people drew boxes on the same item</source>
        <translation>Keine zwei Personen haben Boxen auf demselben Element gezeichnet</translation>
    </message>
    <message>
        <source>No value to judge yet</source>
        <translation>Noch kein Wert zu beurteilen</translation>
    </message>
    <message>
        <source>Double-click for the items behind it</source>
        <translation>Doppelklicken für die Elemente dahinter</translation>
    </message>
    <message>
        <source>Click a person&apos;s bar for the items they answered; a missing bar is a person with no gold answer scored yet</source>
        <translation>Klicken Sie auf den Balken einer Person für die Elemente, die sie beantwortet hat; ein fehlender Balken steht für eine Person, von der noch keine Goldantwort bewertet ist</translation>
    </message>
    <message>
        <source>Click a class&apos;s bar for the items given that class</source>
        <translation>Klicken Sie auf den Balken einer Klasse für die Elemente, denen diese Klasse gegeben wurde</translation>
    </message>
    <message>
        <source>Items %1 answered</source>
        <translation>Elemente, die %1 beantwortet hat</translation>
    </message>
    <message>
        <source>Items given %1</source>
        <translation>Elemente mit %1</translation>
    </message>
    <message>
        <source>Items with two answers or more</source>
        <translation>Elemente mit zwei oder mehr Antworten</translation>
    </message>
    <message>
        <source>Gold items answered</source>
        <translation>Beantwortete Goldelemente</translation>
    </message>
    <message>
        <source>Items below the agreement threshold (%1)</source>
        <translation>Elemente unter der Übereinstimmungsschwelle (%1)</translation>
    </message>
    <message>
        <source>Items with boxes</source>
        <translation>Elemente mit Boxen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Over time and drift</source>
        <translation>Zeitverlauf und Drift</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Stapel:</translation>
    </message>
    <message>
        <source>&amp;Taxonomy:</source>
        <translation>&amp;Taxonomie:</translation>
    </message>
    <message>
        <source>&amp;Guidelines:</source>
        <translation>&amp;Richtlinien:</translation>
    </message>
    <message>
        <source>Count only the answers made under this taxonomy version, to compare agreement before and after a change of classes</source>
        <translation>Nur die Antworten zählen, die unter dieser Taxonomieversion gegeben wurden, um die Übereinstimmung vor und nach einer Änderung der Klassen zu vergleichen</translation>
    </message>
    <message>
        <source>Count only the answers made under this guideline version, to see whether agreement changed after the guidelines did</source>
        <translation>Nur die Antworten zählen, die unter dieser Richtlinienversion gegeben wurden, um zu sehen, ob sich die Übereinstimmung nach einer Änderung der Richtlinien geändert hat</translation>
    </message>
    <message>
        <source>any version</source>
        <translation>jede Version</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>assay::widgets::QualityTimelineView</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Gold item</source>
        <translation>Goldelement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>Answered as</source>
        <translation>Beantwortet als</translation>
    </message>
    <message>
        <source>Double-click a reference to open the item</source>
        <translation>Doppelklicken Sie auf eine Referenz, um das Element zu öffnen</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Gold and audit accuracy over time</source>
        <translation>Gold- und Audit-Genauigkeit im Zeitverlauf</translation>
    </message>
    <message>
        <source>Agreement per class over time</source>
        <translation>Übereinstimmung je Klasse im Zeitverlauf</translation>
    </message>
    <message>
        <source>Pairwise agreement (click: the items they disagreed on)</source>
        <translation>Paarweise Übereinstimmung (Klick: die Elemente, bei denen sie uneinig waren)</translation>
    </message>
    <message>
        <source>Drift alerts</source>
        <translation>Drift-Warnungen</translation>
    </message>
    <message>
        <source>Gold references most people miss</source>
        <translation>Goldreferenzen, die die meisten verfehlen</translation>
    </message>
    <message>
        <source>Items %1 and %2 disagreed on</source>
        <translation>Elemente, bei denen %1 und %2 uneinig waren</translation>
    </message>
    <message>
        <source>Gold reference most people miss</source>
        <translation>Goldreferenz, die die meisten verfehlen</translation>
    </message>
    <message>
        <source>Agreement per class</source>
        <translation>Übereinstimmung je Klasse</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>gold accuracy %1 over the last %2 answers against %3 over %4 before; z = %5 ≥ %6</source>
        <translation>Goldgenauigkeit %1 über die letzten %2 Antworten gegenüber %3 über %4 davor; z = %5 ≥ %6</translation>
    </message>
    <message>
        <source>%1 is %2 of the last %3 answers against %4 of the cohort&apos;s %5; Jensen-Shannon %6 ≥ %7</source>
        <translation>%1 ist %2 der letzten %3 Antworten gegenüber %4 der %5 Antworten der Gruppe; Jensen-Shannon %6 ≥ %7</translation>
    </message>
    <message>
        <source>accuracy drop</source>
        <translation>Genauigkeitsabfall</translation>
    </message>
    <message>
        <source>class shift</source>
        <translation>Klassenverschiebung</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: accuracy over time</source>
        <translation>%1: Genauigkeit im Zeitverlauf</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>assay::widgets::RemoveBoxCommand</name>
    <message>
        <source>Delete box</source>
        <translation>Box löschen</translation>
    </message>
</context>
<context>
    <name>assay::widgets::ReviewView</name>
    <message>
        <source>Next Item</source>
        <translation>Nächstes Element</translation>
    </message>
    <message>
        <source>Previous Item</source>
        <translation>Vorheriges Element</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Fix and Accept</source>
        <translation>Korrigieren und annehmen</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Eskalieren…</translation>
    </message>
    <message>
        <source>Overlay All Answers</source>
        <translation>Alle Antworten überlagern</translation>
    </message>
    <message>
        <source>Undo Decision</source>
        <translation>Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo Decision</source>
        <translation>Entscheidung wiederherstellen</translation>
    </message>
    <message>
        <source>Annotator %1</source>
        <translation>Annotator %1</translation>
    </message>
    <message>
        <source>Cancel Fix</source>
        <translation>Korrektur abbrechen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Guideline &amp;section:</source>
        <translation>Richtlinienab&amp;schnitt:</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nächstes Element</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorheriges Element</translation>
    </message>
    <message>
        <source>Choose annotator 1 to 4</source>
        <translation>Annotator 1 bis 4 wählen</translation>
    </message>
    <message>
        <source>Fix (again: save the fix)</source>
        <translation>Korrigieren (erneut: Korrektur speichern)</translation>
    </message>
    <message>
        <source>Cancel a fix</source>
        <translation>Korrektur abbrechen</translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation>Mit Grund ablehnen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Overlay all answers</source>
        <translation>Alle Antworten überlagern</translation>
    </message>
    <message>
        <source>Undo a decision</source>
        <translation>Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo a decision</source>
        <translation>Entscheidung wiederherstellen</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>(keine Klasse)</translation>
    </message>
    <message>
        <source>annotator %1</source>
        <translation>Annotator %1</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Nichts zu prüfen.</translation>
    </message>
    <message>
        <source>End of the queue: every item was decided.</source>
        <translation>Ende der Warteschlange: über alle Elemente wurde entschieden.</translation>
    </message>
    <message>
        <source>Classes: %1

%2</source>
        <translation>Klassen: %1

%2</translation>
    </message>
    <message>
        <source>Item %1 of %2: %3 · in review for: %4 · agreement %5</source>
        <translation>Element %1 von %2: %3 · in Prüfung wegen: %4 · Übereinstimmung %5</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>boxes: %1</source>
        <translation>Boxen: %1</translation>
    </message>
    <message>
        <source>%1. a reviewer&apos;s fix, %2 (%3)</source>
        <translation>%1. Korrektur eines Prüfers, %2 (%3)</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versionen: %1</translation>
    </message>
    <message>
        <source>same classes</source>
        <translation>gleiche Klassen</translation>
    </message>
    <message>
        <source>other classes</source>
        <translation>andere Klassen</translation>
    </message>
    <message>
        <source>no box matched</source>
        <translation>keine Box zugeordnet</translation>
    </message>
    <message>
        <source>IoU %1, matched %2</source>
        <translation>IoU %1, zugeordnet %2</translation>
    </message>
    <message>
        <source>, unmatched %1</source>
        <translation>, nicht zugeordnet %1</translation>
    </message>
    <message>
        <source>, other class %1</source>
        <translation>, andere Klasse %1</translation>
    </message>
    <message>
        <source>not in your queue</source>
        <translation>nicht in Ihrer Warteschlange</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>second review</source>
        <translation>Zweitprüfung</translation>
    </message>
    <message>
        <source>fixing: Alt+F saves, Esc cancels</source>
        <translation>Korrektur: Alt+F speichert, Esc bricht ab</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Escalate to Adjudication</source>
        <translation>Zur Schlichtung eskalieren</translation>
    </message>
    <message>
        <source>Reject with a Reason</source>
        <translation>Mit Grund ablehnen</translation>
    </message>
    <message>
        <source>PgDn/PgUp next/previous item · Alt+1..4 annotator · Alt+A accept · Alt+F fix (Alt+F again saves, Esc cancels) · Alt+R reject · Alt+E escalate · Alt+M remark on a region · Alt+O overlay · Ctrl+Z undo</source>
        <translation>PgDn/PgUp nächstes/vorheriges Element · Alt+1..4 Annotator · Alt+A annehmen · Alt+F korrigieren (erneut Alt+F speichert, Esc bricht ab) · Alt+R ablehnen · Alt+E eskalieren · Alt+M Anmerkung zu einem Bereich · Alt+O überlagern · Ctrl+Z rückgängig</translation>
    </message>
    <message>
        <source>Remark on a Region…</source>
        <translation>Anmerkung zu einem Bereich…</translation>
    </message>
    <message>
        <source>Remark on a Region</source>
        <translation>Anmerkung zu einem Bereich</translation>
    </message>
    <message>
        <source>what is wrong here</source>
        <translation>was hier falsch ist</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Anmerkung:</translation>
    </message>
    <message>
        <source>Remarks on a region are for images.</source>
        <translation>Anmerkungen zu einem Bereich gibt es nur für Bilder.</translation>
    </message>
    <message>
        <source>Drag a rectangle on %1&apos;s answer for the remark (Esc cancels).</source>
        <translation>Ziehen Sie für die Anmerkung ein Rechteck auf der Antwort von %1 auf (Esc bricht ab).</translation>
    </message>
    <message>
        <source>Drag a larger rectangle for a remark (Alt+M to try again).</source>
        <translation>Ziehen Sie für eine Anmerkung ein größeres Rechteck auf (Alt+M für einen neuen Versuch).</translation>
    </message>
    <message>
        <source>A remark needs a reason or a few words.</source>
        <translation>Eine Anmerkung braucht einen Grund oder ein paar Worte.</translation>
    </message>
    <message>
        <source>Remark on a region (drag it, then type)</source>
        <translation>Anmerkung zu einem Bereich (Bereich aufziehen, dann tippen)</translation>
    </message>
    <message>
        <source>(no reason from the list)</source>
        <translation>(kein Grund aus der Liste)</translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Consensus (Dawid–Skene): tied</source>
        <translation>Konsens (Dawid–Skene): Gleichstand</translation>
    </message>
    <message>
        <source>Consensus (Dawid–Skene): %1, confidence %2</source>
        <translation>Konsens (Dawid–Skene): %1, Konfidenz %2</translation>
    </message>
</context>
<context>
    <name>assay::widgets::SetClassesCommand</name>
    <message>
        <source>Set classes</source>
        <translation>Klassen festlegen</translation>
    </message>
</context>
<context>
    <name>assay::widgets::SuggestionLayer</name>
    <message>
        <source>%1 accept, %2 reject</source>
        <translation>%1 annehmen, %2 ablehnen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Suggested box: %1, score %2, by %3.
%4 or a double click accepts it as a box you can then adjust;
%5 or Delete rejects it.</source>
        <translation>Vorgeschlagene Box: %1, Score %2, von %3.
%4 oder ein Doppelklick nimmt sie als Box an, die Sie dann anpassen können;
%5 oder Entf lehnt sie ab.</translation>
    </message>
    <message>
        <source>Accept suggested box</source>
        <translation>Vorgeschlagene Box annehmen</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
</context>
<context>
    <name>assay::widgets::TextItemView</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the text is not valid %2</source>
        <translation>%1: der Text ist kein gültiges %2</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text (invalid byte 0x%2 at offset %3); convert it to UTF-8 to label it</source>
        <translation>%1: kein UTF-8-Text (ungültiges Byte 0x%2 bei Offset %3); zum Annotieren in UTF-8 umwandeln</translation>
    </message>
    <message>
        <source>%1: a binary file, not text</source>
        <translation>%1: eine Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>Default Text Size</source>
        <translation>Standardtextgröße</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Nicht angezeigt</translation>
    </message>
    <message>
        <source>%1 characters · %2 lines · %3 pt</source>
        <translation>%1 Zeichen · %2 Zeilen · %3 pt</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>assay::widgets::WaveformCache</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <source>not a readable audio file (%1)</source>
        <translation>keine lesbare Audiodatei (%1)</translation>
    </message>
    <message>
        <source>the audio file holds no samples</source>
        <translation>die Audiodatei enthält keine Samples</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot decode the audio (%1)</source>
        <translation>das Audio kann nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>the file is truncated; only the first %1 s can be shown and played</source>
        <translation>die Datei ist abgeschnitten; nur die ersten %1 s können angezeigt und abgespielt werden</translation>
    </message>
    <message>
        <source>cannot create the cache folder</source>
        <translation>der Cache-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the waveform cache (%1)</source>
        <translation>der Wellenform-Cache kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>not a waveform cache file</source>
        <translation>keine Wellenform-Cache-Datei</translation>
    </message>
    <message>
        <source>the waveform cache is stale</source>
        <translation>der Wellenform-Cache ist veraltet</translation>
    </message>
    <message>
        <source>the waveform cache is cut short</source>
        <translation>der Wellenform-Cache ist unvollständig</translation>
    </message>
</context>
<context>
    <name>assay::widgets::WaveformView</name>
    <message>
        <source>Click to play from there</source>
        <translation>Klicken, um ab dieser Stelle abzuspielen</translation>
    </message>
    <message>
        <source>Computing the waveform… %1 %</source>
        <translation>Wellenform wird berechnet… %1 %</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: konnte nicht geschrieben werden</translation>
    </message>
</context>
</TS>
