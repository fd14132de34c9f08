import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, icsUtc } from "./ics";

describe("ics", () => {
  it("writes UTC instants in basic format", () => {
    expect(icsUtc(new Date("2026-03-10T05:00:00.000Z"))).toBe("20260310T050000Z");
  });

  it("escapes text values", () => {
    expect(escapeText("Dr. Rao, MD; ENT\\Head\nline 2")).toBe(
      "Dr. Rao\\, MD\\; ENT\\\\Head\\nline 2",
    );
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"परामर्श ".repeat(20)}`;
    const folded = foldLine(line);
    const pieces = folded.split("\r\n");
    expect(pieces.length).toBeGreaterThan(1);
    for (const [i, piece] of pieces.entries()) {
      expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(piece.startsWith(" ")).toBe(true);
    }
    expect(pieces.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });

  it("builds one VEVENT with CRLF line ends", () => {
    const text = buildCalendar({
      uid: "abc@swasthai",
      start: new Date("2026-03-10T05:00:00Z"),
      end: new Date("2026-03-10T05:30:00Z"),
      stamp: new Date("2026-03-01T00:00:00Z"),
      summary: "Clinic visit: Dr. Rao, Asha",
      location: "Clinic 1, MG Road, Pune",
      status: "CONFIRMED",
    });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n").filter(Boolean)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//SwasthAI//Appointments//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "UID:abc@swasthai",
      "DTSTAMP:20260301T000000Z",
      "DTSTART:20260310T050000Z",
      "DTEND:20260310T053000Z",
      "SUMMARY:Clinic visit: Dr. Rao\\, Asha",
      "LOCATION:Clinic 1\\, MG Road\\, Pune",
      "STATUS:CONFIRMED",
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
  });
});
