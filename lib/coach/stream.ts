import "server-only";
import type { CoachReply } from "./service";

/**
 * A reply as an HTTP body: UTF-8 text chunks as they come. A reader that goes away stops the
 * generator, which still stores what was written.
 */
export function replyBody(reply: CoachReply): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = reply.chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** The headers naming the stored answer and the guard that fired. */
export function replyHeaders(reply: CoachReply): Record<string, string> {
  return {
    "content-type": "text/plain; charset=utf-8",
    "x-coach-message-id": reply.assistantMessageId,
    "x-coach-safety-flag": reply.safetyFlag,
  };
}
