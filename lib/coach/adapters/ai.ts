import "server-only";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { streamText, type ModelMessage } from "ai";
import { contextPrompt } from "../context";
import type { CoachAdapter, CoachAnswer, CoachQuestion } from "./types";

export interface AiAdapterConfig {
  baseURL: string;
  apiKey: string;
  model: string;
}

/** The coach's instructions: what it is for, and what it must always refuse. */
export function systemPrompt(locale: CoachQuestion["locale"]): string {
  return [
    "You are SwasthAI's health coach for people in India.",
    "Be warm, empathetic and concise (at most about 150 words). Use simple language and Markdown.",
    "Give general wellness guidance with Indian food and lifestyle in mind (dal, roti, rice, millets, sabzi, chai, regional habits).",
    "Never give medicine doses, never prescribe or name a medicine to take, and never diagnose. For anything personal, ask the user to see a doctor (they can book one at /doctors).",
    "If something sounds urgent, tell them to call 108 (ambulance) or 112 immediately.",
    `Answer in ${locale === "hi" ? "Hindi (Devanagari script)" : "English"}.`,
  ].join("\n");
}

/**
 * A model behind any OpenAI-compatible /chat/completions endpoint, streamed with the AI SDK:
 * instructions, the user's context, the last turns and the question. A stream error is thrown from
 * textStream (the service keeps what arrived, with a note).
 */
export function aiAdapter(config: AiAdapterConfig): CoachAdapter {
  const provider = createOpenAICompatible({
    name: "coach",
    baseURL: config.baseURL,
    apiKey: config.apiKey,
    includeUsage: true,
  });
  return {
    name: "ai",
    model: config.model,
    answer(question): CoachAnswer {
      const messages: ModelMessage[] = [
        { role: "system", content: contextPrompt(question.context) },
        ...question.history.slice(-10),
        { role: "user", content: question.question },
      ];
      const result = streamText({
        model: provider.chatModel(config.model),
        system: systemPrompt(question.locale),
        messages,
        allowSystemInMessages: true,
        maxRetries: 0,
        maxOutputTokens: 800,
      });
      let usage = { tokensIn: null as number | null, tokensOut: null as number | null };
      async function* textStream() {
        for await (const part of result.fullStream) {
          if (part.type === "text-delta") yield part.text;
          else if (part.type === "error") throw part.error;
          else if (part.type === "finish") {
            usage = {
              tokensIn: part.totalUsage.inputTokens ?? null,
              tokensOut: part.totalUsage.outputTokens ?? null,
            };
          }
        }
      }
      return { textStream: textStream(), usage: async () => usage };
    },
  };
}
