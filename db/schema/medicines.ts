import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
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
  ],
);

export type MedicineRow = typeof medicines.$inferSelect;
export type NewMedicineRow = typeof medicines.$inferInsert;
