import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import net from "node:net";

/**
 * A minimal Upstash-REST-compatible server in front of a real Redis, so tests run the actual
 * @upstash/redis and @upstash/ratelimit code. It speaks what @upstash/redis sends:
 *
 * - `POST /` with one command as a JSON array -> `{ result }`, or 400 `{ error }`;
 * - `POST /pipeline` with an array of commands -> `[{ result } | { error }, ...]`;
 * - `POST /multi-exec` -> the same, run atomically inside MULTI/EXEC;
 * - `Authorization: Bearer <token>` (else 401), `Upstash-Encoding: base64` (every string in the
 *   result base64-encoded except "OK", as Upstash does).
 *
 * Scripts pass through (EVAL, EVALSHA, SCRIPT LOAD/EXISTS) with one translation: Upstash accepts a
 * `#!lua flags=allow-key-locking` shebang that open-source Redis rejects, so unknown flags are
 * dropped before the script reaches Redis, and the SHA the client computed over the original text
 * is mapped to the SHA Redis knows.
 */

export class RedisReplyError extends Error {}

type Reply = string | Buffer | number | null | RedisReplyError | Reply[];
type Arg = string | number | boolean | null | object;

// -- RESP over node:net ---------------------------------------------------------------------------

/** One Redis connection; replies arrive in order, so a FIFO of waiters matches them to requests. */
export class RedisConnection {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly waiters: Array<{ resolve: (r: Reply) => void; reject: (e: Error) => void }> = [];
  private closedError: Error | undefined;

  private constructor(private readonly socket: net.Socket) {
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    const fail = (error: Error) => {
      this.closedError = error;
      for (const waiter of this.waiters.splice(0)) waiter.reject(error);
    };
    socket.on("error", fail);
    socket.on("close", () => fail(new Error("Redis connection closed")));
  }

  /** Connects, or rejects with a message that says what to do. */
  static connect(redisUrl: string, timeoutMs = 2000): Promise<RedisConnection> {
    const url = new URL(redisUrl);
    const host = url.hostname || "127.0.0.1";
    const port = Number(url.port || 6379);
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(unreachable(host, port, "timed out"));
      }, timeoutMs);
      socket.once("connect", () => {
        clearTimeout(timer);
        socket.setNoDelay(true);
        resolve(new RedisConnection(socket));
      });
      socket.once("error", (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(unreachable(host, port, error.code ?? error.message));
      });
    });
  }

  /** Sends one command. */
  call(command: Arg[]): Promise<Reply> {
    return this.callMany([command]).then((replies) => replies[0]!);
  }

  /** Sends commands in one write, so nothing from another caller can come between them. */
  callMany(commands: Arg[][]): Promise<Reply[]> {
    if (this.closedError) return Promise.reject(this.closedError);
    const promises = commands.map(
      () => new Promise<Reply>((resolve, reject) => this.waiters.push({ resolve, reject })),
    );
    this.socket.write(Buffer.concat(commands.map(encodeCommand)));
    return Promise.all(promises);
  }

  /** Deletes every key matching `pattern` (cleanup). */
  async deleteMatching(pattern: string): Promise<number> {
    let cursor = "0";
    let deleted = 0;
    do {
      const reply = (await this.call(["SCAN", cursor, "MATCH", pattern, "COUNT", 500])) as Reply[];
      cursor = String(reply[0]);
      const keys = (reply[1] as Buffer[]).map((k) => k.toString());
      if (keys.length > 0) deleted += Number(await this.call(["DEL", ...keys]));
    } while (cursor !== "0");
    return deleted;
  }

  async close(): Promise<void> {
    if (this.closedError) return;
    await this.call(["QUIT"]).catch(() => undefined);
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const parsed = parseReply(this.buffer, 0);
      if (!parsed) return;
      this.buffer = this.buffer.subarray(parsed.next);
      this.waiters.shift()?.resolve(parsed.value);
    }
  }
}

function unreachable(host: string, port: number, why: string): Error {
  return new Error(
    `Redis is not reachable at ${host}:${port} (${why}). The Upstash rate-limit tests run ` +
      `@upstash/ratelimit against a real Redis: start redis-server, or point TEST_REDIS_URL at one.`,
  );
}

function encodeCommand(args: Arg[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = Buffer.from(toArgString(arg));
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from("\r\n"));
  }
  return Buffer.concat(parts);
}

function toArgString(arg: Arg): string {
  if (arg === null) return "";
  if (typeof arg === "object") return JSON.stringify(arg);
  return String(arg);
}

