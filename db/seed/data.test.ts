import { describe, expect, it } from "vitest";
import { specialties } from "@/lib/doctors/specialties";
import { doctorSpecialties } from "@/db/schema/doctors";
import { labTestCategories } from "@/db/schema/lab-tests";
import { articleCategories } from "@/db/schema/articles";
import { forumCategories } from "@/db/schema/forum-posts";
import { medicineForms } from "@/db/schema/medicines";
import { articles } from "./data/articles";
import { cities } from "./data/cities";
import { specialtyProfiles } from "./data/doctors";
import { forumPosts } from "./data/forum";
import { labTests } from "./data/lab-tests";
import { medicines } from "./data/medicines";
import { buildDemoData } from "./demo";
import { createRng } from "./random";

describe("seed data modules", () => {
  it("covers every specialty of the catalogue, and the catalogue matches the schema enum", () => {
    expect([...specialties.map((s) => s.key)].sort()).toEqual([...doctorSpecialties].sort());
    for (const s of specialties)
      expect(specialtyProfiles[s.key].qualifications.length).toBeGreaterThan(0);
  });

  it("has 12+ cities with 6-digit pincode prefixes and coordinates in India", () => {
    expect(cities.length).toBeGreaterThanOrEqual(12);
    for (const c of cities) {
      expect(c.pincodePrefix).toMatch(/^[1-9][0-9]{2}$/);
      expect(c.lat).toBeGreaterThan(6);
      expect(c.lat).toBeLessThan(37);
      expect(c.lng).toBeGreaterThan(68);
      expect(c.lng).toBeLessThan(98);
    }
  });

  it("has 150+ medicines with valid forms and price <= mrp", () => {
    expect(medicines.length).toBeGreaterThanOrEqual(150);
    const names = new Set<string>();
    for (const m of medicines) {
      expect(medicineForms).toContain(m.form);
      expect(Number(m.price)).toBeLessThanOrEqual(Number(m.mrp));
      expect(Number(m.price)).toBeGreaterThan(0);
      expect(m.stockQty).toBeGreaterThanOrEqual(0);
      names.add(`${m.name}|${m.packSize}`);
    }
    expect(names.size).toBe(medicines.length);
    expect(
      medicines.filter((m) => m.category === "antibiotics").every((m) => m.prescriptionRequired),
    ).toBe(true);
  });

  it("gives every medicine a schedule the shop can apply, Hindi names and never-online rows", () => {
    for (const m of medicines) {
      if (["h", "h1", "x"].includes(m.schedule)) expect(m.prescriptionRequired).toBe(true);
      if (m.prescriptionRequired) expect(m.maxPerOrder).toBeGreaterThan(0);
    }
    expect(medicines.filter((m) => m.nameHi).length).toBeGreaterThanOrEqual(40);
    expect(medicines.some((m) => m.schedule === "x")).toBe(true);
    expect(medicines.some((m) => m.controlled && m.form === "syrup")).toBe(true);
  });

  it("has 40+ lab tests with unique codes, schema categories and packages of real tests", () => {
    expect(labTests.length).toBeGreaterThanOrEqual(40);
    const codes = new Set(labTests.map((t) => t.code));
    expect(codes.size).toBe(labTests.length);
    for (const t of labTests) {
      expect(labTestCategories).toContain(t.category);
      expect(Number(t.price)).toBeLessThanOrEqual(Number(t.mrp));
      for (const code of t.includes) {
        expect(codes.has(code)).toBe(true);
        expect(labTests.find((x) => x.code === code)?.isPackage).toBe(false);
      }
    }
    expect(labTests.filter((t) => t.isPackage).length).toBeGreaterThanOrEqual(5);
  });

  it("has 10+ topics in English and Hindi sharing a translation group", () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    const groups = new Map<string, string[]>();
    for (const a of articles) {
      expect(articleCategories).toContain(a.category);
      expect(a.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      groups.set(a.translationGroup, [...(groups.get(a.translationGroup) ?? []), a.locale]);
      if (a.locale === "hi") expect(a.slug.endsWith("-hi")).toBe(true);
      if (a.locale === "hi") expect(a.body).toMatch(/[\u0900-\u097F]/);
      expect(a.body.split("\n\n").length).toBeGreaterThanOrEqual(4);
    }
    expect(groups.size).toBeGreaterThanOrEqual(10);
    for (const locales of groups.values()) expect(locales.sort()).toEqual(["en", "hi"]);
  });

  it("has 15+ forum posts with 2-5 replies in schema categories", () => {
    expect(forumPosts.length).toBeGreaterThanOrEqual(15);
    for (const p of forumPosts) {
      expect(forumCategories).toContain(p.category);
      expect(p.replies.length).toBeGreaterThanOrEqual(2);
      expect(p.replies.length).toBeLessThanOrEqual(5);
    }
  });
});

