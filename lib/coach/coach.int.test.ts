import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { articles, coachMessages, healthProfiles } from "@/db/schema";
import { articles as seedArticles } from "@/db/seed/data/articles";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { startFakeOpenAi } from "@/tests/fake-openai-server";
import { aiAdapter } from "./adapters/ai";
import { embeddedAdapter } from "./adapters/embedded";
import type { CoachAdapter } from "./adapters/types";
import { getConversation, listConversations } from "./queries";
import { createConversation, deleteConversation, postMessage } from "./service";

async function patient() {
  return actorFor(await createUser());
}

/** An adapter that must not be reached, and says so if it is. */
function forbiddenAdapter() {
  const answer = vi.fn(() => {
    throw new Error("the adapter must not be called");
  });
  return { adapter: { name: "ai", model: "never", answer } as unknown as CoachAdapter, answer };
}

async function seedArticle(slug: string, overrides: Partial<typeof articles.$inferInsert> = {}) {
  const seed = seedArticles.find((a) => a.slug === slug)!;
  await db.insert(articles).values({
    slug: seed.slug,
    locale: seed.locale,
    translationGroup: seed.translationGroup,
    title: seed.title,
    excerpt: seed.excerpt,
    body: seed.body,
    category: seed.category,
    authorName: seed.authorName,
    publishedAt: new Date("2026-03-14T10:00:00+05:30"),
    ...overrides,
  });
}