/** Parses one RESP2 reply at `offset`, or returns undefined when more bytes are needed. */
function parseReply(buf: Buffer, offset: number): { value: Reply; next: number } | undefined {
  const lineEnd = buf.indexOf("\r\n", offset);
  if (lineEnd === -1) return undefined;
  const type = String.fromCharCode(buf[offset]!);
  const line = buf.toString("utf8", offset + 1, lineEnd);
  const after = lineEnd + 2;
  switch (type) {
    case "+":
      return { value: line, next: after };
    case "-":
      return { value: new RedisReplyError(line), next: after };
    case ":":
      return { value: Number(line), next: after };
    case "$": {
      const length = Number(line);
      if (length === -1) return { value: null, next: after };
      if (buf.length < after + length + 2) return undefined;
      return { value: buf.subarray(after, after + length), next: after + length + 2 };
    }
    case "*": {
      const count = Number(line);
      if (count === -1) return { value: null, next: after };
      const items: Reply[] = [];
      let next = after;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buf, next);
        if (!item) return undefined;
        items.push(item.value);
        next = item.next;
      }
      return { value: items, next };
    }
    default:
      throw new Error(`Unexpected RESP type byte ${JSON.stringify(type)}`);
  }
}

// -- Upstash REST translation ---------------------------------------------------------------------

const redisScriptFlags = new Set([
  "no-writes",
  "allow-oom",
  "allow-stale",
  "no-cluster",
  "allow-cross-slot-keys",
]);

