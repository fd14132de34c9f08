import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { notifications } from "@/db/schema";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
  openNotificationAction,
} from "@/app/(site)/(patient)/notifications/actions";
import { saveNotificationPreferencesAction } from "@/app/(site)/(patient)/settings/notifications/actions";
import type { Actor } from "@/lib/auth/actor";
import { countUnreadNotificationsOf } from "@/lib/notifications/queries";
import { preferencesOf } from "@/lib/notifications/preferences";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";

// The inbox and settings forms' doors with Next's request scope stubbed: who is signed in and
// where the action sends the browser. Everything below the action is real.
const door = vi.hoisted(() => ({ actor: null as Actor | null, redirects: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));

beforeEach(() => {
  door.actor = null;
  door.redirects = [];
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function notice(userId: number, link: string | null = "/appointments") {
  const [row] = await db
    .insert(notifications)
    .values({ userId, title: "Booked", body: "Your visit is booked.", link })
    .returning({ uuid: notifications.uuid });
  return row!.uuid;
}

describe("inbox actions", () => {
  it("open marks my notice read and goes to its link; B's attempt on it fails and changes nothing", async () => {
    const a = await createUser();
    const b = await createUser();
    const id = await notice(a.id, "/appointments?tab=upcoming");

    door.actor = actorFor(b);
    await openNotificationAction(form({ id, filter: "unread", page: "2" }));
    expect(door.redirects).toEqual(["/notifications?filter=unread&page=2&error=failed"]);
    expect(await countUnreadNotificationsOf(a.id)).toBe(1);

    door.actor = actorFor(a);
    await openNotificationAction(form({ id }));
    expect(door.redirects.at(-1)).toBe("/appointments?tab=upcoming");
    expect(await countUnreadNotificationsOf(a.id)).toBe(0);
  });

  it("a notice without a link opens back into the list", async () => {
    const a = await createUser();
    door.actor = actorFor(a);
    await openNotificationAction(form({ id: await notice(a.id, null), filter: "unread" }));
    expect(door.redirects).toEqual(["/notifications?filter=unread"]);
  });

  it("mark one read returns to the same list with a notice", async () => {
    const a = await createUser();
    door.actor = actorFor(a);
    const id = await notice(a.id);
    await notice(a.id);
    await markNotificationReadAction(form({ id, filter: "all", page: "1" }));
    expect(door.redirects).toEqual(["/notifications?notice=read"]);
    expect(await countUnreadNotificationsOf(a.id)).toBe(1);
  });

  it("mark all read says how many, and touches only mine", async () => {
    const a = await createUser();
    const b = await createUser();
    await Promise.all([notice(a.id), notice(a.id), notice(b.id)]);
    door.actor = actorFor(a);
    await markAllNotificationsReadAction(form({ filter: "unread" }));
    expect(door.redirects).toEqual(["/notifications?filter=unread&notice=allRead&count=2"]);
    expect(await countUnreadNotificationsOf(a.id)).toBe(0);
    expect(await countUnreadNotificationsOf(b.id)).toBe(1);
  });

  it("signed out, nothing is marked", async () => {
    const a = await createUser();
    await notice(a.id);
    await markAllNotificationsReadAction(form({}));
    expect(door.redirects).toEqual(["/notifications?error=failed"]);
    expect(await countUnreadNotificationsOf(a.id)).toBe(1);
  });
});

describe("notification settings action", () => {
  it("saves ticked boxes as on and missing ones as off, then says Saved", async () => {
    const a = await createUser();
    door.actor = actorFor(a);
    await saveNotificationPreferencesAction(
      form({ apptReminder: "on", channelSms: "on", channelEmail: "on", forumActivity: "on" }),
    );
    expect(door.redirects).toEqual(["/settings/notifications?saved=1"]);
    const saved = await preferencesOf(a.id);
    expect(saved).toMatchObject({
      apptReminder: true,
      apptConfirmed: false,
      channelSms: true,
      channelPush: false,
      channelEmail: true,
      forumActivity: true,
      coachMessages: false,
    });
  });

  it("signed out: an error, and nothing saved", async () => {
    await saveNotificationPreferencesAction(form({ channelSms: "on" }));
    expect(door.redirects).toEqual(["/settings/notifications?error=failed"]);
  });
});
