import { describe, expect, it } from "vitest";
import { forgotPassword } from "@/lib/auth/service/reset";
import type { RequestContext } from "@/lib/auth/request-context";
import { listMailbox } from "@/lib/email/outbox";
import { flushDeferred } from "@/lib/tasks/defer";
import { createUserWithPassword } from "@/tests/factories-users";

// Pen-test finding (issue #9, low): five anonymous forgot-password requests blocked the victim's
// own reset for an hour (one limit per target address, whoever asked). Both doors (the API route
// and the form's action) pass the vouched-for client address to forgotPassword; these probes call
// it with the addresses a proxy would have vouched for.
const from = (ip: string): RequestContext => ({
  ip,
  userAgent: "vitest",
  origin: "http://127.0.0.1:3000",
});
const attacker = from("198.51.100.7");
const victimsPhone = from("203.0.113.20");

async function resetMails(email: string): Promise<number> {
  await flushDeferred();
  return (await listMailbox(email)).filter((m) => m.text.includes("/reset-password?token=")).length;
}

const ask = (email: string, ctx: RequestContext) =>
  forgotPassword(email, ctx).then(
    () => "accepted",
    (err: { code?: string }) => err.code ?? "error",
  );

describe("forgot-password limits", () => {
  it("five requests from an attacker's address do not block the owner's own reset", async () => {
    const { user } = await createUserWithPassword();
    for (let i = 0; i < 5; i++) expect(await ask(user.email, attacker)).toBe("accepted");

    expect(await ask(user.email, victimsPhone)).toBe("accepted");
    expect(await resetMails(user.email)).toBe(6);
  });

  it("one requester is still limited for one target, however the address is cased", async () => {
    const { user } = await createUserWithPassword();
    for (let i = 0; i < 5; i++) await ask(user.email, attacker);
    expect(await ask(user.email.toUpperCase(), attacker)).toBe("rate_limited");
    expect(await resetMails(user.email)).toBe(5);
  });

  it("many addresses together cannot mail-bomb one target", async () => {
    const { user } = await createUserWithPassword();
    const answers = [];
    for (let n = 1; n <= 6; n++)
      for (let i = 0; i < 5; i++) answers.push(await ask(user.email, from(`192.0.2.${n}`)));
    expect(answers.filter((a) => a === "accepted")).toHaveLength(20);
    expect(await resetMails(user.email)).toBe(20);
  });

  it("without a vouched-for address every requester is one: five per target, as before", async () => {
    const { user } = await createUserWithPassword();
    for (let i = 0; i < 5; i++) expect(await ask(user.email, from("direct"))).toBe("accepted");
    expect(await ask(user.email, from("direct"))).toBe("rate_limited");
  });
});
