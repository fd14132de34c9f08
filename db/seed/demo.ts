import "server-only";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import * as t from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { getStorage } from "@/lib/storage";
import { writeDemoCommunity } from "./demo-community";
import { writeDemoPrescription } from "./demo-prescription";
import { specialties, type SpecialtyKey } from "@/lib/doctors/specialties";
import { articles } from "./data/articles";
import { minimalPdf, onePixelPng } from "./data/documents";
import { cities, cityByName, cityPincode, type City } from "./data/cities";
import {
  bioTemplates,
  cancelReasons,
  chiefComplaints,
  clinicKindWord,
  clinicNamePatterns,
  doctorNotes,
  hospitalNames,
  languages as allLanguages,
  reviewsByRating,
  specialtyProfiles,
} from "./data/doctors";
import { forumPosts } from "./data/forum";
import { labTests } from "./data/lab-tests";
import { medicines } from "./data/medicines";
import {
  bloodGroups,
  commonAllergies,
  commonConditions,
  commonMedications,
  mobileNumber,
  namePools,
  type Gender,
} from "./data/people";
import {
  addDays,
  kolkataInstant,
  minutesNowInKolkata,
  todayInKolkata,
  toMinutes,
  toTime,
  weekdayOf,
} from "./dates";
import { tableCounts } from "./counts";
import { createRng, seededUuid } from "./random";

export const DEMO_PASSWORD = "Swasth@2026";
export const demoAccounts = {
  patient: "patient@swasthai.dev",
  doctor: "doctor@swasthai.dev",
  admin: "admin@swasthai.dev",
} as const;
/** The demo patient's verified mobile number (phone sign-in). */
export const DEMO_PATIENT_PHONE = "+919876543210";

/**
 * A second verified doctor who answers each booking (no instant confirmation), with no bookings:
 * the doctor's-day e2e spec edits their hours and answers requests without touching the demo
 * doctor other specs book with. Same password as the demo accounts.
 */
export const requestsDoctorEmail = "doctor.requests@swasthai.dev";

export interface SeedSummary {
  /** false when the database already had users and nothing was written. */
  seeded: boolean;
  message: string;
  /** Row counts per seeded table after the run. */
  counts: Record<string, number>;
  elapsedMs: number;
}

export interface SeedDemoOptions {
  /** Reuse a precomputed argon2id hash of the demo password (tests; the scale seed). */
  passwordHash?: string;
  /** Clock for "today" in Asia/Kolkata (appointment dates are relative to it). */
  now?: Date;
}

// ---------------------------------------------------------------------------------------------
// Plain-data model: every row gets a deterministic uuid; references are by uuid and resolved to
// serial ids at insert time.

type NewUser = Omit<t.NewUserRow, "id"> & { uuid: string };
type NewFacility = Omit<t.NewFacilityRow, "id"> & { uuid: string };
type NewDoctorDocument = Omit<t.NewDoctorDocumentRow, "id" | "doctorId"> & {
  doctorUuid: string;
  fileKey: string;
  bytes: Uint8Array;
};
type NewDoctor = Omit<t.NewDoctorRow, "id" | "userId" | "facilityId" | "verifiedBy"> & {
  uuid: string;
  userUuid: string;
  facilityUuid: string;
  verifiedByUuid: string | null;
};
type NewAvailability = Omit<t.NewDoctorAvailabilityRow, "id" | "doctorId"> & {
  uuid: string;
  doctorUuid: string;
};
type NewProfile = Omit<t.NewHealthProfileRow, "id" | "userId"> & { uuid: string; userUuid: string };
type NewAppointment = Omit<t.NewAppointmentRow, "id" | "patientId" | "doctorId" | "cancelledBy"> & {
  uuid: string;
  patientUuid: string;
  doctorUuid: string;
  cancelledByUuid: string | null;
};
type NewRating = Omit<t.NewRatingRow, "id" | "patientId" | "doctorId" | "appointmentId"> & {
  uuid: string;
  patientUuid: string;
  doctorUuid: string;
  appointmentUuid: string;
};
type NewPost = Omit<t.NewForumPostRow, "id" | "authorId"> & { uuid: string; authorUuid: string };
type NewReply = Omit<t.NewForumReplyRow, "id" | "authorId" | "postId"> & {
  uuid: string;
  authorUuid: string;
  postUuid: string;
};
type NewNotification = Omit<t.NewNotificationRow, "id" | "userId"> & {
  uuid: string;
  userUuid: string;
};
type NewRecord = Omit<t.NewHealthRecordRow, "id" | "userId" | "uploadedBy"> & {
  uuid: string;
  userUuid: string;
};

interface Window {
  weekday: number;
  start: string;
  end: string;
}

/** What the generator knows about each seeded doctor while it books appointments. */
interface DoctorPlan {
  uuid: string;
  userUuid: string;
  name: string;
  specialty: SpecialtyKey;
  city: City;
  clinicName: string;
  slotMinutes: number;
  windows: Window[];
  offersOnline: boolean;
  offersOffline: boolean;
  feeOnline: string;
  feeOffline: string;
  verified: boolean;
}

interface PatientPlan {
  uuid: string;
  name: string;
  city: City;
}

interface DemoData {
  users: NewUser[];
  facilities: NewFacility[];
  doctors: NewDoctor[];
  availability: NewAvailability[];
  profiles: NewProfile[];
  appointments: NewAppointment[];
  ratings: NewRating[];
  posts: NewPost[];
  replies: NewReply[];
  postUpvotes: { postUuid: string; userUuid: string }[];
  replyUpvotes: { replyUuid: string; userUuid: string }[];
  notifications: NewNotification[];
  records: NewRecord[];
  /** The first pending application's verification documents, with their bytes. */
  doctorDocuments: NewDoctorDocument[];
}

const VERIFIED_DOCTORS = 80; // including the demo doctor
const PENDING_DOCTORS = 5;
const PATIENTS = 25; // besides the demo patient

const streets = [
  "MG Road",
  "Station Road",
  "Main Road",
  "Link Road",
  "College Road",
  "Ring Road",
  "Temple Street",
  "Gandhi Marg",
  "Nehru Road",
  "Lake View Road",
] as const;
const buildings = [
  "Ground Floor, Sai Complex",
  "1st Floor, Shanti Plaza",
  "Shop 4, Krishna Heights",
  "2nd Floor, Silver Arcade",
  "Plot 12, Sector B",
  "Unit 3, Sunshine Towers",
  "Near Bus Stand, Ganesh Chambers",
  "Opp. City Park, Laxmi Bhavan",
] as const;

