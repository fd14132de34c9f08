import { abhaOperations } from "@/lib/abha/openapi";
import { requestAbhaOtp } from "@/lib/abha/verification";
import { apiRoute, ok } from "@/lib/api/api-route";

export const POST = apiRoute(abhaOperations.requestOtp, async ({ actor, params, body }) =>
  ok(await requestAbhaOtp(actor, params.id, body)),
);
