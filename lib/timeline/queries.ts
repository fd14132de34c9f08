import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, queryRows, type Queryable } from "@/db/client";
import { resolveTargetUser } from "@/lib/access/target-user";
import type { Actor } from "@/lib/auth/actor";
import { decodeCursor, encodeCursor, type TimelineCursor } from "./cursor";
import { toTimelineItemDto, type TimelineRow } from "./mappers";
import {
  timelineKinds,
  timelineQuerySchema,
  type ParsedTimelineQuery,
  type TimelineKind,
  type TimelinePageDto,
  type TimelineQuery,
} from "./schemas";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * One source of timeline items: a table read for one patient in `at` order. `at` must be the very
 * expression an index on (owner, at) holds (drizzle/0009_timeline_indexes.sql), so each branch is
 * an index scan that stops after a page, however long the patient's history.
 */
interface Branch {
  kind: TimelineKind;
  /** The table (with its alias) and any joins for titles. */
  from: SQL;
  owner: SQL;
  /** The item's public id (the keyset's tie-breaker). */
  id: SQL;
  at: SQL;
  /** Whether `at` holds only a day (then midnight India time). */
  dateOnly?: SQL;
  /** Rows of the table that are not on the timeline (drafts, copies shown through another kind). */
  where?: SQL;
  title: SQL;
  subtitle: SQL;
  status: SQL;
  /** Which app page shows it (`appointments` | `records`) and the id there; null for none. */
  page: SQL;
  link: SQL;
}

/** India has one zone; clinic-local dates and times are read in it. */
const zone = sql.raw(`'Asia/Kolkata'`);

const doctorName = (doctorId: SQL) =>
  sql`(select du.full_name from doctors d join users du on du.id = d.user_id where d.id = ${doctorId})`;

const recordBranch = (kind: "record" | "lab_report"): Branch => ({
  kind,
  from: sql`health_records r`,
  owner: sql`r.user_id`,
  id: sql`r.uuid`,
  at: sql`coalesce(r.document_date::timestamp at time zone ${zone}, r.created_at)`,
  dateOnly: sql`r.document_date is not null`,
  // A prescription's PDF copy is shown as the prescription (which links to it).
  where:
    kind === "lab_report"
      ? sql`r.record_type = 'lab_report' and r.source <> 'prescription'`
      : sql`r.record_type <> 'lab_report' and r.source <> 'prescription'`,
  title: sql`r.title`,
  subtitle: sql`coalesce(r.doctor_name, r.hospital_name)`,
  status: sql`null::text`,
  page: sql`'records'`,
  link: sql`r.uuid`,
});

const branches: Branch[] = [
  {
    kind: "appointment",
    from: sql`appointments a`,
    owner: sql`a.patient_id`,
    id: sql`a.uuid`,
    at: sql`(a.date + a.time) at time zone ${zone}`,
    title: doctorName(sql`a.doctor_id`),
    subtitle: sql`coalesce(a.chief_complaint, a.symptoms)`,
    status: sql`a.status::text`,
    page: sql`'appointments'`,
    link: sql`a.uuid`,
  },
  recordBranch("record"),
  {
    kind: "prescription",
    from: sql`prescriptions p`,
    owner: sql`p.patient_id`,
    id: sql`p.uuid`,
    at: sql`p.issued_at`,
    // The patient sees a prescription once the doctor has issued it.
    where: sql`p.status <> 'draft'`,
    title: sql`p.diagnosis`,
    subtitle: doctorName(sql`p.doctor_id`),
    status: sql`p.status::text`,
    page: sql`case when p.record_id is null then null else 'records' end`,
    link: sql`(select hr.uuid from health_records hr where hr.id = p.record_id)`,
  },
  recordBranch("lab_report"),
  {
    kind: "lab_report",
    from: sql`lab_bookings b`,
    owner: sql`b.user_id`,
    id: sql`b.uuid`,
    at: sql`(b.date + b.time_slot) at time zone ${zone}`,
    // A report filed as a record is shown as that record (with its file); the booking otherwise.
    where: sql`b.status = 'report_ready' and b.report_record_id is null`,
    title: sql`coalesce((select string_agg(i.name_snapshot, ', ' order by i.id) from lab_booking_items i where i.booking_id = b.id), '')`,
    subtitle: sql`b.lab_name`,
    status: sql`b.status::text`,
    page: sql`null::text`,
    link: sql`null::uuid`,
  },
  {
    kind: "medicine_order",
    from: sql`medicine_orders o`,
    owner: sql`o.user_id`,
    id: sql`o.uuid`,
    at: sql`o.created_at`,
    title: sql`coalesce((select string_agg(i.name_snapshot, ', ' order by i.id) from medicine_order_items i where i.order_id = o.id), o.order_number)`,
    subtitle: sql`o.order_number`,
    status: sql`o.status::text`,
    page: sql`null::text`,
    link: sql`null::uuid`,
  },
  {
    kind: "symptom_check",
    from: sql`symptom_checks s`,
    owner: sql`s.user_id`,
    id: sql`s.uuid`,
    at: sql`s.created_at`,
    title: sql`coalesce(nullif(array_to_string(s.symptoms, ', '), ''), s.free_text, '')`,
    subtitle: sql`s.summary`,
    status: sql`s.status::text`,
    page: sql`null::text`,
    link: sql`null::uuid`,
  },
];

