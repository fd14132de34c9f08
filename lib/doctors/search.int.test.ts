import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { doctors, facilities, users } from "@/db/schema";
import { createFacility, createUser } from "@/tests/factories";
import { GET as listRoute } from "@/app/api/v1/doctors/route";
import { listDoctors } from "./queries";
import { doctorListQuerySchema } from "./schemas";
import type { SpecialtyKey } from "./specialties";

// The search table: what people type into the doctor search box, in English, Hindi and Hindi in
// Latin letters, with typos, and the doctors they should get, best first (ranked by how well the
// words match, then by rating). The fixture is a small India: names, clinics, localities, cities.

type Fixture = [
  name: string,
  specialty: SpecialtyKey,
  city: string,
  area: string,
  clinic: string,
  rating: string,
  lat: number,
  lng: number,
];

const fixtures: Fixture[] = [
  [
    "Anil Patwardhan",
    "cardiologist",
    "Pune",
    "Kothrud",
    "Patwardhan Heart Care",
    "4.8",
    18.5074,
    73.8077,
  ],
  ["Kiran Patil", "cardiologist", "Pune", "Baner", "Patil Heart Clinic", "4.0", 18.559, 73.7868],
  [
    "Meera Joshi",
    "cardiologist",
    "Mumbai",
    "Andheri West",
    "Joshi Cardiac Centre",
    "4.6",
    19.1364,
    72.8296,
  ],
  ["Rahul Khanna", "cardiologist", "Delhi", "Saket", "Saket Heart Clinic", "4.2", 28.5245, 77.2066],
  [
    "Sunita Deshmukh",
    "dermatologist",
    "Mumbai",
    "Andheri East",
    "Glow Skin Clinic",
    "4.7",
    19.1136,
    72.8697,
  ],
  [
    "Kavita Rao",
    "dermatologist",
    "Bengaluru",
    "Indiranagar",
    "Rao Skin and Hair",
    "4.3",
    12.9784,
    77.6408,
  ],
  [
    "Sneha Patwardhan",
    "dermatologist",
    "Pune",
    "Shivajinagar",
    "Skin First",
    "4.9",
    18.5308,
    73.8475,
  ],
  [
    "Priya Nair",
    "pediatrician",
    "Pune",
    "Aundh",
    "Little Steps Child Clinic",
    "4.9",
    18.558,
    73.8075,
  ],
  [
    "Vikram Singh",
    "pediatrician",
    "Delhi",
    "Dwarka",
    "Singh Children's Hospital",
    "4.1",
    28.5921,
    77.046,
  ],
  [
    "Arjun Kulkarni",
    "orthopedic",
    "Pune",
    "Baner",
    "Kulkarni Bone and Joint",
    "4.5",
    18.5615,
    73.7801,
  ],
  [
    "Ajit Kulkarny",
    "general_physician",
    "Mumbai",
    "Dadar",
    "Kulkarny Family Clinic",
    "4.9",
    19.0178,
    72.8478,
  ],
  [
    "Fatima Shaikh",
    "gynecologist",
    "Hyderabad",
    "Banjara Hills",
    "Shaikh Women's Clinic",
    "4.6",
    17.4156,
    78.4347,
  ],
  ["Ramesh Iyer", "ent", "Chennai", "T Nagar", "Iyer ENT Care", "4.4", 13.0418, 80.2341],
  [
    "Deepak Verma",
    "neurologist",
    "Lucknow",
    "Hazratganj",
    "Verma Neuro Clinic",
    "4.2",
    26.8505,
    80.9462,
  ],
  [
    "Sanjay Gupta",
    "gastroenterologist",
    "Jaipur",
    "Malviya Nagar",
    "Gupta Gastro Care",
    "4.0",
    26.8549,
    75.8243,
  ],
  ["Neha Kapoor", "psychiatrist", "Delhi", "Vasant Kunj", "Mind Matters", "4.5", 28.5293, 77.1519],
  [
    "Amit Banerjee",
    "ophthalmologist",
    "Kolkata",
    "Salt Lake",
    "Banerjee Eye Hospital",
    "4.7",
    22.5867,
    88.4171,
  ],
  [
    "Pooja Mehta",
    "dentist",
    "Ahmedabad",
    "Navrangpura",
    "Mehta Dental Studio",
    "4.8",
    23.0365,
    72.5611,
  ],
  [
    "Rohan Sharma",
    "general_physician",
    "Pune",
    "Kothrud",
    "Sharma Family Clinic",
    "4.1",
    18.5018,
    73.8157,
  ],
  [
    "Anjali Sharma",
    "endocrinologist",
    "Mumbai",
    "Bandra",
    "Sharma Diabetes Centre",
    "4.6",
    19.0596,
    72.8295,
  ],
  [
    "Manoj Pillai",
    "pulmonologist",
    "Kochi",
    "Kaloor",
    "Pillai Chest Clinic",
    "4.3",
    9.9943,
    76.2913,
  ],
  [
    "Harish Chandra",
    "urologist",
    "Bhopal",
    "Arera Colony",
    "Chandra Urology",
    "4.0",
    23.2156,
    77.4304,
  ],
  ["Ganesh Bhat", "ayurveda", "Pune", "Deccan", "Bhat Ayurveda Kendra", "4.4", 18.5167, 73.8415],
  [
    "Suresh Reddy",
    "homeopathy",
    "Hyderabad",
    "Kukatpally",
    "Reddy Homeo Clinic",
    "3.9",
    17.4948,
    78.3996,
  ],
];

