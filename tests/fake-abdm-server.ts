import {
  constants,
  generateKeyPairSync,
  privateDecrypt,
  randomUUID,
  type KeyObject,
} from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for ABDM (gateway session + ABHA v3 OTP login), checking the wire format the
 * ABDM v3 documents: the paths, REQUEST-ID (a UUID) and TIMESTAMP (UTC ISO-8601 with milliseconds
 * and Z) on every call, X-CM-ID and the client credentials on the session call, the gateway token
 * as `Authorization: Bearer` on the ABHA calls, the scope/loginHint/otpSystem of each body, and
 * loginId and otpValue RSA-OAEP(SHA-1) encrypted with the certificate it hands out: it decrypts
 * them with its private key. Anything off is refused with a 400 and written to `violations`.
 */

export interface FakeAbhaAccount {
  /** 14 digits. */
  abhaNumber: string;
  abhaAddress: string;
  /** The code this ABHA's "phone" receives. */
  otp: string;
}

interface Transaction {
  account: FakeAbhaAccount;
  hint: "abha-number" | "abha-address";
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const utcMillis = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const hyphenated = (d: string) =>
  `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6, 10)}-${d.slice(10)}`;

export class FakeAbdm {
  readonly clientId = "swasthai-test-client";
  readonly clientSecret = "test-secret";
  readonly accounts: FakeAbhaAccount[] = [];
  /** Every call, in order: method and path. */
  readonly calls: string[] = [];
  readonly violations: string[] = [];
  private readonly privateKey: KeyObject;
  private readonly publicKeyDer: string;
  private readonly tokens = new Set<string>();
  private readonly transactions = new Map<string, Transaction>();
  private server = createServer((req, res) => void this.handle(req, res));
  url = "";

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    this.privateKey = privateKey;
    // ABDM hands out bare base64 DER, no PEM armour.
    this.publicKeyDer = publicKey.export({ type: "spki", format: "der" }).toString("base64");
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** How many times `path` was called. */
  count(path: string): number {
    return this.calls.filter((c) => c.endsWith(` ${path}`)).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    this.calls.push(`${req.method} ${path}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const refuse = (problem: string) => {
      this.violations.push(`${req.method} ${path}: ${problem}`);
      send(400, { code: "ABDM-1006", message: problem });
    };

    const requestId = req.headers["request-id"];
    const timestamp = req.headers["timestamp"];
    if (typeof requestId !== "string" || !uuid.test(requestId)) return refuse("REQUEST-ID");
    if (typeof timestamp !== "string" || !utcMillis.test(timestamp)) return refuse("TIMESTAMP");
    let body: Record<string, any> = {};
    if (req.method === "POST") {
      if (!req.headers["content-type"]?.startsWith("application/json")) {
        return refuse("Content-Type");
      }
      try {
        body = JSON.parse(raw);
      } catch {
        return refuse("body is not JSON");
      }
    }

    if (req.method === "POST" && path === "/api/hiecm/gateway/v3/sessions") {
      if (req.headers["x-cm-id"] !== "sbx") return refuse("X-CM-ID");
      if (body.grantType !== "client_credentials") return refuse("grantType");
      if (body.clientId !== this.clientId || body.clientSecret !== this.clientSecret) {
        return send(401, { message: "Invalid user credentials" });
      }
      const token = randomUUID();
      this.tokens.add(token);
      return send(200, { accessToken: token, expiresIn: 1200, tokenType: "bearer" });
    }

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!bearer || !this.tokens.has(bearer)) return send(401, {});

    if (req.method === "GET" && path === "/abha/api/v3/profile/public/certificate") {
      return send(200, {
        publicKey: this.publicKeyDer,
        encryptionAlgorithm: "RSA/ECB/OAEPWithSHA-1AndMGF1Padding",
      });
    }
    const numberLogin = path.startsWith("/abha/api/v3/profile/login/");
    const addressLogin = path.startsWith("/abha/api/v3/phr/web/login/abha/");
    const scope = numberLogin
      ? ["abha-login", "mobile-verify"]
      : ["abha-address-login", "mobile-verify"];
    if (req.method !== "POST" || !(numberLogin || addressLogin)) return send(404, {});
    if (JSON.stringify(body.scope) !== JSON.stringify(scope)) return refuse("scope");

    if (path.endsWith("/request/otp")) {
      const hint = numberLogin ? "abha-number" : "abha-address";
      if (body.loginHint !== hint) return refuse("loginHint");
      if (body.otpSystem !== "abdm") return refuse("otpSystem");
      const loginId = this.decrypt(body.loginId);
      if (loginId === undefined) return refuse("loginId is not encrypted with the certificate");
      const account = this.accounts.find((a) =>
        hint === "abha-number" ? hyphenated(a.abhaNumber) === loginId : a.abhaAddress === loginId,
      );
      if (!account) return send(400, { code: "ABDM-1114", message: "Invalid LoginId" });
      const txnId = randomUUID();
      this.transactions.set(txnId, { account, hint });
      return send(200, { txnId, message: "OTP sent to mobile number ending with ******4321" });
    }

    if (path.endsWith("/verify")) {
      const auth = body.authData;
      if (JSON.stringify(auth?.authMethods) !== JSON.stringify(["otp"])) {
        return refuse("authData.authMethods");
      }
      const txn = this.transactions.get(auth?.otp?.txnId);
      if (!txn || (txn.hint === "abha-number") !== numberLogin) {
        return send(400, { code: "ABDM-1204", message: "Invalid transaction" });
      }
      const otp = this.decrypt(auth.otp.otpValue);
      if (otp === undefined) return refuse("otpValue is not encrypted with the certificate");
      if (otp !== txn.account.otp) {
        return send(200, { authResult: "failed", message: "Entered OTP is incorrect" });
      }
      this.transactions.delete(auth.otp.txnId);
      const { abhaNumber, abhaAddress } = txn.account;
      return send(
        200,
        numberLogin
          ? {
              authResult: "success",
              token: randomUUID(),
              accounts: [{ ABHANumber: hyphenated(abhaNumber), preferredAbhaAddress: abhaAddress }],
            }
          : {
              authResult: "success",
              tokens: { token: randomUUID() },
              users: [{ abhaAddress, abhaNumber: hyphenated(abhaNumber) }],
            },
      );
    }
    return send(404, {});
  }

  private decrypt(value: unknown): string | undefined {
    if (typeof value !== "string") return undefined;
    try {
      return privateDecrypt(
        { key: this.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" },
        Buffer.from(value, "base64"),
      ).toString("utf8");
    } catch {
      return undefined;
    }
  }
}
