import type { DeliveryChannel } from "@/db/schema";
import type { EventRule } from "../events";
import type { preferencesOf } from "../preferences";

type NotificationPreferences = Awaited<ReturnType<typeof preferencesOf>>;

const channelSwitch = {
  email: "channelEmail",
  sms: "channelSms",
  push: "channelPush",
} as const satisfies Record<DeliveryChannel, keyof NotificationPreferences>;

/**
 * The channels a notice goes out on: those (a) the event allows, (b) whose channel switch is on,
 * (c) only when the event's topic switch is on too (essential events have none), and (d) that
 * reach the person (a mail to send, a verified phone, a push subscription).
 */
export function plannedChannels(
  rule: EventRule,
  preferences: NotificationPreferences,
  reachable: Record<DeliveryChannel, boolean>,
): DeliveryChannel[] {
  if (rule.topic !== null && !preferences[rule.topic]) return [];
  return rule.channels.filter(
    (channel) => preferences[channelSwitch[channel]] && reachable[channel],
  );
}
