import { apiRoute } from "@/lib/api/api-route";
import { todayInIndia } from "@/lib/validation/fields";
import { exportUserFhir } from "@/lib/fhir/export";
import { exportUser } from "@/lib/users/export";
import { userOperations } from "@/lib/users/openapi";

/**
 * `GET /users/me/export`: everything held about me, as a JSON file download; `?format=fhir`: the
 * same facts as a FHIR R4 Bundle (`application/fhir+json`) for other health apps.
 */
export const GET = apiRoute(userOperations.export, async ({ actor, query, request }) => {
  const headers = { "cache-control": "no-store" };
  if (query.format === "fhir") {
    const bundle = await exportUserFhir(actor, { requestOrigin: new URL(request.url).origin });
    return new Response(JSON.stringify(bundle), {
      headers: {
        ...headers,
        "content-type": "application/fhir+json; charset=utf-8",
        "content-disposition": `attachment; filename="swasthai-fhir-${todayInIndia()}.json"`,
      },
    });
  }
  return {
    body: { data: await exportUser(actor) },
    headers: {
      ...headers,
      "content-disposition": `attachment; filename="swasthai-export-${todayInIndia()}.json"`,
    },
  };
});
