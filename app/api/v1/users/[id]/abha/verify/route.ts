import { abhaOperations } from "@/lib/abha/openapi";
import { verifyAbhaOtp } from "@/lib/abha/verification";
import { apiRoute, ok } from "@/lib/api/api-route";

export const POST = apiRoute(abhaOperations.verifyOtp, async ({ actor, params, body }) =>
  ok(await verifyAbhaOtp(actor, params.id, body)),
);
