import "server-only";
import { env } from "@/lib/env";
import { aiAdapter } from "./ai";
import { embeddedAdapter } from "./embedded";
import type { CoachAdapter } from "./types";

/** "ai" when AI_BASE_URL, AI_API_KEY and AI_MODEL are all set, else "embedded". */
export function coachAdapterName(config = env): CoachAdapter["name"] {
  return config.AI_BASE_URL && config.AI_API_KEY && config.AI_MODEL ? "ai" : "embedded";
}

let cached: CoachAdapter | undefined;

/** The adapter the coach answers with (chosen once, from the environment). */
export function coachAdapter(): CoachAdapter {
  if (!cached) {
    cached =
      coachAdapterName() === "ai"
        ? aiAdapter({ baseURL: env.AI_BASE_URL!, apiKey: env.AI_API_KEY!, model: env.AI_MODEL! })
        : embeddedAdapter;
  }
  return cached;
}

export type { CoachAdapter } from "./types";
