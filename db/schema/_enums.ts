import { pgEnum } from "drizzle-orm/pg-core";

/** Enums shared by several tables. Table-specific enums live beside their table. */

export const genders = ["male", "female", "other"] as const;
export type Gender = (typeof genders)[number];
export const genderEnum = pgEnum("gender", genders);

/** UI / preferred languages (English and Hindi complete; Assamese and Bengali when translated). */
export const locales = ["en", "hi", "as", "bn"] as const;
export type Locale = (typeof locales)[number];
export const localeEnum = pgEnum("locale", locales);

export const paymentMethods = ["cod", "upi", "card", "pay_at_clinic"] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export const paymentMethodEnum = pgEnum("payment_method", paymentMethods);

export const paymentStatuses = ["pending", "paid", "failed", "refunded"] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];
export const paymentStatusEnum = pgEnum("payment_status", paymentStatuses);