/** Builds every row of the demo seed from a fixed rng seed and the given clock. Pure. */
export function buildDemoData(now: Date): DemoData {
  const rng = createRng("swasthai-demo-v1");
  const ids = createRng("swasthai-demo-uuids-v1");
  const uuid = () => seededUuid(ids);
  const today = todayInKolkata(now);
  const nowMinutes = minutesNowInKolkata(now);
  const at = (date: string, time = "09:00") => kolkataInstant(date, time);
  const daysAgo = (d: number, time = "10:00") => at(addDays(today, -d), time);

  const data: DemoData = {
    users: [],
    facilities: [],
    doctors: [],
    availability: [],
    profiles: [],
    appointments: [],
    ratings: [],
    posts: [],
    replies: [],
    postUpvotes: [],
    replyUpvotes: [],
    notifications: [],
    records: [],
    doctorDocuments: [],
  };

  const usedNames = new Set<string>();
  let emailCounter = 0;
  let phoneCounter = 1000;

  function personName(city: City, gender: Gender): { first: string; last: string } {
    const pool = namePools[city.region];
    for (let attempt = 0; attempt < 50; attempt++) {
      const first = rng.pick(pool[gender]);
      const last = rng.pick(pool.last);
      // Punjabi women conventionally take "Kaur"; men "Singh" or a family name.
      const fixedLast =
        city.region === "punjabi" && gender === "female" && last === "Singh" ? "Kaur" : last;
      const fixed =
        city.region === "punjabi" && gender === "male" && fixedLast === "Kaur"
          ? "Singh"
          : fixedLast;
      const key = `${first} ${fixed}`;
      if (!usedNames.has(key)) {
        usedNames.add(key);
        return { first, last: fixed };
      }
    }
    throw new Error("seed name pool exhausted");
  }

  function addUser(u: {
    email?: string;
    fullName: string;
    first: string;
    last: string;
    role: "patient" | "doctor" | "admin";
    locale?: "en" | "hi";
  }): string {
    const id = uuid();
    emailCounter += 1;
    const email =
      u.email ??
      `${u.first}.${u.last}.${emailCounter}@example.com`.toLowerCase().replace(/[^a-z0-9.@]/g, "");
    data.users.push({
      uuid: id,
      email,
      passwordHash: "", // filled in at insert time (one shared hash)
      fullName: u.fullName,
      phone: mobileNumber(phoneCounter++),
      role: u.role,
      locale: u.locale ?? "en",
      emailVerifiedAt: daysAgo(rng.int(30, 400)),
    });
    return id;
  }

  // --- admin --------------------------------------------------------------------------------
  const adminUuid = addUser({
    email: demoAccounts.admin,
    fullName: "Aditi Rao",
    first: "Aditi",
    last: "Rao",
    role: "admin",
  });
  usedNames.add("Aditi Rao");

  // --- facilities: one multispecialty hospital per city, plus clinics per doctor ---------------
  const hospitalByCity = new Map<string, NewFacility>();
  cities.forEach((city, i) => {
    const name = `${hospitalNames[i % hospitalNames.length] ?? "City Hospital"}, ${city.name}`;
    const area = rng.pick(city.areas);
    const f: NewFacility = {
      uuid: uuid(),
      name,
      type: "hospital",
      category: i % 5 === 3 ? "government" : "private",
      description: `Multispeciality hospital in ${area}, ${city.name} with 24x7 emergency, ICU and in-house diagnostics.`,
      addressLine: `${rng.int(1, 300)}, ${rng.pick(streets)}`,
      area,
      city: city.name,
      state: city.state,
      pincode: cityPincode(city, rng.int(1, 60)),
      latitude: (city.lat + (rng.next() - 0.5) * 0.08).toFixed(6),
      longitude: (city.lng + (rng.next() - 0.5) * 0.08).toFixed(6),
      phone: mobileNumber(phoneCounter++),
      emergencyPhone: mobileNumber(phoneCounter++),
      email: `contact.${city.name.toLowerCase()}@hospital.example.com`,
      departments: ["emergency", "icu", "general_medicine"],
      hasEmergency: true,
      hasIcu: true,
      hasAmbulance: true,
      hasOt: true,
      hasLab: true,
      hasPharmacy: true,
      hasBloodBank: i % 2 === 0,
      is24x7: true,
      visitingHours: "OPD 9:00 am - 8:00 pm; visitors 4:00 - 7:00 pm",
      insuranceSupported: true,
      cashless: i % 5 !== 3,
      verified: true,
      isActive: true,
    };
    data.facilities.push(f);
    hospitalByCity.set(city.name, f);
  });

  function clinicFor(city: City, specialty: SpecialtyKey, last: string): NewFacility {
    const area = rng.pick(city.areas);
    const kind = clinicKindWord[specialty];
    const name = rng
      .pick(clinicNamePatterns)
      .replace("{last}", last)
      .replace("{kind}", kind)
      .replace("{area}", area)
      .replace("{city}", city.name);
    const f: NewFacility = {
      uuid: uuid(),
      name,
      type:
        specialty === "dentist" || specialty === "ophthalmologist" ? "specialty_center" : "clinic",
      category: "private",
      description: `${kind} clinic in ${area}, ${city.name}.`,
      addressLine: `${rng.pick(buildings)}, ${rng.pick(streets)}`,
      area,
      city: city.name,
      state: city.state,
      pincode: cityPincode(city, rng.int(1, 60)),
      latitude: (city.lat + (rng.next() - 0.5) * 0.14).toFixed(6),
      longitude: (city.lng + (rng.next() - 0.5) * 0.14).toFixed(6),
      phone: mobileNumber(phoneCounter++),
      departments: [specialtyProfiles[specialty].department],
      hasPharmacy: rng.chance(0.3),
      hasLab: rng.chance(0.2),
      visitingHours: "Mon-Sat, see doctor's timings",
      insuranceSupported: rng.chance(0.3),
      verified: true,
      isActive: true,
    };
    data.facilities.push(f);
    return f;
  }

  // --- doctors --------------------------------------------------------------------------------
  const doctorPlans: DoctorPlan[] = [];

  function windowsFor(kind: "standard" | "morning" | "evening" | "day"): Window[] {
    const w: Window[] = [];
    const days = kind === "morning" ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6];
    for (const weekday of days) {
      if (kind === "standard") {
        w.push(
          { weekday, start: "10:00", end: "13:00" },
          { weekday, start: "17:00", end: "20:00" },
        );
      } else if (kind === "morning") {
        w.push({ weekday, start: "09:00", end: "14:00" });
      } else if (kind === "evening") {
        w.push({ weekday, start: "17:00", end: "21:00" });
      } else {
        w.push({ weekday, start: "11:00", end: "17:00" });
      }
    }
    return w;
  }

  function addDoctor(opts: {
    specialty: SpecialtyKey;
    city: City;
    status: "verified" | "pending" | "rejected";
    email?: string;
    name?: { first: string; last: string; gender: Gender };
    fixed?: Partial<Pick<DoctorPlan, "offersOnline" | "offersOffline">> & {
      experienceYears?: number;
      qualification?: string;
      feeOnline?: number;
      feeOffline?: number;
      schedule?: "standard" | "morning" | "evening" | "day";
      slotMinutes?: number;
      inHospital?: boolean;
    };
  }): DoctorPlan {
    const { specialty, city, status } = opts;
    const profile = specialtyProfiles[specialty];
    const gender: Gender = opts.name?.gender ?? (rng.chance(0.42) ? "female" : "male");
    const { first, last } = opts.name ?? personName(city, gender);
    if (opts.name) usedNames.add(`${first} ${last}`);
    const userUuid = addUser({
      email: opts.email,
      fullName: `${first} ${last}`,
      first,
      last,
      role: "doctor",
    });

    const inHospital = opts.fixed?.inHospital ?? rng.chance(0.3);
    const facility = inHospital ? hospitalByCity.get(city.name) : undefined;
    const clinic = facility ?? clinicFor(city, specialty, last);
    if (facility && !facility.departments?.includes(profile.department)) {
      facility.departments = [...(facility.departments ?? []), profile.department];
    }

    const experienceYears = opts.fixed?.experienceYears ?? rng.int(4, 32);
    const qualification = opts.fixed?.qualification ?? rng.pick(profile.qualifications);
    const feeOffline =
      opts.fixed?.feeOffline ?? Math.round(rng.int(profile.fee[0], profile.fee[1]) / 50) * 50;
    const feeOnline =
      opts.fixed?.feeOnline ?? Math.max(200, feeOffline - rng.pick([0, 50, 100, 150, 200]));
    let offersOnline = opts.fixed?.offersOnline ?? rng.chance(profile.onlineShare);
    let offersOffline = opts.fixed?.offersOffline ?? true;
    if (
      opts.fixed?.offersOffline === undefined &&
      specialty === "psychiatrist" &&
      rng.chance(0.3)
    ) {
      offersOffline = false;
      offersOnline = true;
    }
    if (!offersOnline && !offersOffline) offersOffline = true;

    const langs = new Set<string>(["English"]);
    const hindiBelt = ["hindi", "marathi", "punjabi", "gujarati"].includes(city.region);
    if (hindiBelt || rng.chance(0.6)) langs.add("Hindi");
    langs.add(city.regionalLanguage);
    if (rng.chance(0.2)) langs.add(rng.pick(allLanguages));

    const [focus1, focus2] = rng.sample(profile.focus, 2);
    const bio = rng
      .pick(bioTemplates)
      .replace("{title}", `Dr. ${first} ${last}`)
      .replace("{years}", String(experienceYears))
      .replace("{city}", city.name)
      .replace("{qual}", qualification)
      .replace("{focus1}", focus1 ?? profile.focus[0] ?? "general care")
      .replace("{focus2}", focus2 ?? profile.focus[1] ?? "follow-ups");

    const schedule =
      opts.fixed?.schedule ??
      rng.weighted<"standard" | "morning" | "evening" | "day">([
        ["standard", 50],
        ["morning", 15],
        ["evening", 15],
        ["day", inHospital ? 40 : 5],
      ]);
    const slotMinutes = opts.fixed?.slotMinutes ?? profile.slotMinutes;
    const windows = windowsFor(schedule);
    const doctorUuid = uuid();
    const mode = offersOnline && offersOffline ? "both" : offersOnline ? "online" : "offline";
    for (const w of windows) {
      data.availability.push({
        uuid: uuid(),
        doctorUuid,
        weekday: w.weekday,
        startTime: w.start,
        endTime: w.end,
        slotMinutes,
        mode,
        maxPatients: 1,
      });
    }

    const councilYear = 2026 - experienceYears - rng.int(0, 2);
    const stateCode = city.state
      .split(/\s+/)
      .map((word) => word[0])
      .join("")
      .toUpperCase();
    data.doctors.push({
      uuid: doctorUuid,
      userUuid,
      facilityUuid: clinic.uuid,
      specialty,
      qualification,
      licenseNumber: `${profile.council}-${stateCode}-${councilYear}-${String(10000 + data.doctors.length * 379).padStart(6, "0")}`,
      // Doctors of modern medicine are registered with the NMC (lib/doctors/councils); the dental,
      // AYUSH and homeopathy councils are not on that list.
      registrationCouncil: profile.council === "MCI" ? "NMC" : null,
      experienceYears,
      gender,
      feeOnline: feeOnline.toFixed(2),
      feeOffline: feeOffline.toFixed(2),
      languages: [...langs],
      bio,
      offersOnline,
      offersOffline,
      // Seeded practices confirm bookings at once (the demo flows book and see "confirmed");
      // the requests doctor below answers each one.
      instantConfirm: opts.email !== requestsDoctorEmail,
      verificationStatus: status,
      rejectionReason:
        status === "rejected"
          ? "The registration number could not be matched with the state medical council register. Please upload a clear copy of your registration certificate and apply again."
          : null,
      verifiedAt: status === "verified" ? daysAgo(rng.int(20, 500)) : null,
      verifiedByUuid: status === "verified" ? adminUuid : null,
    });

    const plan: DoctorPlan = {
      uuid: doctorUuid,
      userUuid,
      name: `${first} ${last}`,
      specialty,
      city,
      clinicName: clinic.name,
      slotMinutes,
      windows,
      offersOnline,
      offersOffline,
      feeOnline: feeOnline.toFixed(2),
      feeOffline: feeOffline.toFixed(2),
      verified: status === "verified",
    };
    doctorPlans.push(plan);
    return plan;
  }

  const pune = cityByName("Pune");
  const demoDoctor = addDoctor({
    specialty: "cardiologist",
    city: pune,
    status: "verified",
    email: demoAccounts.doctor,
    name: { first: "Vikram", last: "Patwardhan", gender: "male" },
    fixed: {
      experienceYears: 18,
      qualification: "MBBS, MD (Medicine), DM (Cardiology)",
      feeOnline: 800,
      feeOffline: 1000,
      offersOnline: true,
      offersOffline: true,
      schedule: "standard",
      slotMinutes: 20,
      inHospital: false,
    },
  });

  const keys = specialties.map((s) => s.key);
  let puneCardiologists = 0;
  for (let i = 0; i < VERIFIED_DOCTORS - 1; i++) {
    const specialty = keys[i % keys.length] as SpecialtyKey;
    let city = cities[(i * 3 + 1) % cities.length] as City;
    if (specialty === "cardiologist" && puneCardiologists < 3) {
      city = pune;
      puneCardiologists += 1;
    }
    addDoctor({ specialty, city, status: "verified" });
  }
  // doctors awaiting verification, and one rejected application (never listed)
  const pendingSpecialties: SpecialtyKey[] = [
    "general_physician",
    "dermatologist",
    "dentist",
    "ayurveda",
    "pediatrician",
  ];
  for (let i = 0; i < PENDING_DOCTORS; i++) {
    addDoctor({
      specialty: pendingSpecialties[i % pendingSpecialties.length] as SpecialtyKey,
      city: cities[(i * 5 + 2) % cities.length] as City,
      status: "pending",
    });
  }
  addDoctor({ specialty: "homeopathy", city: cityByName("Lucknow"), status: "rejected" });
  data.doctorDocuments = pendingDocuments(data.doctors);

  const verifiedDoctors = doctorPlans.filter((d) => d.verified);

  // --- patients -------------------------------------------------------------------------------
  const patients: PatientPlan[] = [];
  function addPatient(opts: {
    email?: string;
    city: City;
    gender: Gender;
    name?: { first: string; last: string };
    profile?: Partial<NewProfile>;
    locale?: "en" | "hi";
  }): PatientPlan {
    const { first, last } = opts.name ?? personName(opts.city, opts.gender);
    if (opts.name) usedNames.add(`${first} ${last}`);
    const userUuid = addUser({
      email: opts.email,
      fullName: `${first} ${last}`,
      first,
      last,
      role: "patient",
      locale: opts.locale,
    });
    const age = rng.int(19, 72);
    const conditions =
      age > 45
        ? rng.sample(commonConditions, rng.int(0, 2))
        : rng.chance(0.3)
          ? rng.sample(commonConditions, 1)
          : [];
    const heightCm = opts.gender === "female" ? rng.int(148, 170) : rng.int(160, 184);
    const bmi = 19 + rng.next() * 9;
    const systolic = 110 + rng.int(0, 30) + (conditions.includes("Hypertension") ? 10 : 0);
    data.profiles.push({
      uuid: uuid(),
      userUuid,
      dateOfBirth: `${2026 - age}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
      gender: opts.gender,
      city: opts.city.name,
      bloodGroup: rng.weighted(bloodGroups),
      conditions,
      allergies: rng.chance(0.25) ? rng.sample(commonAllergies, 1) : [],
      medications: conditions.length > 0 && rng.chance(0.7) ? rng.sample(commonMedications, 1) : [],
      heightCm: heightCm.toFixed(1),
      weightKg: ((bmi * heightCm * heightCm) / 10000).toFixed(1),
      bp: `${systolic}/${70 + rng.int(0, 18)}`,
      emergencyContact: mobileNumber(phoneCounter++).slice(3),
      language: opts.locale ?? "en",
      onboardingCompletedAt: daysAgo(rng.int(20, 300)),
      ...opts.profile,
    });
    const plan = { uuid: userUuid, name: `${first} ${last}`, city: opts.city };
    patients.push(plan);
    return plan;
  }

  const demoPatient = addPatient({
    email: demoAccounts.patient,
    city: pune,
    gender: "female",
    name: { first: "Ananya", last: "Joshi" },
    profile: {
      dateOfBirth: "1993-06-14",
      age: null,
      bloodGroup: "B+",
      conditions: ["Hypothyroidism"],
      allergies: ["Penicillin"],
      medications: [{ name: "Levothyroxine", dosage: "50 mcg", frequency: "before breakfast" }],
      heightCm: "162.0",
      weightKg: "58.5",
      bp: "118/76",
      notes: "Thyroid on treatment since 2021. Mother has type 2 diabetes.",
      emergencyContact: "9823012345",
      language: "en",
      onboardingCompletedAt: daysAgo(90),
    },
  });
  // A stable, verified number, so the demo patient can also sign in with a code by SMS.
  Object.assign(
    data.users.find((u) => u.uuid === demoPatient.uuid)!,
    {
      phone: DEMO_PATIENT_PHONE,
      phoneVerifiedAt: daysAgo(60),
    },
  );
  for (let i = 0; i < PATIENTS; i++) {
    const city = i < 6 ? pune : (cities[(i * 7) % cities.length] as City);
    addPatient({
      city,
      gender: rng.chance(0.5) ? "female" : "male",
      locale: i % 6 === 2 ? "hi" : "en",
    });
  }
  const otherPatients = patients.filter((p) => p.uuid !== demoPatient.uuid);

  // --- appointments ---------------------------------------------------------------------------
  const doctorSlots = new Set<string>();
  const patientSlots = new Set<string>();
  const ratedPairs = new Set<string>();

  function slotsOn(doc: DoctorPlan, date: string): string[] {
    const weekday = weekdayOf(date);
    const out: string[] = [];
    for (const w of doc.windows) {
      if (w.weekday !== weekday) continue;
      for (
        let m = toMinutes(w.start);
        m + doc.slotMinutes <= toMinutes(w.end);
        m += doc.slotMinutes
      ) {
        if (date === today && m <= nowMinutes + 60) continue; // never book a slot that has passed
        out.push(toTime(m));
      }
    }
    return out;
  }

  function freeSlots(doc: DoctorPlan, patient: PatientPlan, date: string): string[] {
    return slotsOn(doc, date).filter(
      (time) =>
        !doctorSlots.has(`${doc.uuid}|${date}|${time}`) &&
        !patientSlots.has(`${patient.uuid}|${date}|${time}`),
    );
  }

  /** The first date from `start` (stepping by `step` days) on which the doctor has a free slot. */
  function workingDate(doc: DoctorPlan, patient: PatientPlan, start: string, step: 1 | -1): string {
    let date = start;
    for (let i = 0; i < 21; i++) {
      if (freeSlots(doc, patient, date).length > 0) return date;
      date = addDays(date, step);
    }
    throw new Error(`no free slot for ${doc.name} near ${start}`);
  }

  function book(
    doc: DoctorPlan,
    patient: PatientPlan,
    date: string,
    status: t.AppointmentStatus,
    opts: { time?: string; type?: "online" | "offline"; rate?: number | null; note?: boolean } = {},
  ): NewAppointment | null {
    const free = freeSlots(doc, patient, date);
    if (free.length === 0) return null;
    const time = opts.time && free.includes(opts.time) ? opts.time : rng.pick(free);
    doctorSlots.add(`${doc.uuid}|${date}|${time}`);
    patientSlots.add(`${patient.uuid}|${date}|${time}`);
    const type =
      opts.type ??
      (doc.offersOnline && doc.offersOffline
        ? rng.chance(0.45)
          ? "online"
          : "offline"
        : doc.offersOnline
          ? "online"
          : "offline");
    const complaint = rng.pick(chiefComplaints[doc.specialty]);
    const start = at(date, time);
    const end = new Date(start.getTime() + doc.slotMinutes * 60_000);
    const createdAt = new Date(
      Math.min(
        start.getTime() - rng.int(1, 6) * 86_400_000 - rng.int(0, 600) * 60_000,
        now.getTime() - 3_600_000,
      ),
    );
    const appt: NewAppointment = {
      uuid: uuid(),
      patientUuid: patient.uuid,
      doctorUuid: doc.uuid,
      date,
      time,
      durationMinutes: doc.slotMinutes,
      consultationType: type,
      status,
      chiefComplaint: complaint,
      symptoms: rng.chance(0.5)
        ? `${complaint}. ${rng.pick(["Since last week.", "On and off for a month.", "Started 3 days ago.", "Getting worse at night."])}`
        : null,
      fee: type === "online" ? doc.feeOnline : doc.feeOffline,
      paymentStatus: "pending",
      confirmedAt:
        status === "confirmed" || status === "completed" || status === "no_show"
          ? new Date(createdAt.getTime() + 2 * 3_600_000)
          : null,
      completedAt: status === "completed" ? end : null,
      doctorNotes:
        status === "completed" && (opts.note ?? rng.chance(0.7)) ? rng.pick(doctorNotes) : null,
      cancelReason: status === "cancelled" ? rng.pick(cancelReasons) : null,
      cancelledAt:
        status === "cancelled"
          ? new Date(Math.min(start.getTime() - 3 * 3_600_000, now.getTime() - 3_600_000))
          : null,
      cancelledByUuid: status === "cancelled" ? patient.uuid : null,
      rejectionReason:
        status === "rejected"
          ? "Doctor is not available on this date; please book another slot."
          : null,
      createdAt,
      updatedAt: status === "completed" ? end : createdAt,
    };
    data.appointments.push(appt);

    const pair = `${patient.uuid}|${doc.uuid}`;
    const rate =
      opts.rate === undefined ? (status === "completed" && rng.chance(0.65) ? 0 : null) : opts.rate;
    if (status === "completed" && rate !== null && !ratedPairs.has(pair)) {
      ratedPairs.add(pair);
      const stars =
        rate > 0
          ? rate
          : rng.weighted<1 | 2 | 3 | 4 | 5>([
              [5, 50],
              [4, 32],
              [3, 11],
              [2, 5],
              [1, 2],
            ]);
      data.ratings.push({
        uuid: uuid(),
        patientUuid: patient.uuid,
        doctorUuid: doc.uuid,
        appointmentUuid: appt.uuid,
        rating: stars,
        review: rng.chance(0.85) ? rng.pick(reviewsByRating[stars as 1 | 2 | 3 | 4 | 5]) : null,
        wouldRecommend: stars >= 4,
        createdAt: new Date(
          Math.min(end.getTime() + rng.int(1, 48) * 3_600_000, now.getTime() - 60_000),
        ),
      });
    }
    return appt;
  }

  const puneGp =
    verifiedDoctors.find((d) => d.specialty === "general_physician" && d.city.name === "Pune") ??
    verifiedDoctors.find((d) => d.specialty === "general_physician");
  const derma =
    verifiedDoctors.find((d) => d.specialty === "dermatologist" && d.offersOnline) ??
    verifiedDoctors.find((d) => d.specialty === "dermatologist");
  const ent = verifiedDoctors.find((d) => d.specialty === "ent");
  const onlineGp =
    verifiedDoctors.find(
      (d) => d.specialty === "general_physician" && d.offersOnline && d !== puneGp,
    ) ?? puneGp;
  if (!puneGp || !derma || !ent || !onlineGp)
    throw new Error("seed doctor plan is missing a specialty");

  // The demo patient's history: one unrated completed visit (so "rate your doctor" can be tried),
  // two rated ones, one cancellation, and two upcoming bookings.
  const pastWithDemoDoctor = book(
    demoDoctor,
    demoPatient,
    workingDate(demoDoctor, demoPatient, addDays(today, -45), -1),
    "completed",
    { time: "10:20", type: "offline", rate: 5, note: true },
  );
  const unratedVisit = book(
    puneGp,
    demoPatient,
    workingDate(puneGp, demoPatient, addDays(today, -20), -1),
    "completed",
    { rate: null, note: true },
  );
  book(derma, demoPatient, workingDate(derma, demoPatient, addDays(today, -70), -1), "completed", {
    rate: 4,
    type: derma.offersOnline ? "online" : "offline",
  });
  book(ent, demoPatient, workingDate(ent, demoPatient, addDays(today, -10), -1), "cancelled", {
    rate: null,
  });
  const upcomingWithDemoDoctor = book(
    demoDoctor,
    demoPatient,
    workingDate(demoDoctor, demoPatient, addDays(today, 2), 1),
    "confirmed",
    { time: "10:00", type: "offline" },
  );
  const pendingOnline = book(
    onlineGp,
    demoPatient,
    workingDate(onlineGp, demoPatient, addDays(today, 5), 1),
    "pending",
    { type: onlineGp.offersOnline ? "online" : "offline" },
  );
  if (!pastWithDemoDoctor || !unratedVisit || !upcomingWithDemoDoctor || !pendingOnline) {
    throw new Error("could not place the demo patient's appointments");
  }

  // The demo doctor's practice: a busy past and a full-ish coming week.
  for (let i = 0; i < 16; i++) {
    const p = rng.pick(otherPatients);
    const status = i === 3 ? "no_show" : i === 9 ? "cancelled" : "completed";
    book(demoDoctor, p, workingDate(demoDoctor, p, addDays(today, -rng.int(1, 90)), -1), status);
  }
  // One visit from the last working day still waiting for its outcome, so the doctor's
  // "record outcome" step has something real to act on.
  {
    const p = rng.pick(otherPatients);
    book(demoDoctor, p, workingDate(demoDoctor, p, addDays(today, -1), -1), "confirmed");
  }
  for (let i = 0; i < 2; i++) {
    const p = rng.pick(otherPatients);
    if (slotsOn(demoDoctor, today).length > 0) book(demoDoctor, p, today, "confirmed");
  }
  for (let i = 0; i < 7; i++) {
    const p = rng.pick(otherPatients);
    book(
      demoDoctor,
      p,
      workingDate(demoDoctor, p, addDays(today, rng.int(1, 10)), 1),
      i % 3 === 0 ? "pending" : "confirmed",
    );
  }

  // Everyone else: a realistic spread of past visits and upcoming bookings.
  for (const doc of verifiedDoctors) {
    if (doc === demoDoctor) continue;
    const past = rng.int(3, 9);
    for (let i = 0; i < past; i++) {
      const p = rng.pick(otherPatients);
      const status = rng.weighted<t.AppointmentStatus>([
        ["completed", 80],
        ["cancelled", 10],
        ["no_show", 6],
        ["rejected", 4],
      ]);
      const date = addDays(today, -rng.int(1, 120));
      if (!book(doc, p, date, status)) book(doc, p, workingDate(doc, p, date, -1), status);
    }
    const upcoming = rng.int(1, 4);
    for (let i = 0; i < upcoming; i++) {
      const p = rng.pick(otherPatients);
      const status = rng.weighted<t.AppointmentStatus>([
        ["confirmed", 60],
        ["pending", 32],
        ["cancelled", 8],
      ]);
      book(doc, p, workingDate(doc, p, addDays(today, rng.int(1, 14)), 1), status);
    }
  }

  // --- forum ----------------------------------------------------------------------------------
  const communityUsers = [
    ...otherPatients.map((p) => p.uuid),
    ...verifiedDoctors.slice(0, 30).map((d) => d.userUuid),
  ];
  forumPosts.forEach((post, i) => {
    const author = i === 0 ? adminUuid : i === 14 ? demoPatient.uuid : rng.pick(otherPatients).uuid;
    const createdAt = daysAgo(post.daysAgo, toTime(rng.int(8 * 60, 22 * 60)));
    const postUuid = uuid();
    const voters = rng.sample(
      communityUsers.filter((u) => u !== author),
      i === 0 ? 24 : rng.int(2, 20),
    );
    for (const v of voters) data.postUpvotes.push({ postUuid, userUuid: v });
    let last = createdAt.getTime();
    const replyUuids: string[] = [];
    for (const reply of post.replies) {
      let replyAuthor: string;
      if (reply.by === "doctor") {
        const pool = verifiedDoctors.filter((d) => d.specialty === reply.specialty);
        replyAuthor = rng.pick(pool.length > 0 ? pool : verifiedDoctors).userUuid;
      } else {
        replyAuthor = rng.pick(otherPatients.filter((p) => p.uuid !== author)).uuid;
      }
      last = Math.min(last + rng.int(1, 30) * 3_600_000, now.getTime() - 5 * 60_000);
      const replyUuid = uuid();
      replyUuids.push(replyUuid);
      const replyVoters = rng.sample(
        communityUsers.filter((u) => u !== replyAuthor),
        reply.helpful ? rng.int(4, 12) : rng.int(0, 5),
      );
      for (const v of replyVoters) data.replyUpvotes.push({ replyUuid, userUuid: v });
      data.replies.push({
        uuid: replyUuid,
        postUuid,
        authorUuid: replyAuthor,
        content: reply.content,
        upvotes: replyVoters.length,
        isHelpful: reply.helpful ?? false,
        createdAt: new Date(last),
        updatedAt: new Date(last),
      });
    }
    data.posts.push({
      uuid: postUuid,
      authorUuid: author,
      title: post.title,
      content: post.content,
      category: post.category,
      upvotes: voters.length,
      views: voters.length * rng.int(6, 18) + post.replies.length * rng.int(3, 9) + rng.int(5, 40),
      replyCount: post.replies.length,
      isPinned: post.pinned ?? false,
      createdAt,
      updatedAt: createdAt,
    });
    if (i === 14 && replyUuids.length > 0) {
      data.notifications.push({
        uuid: uuid(),
        userUuid: demoPatient.uuid,
        type: "forum",
        title: "New reply on your post",
        body: `Someone replied to "${post.title}".`,
        link: `/forum/${postUuid}`,
        priority: "low",
        readAt: new Date(last + 3_600_000),
        createdAt: new Date(last),
      });
    }
  });

  // --- notifications ---------------------------------------------------------------------------
  const fmtDate = (d: string) =>
    new Intl.DateTimeFormat("en-IN", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${d}T00:00:00Z`));
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  data.notifications.push(
    {
      uuid: uuid(),
      userUuid: demoPatient.uuid,
      type: "general",
      title: "Welcome to SwasthAI",
      body: "Your health profile is set up. Find a doctor, book lab tests or ask the health coach anytime.",
      link: "/dashboard",
      priority: "low",
      readAt: daysAgo(89),
      createdAt: daysAgo(90),
    },
    {
      uuid: uuid(),
      userUuid: demoPatient.uuid,
      type: "appointment",
      title: "Appointment confirmed",
      body: `Your clinic visit with Dr. ${demoDoctor.name} on ${fmtDate(upcomingWithDemoDoctor.date)} at ${upcomingWithDemoDoctor.time} is confirmed.`,
      link: `/appointments/${upcomingWithDemoDoctor.uuid}`,
      priority: "high",
      readAt: null,
      createdAt: hoursAgo(5),
    },
    {
      uuid: uuid(),
      userUuid: demoPatient.uuid,
      type: "appointment",
      title: "Booking request sent",
      body: `Dr. ${onlineGp.name} will confirm your consultation on ${fmtDate(pendingOnline.date)} at ${pendingOnline.time} shortly.`,
      link: `/appointments/${pendingOnline.uuid}`,
      priority: "medium",
      readAt: null,
      createdAt: hoursAgo(2),
    },
    {
      uuid: uuid(),
      userUuid: demoPatient.uuid,
      type: "appointment",
      title: "How was your consultation?",
      body: `Rate your visit with Dr. ${puneGp.name} to help other patients.`,
      link: `/appointments/${unratedVisit.uuid}`,
      priority: "medium",
      readAt: null,
      createdAt: daysAgo(19, "18:00"),
    },
    {
      uuid: uuid(),
      userUuid: demoPatient.uuid,
      type: "promotion",
      title: "Full Body Checkup with home sample collection",
      body: "60+ parameters including thyroid, vitamin D and B12. Book a morning slot from home.",
      link: "/lab-tests",
      priority: "low",
      readAt: null,
      createdAt: daysAgo(3, "11:00"),
    },
    {
      uuid: uuid(),
      userUuid: demoDoctor.userUuid,
      type: "appointment",
      title: "New appointment",
      body: `${demoPatient.name} booked a clinic visit on ${fmtDate(upcomingWithDemoDoctor.date)} at ${upcomingWithDemoDoctor.time}.`,
      link: `/doctor/appointments/${upcomingWithDemoDoctor.uuid}`,
      priority: "medium",
      readAt: null,
      createdAt: hoursAgo(5),
    },
    {
      uuid: uuid(),
      userUuid: adminUuid,
      type: "general",
      title: "Doctors awaiting verification",
      body: `${PENDING_DOCTORS} doctor applications are waiting for review.`,
      link: "/admin/doctors",
      priority: "medium",
      readAt: null,
      createdAt: hoursAgo(20),
    },
  );

  // --- health records (entries without files) ---------------------------------------------------
  const demoClinic = demoDoctor.clinicName;
  data.records.push(
    {
      uuid: uuid(),
      userUuid: demoPatient.uuid,
      recordType: "lab_report",
      title: "Thyroid profile (T3, T4, TSH)",
      description: "TSH 3.1 mIU/L on levothyroxine 50 mcg. Within target range.",
      documentDate: addDays(today, -40),
      hospitalName: "Sahyadri Diagnostics, Kothrud",
      source: "upload",
      createdAt: daysAgo(40, "16:00"),
    },
    {
      uuid: uuid(),
      userUuid: demoPatient.uuid,
      recordType: "prescription",
      title: `Prescription from Dr. ${demoDoctor.name}`,
      description:
        "Palpitations evaluated; ECG normal. Advised to limit caffeine and review if symptoms recur.",
      documentDate: pastWithDemoDoctor.date,
      doctorName: `Dr. ${demoDoctor.name}`,
      hospitalName: demoClinic,
      source: "upload",
      createdAt: at(pastWithDemoDoctor.date, "19:00"),
    },
    {
      uuid: uuid(),
      userUuid: demoPatient.uuid,
      recordType: "vaccination",
      title: "Influenza vaccine (annual dose)",
      description: "Quadrivalent influenza vaccine, left arm. Next dose due next year.",
      documentDate: addDays(today, -60),
      hospitalName: hospitalByCity.get("Pune")?.name ?? null,
      source: "upload",
      createdAt: daysAgo(60, "12:00"),
    },
  );

  // Last, so that no random draw above moves: the requests doctor (see requestsDoctorEmail).
  addDoctor({
    specialty: "general_physician",
    city: pune,
    status: "verified",
    email: requestsDoctorEmail,
    name: { first: "Kavita", last: "Deshmukh", gender: "female" },
    fixed: {
      experienceYears: 9,
      qualification: "MBBS, MD (General Medicine)",
      feeOnline: 500,
      feeOffline: 600,
      offersOnline: true,
      offersOffline: true,
      schedule: "standard",
      slotMinutes: 30,
      inHospital: false,
    },
  });

  addNearbyFacilities(data);
  return data;
}

