/** Languages of messages: German (default) and English. */
export type Lang = "de" | "en";

/** A text in both languages of the SDK. */
export interface LocalizedText {
  readonly de: string;
  readonly en: string;
}

/** Values that fill the `{name}` placeholders of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders of a message template; unknown placeholders stay as written. */
export function format(template: string, values: MessageParams = {}): string {
  return template.replace(/\{([\w-]+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}
