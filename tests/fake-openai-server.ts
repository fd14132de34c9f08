import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake endpoint received. */
export interface ReceivedChat {
  path: string;
  authorization: string | undefined;
  body: {
    model: string;
    stream: boolean;
    messages: Array<{ role: string; content: string }>;
  };
}

/**
 * An OpenAI-compatible chat endpoint on a local port, speaking the documented wire format:
 * POST /v1/chat/completions with `stream: true` answers with SSE `data: {chunk}` lines, ending
 * with `data: [DONE]`. `breakAfter` drops the connection after that many chunks (a failed stream).
 */
export async function startFakeOpenAi(
  chunks: string[],
  options: { breakAfter?: number } = {},
): Promise<{ baseURL: string; received: ReceivedChat[]; close: () => Promise<void> }> {
  const received: ReceivedChat[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let raw = "";
    for await (const part of req) raw += part;
    received.push({
      path: req.url ?? "",
      authorization: req.headers.authorization,
      body: JSON.parse(raw) as ReceivedChat["body"],
    });
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const base = { id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "fake" };
    for (const [index, content] of chunks.entries()) {
      if (options.breakAfter !== undefined && index === options.breakAfter) {
        res.socket?.destroy();
        return;
      }
      const delta = index === 0 ? { role: "assistant", content } : { content };
      const line = `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`;
      // Each chunk is on the wire before the next (and before a break), as a real stream is.
      await new Promise<void>((resolve) => res.write(line, () => resolve()));
    }
    res.write(
      `data: ${JSON.stringify({
        ...base,
        choices: [{ index: 0, delta: {}, finish_reason: "stop" }],
        usage: { prompt_tokens: 42, completion_tokens: 7, total_tokens: 49 },
      })}\n\n`,
    );
    res.end("data: [DONE]\n\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
