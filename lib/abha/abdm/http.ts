import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { formatAbhaNumber, normaliseAbhaAddress, normaliseAbhaNumber } from "../format";
import { encryptForAbdm } from "./encrypt";
import { abdmMessages } from "./messages";
import type { AbdmAdapter, AbdmIdentity, AbdmVerifyResult, AbhaLoginHint } from "./types";

export interface AbdmHttpConfig {
  clientId: string;
  clientSecret: string;
  /** ABHA service, e.g. https://abhasbx.abdm.gov.in/abha/api */
  baseUrl: string;
  /** Gateway, e.g. https://dev.abdm.gov.in */
  gatewayUrl: string;
  /** X-CM-ID for the session call ("sbx" in the sandbox). */
  cmId: string;
  /** How long to wait for ABDM before telling the person to try again. */
  timeoutMs?: number;
}

/** ABHA number logins and ABHA address logins live under different paths with different scopes. */
const routes = {
  "abha-number": {
    requestOtp: "/v3/profile/login/request/otp",
    verify: "/v3/profile/login/verify",
    scope: ["abha-login", "mobile-verify"],
  },
  "abha-address": {
    requestOtp: "/v3/phr/web/login/abha/request/otp",
    verify: "/v3/phr/web/login/abha/verify",
    scope: ["abha-address-login", "mobile-verify"],
  },
} as const;

// A certificate rotation must not break every call forever: keep it an hour at most.
const certificateTtlMs = 60 * 60 * 1000;

interface Cached<T> {
  value: T;
  until: number;
}

const unreachable = (cause?: unknown) => new AppError("unavailable", abdmMessages.down, { cause });

/** The real adapter: ABDM's v3 OTP login, used to prove an ABHA is the caller's. */
export class AbdmHttpAdapter implements AbdmAdapter {
  readonly kind = "abdm";
  private token: Cached<string> | undefined;
  private certificate: Cached<{ publicKey: string; algorithm: string }> | undefined;

  constructor(private readonly config: AbdmHttpConfig) {}

  async requestOtp(hint: AbhaLoginHint, loginId: string) {
    // ABDM reads the number in its displayed form, hyphens included.
    const plain = hint === "abha-number" ? formatAbhaNumber(loginId) : loginId;
    const route = routes[hint];
    const answer = await this.call(route.requestOtp, {
      scope: route.scope,
      loginHint: hint,
      loginId: await this.encrypt(plain),
      otpSystem: "abdm",
    });
    const txnId = stringField(answer.body, "txnId");
    if (answer.status >= 400 && answer.status < 500) {
      const field = hint === "abha-number" ? "abhaNumber" : "abhaAddress";
      throw new AppError("validation_failed", abdmMessages.notSent, {
        errors: [{ path: field, message: abdmMessages.notSentField }],
      });
    }
    if (answer.status !== 200 || !txnId) throw unreachable();
    return { txnId, message: stringField(answer.body, "message") ?? "" };
  }

  async verifyOtp(hint: AbhaLoginHint, txnId: string, otp: string): Promise<AbdmVerifyResult> {
    const route = routes[hint];
    const answer = await this.call(route.verify, {
      scope: route.scope,
      authData: { authMethods: ["otp"], otp: { txnId, otpValue: await this.encrypt(otp) } },
    });
    if (answer.status >= 400 && answer.status < 500) return { ok: false };
    if (answer.status !== 200) throw unreachable();
    if (stringField(answer.body, "authResult") !== "success") return { ok: false };
    const identity = identityOf(answer.body);
    if (!identity) throw unreachable(new Error("ABDM verified the OTP but named no ABHA"));
    return { ok: true, identity };
  }

  private async encrypt(plaintext: string): Promise<string> {
    const { publicKey, algorithm } = await this.publicCertificate();
    return encryptForAbdm(publicKey, algorithm, plaintext);
  }

  private async publicCertificate() {
    if (this.certificate && this.certificate.until > Date.now()) return this.certificate.value;
    const answer = await this.call("/v3/profile/public/certificate");
    const publicKey = stringField(answer.body, "publicKey");
    const algorithm = stringField(answer.body, "encryptionAlgorithm");
    if (answer.status !== 200 || !publicKey || !algorithm) throw unreachable();
    this.certificate = { value: { publicKey, algorithm }, until: Date.now() + certificateTtlMs };
    return this.certificate.value;
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.until > Date.now()) return this.token.value;
    const answer = await this.send(
      `${this.config.gatewayUrl}/api/hiecm/gateway/v3/sessions`,
      { "X-CM-ID": this.config.cmId },
      {
        clientId: this.config.clientId,
        clientSecret: this.config.clientSecret,
        grantType: "client_credentials",
      },
    );
    const token = stringField(answer.body, "accessToken");
    // A refused credential is not retried: repeated failures lock the client at ABDM.
    if (answer.status !== 200 || !token) throw unreachable();
    const body = answer.body as { expiresIn?: unknown };
    const seconds = typeof body.expiresIn === "number" ? body.expiresIn : 600;
    this.token = { value: token, until: Date.now() + Math.max(0, seconds - 30) * 1000 };
    return token;
  }

  /** One ABHA service call with the gateway token; GET when there is no body. */
  private async call(path: string, body?: unknown) {
    const token = await this.accessToken();
    const answer = await this.send(
      `${this.config.baseUrl}${path}`,
      { Authorization: `Bearer ${token}` },
      body,
    );
    // An expired or revoked token: forget it so the next call opens a new session.
    if (answer.status === 401) {
      this.token = undefined;
      throw unreachable();
    }
    return answer;
  }

  private async send(url: string, headers: Record<string, string>, body?: unknown) {
    try {
      const response = await fetch(url, {
        method: body === undefined ? "GET" : "POST",
        headers: {
          ...headers,
          "REQUEST-ID": randomUUID(),
          // ABDM refuses local time: UTC with milliseconds and a Z.
          TIMESTAMP: new Date().toISOString(),
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 10_000),
        redirect: "error",
      });
      const text = await response.text();
      // A failure may come with no body at all.
      return { status: response.status, body: text ? safeJson(text) : {} };
    } catch (cause) {
      throw unreachable(cause);
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

function stringField(body: unknown, key: string): string | undefined {
  if (body === null || typeof body !== "object") return undefined;
  const value = (body as Record<string, unknown>)[key];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/**
 * The ABHA the OTP proved: `accounts[0]` on an ABHA number login (ABHANumber,
 * preferredAbhaAddress), `users[0]` on an ABHA address login (abhaAddress, abhaNumber).
 */
function identityOf(body: unknown): AbdmIdentity | undefined {
  const record = body as { accounts?: unknown; users?: unknown };
  const first = [record.accounts, record.users]
    .map((list) => (Array.isArray(list) ? (list[0] as unknown) : undefined))
    .find((item) => item !== undefined && item !== null && typeof item === "object");
  if (!first) return undefined;
  const number = stringField(first, "ABHANumber") ?? stringField(first, "abhaNumber");
  const address = stringField(first, "preferredAbhaAddress") ?? stringField(first, "abhaAddress");
  const identity = {
    abhaNumber: number ? normaliseAbhaNumber(number) : null,
    abhaAddress: address ? normaliseAbhaAddress(address) : null,
  };
  return identity.abhaNumber || identity.abhaAddress ? identity : undefined;
}
