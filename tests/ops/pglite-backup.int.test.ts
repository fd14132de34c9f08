import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, queryRows, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { pgliteExtensions } from "@/db/pglite-extensions";
import * as schema from "@/db/schema";
import { appointments, doctors, facilities, medicines, users } from "@/db/schema";
import { compareSnapshots } from "@/lib/ops/backup/compare";
import { readManifest, type Manifest } from "@/lib/ops/backup/manifest";
import { backupPglite, restorePglite } from "@/lib/ops/backup/pglite";
import { readSnapshot } from "@/lib/ops/backup/snapshot";

// The embedded database's backup on disk, whatever database the other integration tests use:
// a migrated PGlite in a temp dir with a doctor, a patient, two bookings and a medicine, dumped and
// loaded into a new dir. (The shared factories write to the process-wide database, so the rows are
// inserted here on the temp one.)
let root: string;
let source: string;
let file: string;
let manifest: Manifest;

async function seed(db: Db) {
  const [patient] = await db
    .insert(users)
    .values({ email: "asha@example.test", fullName: "Asha Rao" })
    .returning();
  const [doctorUser] = await db
    .insert(users)
    .values({ email: "meera@example.test", fullName: "Dr. Meera Iyer", role: "doctor" })
    .returning();
  const [clinic] = await db
    .insert(facilities)
    .values({ name: "Clinic", city: "Pune", latitude: "18.520430", longitude: "73.856743" })
    .returning();
  const [doctor] = await db
    .insert(doctors)
    .values({
      userId: doctorUser!.id,
      facilityId: clinic!.id,
      specialty: "general_physician",
      qualification: "MBBS",
      licenseNumber: "MH-100001",
      feeOnline: "400.00",
      feeOffline: "500.00",
      verificationStatus: "verified",
    })
    .returning();
  await db.insert(appointments).values([
    {
      patientId: patient!.id,
      doctorId: doctor!.id,
      date: "2026-12-10",
      time: "09:30",
      consultationType: "online",
      status: "confirmed",
      fee: "400.00",
      confirmedAt: new Date("2026-12-06T08:00:00Z"),
      symptoms: "fever | cough, 3 days",
    },
    {
      patientId: patient!.id,
      doctorId: doctor!.id,
      date: "2026-12-11",
      time: "10:00",
      consultationType: "offline",
      fee: "500.00",
    },
  ]);
  await db.insert(medicines).values({
    name: "Paracetamol 500 Tablet",
    genericName: "Paracetamol",
    form: "tablet",
    price: "20.00",
    mrp: "25.00",
  });
}

/** Opens a restored dir the way the app would (same extensions). */
async function open(dir: string) {
  const client = await PGlite.create(dir, { extensions: pgliteExtensions });
  return { client, db: drizzle({ client, schema, casing: "snake_case" }) as unknown as Db };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "swasthai-pglite-backup-"));
  source = path.join(root, "source");
  const conn = connect(`pglite://${source}`);
  await migrateDatabase(conn);
  await seed(conn.db);
  await conn.close();
  file = path.join(root, "backups", "swasthai-test.pglite.tar.gz");
  await backupPglite(source, file, new Date("2026-12-06T08:10:00Z"));
  manifest = await readManifest(file);
}, 180_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("PGlite backup and restore", () => {
  it("writes a manifest with every table's rows, the migrations and the appointments checksum", () => {
    expect(manifest.engine).toBe("pglite");
    expect(manifest.tables).toMatchObject({ users: 2, doctors: 1, appointments: 2, medicines: 1 });
    expect(Object.keys(manifest.tables).length).toBeGreaterThan(50);
    expect(manifest.migrations).toBeGreaterThan(0);
    expect(manifest.tables["drizzle.__drizzle_migrations"]).toBe(manifest.migrations);
    expect(manifest.appointmentsChecksum).toMatch(/^[0-9a-f]{32}$/);
  });

  it("restores into a new dir with equal counts and checksum, and the trigram search works", async () => {
    const target = path.join(root, "restored");
    const { comparison, movedAside } = await restorePglite(file, manifest, target);
    expect(comparison.ok).toBe(true);
    expect(movedAside).toBeNull();

    const { client, db } = await open(target);
    try {
      const rows = await queryRows<{ name: string }>(
        sql`select name from medicines where name % 'paracetmol 500'`,
        db,
      );
      expect(rows.map((r) => r.name)).toEqual(["Paracetamol 500 Tablet"]);
    } finally {
      await client.close();
    }
  }, 120_000);

  it("notices a lost appointment: counts and checksum both differ", async () => {
    const target = path.join(root, "restored");
    const { client, db } = await open(target);
    try {
      await db.delete(appointments).where(eq(appointments.date, "2026-12-11"));
      const comparison = compareSnapshots(manifest, await readSnapshot(db));
      expect(comparison.ok).toBe(false);
      expect(comparison.rows.filter((r) => !r.ok).map((r) => [r.name, r.actual])).toEqual([
        ["appointments", "1"],
        ["appointments checksum (md5)", expect.not.stringMatching(manifest.appointmentsChecksum!)],
      ]);
    } finally {
      await client.close();
    }
  }, 60_000);

  it("refuses an existing data dir, and with force moves it aside before restoring", async () => {
    const target = path.join(root, "restored");
    await expect(restorePglite(file, manifest, target)).rejects.toThrow(/already holds a database/);

    const at = new Date("2026-12-06T09:00:00Z");
    const { comparison, movedAside } = await restorePglite(file, manifest, target, {
      force: true,
      at,
    });
    expect(comparison.ok).toBe(true);
    expect(movedAside).toBe(`${target}.before-restore-20261206T090000Z`);
    expect(existsSync(path.join(movedAside!, "PG_VERSION"))).toBe(true);
  }, 120_000);

  it("refuses a file that is not the one the manifest describes", async () => {
    const other = { ...manifest, sha256: "0".repeat(64) };
    await expect(restorePglite(file, other, path.join(root, "never"))).rejects.toThrow(
      /does not match its manifest/,
    );
    expect(existsSync(path.join(root, "never"))).toBe(false);
  });
});
