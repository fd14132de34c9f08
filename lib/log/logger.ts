import "server-only";
import pino from "pino";

// JSON lines in every environment: pino-pretty would be a worker-thread transport, which Next's
// server bundles handle badly. Pipe through `npx pino-pretty` locally if you want colours.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "swasthai" },
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
});
