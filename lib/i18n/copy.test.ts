import { describe, expect, it, vi } from "vitest";
import { createTranslator } from "next-intl";
import hi from "@/messages/hi.json";
import { copyOf } from "./copy";
import { fill, readerOf } from "./read-copy";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: "hi", messages: hi, namespace: namespace as never }),
  getMessages: async () => hi,
}));

describe("copyOf", () => {
  it("hands over a namespace's texts in the user's language, shaped like the messages", async () => {
    const copy = await copyOf("profile");
    expect(copy.photo.label).toBe(hi.profile.photo.label);
    expect(copy.photo.label).toMatch(/[\u0900-\u097F]/);
    expect(copy.fields.fullName).toBe(hi.profile.fields.fullName);
  });

  it("leaves messages with arguments as written, for fill() or the server", async () => {
    const copy = await copyOf("healthProfile");
    expect(copy.chips.remove).toBe(hi.healthProfile.chips.remove);
    expect(copy.chips.remove).toContain("{item}");
  });
});

describe("readerOf", () => {
  const read = readerOf({ chips: { remove: "Remove {item}" }, saved: "Saved" });

  it("reads dotted keys and fills plain placeholders", () => {
    expect(read("saved")).toBe("Saved");
    expect(read("chips.remove", { item: "Asthma" })).toBe("Remove Asthma");
  });

  it("leaves a placeholder without a value visible rather than blank", () => {
    expect(fill("Step {current} of {total}", { current: 2 })).toBe("Step 2 of {total}");
  });
});
