import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { doctors, facilities, users } from "@/db/schema";
import { createDoctor } from "@/tests/factories";
import { GET as listRoute } from "@/app/api/v1/doctors/route";
import { GET as detailRoute } from "@/app/api/v1/doctors/[id]/route";
import { countVerifiedDoctorsBySpecialty, getDoctor, listDoctors } from "./queries";
import { doctorListQuerySchema } from "./schemas";

const query = (q: Record<string, string> = {}) => doctorListQuerySchema.parse(q);
const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });

describe("listDoctors", () => {
  it("lists verified doctors only", async () => {
    await createDoctor({ name: "Asha Verified" });
    await createDoctor({ name: "Pending Person", verificationStatus: "pending" });
    await createDoctor({
      name: "Rejected Person",
      verificationStatus: "rejected",
      rejectionReason: "licence not found",
    });
    const page = await listDoctors(query());
    expect(page.data.map((d) => d.name)).toEqual(["Asha Verified"]);
    expect(page.meta).toEqual({ page: 1, pageSize: 20, total: 1 });
  });

  it("filters by specialty and city, case-insensitively", async () => {
    await createDoctor({ name: "Pune Heart", specialty: "cardiologist", city: "Pune" });
    await createDoctor({ name: "Mumbai Heart", specialty: "cardiologist", city: "Mumbai" });
    await createDoctor({ name: "Pune Skin", specialty: "dermatologist", city: "Pune" });
    const page = await listDoctors(query({ specialty: "Cardiology", city: "pune" }));
    expect(page.data.map((d) => d.name)).toEqual(["Pune Heart"]);
    expect(page.data[0]).toMatchObject({
      specialty: "cardiologist",
      city: "Pune",
      feeOnline: "400.00",
    });
  });

  it("gives a card the same facts, in the same types, as the doctor's profile gives", async () => {
    const { doctor } = await createDoctor({
      name: "Meera Joshi",
      feeOnline: "450.50",
      feeOffline: "700.00",
      languages: ["English", "Marathi"],
      experienceYears: 12,
      ratingAvg: "4.3",
      ratingCount: 8,
      latitude: "18.520430",
      longitude: "73.856743",
    });
    const [card] = (await listDoctors(query())).data;
    // Every fact of the card, equal in value and type to the profile's (a string fee stays a string).
    expect(await getDoctor(null, doctor.uuid)).toMatchObject(card!);
    expect(card).toMatchObject({
      feeOnline: "450.50",
      languages: ["English", "Marathi"],
      experienceYears: 12,
      rating: 4.3,
      ratingCount: 8,
      location: { latitude: 18.52043, longitude: 73.856743 },
    });
  });

  it("paginates with a total across pages", async () => {
    for (let i = 0; i < 5; i++)
      await createDoctor({ name: `Doctor ${i}`, ratingAvg: `${4 - i * 0.5}`, ratingCount: 10 });
    const second = await listDoctors(query({ page: "2", pageSize: "2" }));
    expect(second.meta).toEqual({ page: 2, pageSize: 2, total: 5 });
    expect(second.data.map((d) => d.name)).toEqual(["Doctor 2", "Doctor 3"]);
    const beyond = await listDoctors(query({ page: "9", pageSize: "2" }));
    expect(beyond.data).toEqual([]);
    expect(beyond.meta.total).toBe(5);
  });

  it("sorts by fee and filters by the maximum fee of the chosen mode", async () => {
    await createDoctor({ name: "Dear", feeOnline: "900.00", feeOffline: "1200.00" });
    await createDoctor({ name: "Cheap", feeOnline: "200.00", feeOffline: "300.00" });
    await createDoctor({
      name: "Clinic only",
      offersOnline: false,
      feeOnline: null,
      feeOffline: "250.00",
    });
    const online = await listDoctors(query({ online: "true", sort: "fee" }));
    expect(online.data.map((d) => d.name)).toEqual(["Cheap", "Dear"]);
    const cheapOnline = await listDoctors(query({ online: "true", maxFee: "500" }));
    expect(cheapOnline.data.map((d) => d.name)).toEqual(["Cheap"]);
  });

  it("searches names, clinics and specialties, treating % as text", async () => {
    await createDoctor({ name: "Ravi Kulkarni", specialty: "orthopedic" });
    await createDoctor({ name: "Meena Iyer", specialty: "cardiologist" });
    expect((await listDoctors(query({ q: "kulk" }))).data.map((d) => d.name)).toEqual([
      "Ravi Kulkarni",
    ]);
    expect((await listDoctors(query({ q: "cardio" }))).data.map((d) => d.name)).toEqual([
      "Meena Iyer",
    ]);
    expect((await listDoctors(query({ q: "%" }))).data).toEqual([]);
  });

  it("filters by language and sorts by distance from a point", async () => {
    await createDoctor({
      name: "Far",
      languages: ["English", "Hindi"],
      latitude: "19.076090",
      longitude: "72.877426",
    });
    await createDoctor({
      name: "Near",
      languages: ["Marathi", "Hindi"],
      latitude: "18.520430",
      longitude: "73.856743",
    });
    expect((await listDoctors(query({ language: "marathi" }))).data.map((d) => d.name)).toEqual([
      "Near",
    ]);
    const byDistance = await listDoctors(query({ sort: "distance", lat: "18.52", lng: "73.85" }));
    expect(byDistance.data.map((d) => d.name)).toEqual(["Near", "Far"]);
    expect(byDistance.data[1]!.distanceKm).toBeGreaterThan(100);
  });
});

