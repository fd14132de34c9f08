import "server-only";
import { and, asc, count, eq, ilike, inArray, lte, or, type SQL } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { labPackageItems, labTests, medicines } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { requireAdmin } from "@/lib/admin/policy";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/validation/ids";
import { toAdminLabTestDto, toAdminMedicineDto } from "./mappers";
import {
  LOW_STOCK,
  type AdminLabTestDto,
  type AdminMedicineDto,
  type ListAdminLabTestsQuery,
  type ListAdminMedicinesQuery,
  type PackageTestDto,
} from "./schemas";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every medicine, published or hidden, by name (a parsed query): the admin catalogue. Admins only. */
export async function listAdminMedicines(
  actor: Actor,
  query: ListAdminMedicinesQuery,
): Promise<Page<AdminMedicineDto>> {
  requireAdmin(actor);
  const { q, status, rx, lowStock, page, pageSize } = query;
  const term = q ? `%${escapeLike(q)}%` : undefined;
  const where = and(
    term ? or(ilike(medicines.name, term), ilike(medicines.genericName, term)) : undefined,
    status ? eq(medicines.isActive, status === "active") : undefined,
    rx === undefined ? undefined : eq(medicines.prescriptionRequired, rx),
    lowStock ? lte(medicines.stockQty, LOW_STOCK) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(medicines)
      .where(where)
      .orderBy(asc(medicines.name), asc(medicines.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(medicines).where(where),
  ]);
  return { data: rows.map(toAdminMedicineDto), meta: { page, pageSize, total: total?.n ?? 0 } };
}

/** One medicine for the edit form, hidden ones included. Admins only; unknown is 404. */
export async function getAdminMedicine(actor: Actor, id: string): Promise<AdminMedicineDto> {
  requireAdmin(actor);
  if (!isUuid(id)) throw notFound("medicine");
  const [row] = await db.select().from(medicines).where(eq(medicines.uuid, id)).limit(1);
  if (!row) throw notFound("medicine");
  return toAdminMedicineDto(row);
}

/** The single tests inside each of `packageIds`, by name. Internal: callers authorize. */
export async function loadPackageTests(
  q: Queryable,
  packageIds: number[],
): Promise<Map<number, PackageTestDto[]>> {
  const byPackage = new Map<number, PackageTestDto[]>();
  if (packageIds.length === 0) return byPackage;
  const rows = await q
    .select({
      packageId: labPackageItems.packageId,
      id: labTests.uuid,
      code: labTests.code,
      name: labTests.name,
    })
    .from(labPackageItems)
    .innerJoin(labTests, eq(labTests.id, labPackageItems.testId))
    .where(inArray(labPackageItems.packageId, packageIds))
    .orderBy(asc(labTests.name));
  for (const { packageId, ...test } of rows) {
    byPackage.set(packageId, [...(byPackage.get(packageId) ?? []), test]);
  }
  return byPackage;
}

/** Every lab test and package, published or hidden, by name. Admins only. */
export async function listAdminLabTests(
  actor: Actor,
  query: ListAdminLabTestsQuery,
): Promise<Page<AdminLabTestDto>> {
  requireAdmin(actor);
  const { q, status, kind, page, pageSize } = query;
  const term = q ? `%${escapeLike(q)}%` : undefined;
  const where: SQL | undefined = and(
    term ? or(ilike(labTests.name, term), ilike(labTests.code, term)) : undefined,
    status ? eq(labTests.isActive, status === "active") : undefined,
    kind ? eq(labTests.isPackage, kind === "package") : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(labTests)
      .where(where)
      .orderBy(asc(labTests.name), asc(labTests.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(labTests).where(where),
  ]);
  const contents = await loadPackageTests(
    db,
    rows.filter((r) => r.isPackage).map((r) => r.id),
  );
  return {
    data: rows.map((r) => toAdminLabTestDto(r, contents.get(r.id) ?? [])),
    meta: { page, pageSize, total: total?.n ?? 0 },
  };
}

/** One lab test or package for the edit form. Admins only; unknown is 404. */
export async function getAdminLabTest(actor: Actor, id: string): Promise<AdminLabTestDto> {
  requireAdmin(actor);
  if (!isUuid(id)) throw notFound("lab test");
  const [row] = await db.select().from(labTests).where(eq(labTests.uuid, id)).limit(1);
  if (!row) throw notFound("lab test");
  const contents = await loadPackageTests(db, [row.id]);
  return toAdminLabTestDto(row, contents.get(row.id) ?? []);
}

/** Every single (non-package) test, for a package's contents checklist. Admins only. */
export async function listSingleLabTests(actor: Actor): Promise<PackageTestDto[]> {
  requireAdmin(actor);
  return db
    .select({ id: labTests.uuid, code: labTests.code, name: labTests.name })
    .from(labTests)
    .where(eq(labTests.isPackage, false))
    .orderBy(asc(labTests.name))
    .limit(1000);
}
