import { resolveLocale } from "@/lib/i18n/config";
import type { TriageLocale } from "@/lib/triage/types";
import { triageLocaleOf } from "./mappers";

/** The language an API caller asked for (Accept-Language), as the triage engine speaks it. */
export function requestTriageLocale(request: Request): TriageLocale {
  return triageLocaleOf(resolveLocale(undefined, request.headers.get("accept-language")));
}
