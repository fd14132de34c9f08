import { apiRoute, ok } from "@/lib/api/api-route";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { symptomCheckOperations } from "@/lib/symptom-checks/openapi";
import { answerSymptomCheck } from "@/lib/symptom-checks/service";

/** Finishes the check with the answers given; 200 with the assessment. */
export const POST = apiRoute(
  symptomCheckOperations.answer,
  async ({ actor, params, body, request }) =>
    ok(await answerSymptomCheck(actor, params.id, body, localeOfRequest(request))),
);
