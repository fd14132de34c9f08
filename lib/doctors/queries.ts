import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, facilities, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { foundOr } from "@/lib/access/owner";
import type { Page } from "@/lib/api/pagination";
import {
  doctorCardColumns,
  listed,
  runCount,
  runPage,
  shapeOf,
  type ListShape,
} from "./list-statement";
import { cachedTotal, rememberTotal } from "./list-total";
import { toDoctorDetailDto, toDoctorSummaryDto } from "./mappers";
import type { DoctorDetailDto, DoctorListQuery, DoctorSummaryDto } from "./schemas";
import type { SpecialtyKey } from "./specialties";

/** Verified doctors matching the filters, sorted and paginated (the find-a-doctor list and API). */
export async function listDoctors(query: DoctorListQuery): Promise<Page<DoctorSummaryDto>> {
  const shape = shapeOf(query);
  const rows = await runPage(query, shape);
  const offset = (query.page - 1) * query.pageSize;
  const meta = { page: query.page, pageSize: query.pageSize, total: offset + rows.length };
  const known = rows.length > 0 && rows.length < query.pageSize; // the last page: total is exact
  if (!known && !(rows.length === 0 && query.page === 1)) {
    meta.total = await totalOf(query, shape, rows[0]?.version);
  }
  return { data: rows.map(toDoctorSummaryDto), meta };
}

async function totalOf(query: DoctorListQuery, shape: ListShape, version: string | undefined) {
  const key = JSON.stringify([shape.key, shape.values]);
  const cached = version === undefined ? undefined : cachedTotal(key, version);
  if (cached !== undefined) return cached;
  const total = await runCount(query, shape);
  if (version !== undefined) rememberTotal(key, version, total);
  return total;
}

/** One doctor's public profile; unverified or deleted doctors are not found. */
export async function getDoctor(_actor: Actor | null, id: string): Promise<DoctorDetailDto> {
  const [row] = await db
    .select({
      ...doctorCardColumns,
      bio: doctors.bio,
      verificationStatus: doctors.verificationStatus,
      addressLine: facilities.addressLine,
      area: facilities.area,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    .where(and(eq(doctors.uuid, id), listed))
    .limit(1);
  return toDoctorDetailDto(foundOr(row, "doctor"));
}

/** Verified doctors per specialty, for the specialty tiles. */
export async function countVerifiedDoctorsBySpecialty(): Promise<
  Partial<Record<SpecialtyKey, number>>
> {
  const rows = await db
    .select({ specialty: doctors.specialty, n: sql<number>`count(*)` })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .where(listed)
    .groupBy(doctors.specialty);
  return Object.fromEntries(rows.map((r) => [r.specialty, Number(r.n)]));
}
