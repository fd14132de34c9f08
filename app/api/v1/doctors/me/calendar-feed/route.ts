import { apiRoute } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { createCalendarFeed, deleteCalendarFeed } from "@/lib/doctors/calendar-feed";
import { doctorOperations } from "@/lib/doctors/openapi";

/** 201 with the feed's URL: the only time the token is shown. */
export const POST = apiRoute(doctorOperations.createCalendarFeed, async ({ actor, request }) => {
  const feed = await createCalendarFeed(actor, { origin: requestContextOf(request).origin });
  return { status: 201, body: { data: feed } };
});

export const DELETE = apiRoute(doctorOperations.deleteCalendarFeed, async ({ actor }) => {
  await deleteCalendarFeed(actor);
  return { status: 204 };
});
