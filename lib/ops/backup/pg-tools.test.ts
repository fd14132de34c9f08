import { describe, expect, it } from "vitest";
import { libpqConnection, parseToolMajor, serverMajor } from "./pg-tools";

describe("PostgreSQL tool versions", () => {
  it("reads the major version from --version and server_version_num", () => {
    expect(parseToolMajor("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n")).toBe(15);
    expect(parseToolMajor("pg_restore (PostgreSQL) 17.2")).toBe(17);
    expect(parseToolMajor("something else")).toBeNull();
    expect(serverMajor("150020")).toBe(15);
    expect(serverMajor(170002)).toBe(17);
  });
});

describe("libpqConnection", () => {
  it("moves the password out of the connection string into PGPASSWORD", () => {
    const { dbname, env } = libpqConnection(
      "postgres://app:s3cr%40t@db:5432/swasthai?sslmode=require",
    );
    expect(dbname).toBe("postgres://app@db:5432/swasthai?sslmode=require");
    expect(env).toEqual({ PGPASSWORD: "s3cr@t" });
  });

  it("sets no PGPASSWORD when the URL has none", () => {
    expect(libpqConnection("postgres://postgres@127.0.0.1:5432/x").env).toEqual({});
  });
});
