import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sampleFiles } from "@/tests/factories-users";
import { startFakeS3 } from "@/tests/fake-s3-server";
import { newStorageKey } from "./keys";
import { createS3Storage, s3ObjectUrl } from "./s3";
import type { S3Config } from "./s3-config";

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

// AWS S3 API reference, "Signature Calculations for the Authorization Header: Transferring Payload
// in a Single Chunk", Examples: the documented credentials, time, requests and signatures.
const awsExample = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  datetime: "20130524T000000Z",
};

describe("SigV4 signing, as aws4fetch is driven here (service s3, explicit region)", () => {
  const aws = new AwsClient({ ...awsExample, service: "s3", region: "us-east-1" });

  it("reproduces AWS's GET Object example (Range signed, empty payload hash)", async () => {
    // aws4fetch leaves Range out of the signed headers by default (SigV4 only requires host and
    // x-amz-*); the example signs it, so allHeaders asks for that. The adapter sends no Range.
    const signed = await aws.sign("https://examplebucket.s3.amazonaws.com/test.txt", {
      method: "GET",
      headers: { range: "bytes=0-9", "x-amz-content-sha256": sha256("") },
      aws: { datetime: awsExample.datetime, allHeaders: true },
    });
    expect(signed.headers.get("authorization")).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
    expect(signed.headers.get("x-amz-date")).toBe(awsExample.datetime);
  });

  it("reproduces AWS's PUT Object example in the default mode the adapter uses (signed payload)", async () => {
    const body = new TextEncoder().encode("Welcome to Amazon S3.");
    const signed = await aws.sign("https://examplebucket.s3.amazonaws.com/test$file.text", {
      method: "PUT",
      body,
      headers: {
        date: "Fri, 24 May 2013 00:00:00 GMT",
        "x-amz-storage-class": "REDUCED_REDUNDANCY",
        "x-amz-content-sha256": sha256(body),
      },
      aws: { datetime: awsExample.datetime },
    });
    expect(signed.headers.get("authorization")).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, " +
        "Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
    );
  });
});

describe("S3 object URLs", () => {
  const key = "photos/00000000-0000-4000-8000-000000000000.jpg";
  const base: S3Config = {
    bucket: "swasthai-files",
    region: "ap-south-1",
    forcePathStyle: false,
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
  };

  it("addresses AWS virtual-hosted style by default, path style when forced", () => {
    expect(s3ObjectUrl(base, key)).toBe(
      `https://swasthai-files.s3.ap-south-1.amazonaws.com/${key}`,
    );
    expect(s3ObjectUrl({ ...base, forcePathStyle: true }, key)).toBe(
      `https://s3.ap-south-1.amazonaws.com/swasthai-files/${key}`,
    );
  });

  it("addresses a custom endpoint (MinIO, R2) path style, keeping its own path", () => {
    expect(s3ObjectUrl({ ...base, endpoint: "http://minio:9000/" }, key)).toBe(
      `http://minio:9000/swasthai-files/${key}`,
    );
    expect(
      s3ObjectUrl({ ...base, endpoint: "https://acct.r2.cloudflarestorage.com/s3" }, key),
    ).toBe(`https://acct.r2.cloudflarestorage.com/s3/swasthai-files/${key}`);
  });

  it("refuses keys the app did not generate", () => {
    expect(() => s3ObjectUrl(base, "../secrets.jpg")).toThrow(/unsafe/);
    expect(() => s3ObjectUrl(base, "photos/x.jpg?acl")).toThrow(/unsafe/);
  });
});

describe("the S3 adapter on AWS (requests captured, nothing leaves the machine)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("PUTs to the virtual host with SSE-S3, a signed payload hash and the session token", async () => {
    const calls: Request[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
      calls.push(input as Request);
      return new Response(null, { status: 200 });
    });
    const storage = createS3Storage({
      bucket: "swasthai-files",
      region: "ap-south-1",
      forcePathStyle: false,
      credentials: {
        accessKeyId: "ASIAEXAMPLE",
        secretAccessKey: "task-secret",
        sessionToken: "session-token",
      },
    });
    const key = newStorageKey("records", "application/pdf");
    await storage.putFile({ key, bytes: sampleFiles.pdf(), contentType: "application/pdf" });

    expect(calls).toHaveLength(1);
    const request = calls[0]!;
    expect(request.method).toBe("PUT");
    expect(request.url).toBe(`https://swasthai-files.s3.ap-south-1.amazonaws.com/${key}`);
    expect(request.headers.get("content-type")).toBe("application/pdf");
    expect(request.headers.get("x-amz-server-side-encryption")).toBe("AES256");
    expect(request.headers.get("x-amz-content-sha256")).toBe(sha256(sampleFiles.pdf()));
    expect(request.headers.get("x-amz-security-token")).toBe("session-token");
    expect(request.headers.get("authorization")).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE\/\d{8}\/ap-south-1\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-server-side-encryption, Signature=[0-9a-f]{64}$/,
    );
  });
});

