import type { TestProject } from "vitest/node";
import postgres from "postgres";
import { connect } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

/**
 * With TEST_DATABASE_URL (a PostgreSQL server URL), builds one migrated template database per run;
 * each test file then gets its own copy (CREATE DATABASE ... TEMPLATE), so files run in parallel
 * without sharing rows. Without it, each file migrates its own in-memory PGlite.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    project.provide("templateDatabaseUrl", "");
    return;
  }
  const template = `swasthai_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${template}"`);
  const templateUrl = withDatabase(serverUrl, template);
  const conn = connect(templateUrl);
  await migrateDatabase(conn);
  await conn.close();
  project.provide("templateDatabaseUrl", templateUrl);

  return async () => {
    await admin.unsafe(`drop database if exists "${template}" with (force)`);
    await admin.end();
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}