/**
 * More facilities per city so "hospitals near me" and emergency alerts look real: a government
 * and a private hospital with emergency services, a nursing home that is not open 24x7, and a
 * diagnostic centre without emergency services. Their own random streams and phone range, so
 * adding them shifts nothing generated before (names, phones and ids stay as they were).
 */
function addNearbyFacilities(data: DemoData): void {
  const rng = createRng("swasthai-demo-nearby-facilities-v1");
  const ids = createRng("swasthai-demo-nearby-facility-uuids-v1");
  let phone = 60_000;
  const kinds = [
    {
      name: (c: City) => `Government General Hospital, ${c.name}`,
      type: "hospital",
      category: "government",
      departments: [
        "emergency",
        "icu",
        "general_medicine",
        "orthopedic",
        "pediatrics",
        "gynecology",
      ],
      hasEmergency: true,
      is24x7: true,
      hours: "OPD 8:00 am - 2:00 pm; emergency 24x7",
    },
    {
      name: (c: City) =>
        `${rng.pick(["Lifeline", "Sanjeevani", "CarePlus", "Arogya"])} Multispeciality Hospital, ${c.name}`,
      type: "hospital",
      category: "private",
      departments: ["emergency", "cardiology", "neurology", "icu", "orthopedic"],
      hasEmergency: true,
      is24x7: true,
      hours: "OPD 9:00 am - 9:00 pm",
    },
    {
      name: (c: City) =>
        `${rng.pick(["Shree", "Matoshree", "Janani", "Kamala"])} Nursing Home, ${c.name}`,
      type: "nursing_home",
      category: "private",
      departments: ["gynecology", "pediatrics", "general_medicine"],
      hasEmergency: false,
      is24x7: false,
      hours: "Mon-Sat 9:00 am - 8:00 pm",
    },
    {
      name: (c: City) => `${c.name} Diagnostic Centre`,
      type: "diagnostic_center",
      category: "private",
      departments: [],
      hasEmergency: false,
      is24x7: false,
      hours: "Daily 7:00 am - 9:00 pm",
    },
  ] as const;
  for (const city of cities) {
    for (const kind of kinds) {
      const area = rng.pick(city.areas);
      const hospital = kind.type === "hospital";
      data.facilities.push({
        uuid: seededUuid(ids),
        name: kind.name(city),
        type: kind.type,
        category: kind.category,
        description: `${kind.type === "diagnostic_center" ? "Laboratory and imaging" : "Care"} in ${area}, ${city.name}.`,
        addressLine: `${rng.int(1, 300)}, ${rng.pick(streets)}`,
        area,
        city: city.name,
        state: city.state,
        pincode: cityPincode(city, rng.int(1, 60)),
        latitude: (city.lat + (rng.next() - 0.5) * 0.12).toFixed(6),
        longitude: (city.lng + (rng.next() - 0.5) * 0.12).toFixed(6),
        phone: mobileNumber(phone++),
        emergencyPhone: kind.hasEmergency ? mobileNumber(phone++) : null,
        departments: [...kind.departments],
        hasEmergency: kind.hasEmergency,
        hasIcu: hospital,
        hasAmbulance: hospital,
        hasOt: hospital || kind.type === "nursing_home",
        hasLab: true,
        hasPharmacy: kind.type !== "diagnostic_center",
        hasBloodBank: kind.category === "government",
        is24x7: kind.is24x7,
        visitingHours: kind.hours,
        insuranceSupported: kind.category === "private",
        cashless: kind.category === "private" && hospital,
        verified: true,
        isActive: true,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

async function inChunks<T>(
  rows: readonly T[],
  size: number,
  fn: (chunk: T[]) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await fn(rows.slice(i, i + size));
}

function idOf(map: Map<string, number>, key: string | null | undefined, what: string): number {
  const id = key ? map.get(key) : undefined;
  if (id === undefined) throw new Error(`seed: unresolved ${what} ${key}`);
  return id;
}

/** Serialises concurrent seeders (two server processes booting on one database). */
const SEED_LOCK = sql`select pg_advisory_xact_lock(hashtext('swasthai:seed'))`;

/**
 * Fills an EMPTY database with the demo data set: demo accounts, 80 verified doctors across every
 * specialty, patients, appointments and ratings, catalogues, articles, forum, notifications.
 * Does nothing (and says so) when the users table already has rows. One transaction: a failure
 * leaves the database as it was.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();

  const seeded = await db.transaction(async (tx) => {
    await tx.execute(SEED_LOCK);
    const existing = await tx.select({ id: t.users.id }).from(t.users).limit(1);
    if (existing.length > 0) return false;

    const data = buildDemoData(now);
    const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
    await writeDemoData(tx, data, passwordHash);
    await writeDemoPrescription(tx, demoAccounts);
    await writeDemoCommunity(tx, demoAccounts);
    return true;
  });

  const counts = await tableCounts(db);
  const elapsedMs = Math.round(performance.now() - started);
  return {
    seeded,
    message: seeded
      ? `demo data seeded (log in as ${demoAccounts.patient}, ${demoAccounts.doctor} or ${demoAccounts.admin} with password ${DEMO_PASSWORD})`
      : "database already has users; demo seed skipped",
    counts,
    elapsedMs,
  };
}

async function writeDemoData(tx: Tx, data: DemoData, passwordHash: string): Promise<void> {
  const userIds = new Map<string, number>();
  await inChunks(data.users, 200, async (chunk) => {
    const rows = await tx
      .insert(t.users)
      .values(chunk.map((u) => ({ ...u, passwordHash })))
      .returning({ id: t.users.id, uuid: t.users.uuid });
    for (const r of rows) userIds.set(r.uuid, r.id);
  });

  const facilityIds = new Map<string, number>();
  await inChunks(data.facilities, 200, async (chunk) => {
    const rows = await tx
      .insert(t.facilities)
      .values(chunk)
      .returning({ id: t.facilities.id, uuid: t.facilities.uuid });
    for (const r of rows) facilityIds.set(r.uuid, r.id);
  });

  const doctorIds = new Map<string, number>();
  await inChunks(data.doctors, 200, async (chunk) => {
    const rows = await tx
      .insert(t.doctors)
      .values(
        chunk.map(({ userUuid, facilityUuid, verifiedByUuid, ...d }) => ({
          ...d,
          userId: idOf(userIds, userUuid, "user"),
          facilityId: idOf(facilityIds, facilityUuid, "facility"),
          verifiedBy: verifiedByUuid ? idOf(userIds, verifiedByUuid, "user") : null,
        })),
      )
      .returning({ id: t.doctors.id, uuid: t.doctors.uuid });
    for (const r of rows) doctorIds.set(r.uuid, r.id);
  });

  await inChunks(data.availability, 500, async (chunk) => {
    await tx.insert(t.doctorAvailability).values(
      chunk.map(({ doctorUuid, ...a }) => ({
        ...a,
        doctorId: idOf(doctorIds, doctorUuid, "doctor"),
      })),
    );
  });

  await inChunks(data.profiles, 200, async (chunk) => {
    await tx
      .insert(t.healthProfiles)
      .values(
        chunk.map(({ userUuid, ...p }) => ({ ...p, userId: idOf(userIds, userUuid, "user") })),
      );
  });

  const appointmentIds = new Map<string, number>();
  await inChunks(data.appointments, 300, async (chunk) => {
    const rows = await tx
      .insert(t.appointments)
      .values(
        chunk.map(({ patientUuid, doctorUuid, cancelledByUuid, ...a }) => ({
          ...a,
          patientId: idOf(userIds, patientUuid, "user"),
          doctorId: idOf(doctorIds, doctorUuid, "doctor"),
          cancelledBy: cancelledByUuid ? idOf(userIds, cancelledByUuid, "user") : null,
        })),
      )
      .returning({ id: t.appointments.id, uuid: t.appointments.uuid });
    for (const r of rows) appointmentIds.set(r.uuid, r.id);
  });

  await inChunks(data.ratings, 300, async (chunk) => {
    await tx.insert(t.ratings).values(
      chunk.map(({ patientUuid, doctorUuid, appointmentUuid, ...r }) => ({
        ...r,
        patientId: idOf(userIds, patientUuid, "user"),
        doctorId: idOf(doctorIds, doctorUuid, "doctor"),
        appointmentId: idOf(appointmentIds, appointmentUuid, "appointment"),
      })),
    );
  });
  await refreshRatingAggregates(tx);

  const catalogueIds = createRng("swasthai-demo-catalogue-uuids-v1");
  await inChunks(medicineRows(), 200, async (chunk) => {
    await tx.insert(t.medicines).values(chunk);
  });

  const labIds = new Map<string, number>();
  await tx
    .insert(t.labTests)
    .values(
      labTests.map((l) => ({
        uuid: seededUuid(catalogueIds),
        code: l.code,
        name: l.name,
        category: l.category,
        isPackage: l.isPackage,
        description: l.description,
        parameters: [...l.parameters],
        price: l.price,
        mrp: l.mrp,
        sampleType: l.sampleType,
        fastingRequired: l.fastingRequired,
        fastingHours: l.fastingHours,
        reportTime: l.reportTime,
        homeCollection: l.homeCollection,
        preparation: l.preparation,
        isPopular: l.isPopular,
      })),
    )
    .returning({ id: t.labTests.id, code: t.labTests.code })
    .then((rows) => rows.forEach((r) => labIds.set(r.code, r.id)));
  const packageItems = labTests.flatMap((p) =>
    p.includes.map((code) => ({
      packageId: idOf(labIds, p.code, "lab package"),
      testId: idOf(labIds, code, "lab test"),
    })),
  );
  if (packageItems.length > 0) await tx.insert(t.labPackageItems).values(packageItems);

  await inChunks(articles, 50, async (chunk) => {
    await tx.insert(t.articles).values(
      chunk.map((a) => ({
        ...a,
        uuid: seededUuid(catalogueIds),
        tags: [...a.tags],
        sources: [...a.sources],
        reviewedAt: new Date(`${a.reviewedAt}T00:00:00+05:30`),
        coverImageUrl: null,
        publishedAt: new Date(a.publishedAt),
        createdAt: new Date(a.publishedAt),
      })),
    );
  });

  const postIds = new Map<string, number>();
  const posts = await tx
    .insert(t.forumPosts)
    .values(
      data.posts.map(({ authorUuid, ...p }) => ({
        ...p,
        authorId: idOf(userIds, authorUuid, "user"),
      })),
    )
    .returning({ id: t.forumPosts.id, uuid: t.forumPosts.uuid });
  for (const r of posts) postIds.set(r.uuid, r.id);
  const replyIds = new Map<string, number>();
  await inChunks(data.replies, 200, async (chunk) => {
    const rows = await tx
      .insert(t.forumReplies)
      .values(
        chunk.map(({ authorUuid, postUuid, ...r }) => ({
          ...r,
          authorId: idOf(userIds, authorUuid, "user"),
          postId: idOf(postIds, postUuid, "post"),
        })),
      )
      .returning({ id: t.forumReplies.id, uuid: t.forumReplies.uuid });
    for (const r of rows) replyIds.set(r.uuid, r.id);
  });
  await inChunks(data.postUpvotes, 500, async (chunk) => {
    await tx.insert(t.forumPostUpvotes).values(
      chunk.map((v) => ({
        postId: idOf(postIds, v.postUuid, "post"),
        userId: idOf(userIds, v.userUuid, "user"),
      })),
    );
  });
  await inChunks(data.replyUpvotes, 500, async (chunk) => {
    await tx.insert(t.forumReplyUpvotes).values(
      chunk.map((v) => ({
        replyId: idOf(replyIds, v.replyUuid, "reply"),
        userId: idOf(userIds, v.userUuid, "user"),
      })),
    );
  });

  await tx.insert(t.notifications).values(
    data.notifications.map(({ userUuid, ...n }) => ({
      ...n,
      userId: idOf(userIds, userUuid, "user"),
    })),
  );
  await tx
    .insert(t.healthRecords)
    .values(
      data.records.map(({ userUuid, ...r }) => ({ ...r, userId: idOf(userIds, userUuid, "user") })),
    );

  // The files first (same key on every run, so a re-seed overwrites rather than piles up).
  for (const d of data.doctorDocuments) {
    await getStorage().putFile({ key: d.fileKey, bytes: d.bytes, contentType: d.mimeType! });
  }
  if (data.doctorDocuments.length > 0) {
    await tx.insert(t.doctorDocuments).values(
      data.doctorDocuments.map((d) => ({
        uuid: d.uuid,
        doctorId: idOf(doctorIds, d.doctorUuid, "doctor"),
        kind: d.kind,
        fileKey: d.fileKey,
        fileName: d.fileName,
        mimeType: d.mimeType,
        sizeBytes: d.sizeBytes,
      })),
    );
  }
}

/**
 * Two documents (a registration certificate as PDF, a degree as PNG) of the first pending
 * application, so the admin queue is not empty of files. Their own rng: adding them moves no
 * other row's id. Keys have the shape `newStorageKey` makes.
 */
function pendingDocuments(doctors: NewDoctor[]): NewDoctorDocument[] {
  const pending = doctors.find((d) => d.verificationStatus === "pending");
  if (!pending?.uuid) return [];
  const ids = createRng("swasthai-demo-doctor-documents-v1");
  const pdf = minimalPdf("Registration certificate (demo)");
  return [
    {
      uuid: seededUuid(ids),
      doctorUuid: pending.uuid,
      kind: "registration_certificate",
      fileKey: `doctor-documents/${seededUuid(ids)}.pdf`,
      fileName: "registration-certificate.pdf",
      mimeType: "application/pdf",
      sizeBytes: pdf.byteLength,
      bytes: pdf,
    },
    {
      uuid: seededUuid(ids),
      doctorUuid: pending.uuid,
      kind: "degree",
      fileKey: `doctor-documents/${seededUuid(ids)}.png`,
      fileName: "degree.png",
      mimeType: "image/png",
      sizeBytes: onePixelPng.byteLength,
      bytes: onePixelPng,
    },
  ];
}

function medicineRows(): Omit<t.NewMedicineRow, "id">[] {
  const ids = createRng("swasthai-demo-medicine-uuids-v1");
  return medicines.map((m) => ({ ...m, uuid: seededUuid(ids), strength: m.strength || null }));
}

/**
 * Recomputes doctors.rating_avg / rating_count from visible ratings, and each facility's rating
 * from its doctors' ratings, so the counters always agree with the ratings rows.
 */
export async function refreshRatingAggregates(tx: Tx | Db): Promise<void> {
  await tx.execute(sql`
    update doctors d
       set rating_avg = s.avg, rating_count = s.n
      from (select doctor_id, round(avg(rating)::numeric, 1) as avg, count(*)::int as n
              from ratings where hidden_at is null group by doctor_id) s
     where d.id = s.doctor_id
       and (d.rating_avg is distinct from s.avg or d.rating_count is distinct from s.n)`);
  await tx.execute(sql`
    update facilities f
       set rating_avg = s.avg, rating_count = s.n
      from (select facility_id,
                   round(sum(rating_avg * rating_count) / nullif(sum(rating_count), 0), 1) as avg,
                   sum(rating_count)::int as n
              from doctors where facility_id is not null and rating_count > 0 group by facility_id) s
     where f.id = s.facility_id
       and (f.rating_avg is distinct from s.avg or f.rating_count is distinct from s.n)`);
}
