import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { hashPassword } from "@/lib/auth/password";
import { specialties } from "@/lib/doctors/specialties";
import { cities } from "./data/cities";
import {
  chiefComplaints,
  clinicKindWord,
  reviewsByRating,
  specialtyProfiles,
} from "./data/doctors";
import { namePools, regions } from "./data/people";
import { todayInKolkata } from "./dates";
import { DEMO_PASSWORD, demoAccounts } from "./demo";

/**
 * Bulk data for benchmarks: each unit of `n` adds 100 verified doctors (each with a clinic and a
 * weekly availability template), 200 patients and 1,000 appointments (8 in 10 in the past, most of
 * them completed, some rated; 2 in 10 in the two weeks after the current one).
 *
 * Everything is set-based SQL over generate_series, in batches, inside one transaction: the
 * process never holds more than a few lookup arrays, whatever n is. Attribute values come from
 * md5 of a per-row label, so a run is deterministic; public uuids are time-ordered (version 7
 * layout) with md5 bits, see uuidV7.
 *
 * Rows are recognisable and additive: doctors have licence `SCALE-<8 digits>` and email
 * `scale-doctor-<k>@example.test`, patients `scale-patient-<k>@example.test`. A second run
 * continues the numbering.
 *
 * Appointment slots cannot collide: doctor d gets its m-th appointment (m = 0..9) in week m-8
 * (m < 8, past) or m-7 (future), Tuesday to Friday, 10:00 + s x slot, so (doctor, date, time) is
 * unique by construction; each upcoming (live) appointment goes to a distinct patient
 * (2d + m - 8), so (patient, date, time) among live appointments is unique too. All those times
 * fall inside every availability pattern used.
 */

export const SCALE_DOCTORS_PER_UNIT = 100;
export const SCALE_PATIENTS_PER_UNIT = 200;
export const SCALE_APPOINTMENTS_PER_UNIT = 1000;
const APPTS_PER_DOCTOR = SCALE_APPOINTMENTS_PER_UNIT / SCALE_DOCTORS_PER_UNIT; // 10
const PAST_PER_DOCTOR = 8;

