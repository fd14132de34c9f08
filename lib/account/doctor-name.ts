import "server-only";
import { alias } from "drizzle-orm/pg-core";
import { doctors, users } from "@/db/schema";

/** The doctor's user row, joined as `doctors.userId = doctorUser.id` for the doctor's name. */
export const doctorUser = alias(users, "doctor_user");

/** How the export names the doctor of an appointment, prescription, rating or share. */
export const doctorName = { doctorId: doctors.uuid, doctorName: doctorUser.fullName };
