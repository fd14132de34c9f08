/**
 * npm run bench:timeline: the medical timeline's latency for a patient with 5,000 items (issue #10).
 *
 * Creates (or reuses) its own PostgreSQL database, migrates it, seeds one patient with 5,000 items
 * across every kind (plus other patients' rows around them, so each index holds more than one
 * owner), then calls listTimeline in process: the first page, a deep page (item 4,000 on), a
 * filtered page, each CALLS times after a warm-up, and reports p50/p99. It also walks the whole
 * timeline once (every item exactly once) and prints EXPLAIN (ANALYZE, BUFFERS) of the statement,
 * failing if any branch reads its table with a sequential scan.
 *
 * Environment (all optional):
 *   BENCH_TIMELINE_DATABASE_URL  postgres://postgres@127.0.0.1:5432/swasthai_bench_timeline
 *                                (the name must contain "bench"; it is dropped and re-seeded when
 *                                its patient does not hold exactly 5,000 items)
 *   BENCH_CALLS                  300
 *   BENCH_NO_DOCS                1 = print only, do not append to docs/performance.md
 */
import { appendFileSync } from "node:fs";
import os from "node:os";
import postgres from "postgres";

const url =
  process.env.BENCH_TIMELINE_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/swasthai_bench_timeline";
const calls = Number(process.env.BENCH_CALLS ?? 300);
const ITEMS = 5_000;
const PATIENT_EMAIL = "timeline-bench@example.test";
const branchTables = [
  "appointments",
  "health_records",
  "prescriptions",
  "lab_bookings",
  "medicine_orders",
  "symptom_checks",
];
const log = (line: string) => console.log(`[bench:timeline] ${line}`);

const dbName = new URL(url).pathname.slice(1);
if (!dbName.includes("bench"))
  throw new Error(`refusing to use ${dbName}: the name must contain "bench"`);

/** Creates the database when missing (through the server's `postgres` database). */
async function ensureDatabase(): Promise<void> {
  const admin = postgres(url.replace(/\/[^/]*$/, "/postgres"), { max: 1, onnotice: () => {} });
  try {
    const [found] = await admin`select 1 from pg_database where datname = ${dbName}`;
    if (!found) {
      log(`creating ${dbName}`);
      await admin.unsafe(`create database "${dbName}"`);
    }
  } finally {
    await admin.end();
  }
}

// The per-patient mix: 5,000 items in all, spread over ten years.
const mix = {
  appointments: 1_500,
  records: 800,
  labRecords: 200,
  prescriptions: 700,
  labBookings: 300,
  orders: 800,
  checks: 700,
};

