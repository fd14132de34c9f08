import "server-only";
import { and, asc, count, desc, eq, gt, isNotNull, ne, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { medicines } from "@/db/schema";
import { medicineSearchText } from "@/db/schema/medicines";
import { notFound } from "@/lib/access/owner";
import type { Page } from "@/lib/api/pagination";
import { toMedicineDto } from "./mappers";
import {
  medicineIdParamsSchema,
  searchMedicinesQuerySchema,
  type MedicineCategoryDto,
  type MedicineDetailDto,
  type MedicineDto,
  type SearchMedicinesQuery,
} from "./schemas";

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

const searchText = medicineSearchText(medicines);

/** Only medicines sold without a prescription, or only those sold online against one. */
function rxFilter(rx: SearchMedicinesQuery["rx"]) {
  if (!rx) return undefined;
  return and(
    eq(medicines.prescriptionRequired, rx === "prescription"),
    ne(medicines.schedule, "x"),
    eq(medicines.controlled, false),
  );
}

/**
 * Active catalogue medicines by brand, generic or Hindi name, shelf, how they may be bought and
 * stock. The name match is typo-tolerant: a substring of the name, or a word similar enough to a
 * word of it (pg_trgm `<%`, which the trigram index serves); substring matches rank first, then the
 * closest. Public: anyone may search the catalogue.
 */
export async function searchMedicines(query: SearchMedicinesQuery): Promise<Page<MedicineDto>> {
  const { q, category, rx, inStock, sort, page, pageSize } =
    searchMedicinesQuerySchema.parse(query);
  const substring = q ? sql`${searchText} like lower(${`%${escapeLike(q)}%`})` : undefined;
  const where = and(
    eq(medicines.isActive, true),
    q ? or(substring, sql`lower(${q}) <% ${searchText}`) : undefined,
    category ? sql`lower(${medicines.category}) = lower(${category})` : undefined,
    rxFilter(rx),
    inStock ? gt(medicines.stockQty, 0) : undefined,
  );
  const order =
    sort === "price"
      ? [asc(medicines.price), asc(medicines.name)]
      : sort === "name" || !q
        ? [asc(medicines.name)]
        : [
            desc(sql`(${substring})`),
            desc(sql`word_similarity(lower(${q}), ${searchText})`),
            // Among equally close names, the one whose brand or generic name the text is most of
            // ("Paracetamol" before "Aceclofenac + Paracetamol" or "Paracetamol Infusion").
            desc(
              sql`greatest(similarity(lower(${q}), lower(${medicines.name})), similarity(lower(${q}), lower(coalesce(${medicines.genericName}, ''))))`,
            ),
            asc(medicines.name),
          ];
  const [rows, [total]] = await Promise.all([
    db
      .select(medicineColumns)
      .from(medicines)
      .where(where)
      .orderBy(...order, asc(medicines.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(medicines).where(where),
  ]);
  return { data: rows.map(toMedicineDto), meta: { page, pageSize, total: total?.n ?? 0 } };
}

const LOW_STOCK = 10;

/**
 * One active medicine with its leaflet, low-stock count and substitutes: other active medicines of
 * the same composition (generic name, strength and form, any case), cheapest first. Public; an
 * unknown or withdrawn medicine is 404.
 */
export async function getMedicine(id: string): Promise<MedicineDetailDto> {
  const { id: uuid } = medicineIdParamsSchema.parse({ id });
  const [row] = await db
    .select({
      ...medicineColumns,
      description: medicines.description,
      usageInstructions: medicines.usageInstructions,
      sideEffects: medicines.sideEffects,
    })
    .from(medicines)
    .where(and(eq(medicines.uuid, uuid), eq(medicines.isActive, true)))
    .limit(1);
  if (!row) throw notFound("medicine");
  const substitutes = await db
    .select(medicineColumns)
    .from(medicines)
    .where(
      and(
        eq(medicines.isActive, true),
        ne(medicines.id, row.id),
        eq(medicines.form, row.form),
        sql`lower(${medicines.genericName}) = lower(${row.genericName})`,
        sql`lower(coalesce(${medicines.strength}, '')) = lower(${row.strength ?? ""})`,
      ),
    )
    .orderBy(asc(medicines.price), asc(medicines.name), asc(medicines.id))
    .limit(20);
  return {
    ...toMedicineDto(row),
    description: row.description,
    usageInstructions: row.usageInstructions,
    sideEffects: row.sideEffects,
    lowStockCount: row.stockQty > 0 && row.stockQty <= LOW_STOCK ? row.stockQty : null,
    // No generic name, no known composition: nothing can be called a substitute.
    substitutes: row.genericName ? substitutes.map(toMedicineDto) : [],
  };
}

/** The shop's shelves with how many active medicines each holds, by name. Public. */
export async function listMedicineCategories(): Promise<MedicineCategoryDto[]> {
  const rows = await db
    .select({ category: medicines.category, count: count() })
    .from(medicines)
    .where(and(eq(medicines.isActive, true), isNotNull(medicines.category)))
    .groupBy(medicines.category)
    .orderBy(asc(medicines.category));
  return rows.flatMap((r) => (r.category ? [{ category: r.category, count: r.count }] : []));
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
