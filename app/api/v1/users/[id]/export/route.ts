import { apiRoute } from "@/lib/api/api-route";
import { todayInIndia } from "@/lib/validation/fields";
import { exportUser } from "@/lib/users/export";
import { userOperations } from "@/lib/users/openapi";

/** `GET /users/me/export`: everything held about me, as a JSON file download. */
export const GET = apiRoute(userOperations.export, async ({ actor }) => ({
  body: { data: await exportUser(actor) },
  headers: {
    "content-disposition": `attachment; filename="swasthai-export-${todayInIndia()}.json"`,
    "cache-control": "no-store",
  },
}));