describe("the S3 adapter against a fake S3", () => {
  const account = {
    bucket: "swasthai-test",
    region: "ap-south-1",
    accessKeyId: "AKIAFAKEKEY",
    secretAccessKey: "fake-secret-Xy9/abc+def",
  };
  let s3: Awaited<ReturnType<typeof startFakeS3>>;
  let config: S3Config;

  beforeEach(async () => {
    s3 = await startFakeS3(account);
    config = {
      bucket: account.bucket,
      region: account.region,
      endpoint: s3.endpoint,
      forcePathStyle: false,
      credentials: { accessKeyId: account.accessKeyId, secretAccessKey: account.secretAccessKey },
    };
  });
  afterEach(async () => {
    await s3.close();
  });

  it("stores, reads and deletes a file under its key, path style, with its type", async () => {
    const storage = createS3Storage(config);
    expect(storage.name).toBe("s3");
    const key = newStorageKey("photos", "image/png");
    await storage.putFile({ key, bytes: sampleFiles.png(), contentType: "image/png" });

    expect(s3.received[0]).toMatchObject({ method: "PUT", path: `/${account.bucket}/${key}` });
    // Not asked of MinIO or R2: MinIO refuses SSE-S3 without a KMS.
    expect(s3.received[0]!.headers["x-amz-server-side-encryption"]).toBeUndefined();
    expect(s3.objects.get(key)?.contentType).toBe("image/png");
    // S3 refuses a chunked upload without a length (411 MissingContentLength).
    expect(s3.received[0]!.headers["content-length"]).toBe(String(sampleFiles.png().byteLength));
    expect(s3.received[0]!.headers["transfer-encoding"]).toBeUndefined();

    const file = await storage.getFile(key);
    expect(file?.contentType).toBe("image/png");
    expect([...(file?.bytes ?? [])]).toEqual([...sampleFiles.png()]);

    await storage.deleteFile(key);
    expect(s3.objects.has(key)).toBe(false);
    expect(await storage.getFile(key)).toBeNull();
    await expect(storage.deleteFile(key)).resolves.toBeUndefined();
    expect(s3.received.map((r) => r.method)).toEqual(["PUT", "GET", "DELETE", "GET", "DELETE"]);
  });

  it("returns null for a key with no object (404 NoSuchKey)", async () => {
    const storage = createS3Storage(config);
    expect(await storage.getFile(newStorageKey("lab-reports", "application/pdf"))).toBeNull();
  });

  it("surfaces a wrong secret as 403 SignatureDoesNotMatch without the secret or the signature", async () => {
    const storage = createS3Storage({
      ...config,
      credentials: { accessKeyId: account.accessKeyId, secretAccessKey: "not-the-secret" },
    });
    const key = newStorageKey("photos", "image/jpeg");
    const error = await storage
      .putFile({ key, bytes: sampleFiles.jpeg(), contentType: "image/jpeg" })
      .then(
        () => null,
        (err: unknown) => err as Error,
      );

    expect(error?.message).toBe(`S3 PUT ${key} failed: HTTP 403 SignatureDoesNotMatch.`);
    const sent = /Signature=([0-9a-f]{64})/.exec(s3.received[0]!.headers.authorization ?? "")?.[1];
    expect(sent).toBeDefined();
    for (const secret of ["not-the-secret", sent!, "AWS4-HMAC-SHA256", account.accessKeyId]) {
      expect(error?.message).not.toContain(secret);
    }
    expect(s3.objects.size).toBe(0);
  });

  it("surfaces an unknown access key and a region mismatch as S3 names them", async () => {
    const key = newStorageKey("photos", "image/jpeg");
    const stranger = createS3Storage({
      ...config,
      credentials: { accessKeyId: "AKIASTRANGER", secretAccessKey: account.secretAccessKey },
    });
    await expect(stranger.getFile(key)).rejects.toThrow("HTTP 403 InvalidAccessKeyId");
    const elsewhere = createS3Storage({ ...config, region: "eu-west-1" });
    await expect(elsewhere.getFile(key)).rejects.toThrow("HTTP 400 AuthorizationHeaderMalformed");
  });

  it("treats a missing bucket as an error, not as a missing file", async () => {
    const storage = createS3Storage({ ...config, bucket: "no-such-bucket" });
    const key = newStorageKey("records", "application/pdf");
    await expect(storage.getFile(key)).rejects.toThrow("HTTP 404 NoSuchBucket");
    await expect(storage.deleteFile(key)).rejects.toThrow("HTTP 404 NoSuchBucket");
  });

  it("retries S3's 503 SlowDown a bounded number of times", async () => {
    const storage = createS3Storage(config);
    const key = newStorageKey("photos", "image/webp");
    s3.state.failures = 2;
    await storage.putFile({ key, bytes: sampleFiles.webp(), contentType: "image/webp" });
    expect(s3.received).toHaveLength(3);
    expect(s3.objects.has(key)).toBe(true);

    s3.state.failures = 10;
    await expect(storage.getFile(key)).rejects.toThrow(`S3 GET ${key} failed: HTTP 503 SlowDown.`);
    expect(s3.received).toHaveLength(6);
  });

  it("gives up on an endpoint that does not answer, within its timeout", async () => {
    const storage = createS3Storage(config, { timeoutMs: 300 });
    s3.state.stall = true;
    const key = newStorageKey("photos", "image/png");
    await expect(storage.getFile(key)).rejects.toThrow(
      `S3 GET ${key} failed: no answer within 0.3 s.`,
    );
    expect(s3.received).toHaveLength(1);
  });

  it("says so when the endpoint cannot be reached", async () => {
    await s3.close();
    const storage = createS3Storage(config);
    await expect(storage.getFile(newStorageKey("photos", "image/png"))).rejects.toThrow(
      /failed: the storage endpoint could not be reached\.$/,
    );
  });

  it("refuses keys it did not generate before sending anything", async () => {
    const storage = createS3Storage(config);
    await expect(
      storage.putFile({ key: "../x.jpg", bytes: sampleFiles.jpeg(), contentType: "image/jpeg" }),
    ).rejects.toThrow(/unsafe/);
    await expect(storage.getFile("photos/../../etc/passwd")).rejects.toThrow(/unsafe/);
    expect(s3.received).toHaveLength(0);
  });
});
