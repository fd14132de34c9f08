import { describe, expect, it } from "vitest";
import { createSupportTicketSchema, supportMessageInputSchema, ticketNumberOf } from "./schemas";

describe("ticketNumberOf", () => {
  it("is the first 8 hex digits of the id, upper-case, after a #", () => {
    expect(ticketNumberOf("3f2a9c1b-0d4e-4a5b-8c6d-7e8f9a0b1c2d")).toBe("#3F2A9C1B");
  });
});

describe("createSupportTicketSchema", () => {
  it("trims, lower-cases the email and answers in English unless told", () => {
    expect(
      createSupportTicketSchema.parse({
        subject: "  Refund ",
        message: " Where is it? ",
        email: " Asha@Example.IN ",
      }),
    ).toEqual({
      subject: "Refund",
      message: "Where is it?",
      email: "asha@example.in",
      locale: "en",
    });
  });

  it.each([
    [{ subject: "", message: "x" }, "subject"],
    [{ subject: "x", message: "x".repeat(4001) }, "message"],
    [{ subject: "x", message: "x", email: "asha@" }, "email"],
    [{ subject: "x", message: "x", locale: "fr" }, "locale"],
    [{ subject: "x\u0000", message: "x" }, "subject"],
  ])("refuses %o at %s", (input, path) => {
    const result = createSupportTicketSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([path]);
  });
});

describe("supportMessageInputSchema", () => {
  it("needs 1 to 4,000 characters after trimming", () => {
    expect(supportMessageInputSchema.safeParse({ body: "   " }).success).toBe(false);
    expect(supportMessageInputSchema.safeParse({ body: "x".repeat(4001) }).success).toBe(false);
    expect(supportMessageInputSchema.parse({ body: " Thanks " })).toEqual({ body: "Thanks" });
  });
});