describe("coach conversations", () => {
  it("creates, lists, reads and deletes my conversations; another user gets not_found", async () => {
    const a = await patient();
    const b = await patient();
    const created = await createConversation(a, { topic: "sleep", message: "How to sleep?" });
    expect(created).toMatchObject({ title: "How to sleep?", topic: "sleep" });

    expect((await listConversations(a)).map((c) => c.id)).toEqual([created.id]);
    expect(await listConversations(b)).toEqual([]);
    await expect(getConversation(b, created.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteConversation(b, created.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(
      postMessage(b, created.id, { content: "hello" }, { locale: "en", adapter: embeddedAdapter }),
    ).rejects.toMatchObject({ code: "not_found" });

    // A still has it, untouched by B's attempts.
    expect((await getConversation(a, created.id)).messages).toEqual([]);
    await deleteConversation(a, created.id);
    await expect(getConversation(a, created.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses an empty, too long or NUL message with the field's path", async () => {
    const a = await patient();
    const { id } = await createConversation(a, {});
    for (const content of ["   ", "x".repeat(2001), "a\u0000b"]) {
      await expect(
        postMessage(a, id, { content }, { locale: "en", adapter: embeddedAdapter }),
      ).rejects.toMatchObject({
        code: "validation_failed",
        errors: [expect.objectContaining({ path: "content" })],
      });
    }
  });
});

describe("postMessage guards", () => {
  it("answers an emergency with the 108 card and never reaches the adapter", async () => {
    const a = await patient();
    const { id } = await createConversation(a, {});
    const { adapter, answer } = forbiddenAdapter();
    const reply = await postMessage(
      a,
      id,
      { content: "I have chest pain and I am sweating a lot" },
      { locale: "en", adapter },
    );
    expect(reply.safetyFlag).toBe("emergency");
    const stored = await reply.complete();
    expect(answer).not.toHaveBeenCalled();
    expect(stored.safetyFlag).toBe("emergency");
    expect(stored.content).toContain("**108**");
    expect(stored.content).toContain("(/symptom-checker)");
    const conversation = await getConversation(a, id);
    expect(conversation.messages.map((m) => [m.role, m.safetyFlag])).toEqual([
      ["user", "emergency"],
      ["assistant", "emergency"],
    ]);
    expect(conversation.title).toBe("I have chest pain and I am sweating a lot");
  });

  it("answers thoughts of suicide with 108 and the Tele-MANAS line, in Hindi too", async () => {
    const a = await patient();
    const { id } = await createConversation(a, {});
    const { adapter, answer } = forbiddenAdapter();
    const english = await postMessage(
      a,
      id,
      { content: "I keep thinking about killing myself" },
      { locale: "en", adapter },
    );
    const stored = await english.complete();
    expect(answer).not.toHaveBeenCalled();
    expect(stored.safetyFlag).toBe("emergency");
    expect(stored.content).toContain("**108**");
    expect(stored.content).toContain("Tele-MANAS on 14416");
    const hindi = await postMessage(
      a,
      id,
      { content: "मैं आत्महत्या के बारे में सोच रहा हूँ" },
      { locale: "hi", adapter },
    );
    expect((await hindi.complete()).content).toContain("टेली-मानस 14416");
  });

  it("refuses a dose question, points to a doctor and stores the flag", async () => {
    const a = await patient();
    const { id } = await createConversation(a, {});
    const { adapter, answer } = forbiddenAdapter();
    const reply = await postMessage(
      a,
      id,
      { content: "How many paracetamol tablets can I take?" },
      { locale: "en", adapter },
    );
    const stored = await reply.complete();
    expect(answer).not.toHaveBeenCalled();
    expect(stored.safetyFlag).toBe("dosing");
    expect(stored.content).toContain("(/doctors)");
    const [row] = await db
      .select({ flag: coachMessages.safetyFlag, model: coachMessages.model })
      .from(coachMessages)
      .where(eq(coachMessages.uuid, reply.assistantMessageId));
    expect(row).toEqual({ flag: "dosing", model: "guard" });
  });

  it("refuses in Hindi when the conversation is in Hindi", async () => {
    const a = await patient();
    const { id } = await createConversation(a, {});
    const reply = await postMessage(
      a,
      id,
      { content: "sar dard ke liye dawai likh do" },
      { locale: "hi", adapter: forbiddenAdapter().adapter },
    );
    const stored = await reply.complete();
    expect(stored.safetyFlag).toBe("prescription");
    expect(stored.content).toMatch(/[\u0900-\u097F]/);
  });
});

describe("rate limit", () => {
  it("counts each message before any work: the 31st in ten minutes is refused and not stored", async () => {
    const a = await patient();
    const { id } = await createConversation(a, {});
    const { adapter } = forbiddenAdapter();
    for (let i = 0; i < 30; i++) {
      const reply = await postMessage(
        a,
        id,
        { content: "How many mg of paracetamol?" },
        {
          locale: "en",
          adapter,
        },
      );
      await reply.complete();
    }
    await expect(
      postMessage(a, id, { content: "How many mg of paracetamol?" }, { locale: "en", adapter }),
    ).rejects.toMatchObject({ code: "rate_limited" });
    expect((await getConversation(a, id)).messages).toHaveLength(60);
    // Another user is not held back by A's count.
    const b = await patient();
    const other = await createConversation(b, {});
    await expect(
      postMessage(b, other.id, { content: "hello" }, { locale: "en", adapter: embeddedAdapter }),
    ).resolves.toMatchObject({ safetyFlag: "none" });
  });
});

describe("embedded adapter", () => {
  beforeEach(async () => {
    await seedArticle("managing-diabetes-with-indian-diet");
    await seedArticle("better-sleep-habits");
    await seedArticle("managing-diabetes-with-indian-diet-hi");
  });

  it("quotes the diabetes diet article and links it", async () => {
    const a = await patient();
    const { id } = await createConversation(a, {});
    const reply = await postMessage(
      a,
      id,
      { content: "What should I eat to manage diabetes?" },
      { locale: "en", adapter: embeddedAdapter },
    );
    let streamed = "";
    for await (const chunk of reply.chunks) streamed += chunk;
    const stored = await reply.complete();
    expect(stored.content).toBe(streamed);
    expect(stored.safetyFlag).toBe("none");
    expect(stored.content).toContain("I am the built-in coach");
    expect(stored.content).toContain(
      "[Managing type 2 diabetes with everyday Indian food](/articles/managing-diabetes-with-indian-diet)",
    );
    expect(stored.content).toMatch(/^> .*(diabetes|sugar|plate)/im);
    expect(stored.content).not.toContain("/articles/better-sleep-habits");
  });

  it("answers a Hindi question from the Hindi article", async () => {
    const a = await patient();
    const { id } = await createConversation(a, {});
    const reply = await postMessage(
      a,
      id,
      { content: "डायबिटीज़ में क्या खाना चाहिए?" },
      { locale: "hi", adapter: embeddedAdapter },
    );
    const stored = await reply.complete();
    expect(stored.content).toContain("(/articles/managing-diabetes-with-indian-diet-hi)");
  });

  it("never quotes a draft, and says so when nothing matches", async () => {
    await db.update(articles).set({ publishedAt: null });
    const a = await patient();
    const { id } = await createConversation(a, {});
    const reply = await postMessage(
      a,
      id,
      { content: "What should I eat to manage diabetes?" },
      { locale: "en", adapter: embeddedAdapter },
    );
    const stored = await reply.complete();
    expect(stored.content).not.toContain("/articles/");
    expect(stored.content).toContain("I could not find an article about that.");
  });
});

describe("AI adapter over the OpenAI-compatible wire format", () => {
  it("sends model, key, instructions, my context and the last turns; streams and stores the answer", async () => {
    const fake = await startFakeOpenAi(["Try a ", "thali with ", "more sabzi."]);
    try {
      const user = await createUser();
      await db.insert(healthProfiles).values({
        userId: user.id,
        conditions: ["Type 2 diabetes"],
        city: "Pune",
      });
      const a = actorFor(user);
      const adapter = aiAdapter({ baseURL: fake.baseURL, apiKey: "sk-test", model: "coach-mini" });
      const { id } = await createConversation(a, {});
      await (await postMessage(a, id, { content: "Hello" }, { locale: "en", adapter })).complete();

      const reply = await postMessage(
        a,
        id,
        { content: "What is a good breakfast?" },
        { locale: "en", adapter },
      );
      const chunks: string[] = [];
      for await (const chunk of reply.chunks) chunks.push(chunk);
      expect(chunks.join("")).toBe("Try a thali with more sabzi.");
      const stored = await reply.complete();
      expect(stored.content).toBe("Try a thali with more sabzi.");

      const last = fake.received.at(-1)!;
      expect(last.path).toBe("/v1/chat/completions");
      expect(last.authorization).toBe("Bearer sk-test");
      expect(last.body.model).toBe("coach-mini");
      expect(last.body.stream).toBe(true);
      const roles = last.body.messages.map((m) => m.role);
      expect(roles).toEqual(["system", "system", "user", "assistant", "user"]);
      expect(last.body.messages[0]!.content).toMatch(/never give medicine doses/i);
      expect(last.body.messages[1]!.content).toContain("Conditions: Type 2 diabetes");
      expect(last.body.messages[1]!.content).toContain("City: Pune");
      expect(last.body.messages.at(-1)!.content).toBe("What is a good breakfast?");

      const [row] = await db
        .select({ model: coachMessages.model, tokensIn: coachMessages.tokensIn })
        .from(coachMessages)
        .where(eq(coachMessages.uuid, reply.assistantMessageId));
      expect(row).toEqual({ model: "coach-mini", tokensIn: 42 });
    } finally {
      await fake.close();
    }
  });

  it("keeps what arrived with a note when the stream breaks", async () => {
    const fake = await startFakeOpenAi(["Half an ", "answer", " never sent"], { breakAfter: 2 });
    try {
      const a = await patient();
      const adapter = aiAdapter({ baseURL: fake.baseURL, apiKey: "k", model: "m" });
      const { id } = await createConversation(a, {});
      const reply = await postMessage(
        a,
        id,
        { content: "Tell me about walks" },
        {
          locale: "en",
          adapter,
        },
      );
      const stored = await reply.complete();
      expect(stored.content).toContain("Half an answer");
      expect(stored.content).toContain("The answer was interrupted");
    } finally {
      await fake.close();
    }
  });
});
