import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey } from "drizzle-orm/pg-core";
import { createdAt } from "./_columns";
import { labTests } from "./lab-tests";

/** Tests inside a package (both rows of `lab_tests`). A join table: composite primary key. */
export const labPackageItems = pgTable(
  "lab_package_items",
  {
    packageId: integer()
      .notNull()
      .references(() => labTests.id, { onDelete: "cascade" }),
    testId: integer()
      .notNull()
      .references(() => labTests.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: "lab_package_items_pk", columns: [t.packageId, t.testId] }),
    index("lab_package_items_test_id_idx").on(t.testId),
    check("lab_package_items_not_self_check", sql`${t.packageId} <> ${t.testId}`),
  ],
);

export type LabPackageItemRow = typeof labPackageItems.$inferSelect;
export type NewLabPackageItemRow = typeof labPackageItems.$inferInsert;
