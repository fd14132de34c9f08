import { describe, expect, it } from "vitest";
import { otpSmsText } from "./sms-text";

describe("otpSmsText", () => {
  it("says what the code is for and ends with the WebOTP line of the site", () => {
    const text = otpSmsText("en", "sign_in", "042917", "https://swasthai.example:8443");
    expect(text).toBe(
      "042917 is your SwasthAI sign-in code. It expires in 5 minutes. Never share it.\n\n" +
        "@swasthai.example #042917",
    );
  });

  it("writes Hindi for Hindi accounts, with the same last line", () => {
    const text = otpSmsText("hi", "verify_phone", "123456", "http://localhost:3116");
    expect(text).toContain("123456 इस नंबर की पुष्टि");
    expect(text.split("\n").at(-1)).toBe("@localhost #123456");
  });
});
