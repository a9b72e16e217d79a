/**
 * Tick boxes of forms („[x] alle Schülerinnen und Schüler“, „☐ bestimmte Klassen“). A ticked option
 * says what the parties chose; an unticked one is a choice they did not make and states nothing. The
 * readers must not take an unticked option's words as the agreement's, so they are blanked here,
 * keeping the text's length so that every offset still maps onto the original.
 */

/** A box as forms write it: brackets with a space or a mark, or a box character. */
const BOX = /\[[ ]{0,2}\]|\[[ ]?[xX✓✔✗✘][ ]?\]|[☐☒☑⊠]/gu;
const TICKED = /[xX✓✔✗✘☒☑⊠]/u;
const HAS_BOX = /\[[ ]{0,2}\]|\[[ ]?[xX✓✔✗✘][ ]?\]|[☐☒☑⊠]/u;

/**
 * The text with every unticked option blanked (its box, its words up to the next box on the line or the
 * line's end, and lines indented under it) and every ticked option's box blanked. Same length; line
 * breaks kept.
 */
export function withoutUntickedOptions(text: string): string {
  if (!HAS_BOX.test(text)) return text;
  BOX.lastIndex = 0;
  // UTF-16 units, so that the result keeps the text's offsets
  const chars = text.split("");
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (chars[k] !== "\n") chars[k] = " ";
  };
  for (let m = BOX.exec(text); m !== null; m = BOX.exec(text)) {
    const box = m.index;
    const boxEnd = box + m[0].length;
    if (TICKED.test(m[0])) {
      blank(box, boxEnd);
      continue;
    }
    const lineStart = text.lastIndexOf("\n", box - 1) + 1;
    let lineEnd = text.indexOf("\n", boxEnd);
    if (lineEnd === -1) lineEnd = text.length;
    BOX.lastIndex = boxEnd;
    const next = BOX.exec(text);
    const optionEnd = next && next.index < lineEnd ? next.index : lineEnd;
    blank(box, optionEnd);
    BOX.lastIndex = optionEnd;
    if (optionEnd < lineEnd) continue;
    // An option wrapped onto lines indented beyond its box goes with it.
    const column = box - lineStart;
    let from = lineEnd + 1;
    while (from < text.length) {
      let to = text.indexOf("\n", from);
      if (to === -1) to = text.length;
      const line = text.slice(from, to);
      const indent = line.length - line.trimStart().length;
      if (line.trim() === "" || indent <= column || HAS_BOX.test(line)) break;
      blank(from, to);
      from = to + 1;
    }
  }
  return chars.join("");
}
