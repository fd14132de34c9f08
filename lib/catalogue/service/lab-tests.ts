import "server-only";
import { count, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { translateDbErrors, type DbErrorMap } from "@/db/errors";
import { db, type Tx } from "@/db/client";
import { labPackageItems, labTests } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { recordAdminAction } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { toAdminLabTestDto } from "../mappers";
import { labTestIssues, type CatalogueIssue } from "../policy";
import { loadPackageTests } from "../queries";
import { createLabTestSchema, updateLabTestSchema, type AdminLabTestDto } from "../schemas";
import { describeChanges } from "./changes";

const invalid = (issues: CatalogueIssue[]) =>
  new AppError("validation_failed", "The lab test breaks a catalogue rule.", { errors: issues });
const atContents = (message: string) => invalid([{ path: "packageTestIds", message }]);

/** Two tests racing for one code: the unique index decides, the loser is told at `code`. */
const codeTaken: DbErrorMap = {
  lab_tests_code_uniq: new AppError("conflict", "Another lab test already has this code.", {
    errors: [{ path: "code", message: "is already used by another test" }],
  }),
};

/**
 * A package's contents as row ids: each must be an existing single test, never a package and
 * never the package itself (422 at packageTestIds otherwise).
 */
async function resolveContents(tx: Tx, uuids: string[], selfId: number | null): Promise<number[]> {
  const wanted = [...new Set(uuids)];
  if (wanted.length === 0) return [];
  const rows = await tx
    .select({ id: labTests.id, isPackage: labTests.isPackage })
    .from(labTests)
    .where(inArray(labTests.uuid, wanted));
  if (rows.length !== wanted.length) throw atContents("contains a test that does not exist");
  if (rows.some((r) => r.id === selfId)) throw atContents("a package cannot contain itself");
  if (rows.some((r) => r.isPackage)) throw atContents("a package cannot contain another package");
  return rows.map((r) => r.id);
}

async function replaceContents(tx: Tx, packageId: number, testIds: number[]) {
  await tx.delete(labPackageItems).where(eq(labPackageItems.packageId, packageId));
  if (testIds.length > 0)
    await tx.insert(labPackageItems).values(testIds.map((testId) => ({ packageId, testId })));
}

/** Adds a lab test or package (with its single tests) and records it in the admin audit. */
export async function createLabTest(
  actor: Actor,
  input: z.input<typeof createLabTestSchema>,
): Promise<AdminLabTestDto> {
  requireAdmin(actor);
  const { packageTestIds, ...values } = parseInput(createLabTestSchema, input);
  return translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        const contents = await resolveContents(tx, packageTestIds, null);
        const [row] = await tx
          .insert(labTests)
          .values({ ...values, fastingHours: values.fastingRequired ? values.fastingHours : null })
          .returning();
        await replaceContents(tx, row!.id, contents);
        await recordAdminAction(tx, actor, {
          action: "lab_test_created",
          targetType: "lab_test",
          targetUuid: row!.uuid,
          targetLabel: row!.name,
        });
        const tests = await loadPackageTests(tx, [row!.id]);
        return toAdminLabTestDto(row!, tests.get(row!.id) ?? []);
      }),
    codeTaken,
  );
}

/**
 * Edits a lab test: only the fields sent change; `packageTestIds` replaces the contents. The
 * rules are checked on the result; a test inside a package cannot become a package itself (a
 * package never holds a package). A code already in use is 409. Bookings keep their snapshots.
 * An edit that changes nothing writes nothing (no audit row).
 */
export async function updateLabTest(
  actor: Actor,
  id: string,
  input: z.input<typeof updateLabTestSchema>,
): Promise<AdminLabTestDto> {
  requireAdmin(actor);
  if (!isUuid(id)) throw notFound("lab test");
  const { packageTestIds, ...changes } = parseInput(updateLabTestSchema, input);
  return translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(labTests)
          .where(eq(labTests.uuid, id))
          .for("update")
          .limit(1);
        if (!row) throw notFound("lab test");
        const current = (await loadPackageTests(tx, [row.id])).get(row.id) ?? [];
        const contents =
          packageTestIds === undefined ? null : await resolveContents(tx, packageTestIds, row.id);
        const merged = { ...row, ...changes };
        const issues = labTestIssues({
          ...merged,
          packageTestCount: contents?.length ?? current.length,
        });
        if (merged.isPackage && !row.isPackage && (await isInsideAPackage(tx, row.id)))
          issues.push({ path: "isPackage", message: "is inside a package, which cannot hold one" });
        if (issues.length > 0) throw invalid(issues);
        const changed = describeChanges(
          { ...row, packageTestIds: current.map((t) => t.id).sort() },
          packageTestIds === undefined
            ? changes
            : { ...changes, packageTestIds: [...new Set(packageTestIds)].sort() },
        );
        // Nothing differs (an empty body, a form saved as it was): no write, no audit row.
        if (changed === null) return toAdminLabTestDto(row, current);
        const [updated] = await tx
          .update(labTests)
          .set({ ...changes, fastingHours: merged.fastingRequired ? merged.fastingHours : null })
          .where(eq(labTests.id, row.id))
          .returning();
        if (contents) await replaceContents(tx, row.id, contents);
        await recordAdminAction(tx, actor, {
          action: "lab_test_updated",
          targetType: "lab_test",
          targetUuid: row.uuid,
          targetLabel: updated!.name,
          reason: changed,
        });
        const tests = await loadPackageTests(tx, [row.id]);
        return toAdminLabTestDto(updated!, tests.get(row.id) ?? []);
      }),
    codeTaken,
  );
}

async function isInsideAPackage(tx: Tx, testId: number): Promise<boolean> {
  const [row] = await tx
    .select({ n: count() })
    .from(labPackageItems)
    .where(eq(labPackageItems.testId, testId));
  return (row?.n ?? 0) > 0;
}
