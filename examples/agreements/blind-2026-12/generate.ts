// Writes the PDF and DOCX documents of the blind set, and their plain-text twins, from the data
// below. Run from examples/agreements:
//   npx -y pnpm@12.4.2 --filter @bildungspartner/example-agreements exec tsx blind-2026-12/generate.ts
// The texts without a PDF or DOCX (bNN-*.txt that no entry here names) are written by hand.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeDocx, makePdf, type Block, type Doc } from "./lib.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const p = (text: string, extra: Partial<Extract<Block, { t: "p" }>> = {}): Block => ({ t: "p", text, ...extra });
const h = (text: string, level: 1 | 2 | 3 = 2): Block => ({ t: "h", text, level });
const li = (text: string, mark?: string): Block => ({ t: "li", text, ...(mark ? { mark } : {}) });
const gap: Block = { t: "gap" };
const page: Block = { t: "page" };

// ---------------------------------------------------------------------------------------------
// b01: Mitteilungsvorlage of a town council with the signed agreement as Anlage 1 (PDF).
const b01: Doc = {
  name: "b01-gymnasium-stadtarchiv-mitteilungsvorlage",
  header: "Stadt Altenwerth · Mitteilungsvorlage Nr. 0412/2026",
  pageNumbers: true,
  blocks: [
    p("Stadt Altenwerth", { bold: true }),
    p("Der Bürgermeister\nFachbereich 4 – Schule, Kultur und Sport\nAz.: 40.2-17/26"),
    gap,
    h("Mitteilungsvorlage Nr. 0412/2026 – öffentlich –", 1),
    {
      t: "table",
      ruled: true,
      head: true,
      widths: [3, 2, 2],
      rows: [
        ["Beratungsfolge", "Sitzungstermin", "Art der Beratung"],
        ["Ausschuss für Schule und Kultur", "17.09.2026", "Kenntnisnahme"],
        ["Rat der Stadt Altenwerth", "01.10.2026", "Kenntnisnahme"],
      ],
    },
    gap,
    p("Betreff:", { bold: true }),
    p("Bildungspartnerschaft zwischen dem Stadtarchiv Altenwerth und dem Städtischen Gymnasium Am Wehrturm"),
    gap,
    p("Finanzielle Auswirkungen:", { bold: true }),
    p("Keine. Die Angebote des Stadtarchivs werden aus den vorhandenen Personal- und Sachmitteln erbracht."),
    gap,
    p("Sachdarstellung:", { bold: true }),
    p(
      "Das Stadtarchiv arbeitet seit dem Schuljahr 2023/24 projektweise mit dem Städtischen Gymnasium Am Wehrturm zusammen, zuletzt bei der Ausstellung „Altenwerth 1945–1949. Trümmer, Flucht, Neubeginn“, die Schülerinnen und Schüler der Jahrgangsstufe 9 im Foyer des Rathauses gezeigt haben.",
    ),
    p(
      "Beide Einrichtungen haben diese Zusammenarbeit nun auf eine dauerhafte Grundlage gestellt und eine Kooperationsvereinbarung im Rahmen der Landesinitiative Bildungspartner NRW – Archiv und Schule geschlossen. Die Vereinbarung wurde am 25.08.2026 unterzeichnet und ist dieser Vorlage als Anlage 1 beigefügt. Mit der Registrierung bei Bildungspartner NRW kann das Stadtarchiv künftig Mittel aus dem Förderprogramm „Archiv und Schule“ beantragen; ein erster Antrag ist zum 1. Oktober 2026 vorgesehen.",
    ),
    p("Die Verwaltung bittet um Kenntnisnahme."),
    gap,
    p("In Vertretung\n\ngez. Ralf Heitkamp\nBeigeordneter"),
    gap,
    p("Anlage 1: Kooperationsvereinbarung vom 25.08.2026 (2 Seiten)", { small: true }),
    page,
    h("Anlage 1 zur Mitteilungsvorlage Nr. 0412/2026", 3),
    gap,
    h("Kooperationsvereinbarung", 1),
    p("zwischen dem\n\nStädtischen Gymnasium Am Wehrturm\nWehrturmstraße 12, 58991 Altenwerth\nSchulnummer 169874\nvertreten durch die Schulleiterin Ursula Brinkhoff-Sander\n\n– im Folgenden „Schule“ –\n\nund der\n\nStadt Altenwerth – Stadtarchiv –\nAm Alten Zollhaus 3, 58991 Altenwerth\nvertreten durch den Bürgermeister\n\n– im Folgenden „Stadtarchiv“ –"),
    gap,
    h("§ 1 Ziel der Zusammenarbeit", 3),
    p(
      "Schule und Stadtarchiv schließen eine Bildungspartnerschaft im Rahmen von Bildungspartner NRW. Ziel ist es, Schülerinnen und Schülern die Arbeit mit historischen Originalquellen zu ermöglichen, ihre Methodenkompetenz zu stärken und die Geschichte ihrer Stadt erfahrbar zu machen.",
    ),
    h("§ 2 Leistungen des Stadtarchivs", 3),
    li("Archivführungen und Einführungen in die Recherche für Lerngruppen aller Jahrgangsstufen,"),
    li("Bereitstellung von Quellenmaterial für Unterrichtsreihen, Facharbeiten und Projektkurse,"),
    li("Beratung bei Wettbewerbsbeiträgen (z. B. Geschichtswettbewerb des Bundespräsidenten),"),
    li("ein Praktikumsplatz pro Schuljahr im Rahmen der Berufsorientierung."),
    h("§ 3 Leistungen der Schule", 3),
    p(
      "Die Schule verankert den Besuch des Stadtarchivs im schulinternen Curriculum des Faches Geschichte, benennt eine feste Ansprechperson und stellt Ergebnisse der Zusammenarbeit in geeigneter Form der Öffentlichkeit vor, etwa auf der Homepage oder beim Tag der offenen Tür.",
    ),
    h("§ 4 Teilnehmende", 3),
    p(
      "Die Angebote stehen allen Schülerinnen und Schülern des Gymnasiums offen, von der Erprobungsstufe bis zur Qualifikationsphase. Über die Auswahl der Lerngruppen für einzelne Projekte entscheiden die Fachlehrkräfte.",
    ),
    h("§ 5 Ansprechpersonen", 3),
    p(
      "Ansprechpartnerin der Schule: OStR' Dr. Petra Kowalski, Koordinatorin Kulturelle Bildung, E-Mail:\npetra.kowalski@gymnasium-am-wehrturm.de, Tel. 02391 4471-20",
    ),
    p("Ansprechpartner des Stadtarchivs: Stadtarchivar Dr. Matthias Grevenbroich, Leiter des Stadtarchivs,\nE-Mail: m.grevenbroich@altenwerth.de, Tel. 02391 207-412"),
    p("Ändern sich die Ansprechpersonen, teilen die Partner dies einander und Bildungspartner NRW unverzüglich mit."),
    h("§ 6 Laufzeit", 3),
    p(
      "Die Vereinbarung gilt vom 1. September 2026 bis zum 31. August 2028. Eine Fortsetzung über diesen Zeitraum hinaus ist ausdrücklich gewünscht; die Partner werten die Zusammenarbeit im Frühjahr 2028 gemeinsam aus.",
    ),
    h("§ 7 Sonstiges", 3),
    p("Änderungen und Ergänzungen bedürfen der Schriftform. Aus dieser Vereinbarung entstehen keine finanziellen Verpflichtungen."),
    gap,
    p("Altenwerth, 25.08.2026"),
    gap,
    {
      t: "table",
      widths: [1, 1],
      rows: [
        ["Für das Städtische Gymnasium Am Wehrturm", "Für die Stadt Altenwerth – Stadtarchiv –"],
        ["\n\n______________________________", "\n\n______________________________"],
        ["Ursula Brinkhoff-Sander\nSchulleiterin", "Jörg Niehaus\nBürgermeister"],
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// b03: Niederschrift of a Kulturausschuss, signed agreement annexed, persons redacted (PDF).
const b03: Doc = {
  name: "b03-realschule-stadtmuseum-niederschrift-geschwaerzt",
  header: "Stadt Hallenbeck – Niederschrift KulA/0022/2026 – öffentlicher Teil",
  pageNumbers: true,
  blocks: [
    h("Niederschrift", 1),
    p("über die 22. Sitzung des Kulturausschusses der Stadt Hallenbeck am Dienstag, dem 22. September 2026, im Ratssaal des Rathauses, Marktplatz 1"),
    p("Beginn: 17:00 Uhr    Ende: 18:42 Uhr"),
    gap,
    p("Anwesend:", { bold: true }),
    {
      t: "table",
      ruled: true,
      widths: [2, 3, 2],
      rows: [
        ["Vorsitz", "Ratsfrau Gisela Tenhagen", "SPD"],
        ["Mitglieder", "Ratsherr Bernd Vollmer\nRatsfrau Dr. Aylin Demir\nRatsherr Klaus-Peter Stüwe\nsachk. Bürgerin Monika Esser", "CDU\nGRÜNE\nFDP\nSPD"],
        ["Verwaltung", "Frau Kerstin Lammers (Fachbereichsleiterin Kultur)\nHerr Nils Pape (Schriftführer)", ""],
      ],
    },
    gap,
    h("Öffentlicher Teil", 2),
    h("TOP 1  Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit", 3),
    p("Die Vorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Einladung sowie die Beschlussfähigkeit fest. Einwände gegen die Tagesordnung werden nicht erhoben."),
    h("TOP 2  Niederschrift der Sitzung vom 09.06.2026", 3),
    p("Die Niederschrift wird ohne Änderungen genehmigt (einstimmig)."),
    h("TOP 3  Mitteilungen der Verwaltung", 3),
    p("3.1 Sommerleseclub 2026: Die Stadtbücherei meldet 412 Teilnehmende, 18 % mehr als im Vorjahr."),
    p(
      "3.2 Bildungspartnerschaft Stadtmuseum / Städtische Realschule: Frau Lammers berichtet, dass das Stadtmuseum Hallenbeck und die Städtische Realschule Hallenbeck am 2. Juli 2026 eine Kooperationsvereinbarung unterzeichnet haben. Die Partnerschaft ist bei Bildungspartner NRW in der Initiative „Museum und Schule“ zur Registrierung angemeldet. Die unterzeichnete Vereinbarung ist der Niederschrift als Anlage 2 beigefügt. Ratsfrau Dr. Demir begrüßt die Partnerschaft und regt an, die Ergebnisse im Ausschuss vorzustellen; die Verwaltung sagt dies für das Frühjahr 2027 zu.",
    ),
    h("TOP 4  Zuschuss an den Heimat- und Geschichtsverein Hallenbeck e. V.", 3),
    p("Beschluss: Der Ausschuss gewährt für die Herausgabe des Jahrbuchs 2027 einen Zuschuss von 2.500 EUR. Abstimmungsergebnis: einstimmig."),
    gap,
    p("gez. Tenhagen, Vorsitzende          gez. Pape, Schriftführer"),
    page,
    h("Anlage 2 zur Niederschrift vom 22.09.2026", 3),
    p("Hinweis: Personenbezogene Daten von Beschäftigten wurden für die Veröffentlichung im Ratsinformationssystem geschwärzt.", { small: true }),
    gap,
    h("Kooperationsvereinbarung „Museum und Schule“", 1),
    p("Die Städtische Realschule Hallenbeck, Schulstraße 8, 47733 Hallenbeck (Schulnummer 154602), und das Stadtmuseum Hallenbeck, Burgplatz 2, 47733 Hallenbeck, schließen die folgende Vereinbarung als Bildungspartner NRW."),
    h("1. Gegenstand", 3),
    p(
      "Die Partner entwickeln gemeinsam museumspädagogische Angebote zur Stadt- und Regionalgeschichte, zur Industriekultur am Niederrhein und zur Alltagsgeschichte. Das Museum stellt Räume, Objekte und fachliche Begleitung; die Schule bindet die Besuche in den Unterricht der Fächer Geschichte, Erdkunde, Kunst und Deutsch ein.",
    ),
    h("2. Teilnahme", 3),
    p("Alle Schülerinnen und Schüler der Realschule können an den Angeboten teilnehmen. Jede Klasse besucht das Museum mindestens einmal im Schuljahr; darüber hinaus stehen die Ferienwerkstätten des Museums allen Kindern und Jugendlichen der Schule offen."),
    h("3. Ansprechpersonen", 3),
    {
      t: "table",
      ruled: true,
      head: true,
      widths: [2, 3, 4],
      rows: [
        ["", "Name, Funktion", "E-Mail"],
        ["Schule", "[geschwärzt], Lehrerin für Geschichte", "XXXXX@realschule-hallenbeck.de"],
        ["Stadtmuseum", "*** ***, Museumspädagogik", "[geschwärzt]"],
      ],
    },
    h("4. Laufzeit", 3),
    p("Die Vereinbarung beginnt am 01.08.2026 und endet am 31.07.2028. Sie kann im gegenseitigen Einvernehmen verlängert werden."),
    h("5. Schlussbestimmungen", 3),
    p("Kosten entstehen der Schule nicht; Eintritt und Führungen sind für Klassen der Realschule frei. Änderungen bedürfen der Schriftform."),
    gap,
    p("Hallenbeck, den 2. Juli 2026"),
    gap,
    {
      t: "table",
      widths: [1, 1],
      rows: [["gez. Thomas Wiegand\nRealschulrektor\nStädtische Realschule Hallenbeck", "gez. Dr. Hanna Lüttke-Pieper\nLeiterin des Stadtmuseums Hallenbeck"]],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// b04: Bühne und Schule, parties and first clauses in two columns (PDF).
const b04: Doc = {
  name: "b04-gesamtschule-stadttheater-zweispaltig",
  blocks: [
    h("Kooperationsvereinbarung", 1),
    p("Bühne und Schule – eine Initiative von Bildungspartner NRW", { bold: true }),
    gap,
    {
      t: "twocol",
      left: [
        p("Schule", { bold: true }),
        p("Gesamtschule Auf der Tenne\nTennenweg 40\n44901 Rauxel-Süd\nSchulnummer 193317"),
        gap,
        p("Ansprechperson", { bold: true }),
        p("StR Malte Hinrichsen\nFachleitung Darstellen und Gestalten\nmalte.hinrichsen@ge-tenne.de"),
        gap,
        h("§ 1 Anlass", 3),
        p(
          "Die Gesamtschule Auf der Tenne und das Stadttheater Rauxel arbeiten seit mehreren Spielzeiten zusammen. Mit dieser Vereinbarung werden sie Partner im Programm Bildungs-\npartner NRW und halten fest, was jede Seite beiträgt.",
        ),
        h("§ 2 Beitrag des Theaters", 3),
        p(
          "Das Theater ermöglicht den Besuch von Proben und Vorstellungen zu ermäßigten Preisen, bietet Workshops mit Ensemblemitgliedern an und öffnet einmal je Spielzeit die Werkstätten für eine Führung hinter die Kulissen.",
        ),
      ],
      right: [
        p("Partner", { bold: true }),
        p("Stadttheater Rauxel\nTheaterplatz 1\n44902 Rauxel\nEigenbetrieb der Stadt Rauxel"),
        gap,
        p("Ansprechperson", { bold: true }),
        p("Svenja Oberdiek\nTheaterpädagogin\ns.oberdiek@theater-rauxel.de"),
        gap,
        h("§ 3 Beitrag der Schule", 3),
        p(
          "Die Schule plant die Theaterbesuche verbindlich in den Jahresplan ein, stellt für Workshops die Aula zur Verfügung und präsentiert die Ergebnisse der Zusammenarbeit einmal im Jahr öffentlich.",
        ),
        h("§ 4 Teilnehmende", 3),
        p(
          "Die Angebote dieser Vereinbarung richten sich ausschließlich an die Schülerinnen und Schüler des Literaturkurses Theater in der Qualifikationsphase 1. Eine Ausweitung auf weitere Lerngruppen ist nicht vorgesehen.",
        ),
        h("§ 5 Laufzeit", 3),
        p("Die Kooperation läuft vom 1.8.2026 bis zum 31.7.2028."),
      ],
    },
    gap,
    h("§ 6 Schlussbestimmungen", 3),
    p(
      "Die Partner treffen sich mindestens einmal je Schulhalbjahr zu einem Planungsgespräch. Änderungen dieser Vereinbarung bedürfen der Schriftform. Die Vereinbarung kann von jeder Seite mit einer Frist von drei Monaten zum Ende eines Schulhalbjahres gekündigt werden.",
    ),
    gap,
    gap,
    {
      t: "table",
      widths: [1, 1],
      rows: [
        ["Rauxel, den 30.06.2026", "Rauxel, den 30.06.2026"],
        ["\n\n____________________________", "\n\n____________________________"],
        ["Dr. Friederike Almstedt\nSchulleiterin der Gesamtschule Auf der Tenne", "Bastian Kühlewind\nIntendant des Stadttheaters Rauxel"],
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// b05: a Stadtsportbund's form with tick boxes and tables, no mention of the programme (PDF).
const b05: Doc = {
  name: "b05-hauptschule-sportverein-ssb-formular",
  header: "Stadtsportbund Dornstetten e. V. · Formblatt K 2 · Stand 03/2025",
  pageNumbers: true,
  blocks: [
    h("Kooperationsvereinbarung Schule – Sportverein", 1),
    p("nach den Rahmenvorgaben des Stadtsportbundes Dornstetten e. V. für Bewegungs-, Spiel- und Sportangebote im Ganztag"),
    p("Bitte vollständig ausfüllen und zweifach unterschrieben an die Geschäftsstelle des Stadtsportbundes senden.", { small: true }),
    gap,
    h("1. Schule", 3),
    {
      t: "table",
      ruled: true,
      widths: [2, 5],
      rows: [
        ["Name der Schule", "Städtische Hauptschule Am Gerberbach"],
        ["Schulnummer", "187654"],
        ["Anschrift", "Gerberstraße 21, 32109 Dornstetten"],
        ["Ansprechperson", "Herr Dennis Kowalczyk (Fachleitung Sport)"],
        ["Telefon / E-Mail", "05221 39902-0 / d.kowalczyk@hs-gerberbach.de"],
      ],
    },
    h("2. Sportverein", 3),
    {
      t: "table",
      ruled: true,
      widths: [2, 5],
      rows: [
        ["Name des Vereins", "TuS Grünholz 1911 e. V., Abteilung Handball"],
        ["Vereinsnummer LSB", "04 117"],
        ["Anschrift", "Sportplatzweg 2, 32109 Dornstetten-Grünholz"],
        ["Ansprechperson", "Frau Melanie Rüther (Übungsleiterin, C-Lizenz Handball)"],
        ["Telefon / E-Mail", "0171 5534802 / melanie.ruether@tus-gruenholz.de"],
      ],
    },
    h("3. Angebot", 3),
    {
      t: "table",
      ruled: true,
      widths: [2, 5],
      rows: [
        ["Sportart", "Handball (Minihandball und Ballschule)"],
        ["Zeit / Ort", "dienstags und donnerstags, 14:00–15:30 Uhr, Dreifachhalle Am Gerberbach"],
        ["Gruppengröße", "mindestens 8, höchstens 20 Teilnehmende"],
      ],
    },
    p("Teilnehmerkreis (bitte ankreuzen):"),
    { t: "box", checked: true, text: "Das Angebot steht allen Schülerinnen und Schülern der Schule offen." },
    { t: "box", checked: false, text: "Das Angebot ist auf folgende Klassen / Lerngruppen beschränkt: ______________________" },
    h("4. Zeitraum", 3),
    {
      t: "table",
      ruled: true,
      widths: [1, 1],
      rows: [["Vertragsbeginn: 01.08.26", "Vertragsende: 31.07.28"]],
    },
    { t: "box", checked: false, text: "Die Vereinbarung verlängert sich jeweils um ein Schuljahr, wenn sie nicht bis zum 30.04. gekündigt wird." },
    h("5. Vergütung und Versicherung", 3),
    p(
      "Die Übungsleitung erhält vom Schulträger eine Aufwandsentschädigung von 25,00 EUR je Einheit (45 Minuten). Die Teilnehmenden sind über die gesetzliche Schülerunfallversicherung versichert, die Übungsleitung über die Sportversicherung des Landessportbundes.",
    ),
    h("6. Unterschriften", 3),
    {
      t: "table",
      ruled: true,
      head: true,
      widths: [2, 3, 3],
      rows: [
        ["Ort, Datum", "Schulleitung", "Vereinsvorstand (§ 26 BGB)"],
        ["Dornstetten, 03.07.2026", "\n\nGabriele Sommerfeld, Rektorin", "\n\nFrank Oberhaus, 1. Vorsitzender"],
      ],
    },
    gap,
    p("Nur vom Stadtsportbund auszufüllen: Eingang am ______________   Bearbeitet von ______________", { small: true }),
  ],
};

// ---------------------------------------------------------------------------------------------
// b02: model agreement of "Bibliothek und Schule" with Word tables; library contact only at a department mailbox (DOCX).
const b02: Doc = {
  name: "b02-grundschule-stadtbibliothek-muster",
  blocks: [
    h("Kooperationsvereinbarung", 1),
    p("Bildungspartner NRW – Bibliothek und Schule", { bold: true }),
    gap,
    p("zwischen"),
    {
      t: "table",
      ruled: true,
      widths: [1, 1],
      rows: [
        ["Schule", "Bibliothek"],
        [
          "Gemeinschaftsgrundschule Lindenhof\nLindenhofer Weg 7\n41460 Kaarsfeld\nSchulnummer 115230",
          "Stadtbibliothek Kaarsfeld\nKirchplatz 4–6\n41460 Kaarsfeld\nEinrichtung der Stadt Kaarsfeld",
        ],
      ],
    },
    h("1. Ziele der Bildungspartnerschaft"),
    p(
      "Die Gemeinschaftsgrundschule Lindenhof und die Stadtbibliothek Kaarsfeld verabreden eine dauerhafte Zusammenarbeit, um die Lese-, Informations- und Medienkompetenz der Kinder zu fördern. Die Bibliothek wird als außerschulischer Lernort selbstverständlicher Teil des Schullebens.",
    ),
    h("2. Was die Bibliothek anbietet"),
    li("eine Bibliotheksführung mit Ausgabe des Bibliotheksausweises für jede erste Klasse,"),
    li("Klassenführungen zu Sachthemen und Recherche (Bibliotheksführerschein in Klasse 2, Recherchetraining in Klasse 4),"),
    li("Medienkisten zu Unterrichtsthemen, ausleihbar für sechs Wochen,"),
    li("Lesungen und Vorleseaktionen, unter anderem zum Bundesweiten Vorlesetag."),
    h("3. Was die Schule beiträgt"),
    li("Sie plant die Bibliotheksbesuche in den Arbeitsplänen der Jahrgänge ein,"),
    li("informiert die Eltern über die Angebote der Bibliothek,"),
    li("benennt eine Ansprechperson und meldet Terminwünsche bis zu den Herbstferien."),
    h("4. Wer teilnimmt"),
    p("Alle Klassen der Schule nehmen an den Angeboten teil. Die Angebote stehen allen Kindern der Schule offen, auch den Kindern im Offenen Ganztag."),
    h("5. Ansprechpersonen"),
    {
      t: "table",
      ruled: true,
      head: true,
      widths: [2, 3, 3],
      rows: [
        ["", "Name / Funktion", "Erreichbarkeit"],
        ["Schule", "Frau Jessica Bramkamp, Lehrerin, Leseförderung", "jessica.bramkamp@ggs-lindenhof.de\nTel. 02131 66120"],
        ["Bibliothek", "Frau Annika Vesper, Leitung Kinder- und Jugendbibliothek", "kinderbibliothek@stadt-kaarsfeld.de\nTel. 02131 90-3310"],
      ],
    },
    h("6. Laufzeit"),
    p(
      "Die Vereinbarung gilt mit Beginn des Schuljahres 2026/27 für die Dauer von drei Jahren. Sie verlängert sich danach, wenn keiner der Partner widerspricht. Einmal im Jahr ziehen Schule und Bibliothek gemeinsam Bilanz.",
    ),
    h("7. Unterschriften"),
    {
      t: "table",
      widths: [1, 1],
      rows: [
        ["Kaarsfeld, 19. Aug. 2026", "Kaarsfeld, 19. Aug. 2026"],
        ["\n\n______________________________", "\n\n______________________________"],
        ["Simone Achterberg\nSchulleiterin GGS Lindenhof", "Dr. Georg Pütz\nLeiter der Stadtbibliothek"],
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// b07: Medienzentrum und Schule, contacts in a Word table, no mention of the state programme (DOCX).
const b07: Doc = {
  name: "b07-sekundarschule-kreismedienzentrum",
  blocks: [
    h("Vereinbarung über eine Bildungspartnerschaft", 1),
    p("Medienzentrum und Schule", { bold: true }),
    gap,
    p("Das Kreismedienzentrum des Kreises Hollberg, Kreishaus, Am Landratsamt 1, 57620 Hollberg, und die Sekundarschule Wiesental, Talstraße 55, 57631 Wiesental (Schulnummer 197720), vereinbaren eine Bildungspartnerschaft auf der Grundlage des Medienkompetenzrahmens."),
    h("Präambel"),
    p(
      "Digitale Medien prägen den Alltag von Kindern und Jugendlichen. Schule und Medienzentrum wollen gemeinsam dafür sorgen, dass alle Schülerinnen und Schüler lernen, Medien sicher, kritisch und kreativ zu nutzen. Das Kreismedienzentrum ist als Einrichtung des Kreises Hollberg Partner der Schulen im Kreisgebiet.",
    ),
    h("Leistungen des Kreismedienzentrums"),
    li("Beratung der Schule bei der Fortschreibung ihres Medienkonzepts,"),
    li("Ausleihe von Geräten (Tablet-Koffer, Robotik-Sets, Audio- und Videotechnik) und Bereitstellung der Bildungsmediathek,"),
    li("zwei schulinterne Fortbildungen pro Schuljahr für das Kollegium,"),
    li("Projekttage zu Themen wie Informationskompetenz, Cybermobbing oder Trickfilm."),
    h("Leistungen der Schule"),
    li("Die Schule benennt eine Medienbeauftragte als Ansprechperson,"),
    li("nutzt die Angebote des Medienzentrums in allen Jahrgängen,"),
    li("dokumentiert die Projekte und stellt sie auf ihrer Homepage vor."),
    h("Teilnahme"),
    p("Die Angebote der Partnerschaft stehen allen Schülerinnen und Schülern der Sekundarschule Wiesental offen."),
    h("Ansprechpersonen"),
    {
      t: "table",
      ruled: true,
      head: true,
      widths: [2, 2, 3],
      rows: [
        ["Funktion", "Name", "E-Mail"],
        ["Medienbeauftragte der Schule", "Jana Wittkowski", "j.wittkowski@sekundarschule-wiesental.de"],
        ["Medienpädagoge des Kreismedienzentrums", "Oliver Szymanski", "szymanski@kreis-hollberg.de"],
      ],
    },
    h("Dauer"),
    p("Die Vereinbarung wird ab dem 15.08.2026 unbefristet geschlossen. Sie kann von jeder Seite mit einer Frist von drei Monaten zum Ende eines Schuljahres gekündigt werden."),
    gap,
    {
      t: "table",
      widths: [1, 1],
      rows: [
        ["Wiesental, 12.08.2026", "Hollberg, 14.08.2026"],
        ["\n\n______________________________", "\n\n______________________________"],
        ["Markus Deppe\nSchulleiter Sekundarschule Wiesental", "Claudia Hesselmann\nLandrätin des Kreises Hollberg\nfür das Kreismedienzentrum"],
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// b10: Gedenkstätte und Schule, in force on signing, undated signatures (DOCX).
const b10: Doc = {
  name: "b10-foerderschule-gedenkstaette-ab-unterzeichnung",
  blocks: [
    h("Kooperationsvereinbarung", 1),
    p("im Rahmen der Initiative „Gedenkstätte und Schule“ von Bildungspartner NRW", { bold: true }),
    gap,
    p("Zwischen der"),
    p("Johannes-Falk-Schule\nFörderschule mit den Förderschwerpunkten Lernen sowie Emotionale und soziale Entwicklung\nHeideweg 30, 33802 Steinbrück\nSchulnummer 141988", { bold: false }),
    p("und der"),
    p("Gedenkstätte Alte Synagoge Steinbrück\nIn Trägerschaft der Stadt Steinbrück\nJudengasse 4, 33802 Steinbrück"),
    p("wird folgende Vereinbarung geschlossen:"),
    h("§ 1 Grundsätze"),
    p(
      "Die Gedenkstätte erinnert an die jüdische Gemeinde Steinbrücks und an ihre Verfolgung und Vernichtung in der Zeit des Nationalsozialismus. Gemeinsam mit der Schule will sie jungen Menschen mit besonderem Förderbedarf Zugänge zur Geschichte eröffnen, die an ihre Lebenswelt anknüpfen: über Biografien, über Orte in der Nachbarschaft, über Gegenstände und Bilder.",
    ),
    h("§ 2 Angebote"),
    li("Besuche der Gedenkstätte mit Führungen in Leichter Sprache,"),
    li("Spurensuche im Stadtteil zu den Stolpersteinen,"),
    li("Begleitung von Projekten zum 9. November und zum 27. Januar,"),
    li("Material für den Unterricht, das gemeinsam mit den Lehrkräften an die Lernvoraussetzungen angepasst wird."),
    h("§ 3 Zielgruppe"),
    p("Die Angebote stehen allen Schülerinnen und Schülern der Johannes-Falk-Schule offen, von der Unterstufe bis zur Berufspraxisstufe. Umfang und Form werden mit den Klassenleitungen abgestimmt."),
    h("§ 4 Ansprechpersonen"),
    p("Für die Schule: Sonderpädagogin Laura Kämpfer-Diallo, laura.kaempfer-diallo@jfs-steinbrueck.de\nFür die Gedenkstätte: Dipl.-Päd. Rainer Oltmanns, rainer.oltmanns@steinbrueck.de"),
    h("§ 5 Inkrafttreten und Laufzeit"),
    p(
      "Diese Vereinbarung tritt mit ihrer Unterzeichnung durch beide Partner in Kraft und gilt bis zum 31. Juli 2028. Vor Ablauf verständigen sich die Partner über eine Fortsetzung.",
    ),
    h("§ 6 Schlussbestimmungen"),
    p("Die Partner informieren Bildungspartner NRW über die Vereinbarung. Nebenabreden bestehen nicht."),
    gap,
    {
      t: "table",
      widths: [1, 1],
      rows: [
        ["Ort, Datum: ______________________", "Ort, Datum: ______________________"],
        ["\n\n______________________________", "\n\n______________________________"],
        ["Hendrik Sasse\nSchulleiter der Johannes-Falk-Schule", "Dr. Miriam Adelsberg\nLeiterin der Gedenkstätte Alte Synagoge"],
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// b14: title-line parties, Museum und Schule without the state programme, target group "vorrangig" (DOCX).
const b14: Doc = {
  name: "b14-gymnasium-kunstmuseum-titelzeile",
  blocks: [
    h("Ratsgymnasium Velbrück (Schulnummer 166035), und Kunstmuseum Villa Hoesch, Velbrück", 1),
    p("Vereinbarung über eine Bildungspartnerschaft „Museum und Schule“", { bold: true }),
    gap,
    h("I. Worum es geht"),
    p(
      "Das Ratsgymnasium und das Kunstmuseum Villa Hoesch, ein Museum der Stadt Velbrück, wollen die ästhetische Bildung der Schülerinnen und Schüler stärken. Das Museum soll ein Ort werden, an dem Kunstunterricht regelmäßig stattfindet: vor Originalen, im Gespräch mit Künstlerinnen und Künstlern und in der museumseigenen Druckwerkstatt.",
    ),
    h("II. Vorhaben"),
    li("Unterricht im Museum: zwei Besuche je Lerngruppe und Schuljahr, mit Vor- und Nachbereitung im Fach Kunst,", "1."),
    li("„Schule macht Ausstellung“: eine von Schülerinnen und Schülern kuratierte Kabinettausstellung im Frühjahr,", "2."),
    li("Fortbildung der Kunstlehrkräfte zu den Wechselausstellungen,", "3."),
    li("freier Eintritt für Lerngruppen des Ratsgymnasiums.", "4."),
    h("III. Für wen"),
    p("Das Angebot richtet sich vorrangig an die Jahrgangsstufen 5 bis 7. Die Fachschaft Kunst entscheidet zu Beginn jedes Schuljahres, welche Lerngruppen die Besuche wahrnehmen."),
    h("IV. Ansprechpersonen"),
    p("Ansprechpartnerin der Schule: StD' Katharina von Ahlen, Fachvorsitzende Kunst, E-Mail:\nkatharina.vonahlen@ratsgymnasium-velbrueck.de"),
    p("Ansprechpartner des Museums: Kunsthistoriker Dr. Lukas Brenneisen, Kurator für Vermittlung,\nE-Mail: lukas.brenneisen@velbrueck.de"),
    h("V. Laufzeit"),
    p("Die Partnerschaft ist auf zwei Jahre angelegt, beginnend im August 2026. Danach soll sie fortgesetzt werden, wenn beide Seiten zustimmen."),
    gap,
    p("Velbrück, im Juli 2026"),
    gap,
    p("Für das Ratsgymnasium Velbrück\n\n______________________________\nOStD Wilhelm Ostendorp, Schulleiter"),
    gap,
    p("Für das Kunstmuseum Villa Hoesch\n\n______________________________\nDr. Ines Kaltwasser, Direktorin"),
  ],
};

// ---------------------------------------------------------------------------------------------
// b15: Archiv und Schule, contacts in an annex the document does not contain (PDF).
const b15: Doc = {
  name: "b15-gesamtschule-kreisarchiv-anlage-fehlt",
  header: "Kooperationsvereinbarung Gesamtschule Ohlenbach / Kreisarchiv Ruhrlinde",
  pageNumbers: true,
  blocks: [
    h("Kooperationsvereinbarung", 1),
    p("Bildungspartner NRW – Archiv und Schule", { bold: true }),
    gap,
    p("Zwischen\n\nder Gesamtschule Ohlenbach, Am Schulzentrum 1, 45711 Ohlenbach (Schulnummer 188245), vertreten durch die Schulleiterin,\n\nund\n\ndem Kreisarchiv Ruhrlinde, Kreisverwaltung, Hattinger Straße 98, 45700 Ruhrlinde, vertreten durch den Landrat,\n\nwird die folgende Vereinbarung geschlossen."),
    h("§ 1 Zweck", 3),
    p(
      "Das Kreisarchiv und die Gesamtschule Ohlenbach arbeiten zusammen, damit Schülerinnen und Schüler Archive als Orte der Überlieferung kennenlernen und den Umgang mit Quellen üben. Die Partner orientieren sich an den Kernlehrplänen der Fächer Geschichte und Gesellschaftslehre.",
    ),
    h("§ 2 Angebote des Kreisarchivs", 3),
    li("Archivbesuche mit Einführung in Findmittel und Lesesaal,"),
    li("Quellenkoffer zu den Themen Industrialisierung, Kriegsende 1945 und Strukturwandel im Revier,"),
    li("Begleitung von Facharbeiten und Projektkursen der Oberstufe,"),
    li("Beratung bei der Teilnahme am Geschichtswettbewerb."),
    h("§ 3 Beitrag der Schule", 3),
    p("Die Schule benennt eine Ansprechperson, stimmt die Termine frühzeitig ab und bindet die Archivarbeit in die schulinternen Lehrpläne ein."),
    h("§ 4 Teilnehmende", 3),
    p("Die Kooperation kommt der gesamten Schülerschaft zugute: Alle Schülerinnen und Schüler der Gesamtschule können an den Angeboten teilnehmen."),
    h("§ 5 Ansprechpersonen", 3),
    p(
      "Jede Seite benennt eine feste Ansprechperson mit persönlicher E-Mail-Adresse. Die Ansprechpersonen sind in der Anlage 1 zu dieser Vereinbarung aufgeführt. Änderungen werden der anderen Seite schriftlich mitgeteilt; die Anlage wird dann fortgeschrieben, ohne dass die Vereinbarung geändert werden muss.",
    ),
    h("§ 6 Laufzeit", 3),
    p("Laufzeit: 1. Aug. 2026 – 31. Juli 2029. Die Partner prüfen rechtzeitig vor Ablauf, ob die Zusammenarbeit fortgesetzt wird."),
    h("§ 7 Kosten", 3),
    p("Für die Angebote des Kreisarchivs entstehen der Schule keine Kosten. Fahrtkosten trägt die Schule."),
    gap,
    p("Ohlenbach / Ruhrlinde, 6. Juli 2026"),
    gap,
    {
      t: "table",
      widths: [1, 1],
      rows: [
        ["Für die Gesamtschule Ohlenbach", "Für den Kreis Ruhrlinde – Kreisarchiv –"],
        ["\n\n______________________________", "\n\n______________________________"],
        ["Renate Oberschelp-Vahle, Schulleiterin", "Dr. Carsten Wolbring, Landrat"],
      ],
    },
    gap,
    p("Anlage 1: Ansprechpersonen (wird gesondert geführt)", { small: true }),
  ],
};

const pdfs = [b01, b03, b04, b05, b15];
const docxs = [b02, b07, b10, b14];

for (const doc of pdfs) {
  const { pdf, txt } = await makePdf(doc);
  writeFileSync(join(here, `${doc.name}.pdf`), pdf);
  writeFileSync(join(here, `${doc.name}.txt`), txt);
}
for (const doc of docxs) {
  const { docx, txt } = await makeDocx(doc);
  writeFileSync(join(here, `${doc.name}.docx`), docx);
  writeFileSync(join(here, `${doc.name}.txt`), txt);
}
console.log(`wrote ${pdfs.length} PDF and ${docxs.length} DOCX documents with their text twins`);
