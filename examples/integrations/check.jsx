"use client";
// The one page of both integration apps (scripts/check-integrations.mjs copies it into each): an
// e-mail field validated live with @bildungspartner/forms, and a file field whose files `read` turns
// into their text or an AgreementError code, each file's in its own list item. Each app passes its own `read`: Vite reads in the
// browser, Next.js on the server.
import { useState } from "react";
import { validateForm } from "@bildungspartner/forms";

/** `read(file)` resolves to `{ text }` or `{ code }` (an AgreementError's code). */
export function Check({ read }) {
  const [email, setEmail] = useState("");
  const [lines, setLines] = useState([]);
  const errors = validateForm({ contacts: [{ email }] }, { mode: "partial" }).fieldErrors["contacts.0.email"] ?? [];

  async function readFiles(event) {
    const results = [];
    for (const file of event.target.files) {
      try {
        const { text, code } = await read(file);
        results.push({ name: file.name, shown: code ?? text });
      } catch (error) {
        results.push({ name: file.name, shown: `FEHLER ${error instanceof Error ? error.message : String(error)}` });
      }
    }
    setLines(results);
  }

  return (
    <main>
      <label>
        E-Mail-Adresse <input id="email" value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <p id="email-errors">{errors.join(" ")}</p>
      <label>
        Vereinbarung <input id="files" type="file" multiple onChange={readFiles} />
      </label>
      <ul id="read" data-files={lines.length}>
        {lines.map(({ name, shown }) => (
          <li key={name} data-name={name}>
            <pre>{shown}</pre>
          </li>
        ))}
      </ul>
    </main>
  );
}
