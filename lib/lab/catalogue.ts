import "server-only";
import { and, asc, count, desc, eq, ilike, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Queryable } from "@/db/client";
import { labPackageItems, labSlotUsage, labTests } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Page } from "@/lib/api/pagination";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { toLabTestDto } from "./mappers";
import { bookableDates, homeCollectionTimes, labVisitTimes, pinArea } from "./policy";
import {
  labSlotsQuerySchema,
  searchLabTestsQuerySchema,
  type LabSlotsDto,
  type LabSlotsQuery,
  type LabTestDto,
  type SearchLabTestsQuery,
} from "./schemas";

export const labTestColumns = {
  id: labTests.id,
  uuid: labTests.uuid,
  code: labTests.code,
  name: labTests.name,
  category: labTests.category,
  isPackage: labTests.isPackage,
  description: labTests.description,
  parameters: labTests.parameters,
  price: labTests.price,
  mrp: labTests.mrp,
  sampleType: labTests.sampleType,
  fastingRequired: labTests.fastingRequired,
  fastingHours: labTests.fastingHours,
  reportTime: labTests.reportTime,
  homeCollection: labTests.homeCollection,
  preparation: labTests.preparation,
  isPopular: labTests.isPopular,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const member = alias(labTests, "member");

/** The tests inside some packages, by package id. Internal. */
async function packageContents(
  packageIds: number[],
  on: Queryable = db,
): Promise<Map<number, Array<{ uuid: string; name: string }>>> {
  const byPackage = new Map<number, Array<{ uuid: string; name: string }>>();
  if (packageIds.length === 0) return byPackage;
  const rows = await on
    .select({ packageId: labPackageItems.packageId, uuid: member.uuid, name: member.name })
    .from(labPackageItems)
    .innerJoin(member, eq(member.id, labPackageItems.testId))
    .where(inArray(labPackageItems.packageId, packageIds))
    .orderBy(asc(member.name));
  for (const { packageId, ...test } of rows) {
    byPackage.set(packageId, [...(byPackage.get(packageId) ?? []), test]);
  }
  return byPackage;
}

/**
 * Active lab tests and packages by name, code or what they measure (any case), and category:
 * packages first, then popular tests, then by name. Public.
 */
export async function searchLabTests(query: SearchLabTestsQuery = {}): Promise<Page<LabTestDto>> {
  const { q, category, page, pageSize } = parseInput(searchLabTestsQuerySchema, query);
  const term = q ? `%${escapeLike(q)}%` : undefined;
  const where = and(
    eq(labTests.isActive, true),
    term
      ? or(
          ilike(labTests.name, term),
          ilike(labTests.code, term),
          sql`array_to_string(${labTests.parameters}, ' ') ilike ${term}`,
        )
      : undefined,
    category ? eq(labTests.category, category) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(labTestColumns)
      .from(labTests)
      .where(where)
      .orderBy(desc(labTests.isPackage), desc(labTests.isPopular), asc(labTests.name))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(labTests).where(where),
  ]);
  const contents = await packageContents(rows.filter((r) => r.isPackage).map((r) => r.id));
  return {
    data: rows.map((r) => toLabTestDto(r, contents.get(r.id))),
    meta: { page, pageSize, total: total?.n ?? 0 },
  };
}

/** One active catalogue entry by public id (404 otherwise), with a package's contents. Public. */
export async function getLabTest(id: string): Promise<LabTestDto> {
  if (!isUuid(id)) throw notFound("lab test");
  const [row] = await db
    .select(labTestColumns)
    .from(labTests)
    .where(and(eq(labTests.uuid, id), eq(labTests.isActive, true)))
    .limit(1);
  if (!row) throw notFound("lab test");
  const contents = await packageContents(row.isPackage ? [row.id] : []);
  return toLabTestDto(row, contents.get(row.id));
}

/** Several active tests by public id, in the order asked (unknown ones left out). Public. */
export async function getLabTestsByIds(ids: string[], on: Queryable = db): Promise<LabTestDto[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await on
    .select(labTestColumns)
    .from(labTests)
    .where(and(inArray(labTests.uuid, valid), eq(labTests.isActive, true)));
  const byUuid = new Map(rows.map((r) => [r.uuid, r]));
  return valid.flatMap((id) => {
    const row = byUuid.get(id);
    return row ? [toLabTestDto(row)] : [];
  });
}

/**
 * A day's collection slots: home collection with the places left in the PIN's area (capacity
 * LAB_SLOT_CAPACITY per slot and area), lab visits. Only tomorrow .. 7 days ahead (422 at `date`
 * otherwise). Public: it shows counts, never who booked.
 */
export async function getLabSlots(
  query: LabSlotsQuery,
  now: Date = new Date(),
): Promise<LabSlotsDto> {
  const { date, pincode } = parseInput(labSlotsQuerySchema, query);
  if (!bookableDates(now).includes(date)) {
    throw new AppError(
      "validation_failed",
      "Collections can be booked from tomorrow up to 7 days ahead.",
      {
        errors: [{ path: "date", message: "must be from tomorrow up to 7 days ahead" }],
      },
    );
  }
  const area = pincode ? pinArea(pincode) : null;
  const capacity = env.LAB_SLOT_CAPACITY;
  const usage = area
    ? await db
        .select({
          time: labSlotUsage.timeSlot,
          booked: labSlotUsage.booked,
          capacity: labSlotUsage.capacity,
        })
        .from(labSlotUsage)
        .where(and(eq(labSlotUsage.date, date), eq(labSlotUsage.area, area)))
    : [];
  const used = new Map(usage.map((u) => [u.time.slice(0, 5), u]));
  return {
    date,
    area,
    capacity,
    homeCollection: homeCollectionTimes.map((time) => {
      if (!area) return { time, placesLeft: null, available: true };
      const u = used.get(time);
      const placesLeft = Math.max(0, (u?.capacity ?? capacity) - (u?.booked ?? 0));
      return { time, placesLeft, available: placesLeft > 0 };
    }),
    labVisit: labVisitTimes.map((time) => ({ time, placesLeft: null, available: true })),
  };
}
