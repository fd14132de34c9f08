/**
 * The running instances the ops suite talks to (scripts/ops/two-instances.sh starts them and sets
 * these variables), and a small HTTP client for their public API.
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the ops suite through scripts/ops/two-instances.sh`);
  return value;
}

export const instanceA = required("OPS_A_URL");
export const instanceB = required("OPS_B_URL");
export const cronSecret = required("CRON_SECRET");

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** One request; JSON in, JSON (or problem+json) out. */
export async function http<T = any>(
  base: string,
  path: string,
  options: {
    method?: string;
    body?: unknown;
    token?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(base + path, {
    method: options.method ?? (options.body === undefined ? "GET" : "POST"),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

export const conflictType = "https://swasthai.dev/problems/conflict";
