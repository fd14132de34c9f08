import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env reads an empty variable as unset.
const unset = Object.fromEntries(
  [
    "S3_BUCKET",
    "S3_ENDPOINT",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "UPLOADTHING_TOKEN",
  ].map((name) => [name, ""]),
);

/** `getStorage` as a server started with only these storage variables would have it. */
async function storageWith(vars: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries({ ...unset, ...vars })) vi.stubEnv(name, value);
  const { getStorage } = await import("./index");
  return getStorage;
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("getStorage", () => {
  const s3 = {
    S3_BUCKET: "swasthai-files",
    S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
    S3_SECRET_ACCESS_KEY: "s3-secret",
  };

  it("serves S3 when S3_BUCKET is set, even beside an UploadThing token", async () => {
    const getStorage = await storageWith({ ...s3, UPLOADTHING_TOKEN: "ut-token" });
    expect(getStorage().name).toBe("s3");
  });

  it("serves UploadThing, else local disk, without a bucket", async () => {
    expect((await storageWith({ UPLOADTHING_TOKEN: "ut-token" }))().name).toBe("uploadthing");
    expect((await storageWith({}))().name).toBe("local");
  });

  it("refuses a bucket without credentials in the words boot uses", async () => {
    const getStorage = await storageWith({ S3_BUCKET: "swasthai-files" });
    expect(() => getStorage()).toThrow(/^S3_BUCKET is set but there are no credentials/);
  });
});
