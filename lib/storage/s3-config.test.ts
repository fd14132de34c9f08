import { describe, expect, it } from "vitest";
import { s3ConfigOf, storageAdapterName, storageConfigProblems } from "./s3-config";

const keys = { S3_ACCESS_KEY_ID: "AKIAEXAMPLE", S3_SECRET_ACCESS_KEY: "s3-secret" };

describe("storageConfigProblems", () => {
  it("accepts no S3 at all, and a bucket with a key pair", () => {
    expect(storageConfigProblems({})).toEqual([]);
    expect(storageConfigProblems({ S3_BUCKET: "files", ...keys })).toEqual([]);
  });

  it("accepts a bucket with the standard AWS credential variables instead", () => {
    expect(
      storageConfigProblems({
        S3_BUCKET: "files",
        AWS_ACCESS_KEY_ID: "ASIAEXAMPLE",
        AWS_SECRET_ACCESS_KEY: "aws-secret",
        AWS_SESSION_TOKEN: "token",
      }),
    ).toEqual([]);
  });

  it("names half a key pair, with or without a bucket", () => {
    for (const half of [
      { S3_ACCESS_KEY_ID: "AKIAEXAMPLE" },
      { S3_SECRET_ACCESS_KEY: "s3-secret" },
    ]) {
      expect(storageConfigProblems({ S3_BUCKET: "files", ...half })).toEqual([
        expect.stringMatching(/^S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/),
      ]);
      expect(storageConfigProblems(half)).toHaveLength(2);
    }
  });

  it("names a bucket without credentials (half an AWS pair is none)", () => {
    for (const config of [
      { S3_BUCKET: "files" },
      { S3_BUCKET: "files", AWS_ACCESS_KEY_ID: "ASIAEXAMPLE" },
    ]) {
      expect(storageConfigProblems(config)).toEqual([
        expect.stringMatching(/^S3_BUCKET is set but there are no credentials/),
      ]);
    }
  });

  it("names S3 settings without a bucket, which would quietly keep files elsewhere", () => {
    expect(storageConfigProblems({ ...keys })).toEqual([expect.stringMatching(/S3_BUCKET is not/)]);
    expect(storageConfigProblems({ S3_ENDPOINT: "http://minio:9000" })).toEqual([
      expect.stringMatching(/S3_BUCKET is not/),
    ]);
  });

  it("never repeats a secret in its lines", () => {
    const lines = storageConfigProblems({
      S3_SECRET_ACCESS_KEY: "s3-secret",
      AWS_SECRET_ACCESS_KEY: "aws-secret",
    }).join("\n");
    expect(lines).not.toContain("s3-secret");
    expect(lines).not.toContain("aws-secret");
  });
});

describe("s3ConfigOf", () => {
  it("prefers the S3_* pair to the AWS_* variables, and defaults the region", () => {
    expect(
      s3ConfigOf({
        S3_BUCKET: "files",
        ...keys,
        AWS_ACCESS_KEY_ID: "ASIAOTHER",
        AWS_SECRET_ACCESS_KEY: "aws-secret",
      }),
    ).toEqual({
      bucket: "files",
      region: "ap-south-1",
      endpoint: undefined,
      forcePathStyle: false,
      credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "s3-secret" },
    });
  });

  it("falls back to the AWS_* variables with their session token", () => {
    expect(
      s3ConfigOf({
        S3_BUCKET: "files",
        S3_REGION: "auto",
        S3_ENDPOINT: "https://acct.r2.cloudflarestorage.com",
        S3_FORCE_PATH_STYLE: "1",
        AWS_ACCESS_KEY_ID: "ASIAEXAMPLE",
        AWS_SECRET_ACCESS_KEY: "aws-secret",
        AWS_SESSION_TOKEN: "token",
      }),
    ).toEqual({
      bucket: "files",
      region: "auto",
      endpoint: "https://acct.r2.cloudflarestorage.com",
      forcePathStyle: true,
      credentials: {
        accessKeyId: "ASIAEXAMPLE",
        secretAccessKey: "aws-secret",
        sessionToken: "token",
      },
    });
  });

  it("is null without a bucket or without credentials", () => {
    expect(s3ConfigOf({ ...keys })).toBeNull();
    expect(s3ConfigOf({ S3_BUCKET: "files" })).toBeNull();
  });
});

describe("storageAdapterName", () => {
  it("picks S3 over UploadThing over local disk", () => {
    expect(storageAdapterName({ S3_BUCKET: "files", UPLOADTHING_TOKEN: "t" })).toBe("s3");
    expect(storageAdapterName({ UPLOADTHING_TOKEN: "t" })).toBe("uploadthing");
    expect(storageAdapterName({})).toBe("local");
  });
});
