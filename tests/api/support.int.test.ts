import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { adminActions, emailOutbox, notifications, supportTickets } from "@/db/schema";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/support/tickets/route";
import { GET as getRoute } from "@/app/api/v1/support/tickets/[id]/route";
import {
  GET as messagesRoute,
  POST as replyRoute,
} from "@/app/api/v1/support/tickets/[id]/messages/route";
import { GET as adminListRoute } from "@/app/api/v1/admin/support/tickets/route";
import { GET as adminGetRoute } from "@/app/api/v1/admin/support/tickets/[id]/route";
import { POST as answerRoute } from "@/app/api/v1/admin/support/tickets/[id]/replies/route";
import { POST as closeRoute } from "@/app/api/v1/admin/support/tickets/[id]/close/route";
import { flushDeferred } from "@/lib/tasks/defer";
import { createSupportTicket } from "@/lib/support/service";
import { call } from "@/tests/api-client";
import { errorOf } from "@/tests/app-error";
import { createAdminWithToken } from "@/tests/factories-admin";
import { createPatientWithToken } from "@/tests/factories-appointments";

const ticket = { subject: "Refund not received", message: "I cancelled on Monday; no refund yet." };

const open = (body: unknown, token?: string) =>
  call(createRoute, { path: "/support/tickets", body, token });
const get = (token: string, id: string) =>
  call(getRoute, { path: `/support/tickets/${id}`, params: { id }, token });
const messages = (token: string, id: string) =>
  call(messagesRoute, { path: `/support/tickets/${id}/messages`, params: { id }, token });
const reply = (token: string, id: string, body: unknown) =>
  call(replyRoute, { path: `/support/tickets/${id}/messages`, params: { id }, body, token });
const answer = (token: string, id: string, body: unknown) =>
  call(answerRoute, { path: `/admin/support/tickets/${id}/replies`, params: { id }, body, token });
const close = (token: string, id: string) =>
  call(closeRoute, {
    method: "POST",
    path: `/admin/support/tickets/${id}/close`,
    params: { id },
    token,
  });
const statusOf = async (id: string) =>
  (
    await db
      .select({ status: supportTickets.status })
      .from(supportTickets)
      .where(eq(supportTickets.uuid, id))
  )[0]?.status;

