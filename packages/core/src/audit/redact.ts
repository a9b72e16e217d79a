/** What replaces a removed e-mail address or name. */
export const REDACTED = "[entfernt]";

// Linear: one character class each side of a single "@", no nested quantifiers.
const EMAIL_IN_TEXT = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+/g;
const PERSONAL_KEYS = new Set(["name", "email"]);

/**
 * A copy of a Decision, an agreement report or any result data for logs: every `name` and `email`
 * field is replaced by "[entfernt]", and so is every e-mail address inside any text. The original
 * is not changed.
 */
export function redact<T>(value: T): T {
  return redactValue(value, undefined) as T;
}

function redactValue(value: unknown, key: string | undefined): unknown {
  if (typeof value === "string") return key !== undefined && PERSONAL_KEYS.has(key) ? REDACTED : value.replace(EMAIL_IN_TEXT, REDACTED);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, undefined));
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [childKey, child] of Object.entries(value)) {
    // Own enumerable keys only; defineProperty keeps a "__proto__" key a plain key.
    Object.defineProperty(copy, childKey, { value: redactValue(child, childKey), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