export interface ScaleOptions {
  /** Shared password hash; default: the demo accounts' hash, else a fresh hash of the demo password. */
  passwordHash?: string;
  now?: Date;
  /** Doctors per statement (users + clinics + doctors together). */
  doctorBatch?: number;
  patientBatch?: number;
  appointmentBatch?: number;
  /** Drop and rebuild plain secondary indexes around the load (default: when n >= 50). */
  rebuildIndexes?: boolean;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface ScaleSummary {
  n: number;
  doctors: number;
  patients: number;
  appointments: number;
  ratings: number;
  availability: number;
  elapsedMs: number;
  steps: { step: string; ms: number }[];
}

// ---------------------------------------------------------------------------------------------
// Lookup data passed as array parameters (one parameter each, cast in SQL).

/** A PostgreSQL array literal of text: {"a","b"}. */
function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
function numArray(values: readonly number[]): string {
  return `{${values.join(",")}}`;
}
/** Repeats/truncates to exactly n items (uniform stride for 1-based indexing in SQL). */
function fit<T>(values: readonly T[], n: number): T[] {
  if (values.length === 0) throw new Error("empty lookup list");
  return Array.from({ length: n }, (_, i) => values[i % values.length] as T);
}

const FIRST = 16; // first names per region and gender
const LAST = 14; // surnames per region
const AREAS = 10;
const QUALS = 4;
const FOCUS = 5;
const COMPLAINTS = 5;
const REVIEWS = 4;

/** Constant lookup arrays, inlined as one parameter each (folded to constants at plan time). */
function lookups() {
  const regionIndex = new Map(regions.map((r, i) => [r, i]));
  const keys = specialties.map((s) => s.key);
  const profiles = keys.map((k) => specialtyProfiles[k]);
  const text = (values: readonly string[]) => sql`(${textArray(values)}::text[])`;
  const ints = (values: readonly number[]) => sql`(${numArray(values)}::int[])`;
  const floats = (values: readonly number[]) => sql`(${numArray(values)}::float8[])`;
  return {
    male: text(regions.flatMap((r) => fit(namePools[r].male, FIRST))),
    female: text(regions.flatMap((r) => fit(namePools[r].female, FIRST))),
    last: text(regions.flatMap((r) => fit(namePools[r].last, LAST))),
    city: text(cities.map((c) => c.name)),
    state: text(cities.map((c) => c.state)),
    lat: floats(cities.map((c) => c.lat)),
    lng: floats(cities.map((c) => c.lng)),
    pin: text(cities.map((c) => c.pincodePrefix)),
    lang: text(cities.map((c) => c.regionalLanguage)),
    region: ints(cities.map((c) => regionIndex.get(c.region) ?? 0)),
    area: text(cities.flatMap((c) => fit(c.areas, AREAS))),
    spec: text(keys),
    qual: text(profiles.flatMap((p) => fit(p.qualifications, QUALS))),
    focus: text(profiles.flatMap((p) => fit(p.focus, FOCUS))),
    feeMin: ints(profiles.map((p) => p.fee[0])),
    feeMax: ints(profiles.map((p) => p.fee[1])),
    onlineCut: ints(profiles.map((p) => Math.round(p.onlineShare * 256))),
    dept: text(profiles.map((p) => p.department)),
    kind: text(keys.map((k) => clinicKindWord[k])),
    complaint: text(keys.flatMap((k) => fit(chiefComplaints[k], COMPLAINTS))),
    review: text(([1, 2, 3, 4, 5] as const).flatMap((r) => fit(reviewsByRating[r], REVIEWS))),
  };
}

/**
 * Time-ordered (version 7 layout) uuids: a 48-bit prefix that grows with the row number, then 74
 * bits from the row's md5. Each table's uuids arrive in ascending order, so the unique index takes
 * rightmost-page inserts instead of random ones (several times cheaper on a large load), and
 * strict RFC 9562 validators accept them. `tag` separates the kinds of rows sharing a table.
 */
const UUID_TAG = {
  doctorUser: 1,
  patientUser: 2,
  facility: 3,
  doctor: 4,
  availability: 5,
  appointment: 6,
  rating: 7,
} as const;
const UUID_EPOCH = 0x019b_0000_0000; // late 2025 in Unix ms: plausible v7 timestamps
const uuidBase = (tag: number) => UUID_EPOCH + tag * 2 ** 36;
function uuidV7(tag: keyof typeof UUID_TAG, seq: SQL | string, col: SQL | string): SQL {
  const seqSql = typeof seq === "string" ? sql.raw(seq) : seq;
  const colSql = typeof col === "string" ? sql.raw(col) : col;
  return sql`(lpad(to_hex(${uuidBase(UUID_TAG[tag])}::bigint + (${seqSql})::bigint), 12, '0') || '7'
            || substr(encode(${colSql}, 'hex'), 13, 3) || '8' || substr(encode(${colSql}, 'hex'), 17, 15))::uuid`;
}

// Appointment outcomes. Doctor rows carry their rating aggregates from the moment they are
// inserted, computed from these same expressions, so no second pass over 100k doctors is needed.
/** md5 bytes of scale appointment number `j` (global, continuing across runs). */
const appointmentHash = (j: SQL) =>
  sql`decode(md5('swasthai-scale-appointment-' || (${j})), 'hex')`;
/** Of 256: past visits completed / cancelled / no-show (rest rejected); upcoming confirmed / pending (rest cancelled). */
const PAST_CUTS = { completed: 217, cancelled: 237, noShow: 250 } as const;
const UPCOMING_CUTS = { confirmed: 179, pending: 243 } as const;
/** About 4 in 10 completed visits are rated (md5 bytes 9-11 of the appointment drive the rating). */
const isRated = (h: string) => sql.raw(`(get_byte(${h}, 9) < 102)`);
const starsOf = (h: string) =>
  sql.raw(`(case when get_byte(${h}, 10) < 128 then 5 when get_byte(${h}, 10) < 205 then 4
                 when get_byte(${h}, 10) < 235 then 3 when get_byte(${h}, 10) < 248 then 2 else 1 end)`);

const b = (col: string, i: number) => sql.raw(`get_byte(${col}, ${i})`);
/** 0..65535 from two bytes. */
const b2 = (col: string, i: number) =>
  sql.raw(`(get_byte(${col}, ${i}) * 256 + get_byte(${col}, ${i + 1}))`);

const NCITIES = cities.length;
const NSPEC = specialties.length;

const license = (k: SQL) => sql`'SCALE-' || lpad((${k})::text, 8, '0')`;

// ---------------------------------------------------------------------------------------------

async function count(tx: Tx, query: SQL): Promise<number> {
  const res = (await tx.execute(query)) as unknown;
  const rows = Array.isArray(res) ? res : ((res as { rows?: unknown[] }).rows ?? []);
  const first = rows[0] as Record<string, unknown> | undefined;
  return Number(first ? Object.values(first)[0] : 0);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

async function rowsOf<T>(db: Tx | Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown;
  return (Array.isArray(res) ? res : ((res as { rows?: unknown[] }).rows ?? [])) as T[];
}

/** Tables the scale seed writes in bulk. */
const BULK_TABLES = [
  "users",
  "facilities",
  "doctors",
  "doctor_availability",
  "appointments",
  "ratings",
] as const;

/**
 * Indexes cheap to maintain during the load (keys arrive in ascending order, or are NULL for every
 * bulk row), so dropping and rebuilding them would cost more than it saves.
 */
const KEEP_DURING_LOAD = new Set([
  "appointments_doctor_date_idx",
  "appointments_doctor_slot_live_uniq",
  "appointments_symptom_check_id_idx",
  "appointments_rescheduled_from_id_uniq",
  "doctor_availability_doctor_weekday_idx",
  "doctors_facility_id_idx",
  "facilities_owner_user_id_idx",
  "ratings_appointment_id_idx",
  "ratings_doctor_created_idx",
]);

interface IndexDef {
  name: string;
  def: string;
}

/**
 * Drops the indexes of the bulk tables that no constraint owns or depends on (not primary keys,
 * not unique constraints, not anything a foreign key references) and returns their exact
 * definitions for re-creation.
 */
async function dropSecondaryIndexes(tx: Tx): Promise<IndexDef[]> {
  const tables = sql.join(
    BULK_TABLES.map((name) => sql`${name}`),
    sql`, `,
  );
  const list = await rowsOf<IndexDef>(
    tx,
    sql`select ic.relname as name, pg_get_indexdef(i.indexrelid) as def
          from pg_index i
          join pg_class ic on ic.oid = i.indexrelid
          join pg_class tc on tc.oid = i.indrelid
          join pg_namespace ns on ns.oid = tc.relnamespace
         where ns.nspname = current_schema()
           and tc.relname in (${tables})
           and not i.indisprimary
           and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
         order by tc.relname, ic.relname`,
  );
  const drop = list.filter((ix) => !KEEP_DURING_LOAD.has(ix.name));
  for (const ix of drop) await tx.execute(sql.raw(`drop index "${ix.name.replace(/"/g, '""')}"`));
  return drop;
}

async function sharedPasswordHash(db: Db): Promise<string> {
  const res = (await db.execute(
    sql`select password_hash from users where lower(email) = ${demoAccounts.patient} and password_hash is not null limit 1`,
  )) as unknown;
  const rows = Array.isArray(res) ? res : ((res as { rows?: unknown[] }).rows ?? []);
  const hash = (rows[0] as { password_hash?: string } | undefined)?.password_hash;
  return hash ?? (await hashPassword(DEMO_PASSWORD));
}

export async function seedScale(
  db: Db,
  n: number,
  options: ScaleOptions = {},
): Promise<ScaleSummary> {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--scale wants a positive integer, got ${n}`);
  const started = performance.now();
  const log = options.log ?? (() => {});
  const passwordHash = options.passwordHash ?? (await sharedPasswordHash(db));
  const today = todayInKolkata(options.now);
  const doctorBatch = options.doctorBatch ?? 20_000;
  const patientBatch = options.patientBatch ?? 100_000;
  const appointmentBatch = options.appointmentBatch ?? 200_000;
  const D = n * SCALE_DOCTORS_PER_UNIT;
  const P = n * SCALE_PATIENTS_PER_UNIT;
  const A = n * SCALE_APPOINTMENTS_PER_UNIT;
  const steps: { step: string; ms: number }[] = [];
  // Past visits of doctor d go to patients (8d + m) x spread mod P: a bijection of residues, so a
  // doctor's 8 past patients are distinct (ratings never hit the one-per-patient-and-doctor rule)
  // and visits spread over all patients.
  const spread = [7919, 104_729, 1_299_709, 15_485_863].find((a) => gcd(a, P) === 1) ?? 1;
  const L = lookups();

  const totals = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('swasthai:seed'))`);
    // Bulk load: no need to wait for the WAL flush of each statement.
    await tx.execute(sql`set local synchronous_commit = off`);
    // Row estimates of data-modifying CTEs are guesses; bulk joins must never become nested loops.
    await tx.execute(sql`set local enable_nestloop = off`);
    await tx.execute(sql`set local enable_mergejoin = off`);
    // JIT compiling these wide expressions costs seconds per statement and saves nothing here.
    await tx.execute(sql`set local jit = off`);
    // Keep the CTE tuplestores and hash tables of 200k-row batches in memory.
    await tx.execute(sql`set local work_mem = '64MB'`);

    // Rows are consistent by construction (every reference comes from a join with its target), so
    // a superuser skips the per-row foreign-key triggers; anyone else keeps them.
    const superuser =
      (await count(tx, sql`select (current_setting('is_superuser') = 'on')::int`)) === 1;
    if (superuser) await tx.execute(sql`set local session_replication_role = replica`);
    // Large loads: drop the plain secondary indexes and build them again at the end (sorted builds
    // beat millions of random B-tree inserts). DDL is transactional, so a failure restores them.
    const rebuild = options.rebuildIndexes ?? n >= 50;
    let dropped: IndexDef[] = [];
    if (rebuild) {
      await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
      dropped = await dropSecondaryIndexes(tx);
    }
    log(
      `  foreign-key triggers ${superuser ? "off (superuser bulk load)" : "on"}; ` +
        (rebuild
          ? `${dropped.length} secondary indexes dropped, rebuilt after the load`
          : "indexes maintained row by row"),
    );

    const baseD = await count(
      tx,
      sql`select count(*) from doctors where license_number like 'SCALE-%'`,
    );
    const baseP = await count(
      tx,
      sql`select count(*) from users where email like 'scale-patient-%@example.test'`,
    );
    const baseA = baseD * APPTS_PER_DOCTOR;
    log(
      `scale ${n}: doctors ${baseD}..${baseD + D - 1}, patients ${baseP}..${baseP + P - 1}, appointments ${A}`,
    );

    const time = async (step: string, fn: () => Promise<void>) => {
      const t0 = performance.now();
      await fn();
      const ms = Math.round(performance.now() - t0);
      steps.push({ step, ms });
      log(`  ${step}: ${ms} ms`);
    };

    // --- doctors: users + clinics + doctor rows, one statement per batch ------------------------
    for (let a = baseD; a < baseD + D; a += doctorBatch) {
      const z = Math.min(a + doctorBatch, baseD + D) - 1;
      await time(`doctors ${a - baseD + 1}-${z - baseD + 1}`, async () => {
        await tx.execute(sql`
          with src as materialized (
            select k,
                   decode(md5('swasthai-scale-doctor-' || k), 'hex') as hb,
                   decode(md5('swasthai-scale-user-' || k), 'hex') as hu,
                   decode(md5('swasthai-scale-facility-' || k), 'hex') as hf,
                   (k % ${NSPEC}::int) as si,
                   (get_byte(decode(md5('swasthai-scale-city-' || k), 'hex'), 0) % ${NCITIES}::int) as ci
              from generate_series(${a}::int, ${z}::int) as k
          ),
          p as materialized (
            select src.*,
                   case when ${b("hb", 0)} < 108 then 'female' else 'male' end as gender,
                   (case when ${b("hb", 0)} < 108 then ${L.female} else ${L.male} end)
                     [1 + ${L.region}[1 + ci] * ${FIRST}::int + ${b("hb", 1)} % ${FIRST}::int] as first,
                   ${L.last}[1 + ${L.region}[1 + ci] * ${LAST}::int + ${b("hb", 2)} % ${LAST}::int] as last,
                   ${L.city}[1 + ci] as city, ${L.state}[1 + ci] as state, ${L.lang}[1 + ci] as lang,
                   ${L.area}[1 + ci * ${AREAS}::int + ${b("hf", 0)} % ${AREAS}::int] as area,
                   round((${L.lat}[1 + ci] + (${b2("hf", 1)} / 65535.0 - 0.5) * 0.2)::numeric, 6) as lat,
                   round((${L.lng}[1 + ci] + (${b2("hf", 3)} / 65535.0 - 0.5) * 0.2)::numeric, 6) as lng,
                   ${L.pin}[1 + ci] || lpad((1 + ${b("hf", 5)} % 60)::text, 3, '0') as pincode,
                   ${L.spec}[1 + si] as spec, ${L.kind}[1 + si] as kind, ${L.dept}[1 + si] as dept,
                   ${L.qual}[1 + si * ${QUALS}::int + ${b("hb", 3)} % ${QUALS}::int] as qual,
                   ${L.focus}[1 + si * ${FOCUS}::int + ${b("hb", 4)} % ${FOCUS}::int] as focus,
                   round((${L.feeMin}[1 + si] + ${b2("hb", 9)} % (${L.feeMax}[1 + si] - ${L.feeMin}[1 + si] + 1)) / 50.0) * 50 as fee_off,
                   ${b("hb", 11)} % 5 as fee_cut,
                   ${b("hb", 12)} < ${L.onlineCut}[1 + si] as online,
                   4 + ${b("hb", 13)} % 29 as exp,
                   '+91' || (6 + k % 4)::text || lpad(((k::bigint * 7919 + 104729) % 1000000000)::text, 9, '0') as phone
              from src
          ),
          -- the doctor's past appointments (m < 8) and which of them end up completed and rated,
          -- from the same expressions the appointment statement uses
          ah as materialized (
            select p.k, ${appointmentHash(sql`${baseA}::int + (p.k - ${baseD}::int) * ${APPTS_PER_DOCTOR}::int + m`)} as h
              from p cross join generate_series(0, ${PAST_PER_DOCTOR - 1}::int) as m
          ),
          rt as (
            select k, count(*)::int as n, round(avg(${starsOf("h")})::numeric, 1) as avg
              from ah
             where get_byte(h, 0) < ${PAST_CUTS.completed}::int and ${isRated("h")}
             group by k
          ),
          u as (
            insert into users (uuid, email, password_hash, full_name, phone, role, locale, email_verified_at)
            select ${uuidV7("doctorUser", "k", "hu")}, 'scale-doctor-' || k || '@example.test', ${passwordHash}::text,
                   first || ' ' || last, phone, 'doctor'::user_role, 'en'::locale, now()
              from p
            returning id, uuid
          ),
          f as (
            insert into facilities (uuid, name, type, category, description, address_line, area, city, state,
                                    pincode, latitude, longitude, phone, departments, visiting_hours,
                                    rating_avg, rating_count, verified, is_active)
            select ${uuidV7("facility", "p.k", "p.hf")}, p.last || ' ' || p.kind || ' Clinic', 'clinic'::facility_type,
                   'private'::facility_category, p.kind || ' clinic in ' || p.area || ', ' || p.city || '.',
                   (1 + ${b("p.hf", 6)} % 250)::text || ', Main Road', p.area, p.city, p.state, p.pincode, p.lat, p.lng,
                   p.phone, array[p.dept], 'Mon-Sat, see doctor''s timings',
                   coalesce(rt.avg, 0), coalesce(rt.n, 0), true, true
              from p left join rt on rt.k = p.k
            returning id, uuid
          )
          insert into doctors (uuid, user_id, specialty, qualification, license_number, experience_years,
                               gender, fee_online, fee_offline, languages, bio, facility_id, city_lower, search_text,
                               search_words,
                               offers_online, offers_offline, verification_status, verified_at, rating_avg,
                               rating_count)
          select ${uuidV7("doctor", "p.k", "p.hb")}, u.id, p.spec::doctor_specialty, p.qual, ${license(sql`p.k`)}, p.exp,
                 p.gender::gender, greatest(200, p.fee_off - 50 * p.fee_cut), p.fee_off,
                 case when p.lang = 'Hindi' then array['English', 'Hindi'] else array['English', 'Hindi', p.lang] end,
                 'Dr. ' || p.first || ' ' || p.last || ' has ' || p.exp || ' years of experience and consults in '
                   || p.city || ', with a special interest in ' || p.focus || '.',
                 f.id, lower(p.city),
                 lower(concat_ws(' ', p.first || ' ' || p.last, p.last || ' ' || p.kind || ' Clinic', p.area, p.city)),
                 array_remove(regexp_split_to_array(lower(concat_ws(' ', p.first, p.last, p.last, p.kind, 'Clinic', p.area, p.city)), '[[:space:][:punct:]]+'), ''),
                 p.online, true, 'verified'::verification_status, now(),
                 coalesce(rt.avg, 0), coalesce(rt.n, 0)
            from p
            join u on u.uuid = ${uuidV7("doctorUser", "p.k", "p.hu")}
            join f on f.uuid = ${uuidV7("facility", "p.k", "p.hf")}
            left join rt on rt.k = p.k
           order by p.k`);
      });
    }

    // --- weekly availability ------------------------------------------------------------------
    // pattern k % 4: 0 Mon-Sat 10-13 & 17-20; 1 Mon-Sat 9-14; 2 Tue-Sun 10-18; 3 Mon-Fri 10-17.
    // Every pattern covers Tue-Fri 10:00-13:00, where the appointments below are placed.
    const patterns: [number, number, string, string][] = [];
    for (const d of [1, 2, 3, 4, 5, 6])
      patterns.push([0, d, "10:00", "13:00"], [0, d, "17:00", "20:00"]);
    for (const d of [1, 2, 3, 4, 5, 6]) patterns.push([1, d, "09:00", "14:00"]);
    for (const d of [0, 2, 3, 4, 5, 6]) patterns.push([2, d, "10:00", "18:00"]);
    for (const d of [1, 2, 3, 4, 5]) patterns.push([3, d, "10:00", "17:00"]);
    const patternValues = sql.join(
      patterns.map(([p, d, s, e], i) => sql.raw(`(${p}, ${d}, time '${s}', time '${e}', ${i})`)),
      sql`, `,
    );
    const doctorRange = (lo: number, hi: number) => sql`
      select id, substr(license_number, 7)::int as k, offers_online, offers_offline, fee_online, fee_offline
        from doctors
       where license_number between ${license(sql`${lo}::int`)} and ${license(sql`${hi}::int`)}`;

    for (let a = baseD; a < baseD + D; a += doctorBatch * 2) {
      const z = Math.min(a + doctorBatch * 2, baseD + D) - 1;
      await time(`availability ${a - baseD + 1}-${z - baseD + 1}`, async () => {
        await tx.execute(sql`
          insert into doctor_availability (uuid, doctor_id, weekday, start_time, end_time, slot_minutes, mode)
          select ${uuidV7("availability", "d.k * 64 + d.n", "d.h")}, d.id, d.weekday, d.s, d.e, 15 + 5 * (d.k % 2),
                 (case when d.offers_online and d.offers_offline then 'both'
                       when d.offers_online then 'online' else 'offline' end)::availability_mode
            from (
              select d.*, pt.*, decode(md5('swasthai-scale-avail-' || d.k || '-' || pt.n), 'hex') as h
                from (${doctorRange(a, z)}) d
                join (values ${patternValues}) as pt(pattern, weekday, s, e, n) on pt.pattern = d.k % 4
              offset 0
            ) d
           order by d.k, d.n`);
      });
    }

    // --- patients -----------------------------------------------------------------------------
    for (let a = baseP; a < baseP + P; a += patientBatch) {
      const z = Math.min(a + patientBatch, baseP + P) - 1;
      await time(`patients ${a - baseP + 1}-${z - baseP + 1}`, async () => {
        await tx.execute(sql`
          with src as materialized (
            select k, decode(md5('swasthai-scale-patient-' || k), 'hex') as h
              from generate_series(${a}::int, ${z}::int) as k
          )
          insert into users (uuid, email, password_hash, full_name, phone, role, locale, email_verified_at)
          select ${uuidV7("patientUser", "k", "h")}, 'scale-patient-' || k || '@example.test', ${passwordHash}::text,
                 (case when ${b("h", 0)} < 128 then ${L.female} else ${L.male} end)
                   [1 + ${L.region}[1 + ${b("h", 1)} % ${NCITIES}::int] * ${FIRST}::int + ${b("h", 2)} % ${FIRST}::int]
                 || ' ' ||
                 ${L.last}[1 + ${L.region}[1 + ${b("h", 1)} % ${NCITIES}::int] * ${LAST}::int + ${b("h", 3)} % ${LAST}::int],
                 '+91' || (6 + k % 4)::text || lpad(((k::bigint * 6841 + 7727) % 1000000000)::text, 9, '0'),
                 'patient'::user_role, (case when ${b("h", 4)} < 40 then 'hi' else 'en' end)::locale, now()
            from src
           order by k`);
      });
    }

    // --- appointments (+ ratings for some completed ones) ---------------------------------------
    // Patients were inserted in order inside this transaction, so their ids are normally k + a
    // constant offset; then no join is needed to find them (checked, with a join as fallback).
    const [contiguity] = await rowsOf<{ offset: number | null; ok: boolean | null }>(
      tx,
      sql`with x as (
            select id, substr(email, 15, position('@' in email) - 15)::int as k
              from users where email like 'scale-patient-%@example.test')
          select min(id - k)::int as offset, (min(id - k) = max(id - k) and count(*) = ${P}::int) as ok
            from x where k between ${baseP}::int and ${baseP + P - 1}::int`,
    );
    const patientOffset = contiguity?.ok ? Number(contiguity.offset) + baseP : null;
    const [seqRow] = await rowsOf<{ seq: string }>(
      tx,
      sql`select pg_get_serial_sequence('appointments', 'id') as seq`,
    );
    const appointmentSeq = seqRow?.seq ?? "appointments_id_seq";
    const weekStart = sql`(${today}::date - (extract(isodow from ${today}::date)::int - 1))`;
    for (let a = 0; a < A; a += appointmentBatch) {
      const z = Math.min(a + appointmentBatch, A) - 1;
      await time(`appointments ${a + 1}-${z + 1}`, async () => {
        const patientJoin =
          patientOffset === null
            ? sql`join (select id, substr(email, 15, position('@' in email) - 15)::int - ${baseP}::int as p
                          from users
                         where email like 'scale-patient-%@example.test'
                           and substr(email, 15, position('@' in email) - 15)::int
                               between ${baseP}::int and ${baseP + P - 1}::int) pm on pm.p = x.p`
            : sql``;
        const patientId = patientOffset === null ? sql`pm.id` : sql`(x.p + ${patientOffset}::int)`;
        await tx.execute(sql`
          with dm as materialized (
            select id, k - ${baseD}::int as d, k, offers_online, fee_online, fee_offline
              from (${doctorRange(baseD, baseD + D - 1)}) x
          ),
          src as materialized (
            select j, j / ${APPTS_PER_DOCTOR}::int as d, j % ${APPTS_PER_DOCTOR}::int as m,
                   ${appointmentHash(sql`j + ${baseA}::int`)} as h
              from generate_series(${a}::int, ${z}::int) as j
          ),
          x as (
            select src.*, dm.id as doctor_id, dm.k, dm.offers_online, dm.fee_online, dm.fee_offline,
                   15 + 5 * (dm.k % 2) as slot,
                   ${weekStart} + 7 * (case when src.m < ${PAST_PER_DOCTOR}::int then src.m - ${PAST_PER_DOCTOR}::int
                                            else src.m - ${PAST_PER_DOCTOR - 1}::int end)
                                + (1 + (src.d + src.m) % 4) as day,
                   case when src.m < ${PAST_PER_DOCTOR}::int then
                          case when ${b("src.h", 0)} < ${PAST_CUTS.completed}::int then 'completed'
                               when ${b("src.h", 0)} < ${PAST_CUTS.cancelled}::int then 'cancelled'
                               when ${b("src.h", 0)} < ${PAST_CUTS.noShow}::int then 'no_show'
                               else 'rejected' end
                        else
                          case when ${b("src.h", 0)} < ${UPCOMING_CUTS.confirmed}::int then 'confirmed'
                               when ${b("src.h", 0)} < ${UPCOMING_CUTS.pending}::int then 'pending'
                               else 'cancelled' end
                   end as status,
                   case when src.m < ${PAST_PER_DOCTOR}::int
                        then ((${PAST_PER_DOCTOR}::bigint * src.d + src.m) * ${spread}::bigint % ${P}::bigint)::int
                        else (2 * src.d + src.m - ${PAST_PER_DOCTOR}::int) % ${P}::int end as p,
                   dm.offers_online and ${b("src.h", 7)} < 115 as online
              from src join dm on dm.d = src.d
          ),
          -- ids drawn here (rows leave the hash join in generate_series order, so ids and uuids
          -- ascend) let the ratings below reference their appointment without RETURNING
          y as materialized (
            select nextval(${appointmentSeq}::regclass)::int as id, x.*, ${patientId} as patient_id,
                   time '10:00' + make_interval(mins => ((x.d * 3 + x.m) % 9) * x.slot) as at_time,
                   least(((x.day - (1 + ${b("x.h", 4)} % 10))::timestamp + time '09:00') at time zone 'Asia/Kolkata',
                         now() - interval '1 hour') as created,
                   case when x.status = 'completed'
                        then ((x.day + time '10:00' + make_interval(mins => ((x.d * 3 + x.m) % 9 + 1) * x.slot))
                              at time zone 'Asia/Kolkata') end as completed
              from x ${patientJoin}
          ),
          ins as (
            insert into appointments (id, uuid, patient_id, doctor_id, date, time, duration_minutes, consultation_type,
                                      status, chief_complaint, fee, payment_status, cancel_reason, cancelled_at,
                                      cancelled_by, rejection_reason, confirmed_at, completed_at, created_at, updated_at)
            select y.id, ${uuidV7("appointment", sql`y.j + ${baseA}::int`, "y.h")}, y.patient_id, y.doctor_id, y.day,
                   y.at_time, y.slot,
                   (case when y.online then 'online' else 'offline' end)::consultation_type,
                   y.status::appointment_status,
                   ${L.complaint}[1 + (y.k % ${NSPEC}::int) * ${COMPLAINTS}::int + ${b("y.h", 5)} % ${COMPLAINTS}::int],
                   case when y.online then y.fee_online else y.fee_offline end,
                   'pending'::payment_status,
                   case when y.status = 'cancelled' then 'Could not make it on this date' end,
                   case when y.status = 'cancelled' then least(y.created + interval '1 day', now()) end,
                   case when y.status = 'cancelled' then y.patient_id end,
                   case when y.status = 'rejected' then 'Doctor is not available on this date; please book another slot.' end,
                   case when y.status in ('confirmed', 'completed', 'no_show')
                        then least(y.created + interval '2 hours', now()) end,
                   y.completed, y.created, y.created
              from y
          )
          insert into ratings (uuid, patient_id, doctor_id, appointment_id, rating, review, would_recommend, created_at, updated_at)
          select ${uuidV7("rating", sql`y.j + ${baseA}::int`, "y.h")}, y.patient_id, y.doctor_id, y.id, ${starsOf("y.h")},
                 ${L.review}[1 + (${starsOf("y.h")} - 1) * ${REVIEWS}::int + ${b("y.h", 11)} % ${REVIEWS}::int],
                 ${starsOf("y.h")} >= 4, y.completed + interval '1 day', y.completed + interval '1 day'
            from y
           where y.status = 'completed' and ${isRated("y.h")}`);
      });
    }

    // The search dictionary's trigger may be off with the others (replica role): fill it here.
    await tx.execute(
      sql`insert into doctor_search_words (word) select distinct unnest(search_words) from doctors on conflict do nothing`,
    );
    // So is the list version's: a running server's remembered list pages must not outlive the load.
    await tx.execute(sql`select nextval('doctor_list_version')`);

    if (dropped.length > 0) {
      await time(`rebuild ${dropped.length} indexes`, async () => {
        for (const ix of dropped) {
          const t0 = performance.now();
          await tx.execute(sql.raw(ix.def));
          const ms = Math.round(performance.now() - t0);
          if (ms >= 500) log(`    ${ix.name}: ${ms} ms`);
        }
      });
    }

    const appointments = await count(
      tx,
      sql`select count(*) from appointments a join (${doctorRange(baseD, baseD + D - 1)}) d on d.id = a.doctor_id`,
    );
    const ratings = await count(
      tx,
      sql`select count(*) from ratings r join (${doctorRange(baseD, baseD + D - 1)}) d on d.id = r.doctor_id`,
    );
    const availability = await count(
      tx,
      sql`select count(*) from doctor_availability v join (${doctorRange(baseD, baseD + D - 1)}) d on d.id = v.doctor_id`,
    );
    return { appointments, ratings, availability };
  });

  // Fresh planner statistics for the benchmarks that usually follow a bulk load.
  const t0 = performance.now();
  await db.execute(
    sql`analyze users, facilities, doctors, doctor_availability, appointments, ratings`,
  );
  steps.push({ step: "analyze", ms: Math.round(performance.now() - t0) });
  log(`  analyze: ${Math.round(performance.now() - t0)} ms`);

  return {
    n,
    doctors: D,
    patients: P,
    ...totals,
    elapsedMs: Math.round(performance.now() - started),
    steps,
  };
}