/** Drops shebang flags open-source Redis does not know (Upstash's `allow-key-locking`). */
export function toRedisScript(script: string): string {
  const match = /^#!lua([^\r\n]*)/.exec(script);
  if (!match) return script;
  const options = match[1]!.trim().split(/\s+/).filter(Boolean);
  const kept = options.flatMap((option) => {
    if (!option.startsWith("flags=")) return [option];
    const flags = option
      .slice("flags=".length)
      .split(",")
      .filter((f) => redisScriptFlags.has(f));
    return flags.length ? [`flags=${flags.join(",")}`] : [];
  });
  return `#!lua${kept.length ? ` ${kept.join(" ")}` : ""}${script.slice(match[0].length)}`;
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/** Commands that would change the shared connection's state or block it for everyone. */
const refused = new Set([
  "SELECT",
  "MULTI",
  "EXEC",
  "DISCARD",
  "WATCH",
  "UNWATCH",
  "QUIT",
  "RESET",
  "HELLO",
  "AUTH",
  "SUBSCRIBE",
  "PSUBSCRIBE",
  "SSUBSCRIBE",
  "MONITOR",
  "SYNC",
  "PSYNC",
  "CLIENT",
  "SHUTDOWN",
  "BLPOP",
  "BRPOP",
  "BLMOVE",
  "BRPOPLPUSH",
  "BZPOPMIN",
  "BZPOPMAX",
  "BLMPOP",
  "BZMPOP",
  "WAIT",
]);

class Translator {
  /** SHA the client computed over the original script -> SHA of the text Redis holds. */
  private readonly shas = new Map<string, string>();

  /** A Redis command for a REST one, or an error to answer without asking Redis. */
  translate(command: unknown): Arg[] | RedisReplyError {
    if (!Array.isArray(command) || command.length === 0) {
      return new RedisReplyError("ERR a command must be a non-empty JSON array");
    }
    const args = [...(command as Arg[])];
    const name = String(args[0]).toUpperCase();
    if (refused.has(name)) return new RedisReplyError(`ERR command ${name} is not allowed here`);
    if ((name === "EVAL" || name === "EVAL_RO") && typeof args[1] === "string") {
      const original = args[1];
      const script = toRedisScript(original);
      this.shas.set(sha1(original), sha1(script));
      args[1] = script;
    } else if ((name === "EVALSHA" || name === "EVALSHA_RO") && args[1] != null) {
      const sha = String(args[1]).toLowerCase();
      args[1] = this.shas.get(sha) ?? sha;
    } else if (name === "SCRIPT") {
      const sub = String(args[1] ?? "").toUpperCase();
      if (sub === "LOAD" && typeof args[2] === "string") {
        const original = args[2];
        const script = toRedisScript(original);
        this.shas.set(sha1(original), sha1(script));
        args[2] = script;
      } else if (sub === "EXISTS") {
        for (let i = 2; i < args.length; i++) {
          const sha = String(args[i]).toLowerCase();
          args[i] = this.shas.get(sha) ?? sha;
        }
      } else if (sub !== "FLUSH") {
        return new RedisReplyError(`ERR SCRIPT ${sub} is not allowed here`);
      }
    }
    return args;
  }

  /** SCRIPT LOAD answers the SHA of what Redis loaded; the client expects its own. */
  answerFor(command: unknown, reply: Reply): Reply {
    if (!Array.isArray(command)) return reply;
    const [name, sub, script] = command as unknown[];
    const isLoad = String(name).toUpperCase() === "SCRIPT" && String(sub).toUpperCase() === "LOAD";
    return isLoad && typeof script === "string" && !(reply instanceof RedisReplyError)
      ? sha1(script)
      : reply;
  }
}

type JsonResult = { result: unknown } | { error: string };

function toJson(reply: Reply, base64: boolean): unknown {
  if (reply === null || typeof reply === "number") return reply;
  if (reply instanceof RedisReplyError) return reply.message;
  if (Array.isArray(reply)) return reply.map((r) => toJson(r, base64));
  if (Buffer.isBuffer(reply)) return base64 ? reply.toString("base64") : reply.toString("utf8");
  // Simple strings: base64 too, except the bare "OK" that Upstash leaves as is.
  return base64 && reply !== "OK" ? Buffer.from(reply).toString("base64") : reply;
}

function entry(reply: Reply, base64: boolean): JsonResult {
  return reply instanceof RedisReplyError
    ? { error: reply.message }
    : { result: toJson(reply, base64) };
}

// -- HTTP -----------------------------------------------------------------------------------------

export interface UpstashRestServer {
  /** Base URL for `new Redis({ url })` / UPSTASH_REDIS_REST_URL. */
  url: string;
  token: string;
  /** A direct connection to the Redis behind it (assertions and cleanup). */
  redis: RedisConnection;
  /** How many HTTP requests each path received (tests check both paths were exercised). */
  requests: Record<string, number>;
  /** How many times each command name reached Redis. */
  commands: Record<string, number>;
  close(): Promise<void>;
}

export async function startUpstashRestServer(
  options: { redisUrl?: string; token?: string; port?: number } = {},
): Promise<UpstashRestServer> {
  const redisUrl = options.redisUrl ?? process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
  const token = options.token ?? `test-token-${Math.random().toString(36).slice(2)}`;
  const redis = await RedisConnection.connect(redisUrl);
  const translator = new Translator();
  const requests: Record<string, number> = {};
  const commands: Record<string, number> = {};
  const count = (args: Arg[]) => {
    const name = String(args[0]).toUpperCase();
    commands[name] = (commands[name] ?? 0) + 1;
    return args;
  };

  async function runOne(command: unknown, base64: boolean): Promise<JsonResult> {
    const translated = translator.translate(command);
    if (translated instanceof RedisReplyError) return { error: translated.message };
    const reply = translator.answerFor(command, await redis.call(count(translated)));
    return entry(reply, base64);
  }

  async function runPipeline(commands: unknown[], base64: boolean): Promise<JsonResult[]> {
    const translated = commands.map((c) => translator.translate(c));
    const toSend = translated.filter((t): t is Arg[] => !(t instanceof RedisReplyError));
    const replies = toSend.length ? await redis.callMany(toSend.map(count)) : [];
    let i = 0;
    return translated.map((t, index) =>
      t instanceof RedisReplyError
        ? { error: t.message }
        : entry(translator.answerFor(commands[index], replies[i++]!), base64),
    );
  }

  async function runMultiExec(
    commands: unknown[],
    base64: boolean,
  ): Promise<JsonResult[] | JsonResult> {
    const translated = commands.map((c) => translator.translate(c));
    const refusedOne = translated.find((t): t is RedisReplyError => t instanceof RedisReplyError);
    if (refusedOne) return { error: refusedOne.message };
    const replies = await redis.callMany([
      ["MULTI"],
      ...(translated as Arg[][]).map(count),
      ["EXEC"],
    ]);
    const queued = replies
      .slice(1, -1)
      .find((r): r is RedisReplyError => r instanceof RedisReplyError);
    const exec = replies[replies.length - 1]!;
    if (queued) return { error: queued.message };
    if (exec instanceof RedisReplyError || !Array.isArray(exec)) {
      return { error: exec instanceof RedisReplyError ? exec.message : "ERR transaction aborted" };
    }
    return exec.map((reply, index) => entry(translator.answerFor(commands[index], reply), base64));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "") || "/";
    requests[path] = (requests[path] ?? 0) + 1;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${token}`)
      return send(401, { error: "Unauthorized" });
    if (req.method !== "POST") return send(405, { error: "ERR only POST is supported here" });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return send(400, { error: "ERR the request body is not JSON" });
    }
    const base64 = String(req.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    if (path === "/") {
      const result = await runOne(body, base64);
      return send("error" in result ? 400 : 200, result);
    }
    if (path === "/pipeline" || path === "/multi-exec") {
      if (!Array.isArray(body) || body.length === 0) {
        return send(400, { error: "ERR expected a non-empty array of commands" });
      }
      const result =
        path === "/pipeline" ? await runPipeline(body, base64) : await runMultiExec(body, base64);
      return send(Array.isArray(result) ? 200 : 400, result);
    }
    return send(404, { error: `ERR unknown path ${path}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `ERR ${(error as Error).message}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    redis,
    requests,
    commands,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await redis.close();
    },
  };
}
