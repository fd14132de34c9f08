import { sql } from "drizzle-orm";
import { boolean, check, index, pgEnum, pgTable, smallint, text } from "drizzle-orm/pg-core";
import { emptyTextArray, id, money, publicId, timestamps } from "./_columns";

export const labTestCategories = [
  "blood",
  "urine",
  "imaging",
  "cardiac",
  "diabetes",
  "thyroid",
  "liver",
  "kidney",
  "vitamin",
  "allergy",
  "full_body",
  "women_health",
  "men_health",
] as const;
export type LabTestCategory = (typeof labTestCategories)[number];
export const labTestCategoryEnum = pgEnum("lab_test_category", labTestCategories);

/** Lab catalogue: single tests and packages (`is_package`; contents in `lab_package_items`). */
export const labTests = pgTable(
  "lab_tests",
  {
    id: id(),
    uuid: publicId(),
    name: text().notNull(),
    code: text().notNull().unique("lab_tests_code_uniq"),
    category: labTestCategoryEnum().notNull(),
    isPackage: boolean().notNull().default(false),
    description: text(),
    /** "includes: RBC, WBC, ..." */
    parameters: text().array().notNull().default(emptyTextArray),
    price: money().notNull(),
    mrp: money().notNull(),
    sampleType: text(),
    fastingRequired: boolean().notNull().default(false),
    fastingHours: smallint(),
    /** "same day", "24 h" */
    reportTime: text(),
    homeCollection: boolean().notNull().default(true),
    preparation: text(),
    isPopular: boolean().notNull().default(false),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    index("lab_tests_category_idx").on(t.category),
    index("lab_tests_name_idx").on(t.name),
    check("lab_tests_price_check", sql`${t.price} >= 0 and ${t.price} <= ${t.mrp}`),
    check("lab_tests_fasting_hours_check", sql`${t.fastingHours} between 0 and 24`),
  ],
);

export type LabTestRow = typeof labTests.$inferSelect;
export type NewLabTestRow = typeof labTests.$inferInsert;
