import { apiRoute } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { renderCalendarFeed } from "@/lib/doctors/calendar-feed";
import { doctorOperations } from "@/lib/doctors/openapi";
import { AppError } from "@/lib/errors";

/** A doctor's private feed by its token (`<token>.ics`); no cookies, never cached. */
export const GET = apiRoute(doctorOperations.calendarFeed, async ({ params, request }) => {
  if (!params.file.endsWith(".ics")) throw new AppError("not_found", "No such calendar feed.");
  const { ip, origin } = requestContextOf(request);
  const content = await renderCalendarFeed(params.file.slice(0, -4), { ip, origin });
  return new Response(content, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="swasthai.ics"',
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
