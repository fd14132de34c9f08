import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { MedicationRows } from "./MedicationRows";

// What a browser without JavaScript gets: the server-rendered rows.
const render = (initial: Parameters<typeof MedicationRows>[0]["initial"], error?: string) =>
  renderToStaticMarkup(
    createElement(MedicationRows, {
      copy: en.healthProfile.medications,
      initial,
      ...(error ? { error } : {}),
    }),
  );

const attrs = (html: string, tag: string, attr: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attr}="([^"]*)"`, "g"))].map((m) => m[1]);

describe("MedicationRows without JavaScript", () => {
  const html = render([
    { name: "Metformin", dosage: "500 mg", frequency: "twice daily" },
    { name: "Amlodipine", dosage: null, frequency: null },
  ]);

  it("shows the saved medicines and two blank rows to add more, posted as medications.<n>.<field>", () => {
    expect(attrs(html, "input", "name")).toEqual(
      [0, 1, 2, 3].flatMap((n) =>
        ["name", "dosage", "frequency"].map((f) => `medications.${n}.${f}`),
      ),
    );
    expect(attrs(html, "input", "value")).toEqual([
      "Metformin",
      "500 mg",
      "twice daily",
      "Amlodipine",
      "",
      "",
      ...Array(6).fill(""),
    ]);
  });

  it("labels every input and names each row for screen readers", () => {
    const ids = attrs(html, "input", "id");
    expect(ids).toHaveLength(12);
    expect(attrs(html, "label", "for")).toEqual(ids);
    expect(html).toContain("Medicine 1");
    expect(html).toContain("Medicine 4");
  });

  it("offers no buttons that would need JavaScript, and ties an error to the group", () => {
    expect(html).not.toContain("<button");
    const withError = render([], "Each medicine needs a name");
    const describedBy = attrs(withError, "fieldset", "aria-describedby")[0] ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
    expect(errorId).toBeDefined();
    expect(withError).toContain(`id="${errorId}"`);
  });
});
