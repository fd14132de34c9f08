import { describe, expect, it } from "vitest";
import {
  formList,
  formNumber,
  formOptionalText,
  formSecret,
  formText,
  presentFields,
} from "./form-data";

function form(entries: Array<[string, string | Blob]>): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("form readers", () => {
  const f = form([
    ["name", "  Asha Rao  "],
    ["blank", "   "],
    ["photo", new Blob(["x"])],
    ["password", "  spaced pass  "],
    ["chips", " a "],
    ["chips", ""],
    ["chips", "b"],
    ["height", " 170,5 "],
    ["weight", "heavy"],
  ]);

  it("reads text trimmed, and '' for a missing field or a file", () => {
    expect(formText(f, "name")).toBe("Asha Rao");
    expect(formText(f, "blank")).toBe("");
    expect(formText(f, "missing")).toBe("");
    expect(formText(f, "photo")).toBe("");
  });

  it("leaves blank optional text out", () => {
    expect(formOptionalText(f, "name")).toBe("Asha Rao");
    expect(formOptionalText(f, "blank")).toBeUndefined();
    expect(formOptionalText(f, "missing")).toBeUndefined();
  });

  it("takes passwords verbatim", () => {
    expect(formSecret(f, "password")).toBe("  spaced pass  ");
    expect(formSecret(f, "photo")).toBe("");
  });

  it("reads repeated fields without blanks", () => {
    expect(formList(f, "chips")).toEqual(["a", "b"]);
    expect(formList(f, "missing")).toEqual([]);
  });

  it("reads numbers (a decimal comma too), blank as null, junk as text for the schema", () => {
    expect(formNumber(f, "height")).toBe(170.5);
    expect(formNumber(f, "blank")).toBeNull();
    expect(formNumber(f, "weight")).toBe("heavy");
  });

  it("picks only the fields the form sent, so a partial update leaves the rest alone", () => {
    expect(presentFields(f, ["name", "blank", "city"])).toEqual({ name: "Asha Rao", blank: "" });
  });
});