/** Order of kinds among items at the same instant (the keyset is (at desc, rank desc, id desc)). */
const rank = (kind: TimelineKind) => timelineKinds.indexOf(kind);

/** Items strictly after the cursor in (at desc, rank desc, id desc) order, for one branch. */
function afterCursor(branch: Branch, cursor: TimelineCursor): SQL {
  const at = sql`${cursor.at}::timestamptz`;
  const mine = rank(branch.kind);
  const theirs = rank(cursor.kind);
  if (mine < theirs) return sql`${branch.at} <= ${at}`;
  if (mine > theirs) return sql`${branch.at} < ${at}`;
  return sql`(${branch.at}, ${branch.id}) < (${at}, ${cursor.id}::uuid)`;
}

/** The year's bounds in India time, as instants. */
function yearBounds(year: number): [string, string] {
  const start = (y: number) => new Date(Date.UTC(y, 0, 1) - 5.5 * 3_600_000).toISOString();
  return [start(year), start(year + 1)];
}

function branchSql(
  branch: Branch,
  userId: number,
  q: ParsedTimelineQuery,
  cursor: TimelineCursor | null,
): SQL {
  const conditions: SQL[] = [sql`${branch.owner} = ${userId}`];
  if (branch.where) conditions.push(branch.where);
  if (q.year !== undefined) {
    const [from, to] = yearBounds(q.year);
    conditions.push(
      sql`${branch.at} >= ${from}::timestamptz and ${branch.at} < ${to}::timestamptz`,
    );
  }
  if (cursor) conditions.push(afterCursor(branch, cursor));
  return sql`(select ${rank(branch.kind)}::int as rank, ${branch.kind}::text as kind,
    ${branch.id} as id, ${branch.at} as at, ${branch.dateOnly ?? sql`false`} as date_only,
    ${branch.title} as title,
    ${branch.subtitle} as subtitle, ${branch.status} as status, ${branch.page} as page,
    ${branch.link} as link
    from ${branch.from}
    where ${sql.join(conditions, sql` and `)}
    order by ${branch.at} desc, ${branch.id} desc
    limit ${q.limit + 1})`;
}

/** The one statement behind a page: a UNION ALL of index-ordered branches, merged and cut. */
export function timelineSql(
  userId: number,
  q: ParsedTimelineQuery,
  cursor: TimelineCursor | null,
): SQL {
  const kinds = new Set(q.types ?? timelineKinds);
  const parts = branches
    .filter((b) => kinds.has(b.kind))
    .map((b) => branchSql(b, userId, q, cursor));
  return sql`select kind, id::text as id,
      to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at, date_only,
      title, subtitle, status, page, link::text as link
    from (${sql.join(parts, sql` union all `)}) t
    order by t.at desc, t.rank desc, t.id desc
    limit ${q.limit + 1}`;
}

/**
 * A page of a patient's medical history, newest first: appointments, records, prescriptions,
 * lab reports, medicine orders and symptom checks. Only the owner may read it (anyone else,
 * admins included, gets not_found); a cursor not given out by this timeline is validation_failed.
 */
export async function listTimeline(
  actor: Actor,
  idOrMe: string,
  query: TimelineQuery = {},
  q: Queryable = db,
): Promise<TimelinePageDto> {
  const target = await resolveTargetUser(actor, idOrMe, {}, q);
  const parsed = parseInput(timelineQuerySchema, query);
  const cursor = parsed.cursor ? decodeCursor(parsed.cursor) : null;
  const rows = await queryRows<TimelineRow>(timelineSql(target.id, parsed, cursor), q);
  const page = rows.slice(0, parsed.limit);
  const last = page.at(-1);
  return {
    data: page.map(toTimelineItemDto),
    nextCursor:
      rows.length > parsed.limit && last
        ? encodeCursor({ at: last.at, kind: last.kind, id: last.id })
        : null,
  };
}

/**
 * The calendar years (India time) the owner's timeline spans, newest first, for the year filter:
 * from the latest item to the oldest (each end is one index probe per branch).
 */
export async function listTimelineYears(
  actor: Actor,
  idOrMe: string,
  q: Queryable = db,
): Promise<number[]> {
  const target = await resolveTargetUser(actor, idOrMe, {}, q);
  const ends = branches.flatMap((b) =>
    (["asc", "desc"] as const).map(
      (dir) =>
        sql`(select ${b.at} as at from ${b.from} where ${b.owner} = ${target.id}${
          b.where ? sql` and ${b.where}` : sql``
        } order by ${b.at} ${sql.raw(dir)} limit 1)`,
    ),
  );
  const [row] = await queryRows<{ first: number | null; last: number | null }>(
    sql`select extract(year from min(at) at time zone ${zone})::int as first,
        extract(year from max(at) at time zone ${zone})::int as last
      from (${sql.join(ends, sql` union all `)}) t`,
    q,
  );
  if (!row?.first || !row.last) return [];
  return Array.from({ length: row.last - row.first + 1 }, (_, i) => row.last! - i);
}
