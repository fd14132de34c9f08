import type { Env } from "@/lib/env";

/** The storage variables these checks read. */
export type StorageEnv = Partial<
  Pick<
    Env,
    | "S3_BUCKET"
    | "S3_REGION"
    | "S3_ENDPOINT"
    | "S3_ACCESS_KEY_ID"
    | "S3_SECRET_ACCESS_KEY"
    | "S3_FORCE_PATH_STYLE"
    | "AWS_ACCESS_KEY_ID"
    | "AWS_SECRET_ACCESS_KEY"
    | "AWS_SESSION_TOKEN"
  >
>;

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Where and as whom the S3 adapter stores files. */
export interface S3Config {
  bucket: string;
  region: string;
  /** MinIO or R2; unset means AWS S3 itself. */
  endpoint?: string;
  forcePathStyle: boolean;
  credentials: S3Credentials;
}

/**
 * The credentials the adapter signs with: the S3_* pair, else the standard AWS_* variables (with
 * their session token, as temporary credentials come). Null when neither pair is complete.
 */
export function s3CredentialsOf(config: StorageEnv): S3Credentials | null {
  if (config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY) {
    return {
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    };
  }
  if (config.AWS_ACCESS_KEY_ID && config.AWS_SECRET_ACCESS_KEY) {
    return {
      accessKeyId: config.AWS_ACCESS_KEY_ID,
      secretAccessKey: config.AWS_SECRET_ACCESS_KEY,
      sessionToken: config.AWS_SESSION_TOKEN,
    };
  }
  return null;
}

/** The S3 adapter's settings when S3_BUCKET is set and credentials are complete; else null. */
export function s3ConfigOf(config: StorageEnv): S3Config | null {
  const credentials = s3CredentialsOf(config);
  if (!config.S3_BUCKET || !credentials) return null;
  return {
    bucket: config.S3_BUCKET,
    region: config.S3_REGION ?? "ap-south-1",
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE === "1",
    credentials,
  };
}

/**
 * What keeps the file storage settings from working, one line each (empty when they are fine).
 * A half-set S3 configuration would otherwise quietly keep files on local disk (or fail at the
 * first upload), so it stops the start instead, wherever the server runs.
 */
export function storageConfigProblems(config: StorageEnv): string[] {
  const problems: string[] = [];
  if (Boolean(config.S3_ACCESS_KEY_ID) !== Boolean(config.S3_SECRET_ACCESS_KEY)) {
    problems.push(
      "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both (with S3_BUCKET) to store files in S3, or neither.",
    );
  }
  if (!config.S3_BUCKET) {
    if (config.S3_ACCESS_KEY_ID || config.S3_SECRET_ACCESS_KEY || config.S3_ENDPOINT) {
      problems.push(
        "S3 settings are present but S3_BUCKET is not: set S3_BUCKET to store files in S3, or remove the S3_* variables to keep the other file storage.",
      );
    }
    return problems;
  }
  if (!config.S3_ACCESS_KEY_ID && !config.S3_SECRET_ACCESS_KEY && !s3CredentialsOf(config)) {
    problems.push(
      "S3_BUCKET is set but there are no credentials: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, with AWS_SESSION_TOKEN for temporary ones).",
    );
  }
  return problems;
}

/** Which file storage serves with these settings, as `getStorage` picks it. */
export function storageAdapterName(
  config: StorageEnv & Partial<Pick<Env, "UPLOADTHING_TOKEN">>,
): "s3" | "uploadthing" | "local" {
  if (config.S3_BUCKET) return "s3";
  return config.UPLOADTHING_TOKEN ? "uploadthing" : "local";
}
