/**
 * The text of an uncompressed PDF that pdfkit wrote with ONE embedded font: glyph ids in the
 * content streams, mapped back to characters through the font's ToUnicode CMap. Test-only; each
 * text object (BT..ET) is one string, joined by newlines.
 */
export function pdfText(pdf: Uint8Array): string {
  const s = Buffer.from(pdf).toString("latin1");
  const map = new Map<number, string>();
  const utf16 = (hex: string) => Buffer.from(hex, "hex").swap16().toString("utf16le");
  for (const block of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
      const start = parseInt(m[1]!, 16);
      [...m[3]!.matchAll(/<([0-9a-f]*)>/gi)].forEach((u, i) => map.set(start + i, utf16(u[1]!)));
    }
  }
  const texts: string[] = [];
  for (const bt of s.matchAll(/BT([\s\S]*?)ET/g)) {
    let line = "";
    for (const tj of bt[1]!.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const h of tj[1]!.matchAll(/<([0-9a-f]+)>/gi)) {
        for (let i = 0; i < h[1]!.length; i += 4) {
          line += map.get(parseInt(h[1]!.slice(i, i + 4), 16)) ?? "\uFFFD";
        }
      }
    }
    texts.push(line);
  }
  return texts.join("\n");
}

/** How many pages the PDF has. */
export const pdfPageCount = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