describe("listDoctors: gender, experience, map pins and totals", () => {
  it("filters by gender and by minimum experience", async () => {
    await createDoctor({ name: "Senior She", gender: "female", experienceYears: 22 });
    await createDoctor({ name: "Junior She", gender: "female", experienceYears: 3 });
    await createDoctor({ name: "Senior He", gender: "male", experienceYears: 25 });
    const women = await listDoctors(query({ gender: "female", sort: "experience" }));
    expect(women.data.map((d) => [d.name, d.gender])).toEqual([
      ["Senior She", "female"],
      ["Junior She", "female"],
    ]);
    const seniorWomen = await listDoctors(query({ gender: "female", minExperience: "10" }));
    expect(seniorWomen.data.map((d) => d.name)).toEqual(["Senior She"]);
    expect(seniorWomen.meta.total).toBe(1);
  });

  it("rejects an unknown gender and an impossible experience", async () => {
    expect(doctorListQuerySchema.safeParse({ gender: "robot" }).success).toBe(false);
    expect(doctorListQuerySchema.safeParse({ minExperience: "-1" }).success).toBe(false);
  });

  it("gives each doctor the clinic's map pin", async () => {
    await createDoctor({ name: "Pinned", latitude: "18.520430", longitude: "73.856743" });
    const [pinned] = (await listDoctors(query())).data;
    expect(pinned!.location).toEqual({ latitude: 18.52043, longitude: 73.856743 });
  });

  it("keeps the total right as doctors join, leave and move", async () => {
    for (let i = 0; i < 3; i++) await createDoctor({ name: `Pune ${i}`, city: "Pune" });
    const pune = () => listDoctors(query({ city: "Pune", pageSize: "2" }));
    expect((await pune()).meta.total).toBe(3);

    const { doctor: joined } = await createDoctor({ name: "New in Pune", city: "pune" });
    expect((await pune()).meta.total).toBe(4);

    await db
      .update(doctors)
      .set({ verificationStatus: "pending" })
      .where(eq(doctors.id, joined.id));
    expect((await pune()).meta.total).toBe(3);

    const [leaving] = await db
      .select({ userId: doctors.userId, facilityId: doctors.facilityId })
      .from(doctors)
      .innerJoin(users, eq(users.id, doctors.userId))
      .where(eq(users.fullName, "Pune 0"));
    await db.update(users).set({ deletedAt: new Date() }).where(eq(users.id, leaving!.userId));
    expect((await pune()).meta.total).toBe(2);

    const [moving] = await db
      .select({ facilityId: doctors.facilityId })
      .from(doctors)
      .innerJoin(users, eq(users.id, doctors.userId))
      .where(eq(users.fullName, "Pune 1"));
    await db
      .update(facilities)
      .set({ city: "Nashik" })
      .where(eq(facilities.id, moving!.facilityId!));
    const afterMove = await pune();
    expect(afterMove.meta.total).toBe(1);
    expect(afterMove.data.map((d) => d.name)).toEqual(["Pune 2"]);
    expect((await listDoctors(query({ city: "nashik" }))).data.map((d) => d.name)).toEqual([
      "Pune 1",
    ]);
  });
});

