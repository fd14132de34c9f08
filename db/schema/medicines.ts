import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { id, money, publicId, timestamps } from "./_columns";

export const medicineForms = [
  "tablet",
  "capsule",
  "syrup",
  "injection",
  "cream",
  "drops",
  "inhaler",
  "powder",
  "gel",
  "spray",
] as const;
export type MedicineForm = (typeof medicineForms)[number];
export const medicineFormEnum = pgEnum("medicine_form", medicineForms);

/**
 * Drugs and Cosmetics Rules, 1945 schedules as the pharmacy applies them: `otc` sells freely,
 * `g` is sold with a caution label, `h` and `h1` need a prescription (H1 also a register), `x` is
 * never sold online. Narcotic and psychotropic medicines (NDPS Act) carry `controlled` whatever
 * their schedule and are never sold online either.
 */
export const medicineSchedules = ["otc", "g", "h", "h1", "x"] as const;
export type MedicineSchedule = (typeof medicineSchedules)[number];
export const medicineScheduleEnum = pgEnum("medicine_schedule", medicineSchedules);

/** The text the catalogue search matches: brand, generic and Hindi names, lower-cased. */
export function medicineSearchText(t: {
  name: AnyPgColumn;
  genericName: AnyPgColumn;
  nameHi: AnyPgColumn;
}) {
  return sql`lower(${t.name} || ' ' || coalesce(${t.genericName}, '') || ' ' || coalesce(${t.nameHi}, ''))`;
}

/** Pharmacy catalogue. `stock_qty` is reserved with a conditional update when an order is placed. */
export const medicines = pgTable(
  "medicines",
  {
    id: id(),
    uuid: publicId(),
    /** Brand / display name, e.g. "Paracetamol 500 mg". */
    name: text().notNull(),
    genericName: text(),
    manufacturer: text(),
    form: medicineFormEnum().notNull(),
    /** Shop shelf: pain relief, allergy, hydration, digestion, immunity, first aid, ... */
    category: text(),
    strength: text(),
    packSize: text(),
    price: money().notNull(),
    mrp: money().notNull(),
    prescriptionRequired: boolean().notNull().default(false),
    schedule: medicineScheduleEnum().notNull().default("otc"),
    /** Narcotic or psychotropic (NDPS Act): never orderable online. */
    controlled: boolean().notNull().default(false),
    /** Hindi display name (Devanagari), searched as well. */
    nameHi: text(),
    /** Most packs of this medicine in one order; prescription-only medicines always have a cap. */
    maxPerOrder: smallint(),
    stockQty: integer().notNull().default(0),
    imageUrl: text(),
    description: text(),
    usageInstructions: text(),
    sideEffects: text(),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    index("medicines_category_idx").on(t.category),
    index("medicines_name_idx").on(t.name),
    index("medicines_generic_name_idx").on(t.genericName),
    check("medicines_price_check", sql`${t.price} >= 0 and ${t.price} <= ${t.mrp}`),
    check("medicines_stock_qty_check", sql`${t.stockQty} >= 0`),
    check(
      "medicines_schedule_prescription_check",
      sql`${t.schedule} not in ('h', 'h1', 'x') or ${t.prescriptionRequired}`,
    ),
    check("medicines_max_per_order_check", sql`${t.maxPerOrder} between 1 and 100`),
    // Typo-tolerant search (pg_trgm word similarity) over every name a patient may type.
    index("medicines_search_trgm_idx").using("gin", sql`(${medicineSearchText(t)}) gin_trgm_ops`),
  ],
);

export type MedicineRow = typeof medicines.$inferSelect;
export type NewMedicineRow = typeof medicines.$inferInsert;