describe("random", () => {
  it("is deterministic per seed", () => {
    const a = createRng("x");
    const b = createRng("x");
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("buildDemoData", () => {
  const now = new Date("2026-03-10T04:30:00Z"); // 10:00 in Kolkata, a Tuesday
  const data = buildDemoData(now);

  it("is deterministic for a given clock", () => {
    expect(JSON.stringify(buildDemoData(now))).toBe(JSON.stringify(data));
  });

  it("has 70+ verified doctors, every specialty at least 3 times, 3+ cardiologists in Pune", () => {
    const verified = data.doctors.filter((d) => d.verificationStatus === "verified");
    expect(verified.length).toBeGreaterThanOrEqual(70);
    for (const s of specialties) {
      expect(verified.filter((d) => d.specialty === s.key).length).toBeGreaterThanOrEqual(3);
    }
    const facilityCity = new Map(data.facilities.map((f) => [f.uuid, f.city]));
    const puneCardio = verified.filter(
      (d) => d.specialty === "cardiologist" && facilityCity.get(d.facilityUuid) === "Pune",
    );
    expect(puneCardio.length).toBeGreaterThanOrEqual(3);
    expect(
      new Set(verified.map((d) => facilityCity.get(d.facilityUuid))).size,
    ).toBeGreaterThanOrEqual(10);
    expect(
      data.doctors.filter((d) => d.verificationStatus === "pending").length,
    ).toBeGreaterThanOrEqual(4);
    expect(data.doctors.filter((d) => d.verificationStatus === "rejected")).toHaveLength(1);
  });

  it("never double-books a doctor or a patient in a live slot, and only books verified doctors", () => {
    const verified = new Set(
      data.doctors.filter((d) => d.verificationStatus === "verified").map((d) => d.uuid),
    );
    const live = data.appointments.filter(
      (a) => a.status === "pending" || a.status === "confirmed",
    );
    const doctorSlots = live.map((a) => `${a.doctorUuid}|${a.date}|${a.time}`);
    const patientSlots = live.map((a) => `${a.patientUuid}|${a.date}|${a.time}`);
    expect(new Set(doctorSlots).size).toBe(doctorSlots.length);
    expect(new Set(patientSlots).size).toBe(patientSlots.length);
    for (const a of data.appointments) expect(verified.has(a.doctorUuid)).toBe(true);
    // Live visits lie ahead, but for one from the last working day awaiting its outcome.
    const past = live.filter((a) => `${a.date}T${a.time}`.localeCompare("2026-03-10T10:00") < 0);
    expect(past).toHaveLength(1);
    expect(past[0]!.status).toBe("confirmed");
  });

  it("rates only completed appointments, once per patient and doctor", () => {
    const byUuid = new Map(data.appointments.map((a) => [a.uuid, a]));
    const pairs = data.ratings.map((r) => `${r.patientUuid}|${r.doctorUuid}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const r of data.ratings) {
      const a = byUuid.get(r.appointmentUuid);
      expect(a?.status).toBe("completed");
      expect(a?.patientUuid).toBe(r.patientUuid);
    }
  });

  it("keeps forum counters equal to the rows behind them", () => {
    for (const p of data.posts) {
      expect(p.replyCount).toBe(data.replies.filter((r) => r.postUuid === p.uuid).length);
      expect(p.upvotes).toBe(data.postUpvotes.filter((v) => v.postUuid === p.uuid).length);
    }
    for (const r of data.replies) {
      expect(r.upvotes).toBe(data.replyUpvotes.filter((v) => v.replyUuid === r.uuid).length);
    }
  });
});