describe(`/support/tickets (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("opens a signed-in person's ticket with a number and Location; it is theirs to list and read", async () => {
    const { token } = await createPatientWithToken();
    const res = await open({ ...ticket, email: "someone@else.test" }, token);
    expect(res.status).toBe(201);
    const made = res.body.data;
    expect(res.headers.get("location")).toBe(`/api/v1/support/tickets/${made.id}`);
    expect(made).toMatchObject({ subject: ticket.subject, status: "open" });
    expect(made.number).toBe(`#${made.id.replaceAll("-", "").slice(0, 8).toUpperCase()}`);
    // The account's own email is used: a typed one is not stored.
    const [row] = await db.select().from(supportTickets).where(eq(supportTickets.uuid, made.id));
    expect(row!.email).toBeNull();

    const list = await call(listRoute, { path: "/support/tickets", token });
    expect(list.body.data.map((t: { id: string }) => t.id)).toEqual([made.id]);
    const detail = await get(token, made.id);
    expect(detail.status).toBe(200);
    expect(detail.body.data.messages).toEqual([
      expect.objectContaining({ id: made.id, fromStaff: false, body: ticket.message }),
    ]);
  });

  it("needs a guest's email (422 at email), validates it, and opens the ticket with it", async () => {
    const missing = await open(ticket);
    expect(missing.status).toBe(422);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(["email"]);

    // The form door gets every field's message at once.
    const both = await errorOf(
      createSupportTicket(null, { ...ticket, subject: "" }, { ip: "direct" }),
    );
    expect(both.errors?.map((e) => e.path).sort()).toEqual(["email", "subject"]);

    const bad = await open({ ...ticket, email: "not-an-email" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(["email"]);
    expect(await db.select().from(supportTickets)).toEqual([]);

    const ok = await open({ ...ticket, email: " Guest.One@Example.test ", locale: "hi" });
    expect(ok.status).toBe(201);
    const [row] = await db.select().from(supportTickets);
    expect(row).toMatchObject({ userId: null, email: "guest.one@example.test", locale: "hi" });
  });

  it.each([
    [{ ...ticket, subject: "" }, "subject"],
    [{ ...ticket, subject: "x".repeat(201) }, "subject"],
    [{ ...ticket, message: "   " }, "message"],
    [{ ...ticket, message: "x".repeat(4001) }, "message"],
  ])("refuses %#: 422 at %s", async (body, path) => {
    const { token } = await createPatientWithToken();
    const res = await open(body, token);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
  });

  it("limits one guest email to 5 tickets an hour, counted before the work (429 with Retry-After)", async () => {
    const email = `limit-${Date.now()}@example.test`;
    for (let i = 0; i < 5; i++) expect((await open({ ...ticket, email })).status).toBe(201);
    const sixth = await open({ ...ticket, email });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.select().from(supportTickets)).toHaveLength(5);
  });

  it("keeps another user's ticket hidden: 404 to read, list or reply; the owner still can", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const id = (await open(ticket, a.token)).body.data.id;

    expect((await get(b.token, id)).status).toBe(404);
    expect((await messages(b.token, id)).status).toBe(404);
    const theirs = await reply(b.token, id, { body: "Let me in" });
    expect(theirs.status).toBe(404);
    expect(theirs.body).toMatchObject({ status: 404, code: "not_found" });
    expect((await call(listRoute, { path: "/support/tickets", token: b.token })).body.data).toEqual(
      [],
    );
    expect((await get(a.token, id)).body.data.messages).toHaveLength(1);
    expect((await reply(a.token, id, { body: "Any news?" })).status).toBe(201);
  });

  it("lets only admins answer, list or close (403 for a patient, nothing written)", async () => {
    const patient = await createPatientWithToken();
    const id = (await open(ticket, patient.token)).body.data.id;
    const refused = await answer(patient.token, id, { body: "I am support" });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("forbidden");
    expect((await close(patient.token, id)).status).toBe(403);
    expect(
      (await call(adminListRoute, { path: "/admin/support/tickets", token: patient.token })).status,
    ).toBe(403);
    expect(await statusOf(id)).toBe("open");
    expect((await get(patient.token, id)).body.data.messages).toHaveLength(1);
  });

  it("an answer marks the ticket answered, is audited and tells the person; their reply re-opens it", async () => {
    const patient = await createPatientWithToken({ fullName: "Asha Verma" });
    const admin = await createAdminWithToken();
    const id = (await open(ticket, patient.token)).body.data.id;

    const queue = await call(adminListRoute, {
      path: "/admin/support/tickets",
      token: admin.token,
    });
    expect(queue.body.data.map((t: { id: string }) => t.id)).toEqual([id]);
    expect(queue.body.data[0].requester).toMatchObject({ name: "Asha Verma", guest: false });

    const answered = await answer(admin.token, id, { body: "Refunds take 5-7 working days." });
    expect(answered.status).toBe(201);
    expect(answered.body.data).toMatchObject({ fromStaff: true });
    expect(await statusOf(id)).toBe("answered");

    const [audit] = await db.select().from(adminActions);
    expect(audit).toMatchObject({
      action: "support_ticket_answered",
      targetType: "support_ticket",
      targetUuid: id,
      adminId: admin.user.id,
    });
    const inbox = await db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, patient.user.id));
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ messageKey: "supportReply", link: `/help/tickets/${id}` });

    const thread = (await messages(patient.token, id)).body.data;
    expect(thread.map((m: { fromStaff: boolean; body: string }) => [m.fromStaff, m.body])).toEqual([
      [false, ticket.message],
      [true, "Refunds take 5-7 working days."],
    ]);

    expect((await reply(patient.token, id, { body: "Still nothing after 7 days." })).status).toBe(
      201,
    );
    expect(await statusOf(id)).toBe("open");

    expect((await close(admin.token, id)).body.data.status).toBe("closed");
    expect((await reply(patient.token, id, { body: "Reopening" })).status).toBe(201);
    expect(await statusOf(id)).toBe("open");
  });

  it("mails a guest the answer in the ticket's language, and nobody gets an inbox row", async () => {
    const admin = await createAdminWithToken();
    const email = `guest-${Date.now()}@example.test`;
    const id = (await open({ ...ticket, email, locale: "hi" })).body.data.id;
    const detail = await call(adminGetRoute, {
      path: `/admin/support/tickets/${id}`,
      params: { id },
      token: admin.token,
    });
    expect(detail.body.data.requester).toEqual({ name: null, email, guest: true });

    expect((await answer(admin.token, id, { body: "<b>Hello</b> from support" })).status).toBe(201);
    await flushDeferred();
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.template).toBe("support_reply");
    expect(mails[0]!.subject).toMatch(/[\u0900-\u097f]/);
    expect(mails[0]!.text).toContain("<b>Hello</b> from support");
    expect(mails[0]!.html).not.toContain("<b>Hello</b>");
    expect(await db.select().from(notifications)).toEqual([]);
  });

  it("answers 404 for a ticket that does not exist, to admins too", async () => {
    const admin = await createAdminWithToken();
    const missing = "00000000-0000-4000-8000-000000000000";
    expect((await answer(admin.token, missing, { body: "Hi" })).status).toBe(404);
    expect((await close(admin.token, missing)).status).toBe(404);
    const bad = await answer(admin.token, missing, { body: "" });
    expect(bad.status).toBe(422);
    expect(
      await db
        .select()
        .from(adminActions)
        .where(and(eq(adminActions.targetUuid, missing))),
    ).toEqual([]);
  });

  it("two parallel answers and a reply leave every message and one consistent status", async () => {
    const patient = await createPatientWithToken();
    const admin = await createAdminWithToken();
    const id = (await open(ticket, patient.token)).body.data.id;
    const results = await Promise.all([
      answer(admin.token, id, { body: "First answer" }),
      answer(admin.token, id, { body: "Second answer" }),
      reply(patient.token, id, { body: "Meanwhile" }),
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    const thread = (await messages(patient.token, id)).body.data;
    expect(thread).toHaveLength(4);
    // The status is the last writer's: open if the reply came last, else answered.
    const last = thread[thread.length - 1];
    expect(await statusOf(id)).toBe(last.fromStaff ? "answered" : "open");
  });
});
