import type { AppLocale } from "@/lib/i18n/config";
import type { CoachContext } from "../context";

/** A past turn of the conversation, as the model sees it. */
export interface CoachTurn {
  role: "user" | "assistant";
  content: string;
}

export interface CoachQuestion {
  locale: AppLocale;
  context: CoachContext;
  /** Earlier turns, oldest first (the last 10 at most), without the question itself. */
  history: CoachTurn[];
  question: string;
}

/** What an adapter says: text as it comes, then (once the stream ends) what it cost. */
export interface CoachAnswer {
  textStream: AsyncIterable<string>;
  /** Settles after textStream ends; tokens are null when the adapter does not count them. */
  usage: () => Promise<{ tokensIn: number | null; tokensOut: number | null }>;
}

/** One way of answering: a language model, or the embedded article coach. */
export interface CoachAdapter {
  name: "ai" | "embedded";
  /** Stored on each answer (`coach_messages.model`). */
  model: string;
  answer(question: CoachQuestion): CoachAnswer;
}
