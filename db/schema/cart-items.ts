import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, unique } from "drizzle-orm/pg-core";
import { id, timestamps } from "./_columns";
import { medicines } from "./medicines";
import { users } from "./users";

/**
 * The pharmacy cart, one row per (user, medicine). Kept in the database so it follows the user
 * across devices; prices are never stored here (they are read from the catalogue when shown).
 */
export const cartItems = pgTable(
  "cart_items",
  {
    id: id(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    medicineId: integer()
      .notNull()
      .references(() => medicines.id, { onDelete: "cascade" }),
    quantity: integer().notNull(),
    ...timestamps(),
  },
  (t) => [
    unique("cart_items_user_medicine_uniq").on(t.userId, t.medicineId),
    index("cart_items_medicine_id_idx").on(t.medicineId),
    check("cart_items_quantity_check", sql`${t.quantity} between 1 and 100`),
  ],
);

export type CartItemRow = typeof cartItems.$inferSelect;
export type NewCartItemRow = typeof cartItems.$inferInsert;
