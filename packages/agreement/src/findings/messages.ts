import { formatMessage, type Lang, type LocalizedText } from "@bildungspartner/core";

/** Fills a message in the requested language. */
export function say(lang: Lang, text: LocalizedText, values: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(text[lang], values);
}

/** The messages of the errors `checkAgreementText` throws; their `{name}` placeholders are the error's `params`. */
export const errorTexts = {
  notAString: { de: "Der Text muss eine Zeichenkette sein.", en: "The text must be a string." },
  textTooLong: {
    de: "Der Text ist zu lang: {length} Zeichen, höchstens {max} (etwa 650 Seiten). Bitte prüfen Sie nur die Vereinbarung.",
    en: "The text is too long: {length} characters, at most {max} (about 650 pages). Please check the agreement alone.",
  },
} as const;

/**
 * Every message of the agreement checks, German and English. Messages never quote names of persons or
 * addresses; next steps are polite requests ("Bitte …"), the verb for signatures is "unterzeichnen".
 */
export const texts = {
  programme: {
    found: {
      de: "Bildungspartner NRW wird erwähnt.",
      en: "Bildungspartner NRW is mentioned.",
    },
    foundInitiative: {
      de: "Bildungspartner NRW wird erwähnt (Initiative „{initiative}“).",
      en: "Bildungspartner NRW is mentioned (initiative “{initiative}”).",
    },
    partial: {
      de: "Die Vereinbarung spricht von Bildungspartnern oder einer Bildungspartnerschaft, nennt aber nicht „Bildungspartner NRW“. Bitte prüfen Sie, ob das Programm gemeint ist, und nennen Sie es ausdrücklich.",
      en: "The agreement speaks of education partners or an education partnership but does not name “Bildungspartner NRW”. Please check whether the programme is meant, and name it explicitly.",
    },
    initiativeOnly: {
      de: "Die Vereinbarung nennt die Initiative „{initiative}“, aber nicht „Bildungspartner NRW“. Bitte nennen Sie das Programm ausdrücklich.",
      en: "The agreement names the initiative “{initiative}” but not “Bildungspartner NRW”. Please check and name the programme explicitly.",
    },
    runningOnly: {
      de: "„Bildungspartner NRW“ steht nur in einer wiederkehrenden Kopf- oder Fußzeile, nicht im Text der Vereinbarung.",
      en: "“Bildungspartner NRW” stands only in a repeated header or footer.",
    },
    missing: {
      de: "Bildungspartner NRW wird nicht erwähnt. Bitte nennen Sie das Programm in der Kooperationsvereinbarung, damit alle Partner wissen, dass sie Teil des Programms sind.",
      en: "Bildungspartner NRW is not mentioned. Please name the programme in the agreement so that every party knows it is part of the programme.",
    },
  },
  duration: {
    range: { de: "vom {start} bis zum {end} ({months} Monate)", en: "from {start} to {end} ({months} months)" },
    length: { de: "{months} Monate", en: "{months} months" },
    indefinite: { de: "unbefristet", en: "indefinite" },
    required: {
      de: "angelegt sein sollte sie auf mindestens {min} Monate, oder sie ist unbefristet",
      en: "it should be meant to last at least {min} months, or be indefinite",
    },
    requiredOrSchoolYears: {
      de: "angelegt sein sollte sie auf mindestens {min} Monate oder {years} Schuljahre ab einem Beginn im August oder September, oder sie ist unbefristet",
      en: "it should be meant to last at least {min} months or {years} school years from a start in August or September, or be indefinite",
    },
    requiredByRules: {
      de: "angelegt sein sollte sie auf die Mindestlaufzeit des Regelsatzes, oder sie ist unbefristet",
      en: "it should be meant to last the rule set's minimum term, or be indefinite",
    },
    found: {
      de: "Die Laufzeit erfüllt die Mindestlaufzeit: {details}.",
      en: "The term meets the minimum term: {details}.",
    },
    tooShort: {
      de: "Die Laufzeit ist kürzer als die Mindestlaufzeit, auf die eine Vereinbarung angelegt sein sollte: {details}; {required}. Bitte legen Sie die Vereinbarung auf mindestens zwei Jahre an oder schließen Sie sie unbefristet ab.",
      en: "The term is shorter than the minimum an agreement should be meant to last: {details}; {required}. Please make the agreement last at least two years or conclude it without a time limit.",
    },
    renewsCounted: {
      de: "Die Vereinbarung läuft zunächst {details} und verlängert sich dann von selbst bis zur Kündigung; nach der Auslegung der Regel gilt sie damit wie eine unbefristete als auf mindestens zwei Jahre angelegt.",
      en: "The agreement first runs {details} and then renews itself until notice; by the rule's reading it therefore counts, like an indefinite one, as meant to last at least two years.",
    },
    renews: {
      de: "Die Vereinbarung läuft zunächst {details} und verlängert sich dann von selbst. Ob sie damit auf mindestens zwei Jahre angelegt ist, muss eine Person beurteilen ({required}).",
      en: "The agreement first runs {details} and then renews itself. Whether it is thereby meant to last at least two years needs a person's judgement ({required}).",
    },
    conflict: {
      de: "Die Angaben zur Laufzeit widersprechen sich ({details}). Bitte geben Sie eine eindeutige Laufzeit an.",
      en: "The statements of the term contradict each other ({details}). Please state one term.",
    },
    endFromSigning: {
      de: "Die Vereinbarung endet am {end} und beginnt mit der Unterzeichnung, deren Datum der Text nicht nennt; ihre Länge hängt davon ab. Bitte geben Sie das Datum der Unterzeichnung oder den Beginn an.",
      en: "The agreement ends on {end} and starts when it is signed, a date the text does not give; its length depends on it. Please give the date of signing or the start.",
    },
    endOnly: {
      de: "Nur das Ende ({end}) ist genannt, nicht der Beginn; die Länge hängt davon ab ({required}). Bitte geben Sie den Beginn an.",
      en: "Only the end ({end}) is given, not the start; the length depends on it ({required}). Please give the start.",
    },
    vague: {
      de: "Die Vereinbarung ist als langfristig oder sich verlängernd beschrieben, nennt aber keine Dauer. Ob sie auf mindestens zwei Jahre angelegt ist, muss eine Person beurteilen ({required}).",
      en: "The agreement is described as long-term or renewing but gives no duration. Whether it is meant to last at least two years needs a person's judgement ({required}).",
    },
    blank: {
      de: "Die Laufzeit ist im Text ein leeres Feld zum Ausfüllen ({required}). Bitte prüfen Sie die ausgefüllte Fassung.",
      en: "The term is a blank to fill in ({required}). Please check the filled-in copy.",
    },
    inAnnex: {
      de: "Die Laufzeit steht laut Text in einer Anlage, die er nicht enthält ({required}). Bitte prüfen Sie die Anlage.",
      en: "The text puts the term in an annex it does not contain ({required}).",
    },
    fromSigningOnly: {
      de: "Die Vereinbarung tritt mit der Unterzeichnung in Kraft, nennt aber weder Ende noch Dauer ({required}).",
      en: "The agreement takes effect when signed but gives neither end nor duration ({required}).",
    },
    startOnly: {
      de: "Nur der Beginn ({start}) ist genannt ({required}). Bitte geben Sie das Ende oder die Dauer an.",
      en: "Only the start ({start}) is given ({required}). Please give the end or the duration.",
    },
    none: {
      de: "Keine Angabe zur Laufzeit gefunden, weder Beginn und Ende noch eine Dauer noch „unbefristet“ ({required}). Bitte geben Sie die Laufzeit an.",
      en: "No statement of the term found, neither start and end, nor a duration, nor “indefinite” ({required}). Please state the term.",
    },
  },
  contacts: {
    found: {
      de: "Feste Ansprechpersonen mit Namen sind genannt für {sides}.",
      en: "Named permanent contact persons are given for {sides}.",
    },
    none: {
      de: "Keine Ansprechpersonen gefunden. Bitte nennen Sie für die Schule und für jeden Partner eine feste Ansprechperson mit Namen und persönlicher E-Mail-Adresse.",
      en: "No contact persons found. Please name a permanent contact person with a personal e-mail address for the school and for every partner.",
    },
    elsewhere: {
      de: "Die Ansprechpersonen stehen laut Text in einer Anlage, die der Text nicht enthält. Bitte prüfen Sie die Anlage: Namen und persönliche E-Mail-Adressen für die Schule und jeden Partner.",
      en: "The text puts the contact persons in an annex it does not contain. Please check the annex for names and personal e-mail addresses for the school and every partner.",
    },
    missingSides: {
      de: "Keine Ansprechperson mit Namen für {sides}. Bitte nennen Sie dort eine feste Ansprechperson.",
      en: "No named contact person for {sides}.",
    },
    earlier: {
      de: "Für {sides} nennt der Text keine Ansprechperson und verweist für alles Übrige auf eine frühere Vereinbarung, die er nicht enthält. Bitte prüfen Sie die frühere Vereinbarung.",
      en: "For {sides} the text names no contact person and refers for the rest to an earlier agreement it does not contain. Please check the earlier agreement.",
    },
    roleOnly: {
      de: "Für {sides} ist nur eine Funktion oder ein Postfach genannt, keine Person mit Namen. Bitte nennen Sie eine feste Ansprechperson mit Namen.",
      en: "For {sides} only a role or a mailbox is given, no person by name.",
    },
    redacted: {
      de: "Die Ansprechperson für {sides} ist im Text unkenntlich gemacht (geschwärzt). Bitte prüfen Sie im Original, ob dort eine Person mit Namen genannt ist.",
      en: "The contact person for {sides} is made unreadable in the text (redacted). Please check in the original whether a person is named there.",
    },
    unassigned: {
      de: "Ansprechpersonen sind genannt, aber nicht jede lässt sich eindeutig einer Seite zuordnen. Unklar ist, wer die Ansprechperson für {sides} ist. Bitte schreiben Sie zu jeder Ansprechperson, zu welcher Seite sie gehört.",
      en: "Contact persons are named, but not each can be assigned to one side. It is unclear who the contact person for {sides} is. Please say for each contact person which side they belong to.",
    },
  },
  email: {
    found: {
      de: "Alle Ansprechpersonen haben eine persönliche E-Mail-Adresse.",
      en: "Every contact person has a personal e-mail address.",
    },
    none: {
      de: "Keine E-Mail-Adressen von Ansprechpersonen gefunden. Bitte geben Sie für jede Ansprechperson ihre persönliche E-Mail-Adresse an.",
      en: "No e-mail addresses of contact persons found. Please give each contact person's personal e-mail address.",
    },
    report: {
      de: "Der Text nennt keine E-Mail-Adresse und zeigt keine Unterschriften: Er gibt die Vereinbarung wohl nur wieder. Ob sie persönliche Adressen nennt, zeigt erst die Vereinbarung selbst; bitte prüfen Sie sie.",
      en: "The text gives no e-mail address and shows no signatures: it seems to report the agreement only. Whether the agreement gives personal addresses only the agreement itself shows; please check it.",
    },
    roleMailbox: {
      de: "Die Adresse für {sides} trägt nicht den Namen der Ansprechperson oder ist ein Funktionspostfach (wie info@, sekretariat@ oder Schulnummer@schule.nrw.de), keine persönliche Adresse. Persönlich ist eine Adresse, die den Namen trägt, z. B. anna.schmidt@ oder a.schmidt@ für Anna Schmidt. Bitte geben Sie die persönliche Adresse der Ansprechperson an.",
      en: "The address for {sides} does not bear the contact person's name or is a role mailbox (like info@, sekretariat@ or school-number@schule.nrw.de), not a personal address. A personal address bears the name, e.g. anna.schmidt@ or a.schmidt@ for Anna Schmidt.",
    },
    redacted: {
      de: "Die E-Mail-Adresse für {sides} ist im Text unkenntlich gemacht (geschwärzt). Bitte prüfen Sie im Original, ob es eine persönliche Adresse ist.",
      en: "The e-mail address for {sides} is made unreadable in the text (redacted). Please check in the original whether it is a personal address.",
    },
    missingSides: {
      de: "Keine E-Mail-Adresse einer Ansprechperson für {sides}. Bitte geben Sie ihre persönliche E-Mail-Adresse an.",
      en: "No e-mail address of a contact person for {sides}.",
    },
    unassigned: {
      de: "E-Mail-Adressen sind angegeben, aber nicht jede lässt sich eindeutig einer Seite zuordnen. Unklar ist, welche Adresse für {sides} gilt. Bitte schreiben Sie zu jeder Adresse, zu welcher Ansprechperson sie gehört.",
      en: "E-mail addresses are given, but not each can be assigned to one side. It is unclear which address is the one for {sides}. Please say for each address which contact person it belongs to.",
    },
    noContact: {
      de: "Für {sides} nennt der Text keine Ansprechperson, also auch keine Adresse; ob es eine persönliche Adresse gibt, zeigt er nicht. Bitte nennen Sie die Ansprechperson mit ihrer persönlichen E-Mail-Adresse.",
      en: "For {sides} the text names no contact person, hence no address; whether there is a personal address it does not show. Please name the contact person with their personal e-mail address.",
    },
    someone: { de: "eine Ansprechperson", en: "a contact person" },
    nameUnknown: {
      de: "Die Adressen sind keine Funktionspostfächer. Ob jede persönlich ist, also den Namen ihrer Ansprechperson trägt, lässt sich nicht prüfen, weil der Text nicht zu jeder Adresse erkennbar einen Namen nennt. Bitte nennen Sie zu jeder Adresse die Ansprechperson mit Namen.",
      en: "The addresses are no role mailboxes. Whether each is personal, that is bears its contact person's name, cannot be checked because the text does not recognisably name a person for each address. Please name the contact person of each address.",
    },
  },
  pupils: {
    found: {
      de: "Das Angebot steht allen Schülerinnen und Schülern offen.",
      en: "The offer is open to all pupils.",
    },
    restricted: {
      de: "Das Angebot ist auf einen Teil der Schülerinnen und Schüler beschränkt (eine Klasse, einen Kurs oder eine Jahrgangsstufe). Es sollte allen Schülerinnen und Schülern offenstehen; bitte öffnen Sie es für alle.",
      en: "The offer is restricted to some pupils (one class, course or year). It should be open to all pupils; please open it to all.",
    },
    conflict: {
      de: "Die Vereinbarung sagt, das Angebot stehe allen offen, beschränkt es aber auch auf eine Gruppe. Bitte stellen Sie klar, wem es offensteht.",
      en: "The agreement says the offer is open to all, but also restricts it to a group. Please make clear to whom it is open.",
    },
    focus: {
      de: "Die Vereinbarung nennt eine Zielgruppe (Klasse, Kurs oder Jahrgang), sagt aber nicht, dass das Angebot allen Schülerinnen und Schülern offensteht. Ob das eine Beschränkung ist, muss eine Person beurteilen.",
      en: "The agreement names a target group (class, course or year) but does not say the offer is open to all pupils. Whether that is a restriction needs a person's judgement.",
    },
    none: {
      de: "Die Vereinbarung sagt nicht, dass das Angebot allen Schülerinnen und Schülern offensteht. Bitte schreiben Sie es in die Vereinbarung, wenn es so ist.",
      en: "The agreement does not say that the offer is open to all pupils.",
    },
    twoWays: {
      de: "Die Vereinbarung nennt ein Angebot für alle Schülerinnen und Schüler, ein anderes ist für eine Gruppe (Klasse, Kurs oder Jahrgang) gedacht. Ob die Kooperation allen offensteht, muss eine Person beurteilen.",
      en: "The agreement names one offer for all pupils and another meant for a group (class, course or year). Whether the cooperation is open to all needs a person's judgement.",
    },
    earlier: {
      de: "Der Text sagt nicht, wem das Angebot offensteht, und verweist für alles Übrige auf eine frühere Vereinbarung, die er nicht enthält. Bitte prüfen Sie die frühere Vereinbarung.",
      en: "The text does not say to whom the offer is open and refers for the rest to an earlier agreement it does not contain. Please check the earlier agreement.",
    },
  },
  signatures: {
    found: {
      de: "Unterschriftsfelder mit Namen oder Funktion gefunden für {sides}. Ob die Vereinbarung tatsächlich unterzeichnet ist (Tinte auf Papier oder im Scan), zeigt die Textebene nicht; bitte prüfen Sie die unterzeichnete Fassung.",
      en: "Signature fields with names or roles found for {sides}. Whether the agreement is actually signed (ink on paper or in a scan) the text layer cannot show; please check the signed copy.",
    },
    earlierMail: {
      de: "Die Mails führen eine frühere Vereinbarung fort, die der Text nicht enthält; ob sie unterzeichnet ist, zeigt nur sie. Eine E-Mail ist keine Unterschrift: Bitte prüfen Sie die unterzeichnete frühere Vereinbarung.",
      en: "The e-mails carry on an earlier agreement the text does not contain; only it shows whether it was signed. An e-mail is no signature: please check the signed earlier agreement.",
    },
    mailOnly: {
      de: "Die Vereinbarung ist ein E-Mail-Wechsel ohne Unterschriftsfelder; eine E-Mail ist keine Unterschrift. Bitte lassen Sie die Vereinbarung von {sides} unterzeichnen.",
      en: "The agreement is an e-mail exchange without signature fields; an e-mail is no signature. Please have it signed by {sides}.",
    },
    none: {
      de: "Der Text zeigt keine Unterschriften. Bitte prüfen Sie die unterzeichnete Fassung.",
      en: "The text shows no signatures. Please check the signed copy.",
    },
    emptyField: {
      de: "Das Unterschriftsfeld für {sides} ist leer, die übrigen nennen Unterzeichnende. Bitte lassen Sie auch dort unterzeichnen.",
      en: "The signature field for {sides} is empty, the others name signers.",
    },
    blankFields: {
      de: "Die Unterschriftsfelder für {sides} sind leer: kein Name, kein Datum. Ob die Vereinbarung unterzeichnet ist, zeigt nur die unterzeichnete Fassung; bitte prüfen Sie sie.",
      en: "The signature fields for {sides} are blank: no name, no date. Only the signed copy shows whether the agreement was signed; please check it.",
    },
    missingSides: {
      de: "Kein Unterschriftsfeld für {sides}. Bitte lassen Sie die Kooperationsvereinbarung auch dort unterzeichnen.",
      en: "No signature field for {sides}. Please have the cooperation agreement signed there as well.",
    },
    unassigned: {
      de: "Unterschriftsfelder gefunden, aber nicht jedes lässt sich einer Seite zuordnen. Unklar ist, ob ein Feld für {sides} vorgesehen ist. Bitte prüfen Sie, wer unterzeichnet.",
      en: "Signature fields found, but not each can be assigned to one side. It is unclear whether there is a field for {sides}. Please check who signs.",
    },
    toFollow: {
      de: "Die Unterschrift für {sides} fehlt noch (sie wird laut Text nachgereicht). Bitte reichen Sie die von allen unterzeichnete Fassung ein.",
      en: "The signature for {sides} is still missing (the text says it will follow). Please submit the copy signed by all.",
    },
    notYetSigned: {
      de: "Laut Text soll die Vereinbarung erst noch unterzeichnet werden; es fehlen die Unterschriften für {sides}. Bitte reichen Sie die von allen unterzeichnete Fassung ein.",
      en: "The text says the agreement is still to be signed; the signatures for {sides} are missing. Please submit the copy signed by all.",
    },
    toFollowUnassigned: {
      de: "Laut Text wird eine Unterschrift nachgereicht, aber es ist nicht klar, für wen. Bitte prüfen Sie, ob alle unterzeichnet haben.",
      en: "The text says a signature will follow, but not for whom. Please check that all have signed.",
    },
  },
} as const;
