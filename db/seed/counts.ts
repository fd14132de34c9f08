import "server-only";
import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import * as t from "@/db/schema";

/** The tables the seeds write, in insertion order, with their SQL names. */
export const seededTables: readonly (readonly [string, PgTable])[] = [
  ["users", t.users],
  ["health_profiles", t.healthProfiles],
  ["facilities", t.facilities],
  ["doctors", t.doctors],
  ["doctor_availability", t.doctorAvailability],
  ["appointments", t.appointments],
  ["ratings", t.ratings],
  ["medicines", t.medicines],
  ["lab_tests", t.labTests],
  ["lab_package_items", t.labPackageItems],
  ["articles", t.articles],
  ["forum_posts", t.forumPosts],
  ["forum_replies", t.forumReplies],
  ["forum_post_upvotes", t.forumPostUpvotes],
  ["forum_reply_upvotes", t.forumReplyUpvotes],
  ["notifications", t.notifications],
  ["health_records", t.healthRecords],
];

/** Row counts of the seeded tables (exact `count(*)`). */
export async function tableCounts(db: Queryable): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, table] of seededTables) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = Number(row?.n ?? 0);
  }
  return out;
}