const cardiologists = ["Anil Patwardhan", "Meera Joshi", "Rahul Khanna", "Kiran Patil"];
const skin = ["Sneha Patwardhan", "Sunita Deshmukh", "Kavita Rao"];
const children = ["Priya Nair", "Vikram Singh"];

/** Query text -> the names on the first page, in order. */
const table: [string, string[]][] = [
  // English, lay words and typos
  ["heart doctor", cardiologists],
  ["cardiologist", cardiologists],
  ["cardiolgist", cardiologists],
  ["Cardiology Pune", ["Anil Patwardhan", "Kiran Patil"]],
  ["heart specialist mumbai", ["Meera Joshi"]],
  ["skin", skin],
  ["skin doctor andheri", ["Sunita Deshmukh"]],
  ["dermatolgist banglore", ["Kavita Rao"]],
  ["child specialist delhi", ["Vikram Singh"]],
  ["paediatrician pune", ["Priya Nair"]],
  ["bone doctor pune", ["Arjun Kulkarni"]],
  ["gynaecologist hyderabad", ["Fatima Shaikh"]],
  ["ENT chennai", ["Ramesh Iyer"]],
  ["neurologist lucknow", ["Deepak Verma"]],
  ["stomach specialist jaipur", ["Sanjay Gupta"]],
  ["eye specialist calcutta", ["Amit Banerjee"]],
  ["dentist ahmedabad", ["Pooja Mehta"]],
  ["diabetes bandra", ["Anjali Sharma"]],
  ["chest specialist kochi", ["Manoj Pillai"]],
  ["urologist bhopal", ["Harish Chandra"]],
  ["homeopathy hyderabad", ["Suresh Reddy"]],
  // Names, clinics and localities, with typos; the closer match first, then the rating
  // Equally close misspellings: the better rated first. An exact name beats a misspelt one.
  ["Dr Patwardan", ["Sneha Patwardhan", "Anil Patwardhan"]],
  ["heart patwardan", ["Anil Patwardhan"]],
  ["Kulkarni", ["Arjun Kulkarni", "Ajit Kulkarny"]],
  ["Kulkarny", ["Ajit Kulkarny", "Arjun Kulkarni"]],
  // "banerji" is close to the locality Baner as well as to the name (then by rating).
  ["dr banerji", ["Amit Banerjee", "Arjun Kulkarni", "Kiran Patil"]],
  ["Kulk", ["Ajit Kulkarny", "Arjun Kulkarni"]],
  ["Anil Patwardhan", ["Anil Patwardhan"]],
  ["Sharma", ["Anjali Sharma", "Rohan Sharma"]],
  ["sharma kothrud", ["Rohan Sharma"]],
  ["Glow Skin Clinic", ["Sunita Deshmukh"]],
  ["Joshi Cardiac", ["Meera Joshi"]],
  ["Mehta Dental", ["Pooja Mehta"]],
  ["doctor in saket", ["Rahul Khanna"]],
  ["indiranagar", ["Kavita Rao"]],
  ["xyzzy", []],
  ["%", []],
  // Hindi (Devanagari)
  ["हृदय रोग विशेषज्ञ", cardiologists],
  ["दिल का डॉक्टर", cardiologists],
  ["पुणे हृदय रोग विशेषज्ञ", ["Anil Patwardhan", "Kiran Patil"]],
  ["त्वचा रोग विशेषज्ञ", skin],
  ["मुंबई त्वचा", ["Sunita Deshmukh"]],
  ["बच्चों का डॉक्टर", children],
  ["बाल रोग विशेषज्ञ", children],
  ["हड्डी रोग विशेषज्ञ", ["Arjun Kulkarni"]],
  ["स्त्री रोग विशेषज्ञ", ["Fatima Shaikh"]],
  ["नाक-कान-गला विशेषज्ञ", ["Ramesh Iyer"]],
  ["मनोचिकित्सक", ["Neha Kapoor"]],
  ["आँख का डॉक्टर", ["Amit Banerjee"]],
  ["फेफड़े का डॉक्टर", ["Manoj Pillai"]],
  ["आयुर्वेद", ["Ganesh Bhat"]],
  // Hindi in Latin letters
  ["dil ka doctor", cardiologists],
  ["bachchon ka doctor", children],
  ["bachon ka doctor pune", ["Priya Nair"]],
  ["haddi ka doctor", ["Arjun Kulkarni"]],
  ["naak kaan gala", ["Ramesh Iyer"]],
  ["dimag ka doctor", ["Deepak Verma"]],
  ["pet ka doctor", ["Sanjay Gupta"]],
  ["aankh ka doctor kolkata", ["Amit Banerjee"]],
  ["daant ka doctor", ["Pooja Mehta"]],
  ["sugar ka doctor mumbai", ["Anjali Sharma"]],
  ["ayurvedic vaidya pune", ["Ganesh Bhat"]],
  // "near me" without a location is dropped
  ["cardiology pune near me", ["Anil Patwardhan", "Kiran Patil"]],
];