/** Seeds `count` patients with the mix (the first is the measured one), in set-based SQL. */
async function seed(sql: postgres.Sql, others: number): Promise<void> {
  log(`seeding 1 + ${others} patients, ${ITEMS.toLocaleString("en")} items each for the first`);
  await sql.begin(async (tx) => {
    await tx`insert into users (email, full_name) values (${PATIENT_EMAIL}, 'Timeline Bench')`;
    await tx`insert into users (email, full_name)
      select 'timeline-other-' || g || '@example.test', 'Other ' || g from generate_series(1, ${others}) g`;
    await tx`insert into users (email, full_name, role) values ('timeline-doctor@example.test', 'Dr. Bench', 'doctor')`;
    await tx`insert into facilities (name, city, latitude, longitude) values ('Bench Clinic', 'Pune', 18.52, 73.85)`;
    await tx`insert into doctors (user_id, facility_id, specialty, qualification, license_number, fee_online, fee_offline, verification_status)
      select u.id, f.id, 'general_physician', 'MBBS', 'MH-BENCH-1', 400, 500, 'verified'
      from users u, facilities f where u.email = 'timeline-doctor@example.test' and f.name = 'Bench Clinic'`;
    await tx`insert into lab_tests (code, name, category, price, mrp) values ('BENCH-CBC', 'Complete blood count', 'blood', 300, 350)`;
    // Patients: the measured one gets the full mix; each other patient a tenth of it.
    const patients = tx`(select id, case when email = ${PATIENT_EMAIL} then 1 else 10 end as div
      from users where email = ${PATIENT_EMAIL} or email like 'timeline-other-%')`;
    const doctor = tx`(select id from doctors where license_number = 'MH-BENCH-1')`;
    // An instant in the last ten years, spread evenly by g (minute precision keeps ties common).
    const at = (n: number) =>
      tx.unsafe(`(now() - (g * interval '1 minute' * ${Math.floor((10 * 365 * 24 * 60) / n)}))`);
    await tx`insert into appointments (patient_id, doctor_id, date, time, consultation_type, status, fee, chief_complaint)
      select p.id, ${doctor}, (${at(mix.appointments)} at time zone 'Asia/Kolkata')::date,
        date_trunc('minute', ${at(mix.appointments)} at time zone 'Asia/Kolkata')::time,
        'online', case when g % 7 = 0 then 'cancelled' else 'completed' end::appointment_status, 400, 'Visit ' || g
      from ${patients} p, generate_series(1, ${mix.appointments}) g where g % p.div = 0`;
    await tx`insert into health_records (user_id, record_type, title, document_date, created_at)
      select p.id, case when g <= ${mix.labRecords} then 'lab_report' else 'discharge_summary' end::health_record_type,
        'Record ' || g, case when g % 2 = 0 then (${at(mix.records + mix.labRecords)})::date end,
        ${at(mix.records + mix.labRecords)}
      from ${patients} p, generate_series(1, ${mix.records + mix.labRecords}) g where g % p.div = 0`;
    await tx`insert into prescriptions (prescription_number, patient_id, doctor_id, diagnosis, status, issued_at, created_at)
      select 'RX-BENCH-' || p.id || '-' || g, p.id, ${doctor}, 'Diagnosis ' || g, 'issued', ${at(mix.prescriptions)}, ${at(mix.prescriptions)}
      from ${patients} p, generate_series(1, ${mix.prescriptions}) g where g % p.div = 0`;
    await tx`insert into lab_bookings (user_id, booking_type, date, time_slot, status, total, lab_name)
      select p.id, 'lab_visit', (${at(mix.labBookings)} at time zone 'Asia/Kolkata')::date, '09:00',
        'report_ready', 300, 'City Lab'
      from ${patients} p, generate_series(1, ${mix.labBookings}) g where g % p.div = 0`;
    await tx`insert into lab_booking_items (booking_id, lab_test_id, name_snapshot, price_snapshot)
      select b.id, t.id, t.name, 300 from lab_bookings b, lab_tests t where t.code = 'BENCH-CBC'`;
    await tx`insert into medicine_orders (order_number, user_id, subtotal, total, payment_method, delivery_address, created_at)
      select 'ORD-BENCH-' || p.id || '-' || g, p.id, 100, 100, 'cod',
        '{"name":"A","phone":"+919876543210","line1":"1 MG Road","city":"Pune","state":"Maharashtra","pincode":"411001"}'::jsonb,
        ${at(mix.orders)}
      from ${patients} p, generate_series(1, ${mix.orders}) g where g % p.div = 0`;
    await tx`insert into medicine_order_items (order_id, name_snapshot, unit_price, quantity)
      select o.id, 'Paracetamol 500 mg', 100, 1 from medicine_orders o`;
    await tx`insert into symptom_checks (user_id, symptoms, created_at)
      select p.id, array['fever', 'cough'], ${at(mix.checks)}
      from ${patients} p, generate_series(1, ${mix.checks}) g where g % p.div = 0`;
  });
  await sql`analyze`;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await fn(); // warm-up: connection, plan cache, buffers
  const ms: number[] = [];
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    await fn();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const row = { label, p50: percentile(ms, 50), p99: percentile(ms, 99), max: ms.at(-1)! };
  log(
    `${label}: p50 ${row.p50.toFixed(2)} ms, p99 ${row.p99.toFixed(2)} ms, max ${row.max.toFixed(2)} ms`,
  );
  return row;
}

