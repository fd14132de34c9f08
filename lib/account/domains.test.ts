import { is } from "drizzle-orm";
import { getTableConfig, PgTable, type AnyPgColumn } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { accountParts } from "./domains";

const nameOf = (column: AnyPgColumn) => `${getTableConfig(column.table).name}.${column.name}`;

/** Every column in db/schema with a foreign key to users.id, as `table.column`. */
const userColumns = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .flatMap((table) => {
    const config = getTableConfig(table);
    return config.foreignKeys
      .map((fk) => fk.reference())
      .filter((ref) => getTableConfig(ref.foreignTable).name === "users")
      .flatMap((ref) => ref.columns.map((c) => `${config.name}.${c.name}`));
  });

const erased = accountParts.flatMap((p) => (p.userColumns.erased ?? []).map(nameOf));
const kept = accountParts.flatMap((p) => (p.userColumns.kept ?? []).map((k) => nameOf(k.column)));

describe("the account registry", () => {
  it("finds the user foreign keys it checks", () => {
    expect(userColumns).toEqual(
      expect.arrayContaining(["health_records.userId", "appointments.patientId"]),
    );
    expect(userColumns.length).toBeGreaterThanOrEqual(30);
  });

  it("covers every column that references a user: erased, or kept with a reason", () => {
    const covered = new Set([...erased, ...kept]);
    const forgotten = userColumns.filter((c) => !covered.has(c));
    expect(forgotten, "add these to a lib/<domain>/account.ts part").toEqual([]);
  });

  it("declares only real user columns, each once", () => {
    const declared = [...erased, ...kept];
    expect(declared.filter((c) => !userColumns.includes(c))).toEqual([]);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it("gives every kept column a reason and every erasing part an eraser", () => {
    for (const part of accountParts) {
      for (const { column, reason } of part.userColumns.kept ?? [])
        expect(reason.length, `${part.domain}: ${nameOf(column)}`).toBeGreaterThan(15);
      if (part.userColumns.erased?.length)
        expect(part.eraseForUser, `${part.domain} erases`).toBeTypeOf("function");
    }
  });

  it("lists each domain once, users first (its eraser locks the account row)", () => {
    const domains = accountParts.map((p) => p.domain);
    expect(new Set(domains).size).toBe(domains.length);
    expect(domains[0]).toBe("users");
  });
});
