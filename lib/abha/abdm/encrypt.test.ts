import { constants, generateKeyPairSync, privateDecrypt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { abdmAlgorithm, encryptForAbdm, pemOf } from "./encrypt";

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const der = publicKey.export({ type: "spki", format: "der" }).toString("base64");

describe("encryptForAbdm", () => {
  it("is RSA-OAEP with SHA-1 under ABDM's bare base64 key, readable with the private key", () => {
    const sealed = encryptForAbdm(der, abdmAlgorithm, "91-2345-6789-0123");
    const opened = privateDecrypt(
      { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" },
      Buffer.from(sealed, "base64"),
    );
    expect(opened.toString("utf8")).toBe("91-2345-6789-0123");
  });

  it("refuses an algorithm it does not know instead of guessing", () => {
    expect(() => encryptForAbdm(der, "RSA/ECB/PKCS1Padding", "x")).toThrow(/does not know/);
  });

  it("wraps the key in PEM armour at 64 characters a line", () => {
    const lines = pemOf(der).trim().split("\n");
    expect(lines[0]).toBe("-----BEGIN PUBLIC KEY-----");
    expect(lines.slice(1, -2).every((l) => l.length === 64)).toBe(true);
  });
});
