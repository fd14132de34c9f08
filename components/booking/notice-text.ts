import type { BookingLabels } from "./booking-types";
import type { Notice } from "./wizard";

/** A dropped choice's notice in the user's words (templates from the page, `{when}` / `{day}` filled here). */
export function noticeText(notice: Notice, t: BookingLabels["notices"]): string {
  switch (notice.kind) {
    case "slotNotInMode":
      return fill(notice.mode === "online" ? t.slotNotOnline : t.slotNotOffline, notice);
    case "slotGone":
      return fill(t.slotGone, notice);
    case "dayNotInMode":
      return fill(notice.mode === "online" ? t.dayNotOnline : t.dayNotOffline, notice);
    case "dayGone":
      return fill(t.dayGone, notice);
  }
}

function fill(template: string, n: { day: string; time?: string }): string {
  return template.replace("{day}", n.day).replace("{when}", n.time ? `${n.day}, ${n.time}` : n.day);
}
