import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { operationOf } from "@/lib/api/api-route";
import type { Operation } from "@/lib/api/operation";

/** A route handler as Next calls it. */
export type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

export interface DiscoveredHandler {
  /** "POST /admin/doctors/{id}/verify", from the file's place. */
  route: string;
  method: string;
  path: string;
  handler: RouteHandler;
  /** The declaration apiRoute built it from, if it was. */
  operation: Operation | undefined;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

const apiDir = path.join(process.cwd(), "app/api/v1");
const httpMethods = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];

/** `app/api/v1/users/[id]/route.ts` -> `/users/{id}`. */
const pathOf = (file: string) =>
  ("/" + path.relative(apiDir, path.dirname(file)).split(path.sep).join("/")).replace(
    /\[(\w+)\]/g,
    "{$1}",
  );

/** Every /api/v1 route handler, imported as Next would, with what it was built from. */
export async function discoverRouteHandlers(): Promise<DiscoveredHandler[]> {
  const modules = await Promise.all(
    routeFiles(apiDir).map(async (file) => {
      const mod = (await import(file)) as Record<string, unknown>;
      return Object.entries(mod)
        .filter(([name]) => httpMethods.includes(name))
        .map(([method, handler]) => ({
          route: `${method} ${pathOf(file)}`,
          method,
          path: pathOf(file),
          handler: handler as RouteHandler,
          operation: operationOf(handler),
        }));
    }),
  );
  return modules.flat();
}
