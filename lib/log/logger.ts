import "server-only";
import pino, { type DestinationStream, type Level } from "pino";
import { traceFields } from "./trace-fields";

/**
 * JSON lines in every environment: pino-pretty would be a worker-thread transport, which Next's
 * server bundles handle badly. Pipe through `npx pino-pretty` locally if you want colours. Each
 * line written inside a span carries its trace_id and span_id (trace-fields.ts).
 */
export function createLogger(
  level: Level | "silent" = defaultLevel(),
  destination?: DestinationStream,
) {
  return pino(
    {
      level,
      base: { app: "swasthai" },
      mixin: traceFields,
      redact: {
        paths: [
          "password",
          "*.password",
          "token",
          "*.token",
          "refreshToken",
          "*.refreshToken",
          "authorization",
          "*.authorization",
          "cookie",
          "*.cookie",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

function defaultLevel(): Level | "silent" {
  return (process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info")) as
    Level | "silent";
}

export const logger = createLogger();
