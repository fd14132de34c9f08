import { db } from "@/db/client";
import { doctors, facilities, users, type NewDoctorRow } from "@/db/schema";

let counter = 0;
const next = () => ++counter;

/** A user row with sensible defaults; returns the inserted row. */
export async function createUser(overrides: Partial<typeof users.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(users)
    .values({ email: `user${n}@example.test`, fullName: `Test User ${n}`, ...overrides })
    .returning();
  return row!;
}

export async function createFacility(overrides: Partial<typeof facilities.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(facilities)
    .values({
      name: `Clinic ${n}`,
      city: "Pune",
      latitude: "18.520430",
      longitude: "73.856743",
      ...overrides,
    })
    .returning();
  return row!;
}

/** A doctor (user + clinic + profile), verified unless told otherwise. */
export async function createDoctor(
  overrides: Partial<NewDoctorRow> & {
    name?: string;
    city?: string;
    latitude?: string;
    longitude?: string;
  } = {},
) {
  const { name, city, latitude, longitude, ...doctor } = overrides;
  const user = await createUser({ role: "doctor", ...(name ? { fullName: name } : {}) });
  const facility = await createFacility({
    ...(city ? { city } : {}),
    ...(latitude ? { latitude } : {}),
    ...(longitude ? { longitude } : {}),
  });
  const [row] = await db
    .insert(doctors)
    .values({
      userId: user.id,
      facilityId: facility.id,
      specialty: "general_physician",
      qualification: "MBBS",
      licenseNumber: `MH-${100000 + next()}`,
      feeOnline: "400.00",
      feeOffline: "500.00",
      verificationStatus: "verified",
      ...doctor,
    })
    .returning();
  return { doctor: row!, user, facility };
}
