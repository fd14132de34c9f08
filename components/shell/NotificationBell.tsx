import Link from "next/link";
import { cookies } from "next/headers";
import { Bell } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { logger } from "@/lib/log/logger";
import { countUnreadNotifications } from "@/lib/notifications/queries";

const sessionCookie = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/**
 * The bell for a signed-in visitor: a link to the inbox with the unread count (in its accessible
 * name; the badge is hidden at 0). Nothing for anonymous visitors, who pay no lookup for it.
 */
export async function NotificationBell() {
  const cookieStore = await cookies();
  if (!cookieStore.getAll().some((c) => sessionCookie.test(c.name))) return null;
  const actor = await getActor().catch((error: unknown) => {
    logger.warn({ err: error }, "bell: session could not be resolved");
    return null;
  });
  if (!actor) return null;
  const [t, unread] = await Promise.all([
    getTranslations("Inbox"),
    countUnreadNotifications(actor).catch((error: unknown) => {
      logger.warn({ err: error }, "bell: unread count failed");
      return 0;
    }),
  ]);
  return (
    <Link
      href="/notifications"
      aria-label={t("bell", { count: unread })}
      prefetch={false}
      className="relative inline-flex size-11 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100 hover:text-slate-900"
    >
      <Bell aria-hidden="true" className="size-5" />
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute top-1 right-1 grid min-w-5 place-items-center rounded-full bg-red-600 px-1 text-[11px] leading-5 font-bold text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
