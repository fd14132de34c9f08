import { describe, expect, it } from "vitest";
import { parseBackupArgs, parseRestoreArgs, UsageError } from "./cli";
import { defaultBackupFile, engineOfFile, migrationNote } from "./files";

describe("command lines", () => {
  it("parses db:backup and db:restore arguments", () => {
    expect(parseBackupArgs([])).toEqual({ out: null });
    expect(parseBackupArgs(["--out", "a.dump"])).toEqual({ out: "a.dump" });
    expect(parseBackupArgs(["--out=b.dump"])).toEqual({ out: "b.dump" });
    expect(parseRestoreArgs(["x.dump", "--target", "postgres://h/db", "--force"])).toEqual({
      file: "x.dump",
      target: "postgres://h/db",
      force: true,
    });
  });

  it("rejects what it does not understand", () => {
    expect(() => parseBackupArgs(["--out"])).toThrow(UsageError);
    expect(() => parseBackupArgs(["--clean"])).toThrow(/unknown argument/);
    expect(() => parseRestoreArgs([])).toThrow(/which backup file/);
    expect(() => parseRestoreArgs(["a.dump", "b.dump"])).toThrow(/one backup file/);
  });
});

describe("backup files", () => {
  it("names backups by engine and UTC time", () => {
    const at = new Date("2026-12-06T08:10:37.123Z");
    expect(defaultBackupFile("postgres", at)).toBe("backups/swasthai-20261206T081037Z.dump");
    expect(defaultBackupFile("pglite", at)).toBe("backups/swasthai-20261206T081037Z.pglite.tar.gz");
    expect(engineOfFile("x/swasthai-1.pglite.tar.gz")).toBe("pglite");
    expect(() => engineOfFile("x.sql")).toThrow(/expected a .dump/);
  });

  it("tells when the restored schema is behind or ahead of the code", () => {
    expect(migrationNote(15, 15)).toBeNull();
    expect(migrationNote(14, 15)).toMatch(/run npm run db:migrate/);
    expect(migrationNote(16, 15)).toMatch(/knows only 15/);
  });
});
