import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { failure, type ErrorText } from "./failure";

// A stand-in translator that shows which key the user would see.
const t: ErrorText = ({ code, path }) => (path ? `field:${path}:${code}` : `code:${code}`);

describe("failure", () => {
  it("puts one message beside each field and a summary line", () => {
    const error = new AppError("validation_failed", "The input is invalid.", {
      errors: [
        { path: "conditions.3", message: "too long" },
        { path: "conditions.4", message: "too long" },
        { path: "phone", message: "bad" },
      ],
    });
    expect(failure(error, t, { phone: "123" })).toEqual({
      ok: false,
      code: "validation_failed",
      message: "code:validation_failed",
      fieldErrors: {
        conditions: "field:conditions:validation_failed",
        phone: "field:phone:validation_failed",
      },
      values: { phone: "123" },
    });
  });

  it("keeps the code of a domain error without fields", () => {
    expect(failure(new AppError("conflict", "Slot taken"), t)).toEqual({
      ok: false,
      code: "conflict",
      message: "code:conflict",
    });
  });

  it("never shows an unknown error's own text", () => {
    const result = failure(new Error("connection string postgres://secret"), t);
    expect(result).toEqual({ ok: false, code: "internal", message: "code:internal" });
  });
});
