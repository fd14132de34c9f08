import "server-only";
import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { medicines } from "@/db/schema";
import type { Page } from "@/lib/api/pagination";
import { toMedicineDto } from "./mappers";
import { searchMedicinesQuerySchema, type MedicineDto, type SearchMedicinesQuery } from "./schemas";

export const medicineColumns = {
  id: medicines.id,
  uuid: medicines.uuid,
  name: medicines.name,
  genericName: medicines.genericName,
  manufacturer: medicines.manufacturer,
  form: medicines.form,
  category: medicines.category,
  strength: medicines.strength,
  packSize: medicines.packSize,
  nameHi: medicines.nameHi,
  price: medicines.price,
  mrp: medicines.mrp,
  prescriptionRequired: medicines.prescriptionRequired,
  schedule: medicines.schedule,
  controlled: medicines.controlled,
  maxPerOrder: medicines.maxPerOrder,
  stockQty: medicines.stockQty,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Active catalogue medicines by brand or generic name (case-insensitive substring) and shelf,
 * by name. Public: anyone may search the catalogue.
 */
export async function searchMedicines(query: SearchMedicinesQuery): Promise<Page<MedicineDto>> {
  const { q, category, page, pageSize } = searchMedicinesQuerySchema.parse(query);
  const term = q ? `%${escapeLike(q)}%` : undefined;
  const where = and(
    eq(medicines.isActive, true),
    term ? or(ilike(medicines.name, term), ilike(medicines.genericName, term)) : undefined,
    category ? sql`lower(${medicines.category}) = lower(${category})` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(medicineColumns)
      .from(medicines)
      .where(where)
      .orderBy(asc(medicines.name), asc(medicines.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(medicines).where(where),
  ]);
  return { data: rows.map(toMedicineDto), meta: { page, pageSize, total: total?.n ?? 0 } };
}

/** Every active medicine's brand and generic name, for the prescription editor's suggestions. */
export async function catalogueChoices(): Promise<
  { id: string; name: string; genericName: string | null; strength: string | null }[]
> {
  const rows = await db
    .select({
      id: medicines.uuid,
      name: medicines.name,
      genericName: medicines.genericName,
      strength: medicines.strength,
    })
    .from(medicines)
    .where(eq(medicines.isActive, true))
    .orderBy(asc(medicines.name))
    .limit(2000);
  return rows;
}
