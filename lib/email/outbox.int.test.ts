import { createServer } from "node:net";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { listMailbox } from "./outbox";
import { sendMail, sendTemplate } from "./send";

const mail = (to: string, subject: string) => ({
  to,
  subject,
  text: `${subject} text https://swasthai.dev/x`,
  html: `<p>${subject}</p>`,
  template: "verify_email",
});

describe("outbox adapter", () => {
  it("stores sent mail and lists one address's mail newest first", async () => {
    await sendMail(mail("asha@example.com", "first"));
    await sendMail(mail("ravi@example.com", "for ravi"));
    await sendMail(mail("Asha@Example.com", "second"));

    const box = await listMailbox("ASHA@example.com");
    expect(box.map((m) => m.subject)).toEqual(["second", "first"]);
    expect(box[0]).toEqual({
      to: "asha@example.com",
      subject: "second",
      text: "second text https://swasthai.dev/x",
      html: "<p>second</p>",
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(Date.parse(box[0]!.createdAt)).toBeGreaterThanOrEqual(Date.parse(box[1]!.createdAt));
    expect(await listMailbox("nobody@example.com")).toEqual([]);
  });

  it("honours the limit", async () => {
    for (const n of [1, 2, 3]) await sendMail(mail("asha@example.com", `m${n}`));
    expect((await listMailbox("asha@example.com", 2)).map((m) => m.subject)).toEqual(["m3", "m2"]);
  });

  it("sendTemplate writes the rendered template", async () => {
    await sendTemplate("asha@example.com", "verify_email", "en", {
      name: "<b>Asha</b>",
      url: "https://swasthai.dev/verify-email?token=tok_1",
    });
    const [message] = await listMailbox("asha@example.com");
    expect(message!.subject).toBe("Confirm your email address for SwasthAI");
    expect(message!.text).toContain("https://swasthai.dev/verify-email?token=tok_1");
    expect(message!.html).toContain("Hello &lt;b&gt;Asha&lt;/b&gt;,");
  });

  it("answers the dev mailbox API with { data } and validates `to`", async () => {
    // Open to this machine: like `next start -H 127.0.0.1`, this process listens only on loopback.
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    onTestFinished(() => new Promise<void>((done) => server.close(() => done())));
    await sendMail(mail("asha@example.com", "via api"));
    const { GET } = await import("@/app/api/v1/dev/mailbox/route");
    const ctx = { params: Promise.resolve({}) };
    const res = await GET(
      new Request("http://localhost/api/v1/dev/mailbox?to=asha%40example.com"),
      ctx,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { subject: string }[] };
    expect(body.data.map((m) => m.subject)).toEqual(["via api"]);

    const bad = await GET(new Request("http://localhost/api/v1/dev/mailbox?to=nope"), ctx);
    expect(bad.status).toBe(422);
    const missing = await GET(new Request("http://localhost/api/v1/dev/mailbox"), ctx);
    expect(missing.status).toBe(422);
  });
});

describe("when the dev mailbox is closed", () => {
  it("listMailbox and the API answer not found", async () => {
    vi.resetModules();
    vi.doMock("@/lib/env", async (importOriginal) => ({
      ...(await importOriginal<typeof import("@/lib/env")>()),
      devMailboxEnabled: false,
    }));
    try {
      const outbox = await import("./outbox");
      const error = await outbox.listMailbox("asha@example.com").catch((e: unknown) => e);
      // A fresh module graph has its own AppError class: compare by shape.
      expect(error).toMatchObject({ name: "AppError", code: "not_found", status: 404 });

      const { GET } = await import("@/app/api/v1/dev/mailbox/route");
      const ctx = { params: Promise.resolve({}) };
      for (const url of ["/api/v1/dev/mailbox?to=asha%40example.com", "/api/v1/dev/mailbox"]) {
        const res = await GET(new Request(`http://localhost${url}`), ctx);
        expect(res.status).toBe(404);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
      }
    } finally {
      vi.doUnmock("@/lib/env");
      vi.resetModules();
    }
  });
});
