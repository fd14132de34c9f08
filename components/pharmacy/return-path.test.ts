import { describe, expect, it } from "vitest";
import { cartErrorOf, pharmacyReturnPath, withQuery } from "./return-path";

describe("pharmacy return paths", () => {
  it.each([
    ["/pharmacy?q=para&page=2", "/pharmacy?q=para&page=2"],
    ["/pharmacy/medicines/abc", "/pharmacy/medicines/abc"],
    ["/pharmacy/cart", "/pharmacy/cart"],
    ["//evil.example/pharmacy", "/pharmacy"],
    ["https://evil.example/pharmacy", "/pharmacy"],
    ["/pharmacyx", "/pharmacy"],
    ["/profile", "/pharmacy"],
    [undefined, "/pharmacy"],
  ])("sends %s back to %s", (input, expected) => {
    expect(pharmacyReturnPath(input)).toBe(expected);
  });

  it("sets and clears one query parameter, keeping the others", () => {
    expect(withQuery("/pharmacy?q=para", "cartError", "over_limit")).toBe(
      "/pharmacy?q=para&cartError=over_limit",
    );
    expect(withQuery("/pharmacy?q=para&cartError=failed", "cartError", null)).toBe(
      "/pharmacy?q=para",
    );
  });

  it("knows only its own error keys", () => {
    expect(cartErrorOf("over_limit")).toBe("over_limit");
    expect(cartErrorOf("<script>")).toBeNull();
  });
});
