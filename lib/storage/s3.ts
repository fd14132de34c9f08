import "server-only";
import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import { extensionOfKey, isSafeStorageKey } from "./keys";
import type { S3Config } from "./s3-config";
import { contentTypeOfExtension } from "./sniff";
import type { FileStorage, StoredFile } from "./types";

/** One call, retries included, gives up after this long: an upload must not hang a request. */
const defaultTimeoutMs = 15_000;

/** SHA-256 of an empty body: GET and DELETE sign it as their payload. */
const emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

function checkedKey(key: string): string {
  if (!isSafeStorageKey(key)) throw new Error("Refusing an unsafe storage key.");
  return key;
}

/**
 * The object's URL. AWS S3 is addressed virtual-hosted style (`<bucket>.s3.<region>.amazonaws.com`)
 * unless path style is forced; a custom endpoint (MinIO, R2) always gets `<endpoint>/<bucket>/<key>`,
 * which both serve without per-bucket DNS. Safe keys need no escaping.
 */
export function s3ObjectUrl(config: S3Config, key: string): string {
  const safe = checkedKey(key);
  if (config.endpoint) {
    const base = new URL(config.endpoint);
    const prefix = base.pathname.replace(/\/+$/, "");
    return `${base.origin}${prefix}/${config.bucket}/${safe}`;
  }
  if (config.forcePathStyle) {
    return `https://s3.${config.region}.amazonaws.com/${config.bucket}/${safe}`;
  }
  return `https://${config.bucket}.s3.${config.region}.amazonaws.com/${safe}`;
}

/** S3's error code from its XML error body ("NoSuchKey"); only the code, never the rest. */
function errorCodeOf(body: string): string | null {
  return /<Code>([A-Za-z0-9.]{1,64})<\/Code>/.exec(body)?.[1] ?? null;
}

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2), signed with SigV4 by aws4fetch.
 * Uploads sign their payload's SHA-256, so S3 refuses a body altered on the way. On AWS the upload
 * asks for SSE-S3 encryption (AES256) explicitly, which bucket policies that require encryption
 * check for; custom endpoints are not asked, since MinIO refuses it without a KMS configured.
 * Reads return the type sniffed at upload, by the key's extension, as the other adapters do.
 */
export function createS3Storage(
  config: S3Config,
  { timeoutMs = defaultTimeoutMs }: { timeoutMs?: number } = {},
): FileStorage {
  const aws = new AwsClient({
    ...config.credentials,
    service: "s3",
    region: config.region,
    // aws4fetch retries 5xx and 429 (S3's SlowDown) with backoff; a few are enough, and the
    // timeout below bounds them all.
    retries: 2,
  });

  async function send(
    method: "PUT" | "GET" | "DELETE",
    key: string,
    init: { headers?: Record<string, string>; body?: Uint8Array } = {},
  ): Promise<{ response: Response; code: string | null }> {
    const url = s3ObjectUrl(config, key);
    let response: Response;
    try {
      response = await aws.fetch(url, {
        method,
        headers: init.headers,
        // A fresh ArrayBuffer-backed copy: fetch bodies must not be SharedArrayBuffer views.
        body: init.body ? new Uint8Array(init.body) : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw transportFailure(method, key, cause);
    }
    if (response.ok) {
      // Only a read has a body worth reading; the others are released so the connection is reused.
      if (method !== "GET") await response.body?.cancel();
      return { response, code: null };
    }
    // The error body can carry the string to sign and the signature sent: only its code is kept.
    const code = errorCodeOf(await response.text().catch(() => ""));
    return { response, code };
  }

  function transportFailure(method: string, key: string, cause: unknown): Error {
    const timedOut = cause instanceof Error && cause.name === "TimeoutError";
    const reason = timedOut
      ? `no answer within ${timeoutMs / 1000} s`
      : "the storage endpoint could not be reached";
    return new Error(`S3 ${method} ${key} failed: ${reason}.`, { cause });
  }

  function failure(method: string, key: string, status: number, code: string | null): Error {
    return new Error(`S3 ${method} ${key} failed: HTTP ${status}${code ? ` ${code}` : ""}.`);
  }

  /** A 404 about the object itself (not about a missing bucket, which is a setup error). */
  const objectMissing = (status: number, code: string | null) =>
    status === 404 && (code === null || code === "NoSuchKey");

  return {
    name: "s3",

    async putFile({ key, bytes, contentType }) {
      const headers: Record<string, string> = {
        "content-type": contentType,
        "x-amz-content-sha256": createHash("sha256").update(bytes).digest("hex"),
      };
      if (!config.endpoint) headers["x-amz-server-side-encryption"] = "AES256";
      const { response, code } = await send("PUT", key, { headers, body: bytes });
      if (!response.ok) throw failure("PUT", key, response.status, code);
    },

    async getFile(key): Promise<StoredFile | null> {
      const { response, code } = await send("GET", key, {
        headers: { "x-amz-content-sha256": emptyPayloadHash },
      });
      if (objectMissing(response.status, code)) return null;
      if (!response.ok) throw failure("GET", key, response.status, code);
      let body: ArrayBuffer;
      try {
        body = await response.arrayBuffer();
      } catch (cause) {
        // The timeout covers the body too: a stalled download ends like a stalled answer.
        throw transportFailure("GET", key, cause);
      }
      return {
        bytes: new Uint8Array(body),
        contentType: contentTypeOfExtension[extensionOfKey(key)] ?? "application/octet-stream",
      };
    },

    async deleteFile(key) {
      const { response, code } = await send("DELETE", key, {
        headers: { "x-amz-content-sha256": emptyPayloadHash },
      });
      if (!response.ok && !objectMissing(response.status, code)) {
        throw failure("DELETE", key, response.status, code);
      }
    },
  };
}
