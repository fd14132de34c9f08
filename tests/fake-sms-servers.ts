import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a fake received: method, path, headers and the raw body. */
export interface ReceivedCall {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** What the fake answers the next request with (status and JSON body). */
export type Answer = { status: number; body: unknown };

/**
 * A local HTTP server that records every request and answers from `answers` (the next one each
 * time, the last one again when they run out). Stands in for Twilio, MSG91 and QStash, whose
 * documented request formats the tests assert on `received`.
 */
export async function startFakeProvider(answers: Answer[]) {
  const received: ReceivedCall[] = [];
  const queue = [...answers];
  const server: Server = createServer(async (req, res) => {
    let body = "";
    for await (const part of req) body += part;
    received.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body });
    const answer = queue.length > 1 ? queue.shift()! : queue[0]!;
    res.writeHead(answer.status, { "content-type": "application/json" });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
