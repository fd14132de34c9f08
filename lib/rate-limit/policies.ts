/**
 * Named rate-limit policies. Each is a sliding window of `limit` events per `windowSeconds` per key;
 * `key` says what the key is (and how it is normalised before use). Limits are multiplied by
 * RATE_LIMIT_SCALE (default 1) so e2e runs, which send many requests from one address, can raise them.
 */
export const rateLimitPolicies = {
  /** Sign-in attempts per client address, successful or not: 20 per minute. */
  login_ip: { limit: 20, windowSeconds: 60, key: "ip" },
  /**
   * Sign-in attempts per account (normalised email): 10 per 15 minutes. Each attempt is counted
   * before its password is checked (guardAttempt), so a parallel burst gets at most 10 checks; a
   * successful sign-in clears the count, so in effect it counts failures.
   */
  login_account: { limit: 10, windowSeconds: 15 * 60, key: "email" },
  /** Sign-ups per client address: 10 per hour. */
  register_ip: { limit: 10, windowSeconds: 60 * 60, key: "ip" },
  /**
   * Verification resends per user, and password-reset mails per email address when the requester's
   * address is unknown (every requester is then one): 5 per hour.
   */
  forgot_email: { limit: 5, windowSeconds: 60 * 60, key: "email" },
  /** Password-reset requests per client address: 20 per hour. */
  forgot_ip: { limit: 20, windowSeconds: 60 * 60, key: "ip" },
  /** Token refreshes per client address: 60 per minute. */
  refresh_ip: { limit: 60, windowSeconds: 60, key: "ip" },
  /** /api/v1 requests per signed-in user: 600 per minute. */
  api_user: { limit: 600, windowSeconds: 60, key: "user" },
  /** /api/v1 requests without a user, per client address: 300 per minute. */
  api_anonymous_ip: { limit: 300, windowSeconds: 60, key: "ip" },
  /**
   * Password-reset mails one client address may ask for one email address: 5 per hour. Keyed by
   * requester and target, so strangers' requests do not use up the owner's own.
   */
  forgot_requester: { limit: 5, windowSeconds: 60 * 60, key: "ip+email" },
  /**
   * Password-reset mails to one email address from all known addresses together: 20 per hour. Bounds
   * mail-bombing; blocking the owner's reset now takes four addresses, not five requests.
   */
  forgot_target: { limit: 20, windowSeconds: 60 * 60, key: "email" },

  // Global fallbacks: one bucket per route for all callers together (key GLOBAL_KEY), counted only
  // when the client address is unknown (no proxy configured, or RATE_LIMIT_BY_IP=off), in place of
  // the per-address policy. They bound a flood, they do not single out the flooder: while one runs,
  // honest callers of that route get 429 too, which beats unbounded sign-ups, hashes and mails.
  // Sized for one instance (in-process counts); a deployment without addresses is a small one.
  /**
   * Sign-ups, all callers: 300 per hour. Organic sign-ups reach one instance a few times an hour;
   * each costs an argon2 hash and a mail, and this keeps a bot to 7,200 accounts a day, not unbounded.
   */
  register_global: { limit: 300, windowSeconds: 60 * 60, key: "global" },
  /**
   * Sign-in attempts, all callers: 300 per minute (5 a second). An argon2 check takes 100-300 ms of
   * one core, so this is about what a 2-core instance can hash without starving its pages; honest
   * sign-ins on one instance are a few a minute.
   */
  login_global: { limit: 300, windowSeconds: 60, key: "global" },
  /** Password-reset requests, all callers: 120 per hour. Each may send a mail (sender reputation). */
  forgot_global: { limit: 120, windowSeconds: 60 * 60, key: "global" },
  /**
   * Token refreshes, all callers: 3,000 per minute. Each API session refreshes every 15 minutes,
   * so this carries about 45,000 active sessions on one instance; a refresh is a cheap lookup.
   */
  refresh_global: { limit: 3000, windowSeconds: 60, key: "global" },
  /**
   * Anonymous /api/v1 requests, all callers: 3,000 per minute (50 a second). Browsers render pages
   * on the server and do not call /api/v1 anonymously; partners and apps before sign-in do.
   */
  api_anonymous_global: { limit: 3000, windowSeconds: 60, key: "global" },
  /** ABHA OTPs requested from ABDM per user: 5 per hour (each one texts a stranger's phone). */
  abha_otp_request: { limit: 5, windowSeconds: 60 * 60, key: "user" },
  /** ABHA OTP verification attempts per user, right or wrong: 5 per 15 minutes. */
  abha_otp_verify: { limit: 5, windowSeconds: 15 * 60, key: "user" },
  /**
   * Health-record uploads per user: 60 per hour. Each stores up to 10 MB; a patient filing a
   * year's papers in one sitting stays well under it, a script filling the disk does not.
   */
  record_upload: { limit: 60, windowSeconds: 60 * 60, key: "user" },
  /** A doctor's verification documents per user: 30 per hour (an application needs two or three). */
  doctor_document_upload: { limit: 30, windowSeconds: 60 * 60, key: "user" },
  /**
   * Private calendar feed fetches per IP: 60 per minute. Calendar apps poll a feed every few
   * minutes to hours; guessing a 256-bit token is hopeless anyway, this only caps the cost.
   */
  calendar_feed_ip: { limit: 60, windowSeconds: 60, key: "ip" },
  /**
   * Emergency requests per client address: 10 per hour. Generous (a family may ask for two
   * people), but each one alerts up to five hospitals; the page always shows 108 anyway.
   */
  emergency_ip: { limit: 10, windowSeconds: 60 * 60, key: "ip" },
  /** Emergency requests per contact phone (normalised +91...): 5 per hour. */
  emergency_phone: { limit: 5, windowSeconds: 60 * 60, key: "phone" },
  /** Emergency requests, all callers, when the address is unknown: 300 per hour. */
  emergency_global: { limit: 300, windowSeconds: 60 * 60, key: "global" },
  /**
   * Health coach messages per user: 30 per 10 minutes. A conversation is a message every
   * 20 seconds or so; each may cost a model call, so a script cannot run up the bill.
   */
  coach_message: { limit: 30, windowSeconds: 10 * 60, key: "user" },
  /**
   * Lab bookings and cancellations per user: 30 per hour. A family books a few; each booking
   * holds a home-collection place, so a script cannot hoard an area's morning.
   */
  lab_booking: { limit: 30, windowSeconds: 60 * 60, key: "user" },
  /** Lab report uploads per admin: 120 per hour (a lab desk's busy morning). */
  lab_report_upload: { limit: 120, windowSeconds: 60 * 60, key: "user" },
  /**
   * Symptom checks started per signed-in user: 60 per hour. Each runs the triage engine and
   * stores a row; a worried person re-running a check a few times stays far below it.
   */
  symptom_check_user: { limit: 60, windowSeconds: 60 * 60, key: "user" },
  /** Signed-out symptom checks started per client address: 60 per hour (a family shares one). */
  symptom_check_ip: { limit: 60, windowSeconds: 60 * 60, key: "ip" },
  /** Signed-out symptom checks, all callers, when no address is known: 1,200 per hour. */
  symptom_check_global: { limit: 1200, windowSeconds: 60 * 60, key: "global" },
  /**
   * Cart changes per user: 120 per minute. Tapping +/- quickly is a change a second at most;
   * each one is a transaction, so a script cannot turn the cart into a write load.
   */
  cart_write: { limit: 120, windowSeconds: 60, key: "user" },
  /**
   * Online payments started per user: 30 per 10 minutes. Each may create an order at the payment
   * provider; a payer retrying a failed card a few times stays far below it.
   */
  payment_start: { limit: 30, windowSeconds: 10 * 60, key: "user" },
  /** Payment confirmations per user: 30 per 10 minutes (each checks a signature). */
  payment_verify: { limit: 30, windowSeconds: 10 * 60, key: "user" },
  /**
   * Changes to one's own medicine orders (edit, cancel, reorder, fill the cart from a
   * prescription) per user: 60 per hour. A patient fixes an address or reorders a few times a week.
   */
  medicine_order_change: { limit: 60, windowSeconds: 60 * 60, key: "user" },
  /** Saved-address writes (add, edit, delete, make default) per user: 60 per hour. */
  address_write: { limit: 60, windowSeconds: 60 * 60, key: "user" },
  /** Push subscription saves and removals per user: 30 per hour (a few browsers, re-subscribes). */
  push_subscription_write: { limit: 30, windowSeconds: 60 * 60, key: "user" },
  /**
   * Medicine orders placed per user: 30 per hour. Each reserves stock; a household orders a few
   * times a week, a script holding the shelf hostage does not get far.
   */
  medicine_order_place: { limit: 30, windowSeconds: 60 * 60, key: "user" },
  /** Support tickets a signed-in person opens: 10 per hour (a real question needs one or two). */
  support_ticket_user: { limit: 10, windowSeconds: 60 * 60, key: "user" },
  /** Support tickets guests open from one client address: 5 per hour. */
  support_ticket_ip: { limit: 5, windowSeconds: 60 * 60, key: "ip" },
  /** Support tickets naming one guest email, from anywhere: 5 per hour (support's inbox, not a relay). */
  support_ticket_email: { limit: 5, windowSeconds: 60 * 60, key: "email" },
  /** Guest support tickets, all callers, when the address is unknown: 100 per hour. */
  support_ticket_global: { limit: 100, windowSeconds: 60 * 60, key: "global" },
  /** Replies a person writes on their own support tickets: 30 per hour. */
  support_message_user: { limit: 30, windowSeconds: 60 * 60, key: "user" },
  /**
   * Inbox and notification-preference writes (mark read, mark all read, save preferences) per
   * user: 120 per minute. Clicking through a full inbox is a mark a second at most.
   */
  notification_write: { limit: 120, windowSeconds: 60, key: "user" },
  /**
   * Forum posts per user: 10 per hour. A member starts a thread or two a day; a spammer flooding
   * the front page is stopped after a handful.
   */
  forum_post: { limit: 10, windowSeconds: 60 * 60, key: "user" },
  /** Forum replies per user: 60 per hour (a lively conversation is a reply a minute at most). */
  forum_reply: { limit: 60, windowSeconds: 60 * 60, key: "user" },
  /** Upvote toggles on posts and replies per user: 120 per minute (reading and voting, no script). */
  forum_vote: { limit: 120, windowSeconds: 60, key: "user" },
  /** Reports per user: 20 per hour. Each lands in a moderator's queue. */
  forum_report: { limit: 20, windowSeconds: 60 * 60, key: "user" },
  /** Edits, deletions and helpful marks of one's forum posts and replies per user: 60 per hour. */
  forum_edit: { limit: 60, windowSeconds: 60 * 60, key: "user" },
  /** Comments under articles per user: 20 per hour. A reader writes one or two; spam does not. */
  article_comment: { limit: 20, windowSeconds: 60 * 60, key: "user" },
  /**
   * Sign-in or verification codes per mobile number (+91...): 5 per hour, counted whether or not an
   * account holds the number (the answer must not differ). Bounds the texts one number can get.
   */
  otp_request_phone: { limit: 5, windowSeconds: 60 * 60, key: "phone" },
  /** Code requests per client address: 20 per hour (a family shares one; each may send an SMS). */
  otp_request_ip: { limit: 20, windowSeconds: 60 * 60, key: "ip" },
  /** Code requests, all callers, when no address is known: 300 per hour. */
  otp_request_global: { limit: 300, windowSeconds: 60 * 60, key: "global" },
  /**
   * Sign-in code checks per client address: 30 per 10 minutes. Each code dies after 5 tries
   * anyway; this keeps one address from trying codes of many numbers at once.
   */
  otp_verify_ip: { limit: 30, windowSeconds: 10 * 60, key: "ip" },
  /** Sign-in code checks, all callers, when no address is known: 600 per minute (an HMAC each). */
  otp_verify_global: { limit: 600, windowSeconds: 60, key: "global" },
} as const satisfies Record<string, { limit: number; windowSeconds: number; key: KeyKind }>;

export type KeyKind = "ip" | "email" | "user" | "phone" | "ip+email" | "global";

/** The one key of a "global" policy: every caller counts in the same bucket. */
export const GLOBAL_KEY = "all";

export type RateLimitPolicy = keyof typeof rateLimitPolicies;

/** A policy with its effective limit and window, as the stores take it. */
export interface ResolvedPolicy {
  name: string;
  limit: number;
  windowMs: number;
}

/** The policy's numbers after RATE_LIMIT_SCALE (never below 1 event per window). */
export function resolvePolicy(name: RateLimitPolicy, scale = 1): ResolvedPolicy {
  const policy = rateLimitPolicies[name];
  return {
    name,
    limit: Math.max(1, Math.floor(policy.limit * scale)),
    windowMs: policy.windowSeconds * 1000,
  };
}