describe("listDoctors: remembered pages", () => {
  it("serves a repeated page from memory, and no caller can change it for the next", async () => {
    await createDoctor({ name: "Asha Remembered", feeOnline: "400.00" });
    const first = await listDoctors(query({ sort: "fee" }));
    const again = await listDoctors(query({ sort: "fee" }));
    expect(again).toBe(first);
    expect(() => {
      (first.data[0] as { name: string }).name = "Someone else";
    }).toThrow(TypeError);
    expect((await listDoctors(query({ sort: "fee" }))).data[0]!.name).toBe("Asha Remembered");
  });

  it("shows what changed on the list at once: fee, name and the clinic's place", async () => {
    const { doctor } = await createDoctor({
      name: "Ravi Kale",
      feeOnline: "400.00",
      latitude: "18.520430",
      longitude: "73.856743",
    });
    const card = async () => (await listDoctors(query({ sort: "fee" }))).data[0]!;
    expect(await card()).toMatchObject({ name: "Ravi Kale", feeOnline: "400.00" });

    await db.update(doctors).set({ feeOnline: "650.00" }).where(eq(doctors.id, doctor.id));
    expect((await card()).feeOnline).toBe("650.00");

    await db.update(users).set({ fullName: "Ravi S. Kale" }).where(eq(users.id, doctor.userId));
    expect((await card()).name).toBe("Ravi S. Kale");

    // The map pin: a clinic that moves within its city (migration 0016 bumps the version).
    await db
      .update(facilities)
      .set({ latitude: "18.559000", longitude: "73.786000" })
      .where(eq(facilities.id, doctor.facilityId!));
    expect((await card()).location).toEqual({ latitude: 18.559, longitude: 73.786 });
  });

  it("does not remember a search around the visitor's position", async () => {
    await createDoctor({ name: "Near", latitude: "18.520430", longitude: "73.856743" });
    const around = query({ sort: "distance", lat: "18.52", lng: "73.85" });
    const first = await listDoctors(around);
    expect(first.data.map((d) => d.name)).toEqual(["Near"]);
    expect(await listDoctors(around)).not.toBe(first);
  });
});

describe("getDoctor", () => {
  it("returns a verified doctor's profile with the clinic", async () => {
    const { doctor } = await createDoctor({ name: "Profile Doc", bio: "Twenty years in Pune." });
    const dto = await getDoctor(null, doctor.uuid);
    expect(dto).toMatchObject({
      id: doctor.uuid,
      name: "Profile Doc",
      verified: true,
      bio: "Twenty years in Pune.",
    });
    expect(dto.clinic?.city).toBe("Pune");
  });

  it("does not reveal unverified doctors", async () => {
    const { doctor } = await createDoctor({ verificationStatus: "pending" });
    await expect(getDoctor(null, doctor.uuid)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("countVerifiedDoctorsBySpecialty", () => {
  it("counts listed doctors per specialty", async () => {
    await createDoctor({ specialty: "cardiologist" });
    await createDoctor({ specialty: "cardiologist" });
    await createDoctor({ specialty: "dentist", verificationStatus: "pending" });
    expect(await countVerifiedDoctorsBySpecialty()).toEqual({ cardiologist: 2 });
  });
});

describe("GET /api/v1/doctors", () => {
  it("answers the contract's list shape", async () => {
    await createDoctor({ name: "Pune Heart", specialty: "cardiologist", city: "Pune" });
    const res = await listRoute(
      new Request("http://x/api/v1/doctors?specialty=Cardiology&city=Pune"),
      ctx(),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.meta).toEqual({ page: 1, pageSize: 20, total: 1 });
    expect(Object.keys(body.data[0]).sort()).toEqual(
      [
        "bookableModes",
        "city",
        "clinicName",
        "experienceYears",
        "feeOffline",
        "feeOnline",
        "gender",
        "id",
        "languages",
        "location",
        "name",
        "offersOffline",
        "offersOnline",
        "photoUrl",
        "qualification",
        "rating",
        "ratingCount",
        "specialty",
      ].sort(),
    );
    expect(body.data[0].bookableModes).toEqual(["online", "offline"]);
  });

  it("answers a bad parameter with 422 problem+json", async () => {
    const res = await listRoute(new Request("http://x/api/v1/doctors?minRating=ten"), ctx());
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect((await res.json()).errors).toEqual([expect.objectContaining({ path: "minRating" })]);
  });

  it("answers an unknown or unverified doctor with 404", async () => {
    const { doctor } = await createDoctor({ verificationStatus: "pending" });
    expect((await detailRoute(new Request("http://x"), ctx({ id: doctor.uuid }))).status).toBe(404);
    expect((await detailRoute(new Request("http://x"), ctx({ id: "not-a-uuid" }))).status).toBe(
      404,
    );
  });
});
