import { apiRoute, ok } from "@/lib/api/api-route";
import { symptomCheckOperations } from "@/lib/symptom-checks/openapi";
import { getSymptomCheck } from "@/lib/symptom-checks/queries";

export const GET = apiRoute(symptomCheckOperations.get, async ({ actor, params }) =>
  ok(await getSymptomCheck(actor, params.id)),
);
