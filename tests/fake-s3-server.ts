import { createHash, createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake received. */
export interface ReceivedS3Call {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  bodyBytes: number;
}

interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) =>
  createHmac("sha256", key).update(data).digest();

function xmlError(code: string, message: string, extra: Record<string, string> = {}): string {
  const fields = Object.entries(extra)
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${fields}<RequestId>FAKE</RequestId></Error>`;
}

/**
 * An S3 bucket on a local port, path style (`/<bucket>/<key>`), keeping objects in memory and
 * checking SigV4 the way S3 does, independently of the client's signer: a missing Authorization
 * header is 403 AccessDenied, an unknown access key 403 InvalidAccessKeyId, a credential scope for
 * another region or service 400 AuthorizationHeaderMalformed, a wrong signature 403
 * SignatureDoesNotMatch (whose body, as S3's, carries the string to sign and the signature sent),
 * a body whose SHA-256 is not the signed one 400 XAmzContentSHA256Mismatch. PUT stores the body
 * and its Content-Type, GET answers them or 404 NoSuchKey, DELETE answers 204 either way; another
 * bucket is 404 NoSuchBucket. `state.failures` answers that many next requests 503 SlowDown;
 * `state.stall` leaves requests unanswered.
 */
export async function startFakeS3(options: {
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}) {
  const received: ReceivedS3Call[] = [];
  const objects = new Map<string, StoredObject>();
  const state = { failures: 0, stall: false };

  /** The reason to refuse the request as S3 would, or null when it is signed right. */
  function authProblem(
    req: IncomingMessage,
    body: Buffer,
  ): { status: number; code: string; extra?: Record<string, string> } | null {
    const auth = req.headers.authorization;
    if (!auth) return { status: 403, code: "AccessDenied" };
    const parts =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
        auth,
      );
    if (!parts) return { status: 400, code: "AuthorizationHeaderMalformed" };
    const [
      ,
      accessKeyId = "",
      date = "",
      region = "",
      service = "",
      signedHeaders = "",
      signature = "",
    ] = parts;
    if (accessKeyId !== options.accessKeyId) return { status: 403, code: "InvalidAccessKeyId" };
    const amzDate = String(req.headers["x-amz-date"] ?? "");
    if (region !== options.region || service !== "s3" || !amzDate.startsWith(date)) {
      return { status: 400, code: "AuthorizationHeaderMalformed" };
    }
    const names = signedHeaders.split(";");
    if (!names.includes("host") || !names.includes("x-amz-date")) {
      return { status: 403, code: "AccessDenied" };
    }
    // S3 wants every x-amz-* header sent to be signed.
    if (Object.keys(req.headers).some((h) => h.startsWith("x-amz-") && !names.includes(h))) {
      return { status: 403, code: "AccessDenied" };
    }
    const payloadHash = req.headers["x-amz-content-sha256"];
    if (typeof payloadHash !== "string") return { status: 400, code: "InvalidRequest" };
    if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== sha256(body)) {
      return { status: 400, code: "XAmzContentSHA256Mismatch" };
    }
    const url = new URL(req.url ?? "/", "http://fake");
    const query = [...url.searchParams]
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .sort()
      .join("&");
    const canonicalHeaders = names
      .map(
        (name) =>
          `${name}:${String(req.headers[name] ?? "")
            .trim()
            .replace(/\s+/g, " ")}\n`,
      )
      .join("");
    const canonicalRequest = [
      req.method,
      url.pathname,
      query,
      canonicalHeaders,
      signedHeaders,
      payloadHash,
    ].join("\n");
    const scope = `${date}/${region}/s3/aws4_request`;
    const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonicalRequest)].join("\n");
    const signingKey = hmac(
      hmac(hmac(hmac(`AWS4${options.secretAccessKey}`, date), region), "s3"),
      "aws4_request",
    );
    const expected = hmac(signingKey, stringToSign).toString("hex");
    if (expected === signature) return null;
    return {
      status: 403,
      code: "SignatureDoesNotMatch",
      extra: {
        AWSAccessKeyId: accessKeyId,
        StringToSign: stringToSign,
        SignatureProvided: signature,
        CanonicalRequest: canonicalRequest,
      },
    };
  }

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const part of req) chunks.push(part as Buffer);
    const body = Buffer.concat(chunks);
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    received.push({ method: req.method ?? "", path, headers: req.headers, bodyBytes: body.length });

    const fail = (status: number, code: string, extra?: Record<string, string>) => {
      res.writeHead(status, { "content-type": "application/xml" });
      res.end(xmlError(code, `The fake S3 says ${code}.`, extra));
    };
    if (state.stall) return;
    if (state.failures > 0) {
      state.failures -= 1;
      return fail(503, "SlowDown");
    }
    const problem = authProblem(req, body);
    if (problem) return fail(problem.status, problem.code, problem.extra);

    const [, bucket, ...rest] = path.split("/");
    if (bucket !== options.bucket) return fail(404, "NoSuchBucket");
    const key = rest.join("/");
    if (req.method === "PUT") {
      objects.set(key, {
        bytes: body,
        contentType: req.headers["content-type"] ?? "binary/octet-stream",
      });
      res.writeHead(200, { etag: `"${createHash("md5").update(body).digest("hex")}"` });
      return res.end();
    }
    if (req.method === "GET") {
      const object = objects.get(key);
      if (!object) return fail(404, "NoSuchKey");
      res.writeHead(200, {
        "content-type": object.contentType,
        "content-length": object.bytes.length,
      });
      return res.end(object.bytes);
    }
    if (req.method === "DELETE") {
      objects.delete(key);
      res.writeHead(204);
      return res.end();
    }
    return fail(405, "MethodNotAllowed");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    received,
    objects,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
