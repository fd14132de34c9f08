import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  unique,
} from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { appointments } from "./appointments";
import { doctors } from "./doctors";
import { users } from "./users";

/** One rating per patient and doctor; `doctors.rating_avg/rating_count` are kept in step in the same transaction. */
export const ratings = pgTable(
  "ratings",
  {
    id: id(),
    uuid: publicId(),
    patientId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    doctorId: integer()
      .notNull()
      .references(() => doctors.id, { onDelete: "cascade" }),
    /** The completed appointment that entitles the patient to rate. */
    appointmentId: integer().references(() => appointments.id, { onDelete: "set null" }),
    rating: smallint().notNull(),
    review: text(),
    wouldRecommend: boolean(),
    hiddenAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    unique("ratings_patient_doctor_uniq").on(t.patientId, t.doctorId),
    index("ratings_doctor_created_idx").on(t.doctorId, t.createdAt),
    index("ratings_appointment_id_idx").on(t.appointmentId),
    check("ratings_rating_check", sql`${t.rating} between 1 and 5`),
    check("ratings_review_length_check", sql`char_length(${t.review}) <= 2000`),
  ],
);

export type RatingRow = typeof ratings.$inferSelect;
export type NewRatingRow = typeof ratings.$inferInsert;
