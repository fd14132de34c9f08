import { apiRoute, created } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { symptomCheckOperations } from "@/lib/symptom-checks/openapi";
import { listSymptomChecks } from "@/lib/symptom-checks/queries";
import { createSymptomCheck } from "@/lib/symptom-checks/service";

export const GET = apiRoute(symptomCheckOperations.list, async ({ actor, query }) => ({
  body: await listSymptomChecks(actor, query),
}));

/** Starts a check; 201 with its questions (or the emergency assessment) and its Location. */
export const POST = apiRoute(symptomCheckOperations.create, async ({ actor, body, request }) => {
  const check = await createSymptomCheck(actor, body, localeOfRequest(request), {
    clientIp: requestContextOf(request).ip,
  });
  return created(check, `/api/v1/symptom-checks/${check.id}`);
});
