import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { appointments, notifications } from "@/db/schema";
import {
  clinicDate,
  createBookableDoctor,
  createPatientWithToken,
} from "@/tests/factories-appointments";

/**
 * A third instance C on the same database, started and stopped by this test: SIGTERM arrives while
 * a burst of bookings is in flight, and no booking may break.
 */
const port = Number(process.env.OPS_C_PORT ?? 3433);
const base = `http://127.0.0.1:${port}`;
const drainBoundMs = 25_000;

let server: ChildProcess | undefined;
afterAll(() => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
});

/** `node .next/standalone/server.js` when the build is standalone, else `next start`. */
function startInstanceC(): { child: ChildProcess; output: () => string } {
  const standalone = existsSync(".next/standalone/server.js");
  const args = standalone
    ? [".next/standalone/server.js"]
    : ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      LOG_LEVEL: "info",
      SHUTDOWN_TIMEOUT_MS: String(drainBoundMs),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text };
}

type Outcome = { status: number; body: string } | { error: string };

/**
 * One booking on its own connection (a separate client): the answer in full, or how it failed.
 * Before any answer: the socket error's code (ECONNREFUSED: nothing listening; ECONNRESET: the
 * listener closed with the connection still in its accept queue, the request never read). After
 * the answer began: "cut", the failure this test exists to rule out.
 */
function book(token: string, slot: Record<string, string>): Promise<Outcome> {
  const payload = JSON.stringify(slot);
  return new Promise((resolve) => {
    let answered = false;
    const req = request(
      `${base}/api/v1/appointments`,
      {
        method: "POST",
        agent: false,
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
        },
      },
      (res) => {
        answered = true;
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        res.on("close", () => {
          if (!res.complete) resolve({ error: "cut" });
        });
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ error: answered ? "cut" : (error.code ?? error.message) }),
    );
    req.end(payload);
  });
}

async function waitUntilReady(child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance C exited at start:\n${output()}`);
    const ready = await fetch(`${base}/api/v1/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance C was not ready within 60 s:\n${output()}`);
}

/** Every weekday slot of the factory template on three days: 48 distinct free slots. */
function freeSlots(doctorUuid: string, count: number) {
  const times = [9, 10, 11, 12, 14, 15, 16, 17].flatMap((h) => [
    `${h}`.padStart(2, "0") + ":00",
    `${h}`.padStart(2, "0") + ":30",
  ]);
  const slots = [3, 4, 5].flatMap((days) =>
    times.map((time) => ({
      doctorId: doctorUuid,
      date: clinicDate(days),
      time,
      consultationType: "online",
    })),
  );
  return slots.slice(0, count);
}

describe("SIGTERM during a booking burst", () => {
  it("answers every booking in flight in full, closes the pool and exits within the bound", async () => {
    const { doctor } = await createBookableDoctor();
    const patients = await Promise.all(Array.from({ length: 48 }, () => createPatientWithToken()));
    const slots = freeSlots(doctor.uuid, 48);

    const c = startInstanceC();
    server = c.child;
    await waitUntilReady(c.child, c.output);

    // 40 bookings at once; SIGTERM as soon as the first is answered, the rest still in flight.
    let signalledAt = 0;
    let inFlightAtSignal = -1;
    let answeredAfterSignal = 0;
    const exited = new Promise<{ code: number | null; signal: string | null; ms: number }>(
      (resolve) => {
        c.child.once("exit", (code, signal) =>
          resolve({ code, signal, ms: performance.now() - signalledAt }),
        );
      },
    );
    let answered = 0;
    const burst = patients.slice(0, 40).map((p, i) =>
      book(p.token, slots[i]!).then((outcome) => {
        answered++;
        if (inFlightAtSignal === -1) {
          inFlightAtSignal = 40 - answered;
          signalledAt = performance.now();
          c.child.kill("SIGTERM");
        } else if ("status" in outcome) {
          answeredAfterSignal++;
        }
        return outcome;
      }),
    );
    await Promise.race(burst);
    // Late clients, after the signal: refused at connect, or answered in full if they slipped in.
    const late = patients.slice(40).map((p, i) => book(p.token, slots[40 + i]!));
    const outcomes = await Promise.all([...burst, ...late]);
    const { code, signal, ms } = await exited;

    const log = c.output();
    const statuses = outcomes.map((o) => ("status" in o ? o.status : o.error));
    console.info(
      `[shutdown] in flight at SIGTERM: ${inFlightAtSignal}, answered after it: ${answeredAfterSignal}; ` +
        `exit ${code ?? signal} ${Math.round(ms)} ms after SIGTERM; outcomes ${JSON.stringify(countBy(statuses))}`,
    );
    expect(inFlightAtSignal).toBeGreaterThan(0);
    // Requests already inside C when the signal came were finished, not dropped.
    expect(answeredAfterSignal).toBeGreaterThan(0);
    // Every request either got its answer in full or was refused before C read it; C itself
    // logged exactly as many bookings as were answered, so none was started and then dropped.
    for (const status of statuses) expect([201, "ECONNREFUSED", "ECONNRESET"]).toContain(status);
    const handled = log.match(/"path":"\/api\/v1\/appointments","status":\d+/g) ?? [];
    expect(handled).toHaveLength(statuses.filter((s) => s === 201).length);
    expect([0, 143]).toContain(code);
    expect(ms).toBeLessThan(drainBoundMs);
    expect(log).toContain('"msg":"shutting down"');
    expect(log).toContain('"msg":"database pool closed"');
    expect(log).not.toContain("did not finish in time");

    // The database holds exactly the answered bookings, each with both its notices.
    const booked = outcomes.flatMap((o) =>
      "status" in o && o.status === 201 ? [JSON.parse(o.body).data.id as string] : [],
    );
    const rows = await db
      .select({ uuid: appointments.uuid })
      .from(appointments)
      .where(eq(appointments.doctorId, doctor.id));
    expect(rows.map((r) => r.uuid).sort()).toEqual([...booked].sort());
    const notices = await db
      .select({ link: notifications.link, n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(
        inArray(
          notifications.link,
          booked.map((uuid) => `/appointments/${uuid}`),
        ),
      )
      .groupBy(notifications.link);
    expect(notices).toHaveLength(booked.length);
    expect(notices.every((row) => row.n === 2)).toBe(true);
  });
});

function countBy(values: Array<string | number>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