async function insertFixtures() {
  let n = 0;
  for (const [name, specialty, city, area, clinic, rating, lat, lng] of fixtures) {
    const user = await createUser({ role: "doctor", fullName: name });
    const facility = await createFacility({
      name: clinic,
      area,
      city,
      latitude: lat.toFixed(6),
      longitude: lng.toFixed(6),
    });
    await db.insert(doctors).values({
      userId: user.id,
      facilityId: facility.id,
      specialty,
      qualification: "MBBS",
      licenseNumber: `SRCH-${1000 + n++}`,
      feeOnline: "400.00",
      feeOffline: "500.00",
      ratingAvg: rating,
      ratingCount: 10,
      verificationStatus: "verified",
    });
  }
}

const names = async (params: Record<string, string>) =>
  (await listDoctors(doctorListQuerySchema.parse(params))).data.map((d) => d.name);

describe("the doctor search box", () => {
  it(`finds the expected doctors for ${table.length} queries`, async () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
    await insertFixtures();
    const got: Record<string, string[]> = {};
    for (const [q] of table) got[q] = await names({ q });
    // One comparison of the whole table, so a failure shows every query that went wrong.
    expect(got).toEqual(Object.fromEntries(table));
  });

  it("sorts by distance from the caller for 'near me' and keeps the chosen sort otherwise", async () => {
    await insertFixtures();
    const baner = { lat: "18.5600", lng: "73.7900" };
    expect(await names({ q: "cardiologist near me", ...baner })).toEqual([
      "Kiran Patil",
      "Anil Patwardhan",
      "Meera Joshi",
      "Rahul Khanna",
    ]);
    expect(await names({ q: "दिल का डॉक्टर मेरे पास", ...baner, sort: "rating" })).toEqual(
      cardiologists,
    );
  });

  it("pages a distance sort exactly as a sort of every clinic would", async () => {
    await insertFixtures();
    const from = { lat: 18.55, lng: 73.8 };
    const km = ([, , , , , , lat, lng]: Fixture) => {
      const rad = (d: number) => (d * Math.PI) / 180;
      const h =
        Math.sin(rad(lat - from.lat) / 2) ** 2 +
        Math.cos(rad(from.lat)) * Math.cos(rad(lat)) * Math.sin(rad(lng - from.lng) / 2) ** 2;
      return 2 * 6371 * Math.asin(Math.sqrt(h));
    };
    const expected = [...fixtures].sort((a, b) => km(a) - km(b)).map(([name]) => name);
    const pages: string[] = [];
    for (let page = 1; page <= 9; page++) {
      pages.push(
        ...(await names({
          sort: "distance",
          lat: String(from.lat),
          lng: String(from.lng),
          page: String(page),
          pageSize: "3",
        })),
      );
    }
    expect(pages).toEqual(expected);
  });

  it("serves the same search at GET /api/v1/doctors?q=", async () => {
    await insertFixtures();
    const res = await listRoute(
      new Request(`http://x/api/v1/doctors?q=${encodeURIComponent("दिल का डॉक्टर पुणे")}`),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data.map((d: { name: string }) => d.name)).toEqual([
      "Anil Patwardhan",
      "Kiran Patil",
    ]);
    expect(body.meta).toEqual({ page: 1, pageSize: 20, total: 2 });
  });

  it("finds a doctor by a new name and a clinic's new locality", async () => {
    await insertFixtures();
    const [rao] = await db.select().from(users).where(eq(users.fullName, "Kavita Rao"));
    await db.update(users).set({ fullName: "Kavita Raghavan" }).where(eq(users.id, rao!.id));
    await db
      .update(facilities)
      .set({ area: "Koramangala" })
      .where(eq(facilities.name, "Rao Skin and Hair"));
    expect(await names({ q: "raghavan koramangala" })).toEqual(["Kavita Raghavan"]);
    expect(await names({ q: "indiranagar" })).toEqual([]);
  });
});
