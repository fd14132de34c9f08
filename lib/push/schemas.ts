import { z } from "zod";

const base64url = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "is required")
    .max(max, `must be at most ${max} characters`)
    .regex(/^[A-Za-z0-9_-]+=*$/, "must be base64url");

/**
 * The push services browsers subscribe with: Chrome and Edge (FCM), Firefox (Mozilla), Safari
 * (Apple) and Windows (WNS). The server POSTs to the endpoint, so any other host would let a
 * caller make it call an address of their choosing, inside our network included.
 */
const pushServiceHost =
  /^(?:fcm\.googleapis\.com|android\.googleapis\.com|updates\.push\.services\.mozilla\.com|(?:[a-z0-9-]+\.)*push\.apple\.com|(?:[a-z0-9-]+\.)*notify\.windows\.com)$/;

/** A push service URL, as the browser's PushSubscription gives it (always https, a known service). */
const endpoint = z
  .string()
  .trim()
  .max(2048, "must be at most 2048 characters")
  .refine((value) => URL.canParse(value) && new URL(value).protocol === "https:", {
    message: "must be an https URL",
  })
  .refine(
    (value) => {
      const url = URL.canParse(value) ? new URL(value) : null;
      return url !== null && url.port === "" && pushServiceHost.test(url.hostname);
    },
    { message: "must be a browser push service's address" },
  );

/** `PushSubscription.toJSON()`: the endpoint and its two keys (expirationTime is ignored). */
export const pushSubscriptionInputSchema = z.object({
  endpoint,
  keys: z.object({ p256dh: base64url(256), auth: base64url(64) }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInputSchema>;

export const pushUnsubscribeSchema = z.object({ endpoint });
export type PushUnsubscribeInput = z.infer<typeof pushUnsubscribeSchema>;

export const pushSubscriptionSchema = z.object({
  id: z.uuid(),
  endpoint: z.string(),
  createdAt: z.string(),
});
export type PushSubscriptionDto = z.infer<typeof pushSubscriptionSchema>;
