import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormAlert } from "./Alert";
import { CallLink } from "./CallLink";
import { Dialog } from "./Dialog";
import { SelectField, TextField } from "./Field";
import { SubmitButton } from "./SubmitButton";

// What assistive technology is told: ids, roles and aria attributes in the rendered HTML.

describe("Field", () => {
  it("ties the input to its label, hint and error", () => {
    const html = renderToStaticMarkup(
      h(TextField, {
        id: "phone",
        name: "phone",
        label: "Mobile",
        hint: "10 digits",
        error: "Bad",
      }),
    );
    expect(html).toContain('<label for="phone"');
    expect(html).toMatch(/<input[^>]*id="phone"[^>]*aria-invalid="true"/);
    expect(html).toContain('aria-describedby="phone-hint phone-error"');
    expect(html).toContain('id="phone-hint"');
    expect(html).toMatch(/id="phone-error"[^>]*>.*Bad/);
  });

  it("is not marked invalid and points only at its hint when there is no error", () => {
    const html = renderToStaticMarkup(
      h(SelectField, {
        id: "gender",
        name: "gender",
        label: "Gender",
        hint: "Optional",
        options: [{ value: "", label: "—" }],
      }),
    );
    expect(html).not.toContain("aria-invalid=");
    expect(html).toContain('aria-describedby="gender-hint"');
    expect(html).not.toContain("gender-error");
  });
});

describe("FormAlert", () => {
  it("says nothing before the first submit", () => {
    expect(renderToStaticMarkup(h(FormAlert, { state: null }))).toBe("");
  });

  it("announces a failure as an alert and a success as a status", () => {
    const failed = renderToStaticMarkup(
      h(FormAlert, { state: { ok: false, code: "conflict", message: "Taken" } }),
    );
    expect(failed).toMatch(/role="alert"[^>]*>.*Taken/);
    const saved = renderToStaticMarkup(h(FormAlert, { state: { ok: true }, success: "Saved" }));
    expect(saved).toMatch(/role="status"[^>]*>.*Saved/);
    expect(saved).not.toContain('role="alert"');
  });
});

describe("SubmitButton", () => {
  it("is busy and disabled while pending, with the pending text", () => {
    const html = renderToStaticMarkup(
      h(SubmitButton, { pendingText: "Saving…", pending: true, children: "Save" }),
    );
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*disabled=""[^>]*aria-busy="true"/);
    expect(html).toContain("Saving…");
    expect(html).not.toContain("Save<");
  });

  it("is a plain submit button otherwise", () => {
    const html = renderToStaticMarkup(
      h(SubmitButton, { pendingText: "Saving…", children: "Save" }),
    );
    expect(html).not.toContain(`disabled=""`);
    expect(html).not.toContain("aria-busy=");
    expect(html).toContain("Save");
  });
});

describe("Dialog", () => {
  it("is named by its heading and has a labelled close button", () => {
    const html = renderToStaticMarkup(
      h(Dialog, {
        trigger: "Cancel visit",
        title: "Cancel this visit?",
        closeLabel: "Close",
        children: "…",
      }),
    );
    expect(html).toMatch(/<button[^>]*aria-haspopup="dialog"[^>]*>Cancel visit</);
    const labelledBy = /<dialog[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toContain(`<h2 id="${labelledBy}"`);
    expect(html).toMatch(/<button[^>]*aria-label="Close"/);
  });
});

describe("CallLink", () => {
  it("is a real tap-to-call link with the fuller name for screen readers", () => {
    const html = renderToStaticMarkup(
      h(CallLink, { number: "108", label: "Call 108, emergency ambulance", children: "Call 108" }),
    );
    expect(html).toMatch(/^<a href="tel:108" aria-label="Call 108, emergency ambulance"/);
    expect(html).toContain("Call 108</a>");
  });
});
