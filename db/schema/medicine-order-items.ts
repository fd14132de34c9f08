import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { id, money, publicId, timestamps } from "./_columns";
import { medicineOrders } from "./medicine-orders";
import { medicines } from "./medicines";

/** Order lines; price copied from the catalogue by the server, never from the client. */
export const medicineOrderItems = pgTable(
  "medicine_order_items",
  {
    id: id(),
    uuid: publicId(),
    orderId: integer()
      .notNull()
      .references(() => medicineOrders.id, { onDelete: "cascade" }),
    /** Null only for an unmatched line read from a prescription. */
    medicineId: integer().references(() => medicines.id, { onDelete: "set null" }),
    nameSnapshot: text().notNull(),
    unitPrice: money().notNull(),
    quantity: integer().notNull(),
    dosage: text(),
    ...timestamps(),
  },
  (t) => [
    index("medicine_order_items_order_id_idx").on(t.orderId),
    index("medicine_order_items_medicine_id_idx").on(t.medicineId),
    check("medicine_order_items_quantity_check", sql`${t.quantity} > 0`),
    check("medicine_order_items_unit_price_check", sql`${t.unitPrice} >= 0`),
  ],
);

export type MedicineOrderItemRow = typeof medicineOrderItems.$inferSelect;
export type NewMedicineOrderItemRow = typeof medicineOrderItems.$inferInsert;
