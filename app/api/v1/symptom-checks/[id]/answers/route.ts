import { apiRoute, ok } from "@/lib/api/api-route";
import { requestTriageLocale } from "@/lib/symptom-checks/locale";
import { symptomCheckOperations } from "@/lib/symptom-checks/openapi";
import { answerSymptomCheck } from "@/lib/symptom-checks/service";

/** Finishes the check with the answers given; 200 with the assessment. */
export const POST = apiRoute(
  symptomCheckOperations.answer,
  async ({ actor, params, body, request }) =>
    ok(await answerSymptomCheck(actor, params.id, body, requestTriageLocale(request))),
);