async function main() {
  await ensureDatabase();
  process.env.DATABASE_URL = url;
  const { closeDb, queryRows } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  const { listTimeline, timelineSql } = await import("@/lib/timeline/queries");
  const { timelineQuerySchema } = await import("@/lib/timeline/schemas");
  const { decodeCursor } = await import("@/lib/timeline/cursor");
  const { sql } = await import("drizzle-orm");
  const raw = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrateDatabase();
    const [patient] = await raw`select id, uuid from users where email = ${PATIENT_EMAIL}`;
    const actor = patient
      ? {
          userId: Number(patient.id),
          userUuid: String(patient.uuid),
          role: "patient" as const,
          doctorId: null,
        }
      : null;
    const counted = actor ? await walk(actor) : null;
    let me = actor;
    if (counted?.count !== ITEMS) {
      log(`(re)seeding ${dbName}`);
      await raw.unsafe(
        `drop schema public cascade; create schema public; drop schema if exists drizzle cascade`,
      );
      await migrateDatabase();
      await seed(raw, 1_000);
      const [row] = await raw`select id, uuid from users where email = ${PATIENT_EMAIL}`;
      me = {
        userId: Number(row!.id),
        userUuid: String(row!.uuid),
        role: "patient",
        doctorId: null,
      };
    }
    const walked = await walk(me!);
    if (walked.count !== ITEMS || walked.distinct !== ITEMS)
      throw new Error(
        `walking the timeline gave ${walked.count} items (${walked.distinct} distinct), not ${ITEMS}`,
      );
    log(
      `walked all ${ITEMS} items once in ${walked.pages} pages of 100 (${walked.ms.toFixed(0)} ms)`,
    );
    const [facts] = await raw`select (select count(*) from appointments)::int as appointments,
      (select count(*) from health_records)::int as records, (select count(*) from prescriptions)::int as prescriptions,
      (select count(*) from lab_bookings)::int as lab_bookings, (select count(*) from medicine_orders)::int as orders,
      (select count(*) from symptom_checks)::int as checks`;

    // A deep page: the cursor after item 4,000 (200 pages of 20).
    let deep: string | null = null;
    for (let i = 0; i < 200; i++)
      deep = (await listTimeline(me!, "me", { limit: 20, cursor: deep ?? undefined })).nextCursor;
    const year = new Date().getUTCFullYear() - 5;
    const results = [
      // The floor: one round trip doing nothing, under the same machine load (a shared box).
      await time("floor: `select 1` through the same pool", () => queryRows(sql`select 1`)),
      await time("first page (20)", () => listTimeline(me!, "me", { limit: 20 })),
      await time("deep page (items 4,001-4,020)", () =>
        listTimeline(me!, "me", { limit: 20, cursor: deep! }),
      ),
      await time(`lab reports in ${year}`, () =>
        listTimeline(me!, "me", { types: ["lab_report"], year }),
      ),
      await time("first page (100)", () => listTimeline(me!, "me", { limit: 100 })),
    ];

    const plans: {
      label: string;
      plan: string;
      seqScans: string[];
      indexes: string[];
      ms: number;
    }[] = [];
    for (const [label, cursor] of [
      ["first page", null],
      ["deep page", decodeCursor(deep!)],
    ] as const) {
      const query = timelineQuerySchema.parse({ limit: 20 });
      const rows = await queryRows<{ "QUERY PLAN": string }>(
        sql`explain (analyze, buffers) ${timelineSql(me!.userId, query, cursor)}`,
      );
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      // The branches' own tables must be read through their (owner, at) indexes; a one-doctor
      // table read whole for a name is no concern.
      const seqScans = [...plan.matchAll(/Seq Scan on (\S+)/g)]
        .map((m) => m[1]!)
        .filter((table) => branchTables.includes(table));
      const indexes = [
        ...new Set(
          [...plan.matchAll(/Index(?: Only)? Scan(?: Backward)? using (\S+)/g)].map((m) => m[1]!),
        ),
      ];
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1]);
      plans.push({ label, plan, seqScans, indexes, ms });
      log(
        `EXPLAIN ${label}: ${ms} ms; indexes ${indexes.join(", ")}; seq scans: ${seqScans.join(", ") || "none"}`,
      );
    }
    console.log(plans[1]!.plan);
    const section = report(results, plans, facts!, walked);
    if (process.env.BENCH_NO_DOCS !== "1") appendFileSync("docs/performance.md", section);
    if (plans.some((p) => p.seqScans.length > 0)) {
      process.exitCode = 1;
      log("FAIL: a branch reads its table with a sequential scan");
    }
  } finally {
    await raw.end();
    await closeDb();
  }

  async function walk(actor: {
    userId: number;
    userUuid: string;
    role: "patient";
    doctorId: null;
  }) {
    const started = performance.now();
    const ids = new Set<string>();
    let count = 0;
    let pages = 0;
    let cursor: string | undefined;
    do {
      const page = await listTimeline(actor, "me", { limit: 100, cursor });
      pages++;
      count += page.data.length;
      for (const item of page.data) ids.add(`${item.kind}:${item.id}`);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages < 1_000);
    return { count, distinct: ids.size, pages, ms: performance.now() - started };
  }
}

function report(
  results: { label: string; p50: number; p99: number; max: number }[],
  plans: { label: string; plan: string; seqScans: string[]; indexes: string[]; ms: number }[],
  facts: Record<string, number>,
  walked: { pages: number; ms: number },
): string {
  const [pg] = [process.version];
  return [
    "",
    `## ${new Date().toISOString().slice(0, 19)}Z: medical timeline, one patient with 5,000 items (npm run bench:timeline)`,
    "",
    `Node ${pg}, nproc ${os.cpus().length}, load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" / ")} at the end. ` +
      `In process: listTimeline against PostgreSQL on 127.0.0.1 (no HTTP), ${calls} calls per row after 20 warm-up calls. ` +
      `Tables around the patient: ${Object.entries(facts)
        .map(([k, v]) => `${v.toLocaleString("en")} ${k.replace("_", " ")}`)
        .join(", ")} (1,000 other patients hold a tenth of the mix each).`,
    "",
    "| call | p50 ms | p99 ms | max ms |",
    "| ---- | ------ | ------ | ------ |",
    ...results.map(
      (r) => `| ${r.label} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(2)} |`,
    ),
    "",
    `Walking the whole timeline 100 at a time gave every one of the 5,000 items exactly once (${walked.pages} pages, ${walked.ms.toFixed(0)} ms).`,
    "",
    "| EXPLAIN (ANALYZE, BUFFERS) | execution ms | indexes | seq scans of the six tables |",
    "| -------------------------- | ------------ | ------- | --------- |",
    ...plans.map(
      (p) =>
        `| ${p.label} | ${p.ms} | ${p.indexes.join(", ")} | ${p.seqScans.join(", ") || "none"} |`,
    ),
    "",
    ...plans.flatMap((p) => [
      `<details><summary>plan: timeline ${p.label}</summary>`,
      "",
      "```",
      p.plan,
      "```",
      "",
      "</details>",
      "",
    ]),
  ].join("\n");
}

await main();
