import type { Application } from "@bildungspartner/core";
// The sample application the README posts with curl, so the tests and the README use the same data.
import sample from "../../applications/eligible-stadtarchiv.json";

/** An eligible application (the sample); `n` makes the names distinct. */
export function eligibleApplication(n = 1, overrides: { startDate?: string; endDate?: string } = {}): Application {
  // A fresh copy each time: tests change what they get. JSON types its enums as plain strings.
  const application = structuredClone(sample);
  application.school.name += ` ${n}`;
  for (const partner of application.partners) partner.name += ` ${n}`;
  Object.assign(application.agreement, overrides);
  return application as Application;
}

/** The text of a cooperation agreement that matches {@link eligibleApplication}, or says `term` instead. */
export function agreementText(n = 1, term = "Die Vereinbarung gilt vom 01.08.2025 bis zum 31.07.2027."): string[] {
  return [
    "Kooperationsvereinbarung",
    "im Rahmen von Bildungspartner NRW – Archiv und Schule",
    "",
    "zwischen",
    `dem Gymnasium am Stadtpark ${n}, Parkstraße 12, 44787 Musterstadt`,
    "– im Folgenden „Schule“ genannt –",
    "und",
    `dem Stadtarchiv Musterstadt ${n}, Wittener Straße 47, 44789 Musterstadt`,
    "– im Folgenden „Archiv“ genannt –",
    "",
    "§ 1 Angebot",
    "Das Angebot steht allen Schülerinnen und Schülern der Schule offen.",
    "",
    "§ 2 Laufzeit",
    term,
    "",
    "§ 3 Ansprechpersonen",
    "Für die Schule: Frau Anna Schmidt, anna.schmidt@gymnasium-stadtpark.de",
    "Für das Archiv: Herr Bernd Meyer, bernd.meyer@musterstadt.de",
    "",
    "Musterstadt, den 15.06.2025                Musterstadt, den 15.06.2025",
    "_________________________                  _________________________",
    "Für die Schule: Dr. Clara Vogt, Schulleiterin     Für das Archiv: Jonas Weber, Leiter",
  ];
}

/**
 * The office's test sign-in. The hash has the format `run hash-password` prints, with a cost of
 * N = 2^10 instead of 2^15 so that the many sign-ins of the tests stay fast.
 */
export const office = {
  user: "buero",
  password: "Testpasswort für das Büro",
  passwordHash: "scrypt$1024$8$1$e74mKAXyJJ1kILOFRyTN3w$JobbMiNinMbaKRDTP1QU0Mx0cVgm0CYziSSZc4pFaOQ",
} as const;

/** Windows-1252's characters at 0x80–0x9F; below and above, a byte is its Latin-1 character. */
const windows1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** A text as Windows (Notepad, older Word "Nur Text") saves it: Windows-1252. Throws for characters it has not. */
export function windows1252(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (char) => {
    const high = windows1252High.indexOf(char);
    const code = high >= 0 ? 0x80 + high : char.charCodeAt(0);
    if (code > 0xff || (high < 0 && code >= 0x80 && code <= 0x9f)) throw new Error(`not in Windows-1252: ${char}`);
    return code;
  });
}

/** A text as UTF-16 with its byte order mark, little or big endian. */
export function utf16(text: string, littleEndian: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}
