import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  applyAsDoctorAction,
  deleteDoctorDocumentAction,
  resubmitApplicationAction,
  uploadDoctorDocumentAction,
} from "@/app/(site)/(doctor)/doctor/onboarding/actions";
import {
  createCalendarFeedAction,
  updateDoctorProfileAction,
} from "@/app/(site)/(doctor)/doctor/profile/actions";
import { db } from "@/db/client";
import { doctorDocuments, doctors } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createDoctor, createUser } from "@/tests/factories";
import { actorFor, sampleFiles, useTemporaryStorage } from "@/tests/factories-users";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The doctor pages' doors with Next's request scope stubbed; everything below them is real.
const door = vi.hoisted(() => ({ actor: null as Actor | null, redirects: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "127.0.0.1:3000", "user-agent": "vitest" }),
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  door.actor = null;
  door.redirects = [];
  requestLocale.current = "en";
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

const application = {
  licenseNumber: "mh 2019 77",
  registrationCouncil: "MMC",
  specialty: "dermatologist",
  qualification: "MBBS, MD (Dermatology)",
  experienceYears: "9",
  feeOnline: "450",
  feeOffline: "",
  offersOnline: "on",
  languages: "english, Marathi",
  bio: "",
  gender: "",
  clinicName: "",
};

function form(fields: Record<string, string>, file?: { bytes: Uint8Array; name: string }) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  if (file) data.set("file", new File([file.bytes as BlobPart], file.name));
  return data;
}

describe("applyAsDoctorAction", () => {
  it("creates the pending profile from the form and opens the documents", async () => {
    const user = await createUser();
    door.actor = actorFor(user);
    expect(await applyAsDoctorAction(null, form(application))).toBeUndefined();
    expect(door.redirects).toEqual(["/doctor/onboarding?notice=applied#documents"]);
    const [row] = await db.select().from(doctors).where(eq(doctors.userId, user.id));
    expect(row).toMatchObject({
      licenseNumber: "MH201977",
      registrationCouncil: "MMC",
      specialty: "dermatologist",
      verificationStatus: "pending",
      offersOffline: false,
      languages: ["English", "Marathi"],
      facilityId: null,
    });
  });

  it("puts each problem beside its own field, in Hindi, and hands the values back", async () => {
    door.actor = actorFor(await createUser());
    requestLocale.current = "hi";
    const result = await applyAsDoctorAction(
      null,
      form({
        ...application,
        registrationCouncil: "",
        clinicName: "Skin Care",
        clinicCity: "Pune",
        clinicPincode: "4110",
        latitude: "north",
      }),
    );
    const fields = hi.DoctorHome.errors.fields;
    expect(result).toMatchObject({
      ok: false,
      code: "validation_failed",
      message: hi.DoctorHome.errors.codes.validation_failed,
      fieldErrors: {
        registrationCouncil: fields.registrationCouncil,
        clinicPincode: fields.clinicPincode,
        latitude: fields.latitude,
        longitude: fields.longitude,
      },
      values: { clinicPincode: "4110", offersOnline: "on", offersOffline: "" },
    });
    expect(door.redirects).toEqual([]);
  });

  it("says when the registration number is taken", async () => {
    await createDoctor({ licenseNumber: "MH201977" });
    door.actor = actorFor(await createUser());
    const result = await applyAsDoctorAction(null, form(application));
    expect(result.message).toBe(en.DoctorHome.errors.conflicts.licenseNumber);
  });
});

describe("the documents and resubmission forms", () => {
  it("upload, refuse a text file, delete, resubmit: each comes back as ?notice= or ?error=", async () => {
    const { user, doctor } = await createDoctor({
      verificationStatus: "rejected",
      rejectionReason: "Unreadable certificate.",
    });
    door.actor = actorFor(user, doctor.id);
    await uploadDoctorDocumentAction(
      form({ kind: "degree" }, { bytes: new TextEncoder().encode("hello"), name: "a.pdf" }),
    );
    await uploadDoctorDocumentAction(
      form({ kind: "registration_certificate" }, { bytes: sampleFiles.pdf(), name: "r.pdf" }),
    );
    const [row] = await db
      .select()
      .from(doctorDocuments)
      .where(eq(doctorDocuments.doctorId, doctor.id));
    await deleteDoctorDocumentAction(form({ id: row!.uuid }));
    await resubmitApplicationAction();
    await resubmitApplicationAction();
    expect(door.redirects).toEqual([
      "/doctor/onboarding?error=unsupported_media_type#documents",
      "/doctor/onboarding?notice=uploaded#documents",
      "/doctor/onboarding?notice=deleted#documents",
      "/doctor/onboarding?notice=resubmitted",
      "/doctor/onboarding?resubmitError=conflict",
    ]);
  });
});

describe("the profile page's actions", () => {
  it("leaves locked fields alone when a verified doctor saves (they are not sent)", async () => {
    const { user, doctor } = await createDoctor();
    door.actor = actorFor(user, doctor.id);
    const { licenseNumber, registrationCouncil, specialty, ...rest } = application;
    void [licenseNumber, registrationCouncil, specialty];
    const result = await updateDoctorProfileAction(null, form({ ...rest, qualification: "MBBS" }));
    expect(result.ok).toBe(true);
    const [row] = await db.select().from(doctors).where(eq(doctors.id, doctor.id));
    expect(row).toMatchObject({
      qualification: "MBBS",
      licenseNumber: doctor.licenseNumber,
      specialty: doctor.specialty,
    });
  });

  it("creates the calendar feed and shows its URL once", async () => {
    const { user, doctor } = await createDoctor();
    door.actor = actorFor(user, doctor.id);
    const result = await createCalendarFeedAction();
    expect(result.ok).toBe(true);
    expect(result.values?.url).toMatch(/\/api\/v1\/calendar-feeds\/[\w-]{43}\.ics$/);
    door.actor = actorFor(await createUser());
    expect(await createCalendarFeedAction()).toMatchObject({ ok: false, code: "not_found" });
  });
});
