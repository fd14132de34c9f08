/**
 * The signed-out pages kept in Next's full-route cache (app/(cached)) carry these tags; the domain
 * functions that change what those pages show call the functions below, so a cached copy is
 * dropped the moment its data changes and the next visitor gets a fresh render.
 *
 * The one module of lib/ that knows Next's cache: domain code calls plain functions and stays
 * testable. Outside a request (seed, scripts, a test calling a service) there is no cache to drop,
 * and the calls do nothing.
 */
import { revalidateTag, unstable_cache } from "next/cache";

/** Tag names (also used by the cached reads of the home page and the search page). */
export const publicTags = {
  /** Everything listing doctors: the search, home's featured doctors and specialty counts. */
  doctors: "doctors",
  /** One doctor's profile: details, fees, free slots, reviews. */
  doctor: (uuid: string) => `doctor:${uuid.toLowerCase()}`,
  /** Everything listing or showing articles: the list, every article page, home's latest. */
  articles: "articles",
  /** One article's page: what the list does not show (its comments). */
  article: (slug: string) => `article:${slug}`,
} as const;

/**
 * Tags the cached page being rendered: a cached read's tags become its page's tags, so this
 * caches a constant under them (one tiny entry per tag set) rather than the page's data twice.
 */
export async function tagThisPage(...tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ["public-page-tags", ...tags], { tags })();
}

/**
 * A booking, cancellation, reschedule or schedule change freed or took a slot: the profile's free
 * slots change, the lists do not (they show no slots).
 */
export function doctorSlotsChanged(doctorUuid: string): void {
  expireNow([publicTags.doctor(doctorUuid)]);
}

/** A reviewer was renamed or erased: the profile shows their short name; the lists show none. */
export function doctorReviewsChanged(doctorUuid: string): void {
  expireNow([publicTags.doctor(doctorUuid)]);
}

/**
 * A doctor's public facts changed (profile, clinic, fees, verification, rating, their name): their
 * profile and every list they may appear in.
 */
export function doctorChanged(doctorUuid: string): void {
  expireNow([publicTags.doctor(doctorUuid), publicTags.doctors]);
}

/** Articles were published, edited or withdrawn: the list, home and every article page. */
export function articlesChanged(): void {
  expireNow([publicTags.articles]);
}

/** A comment under this article was posted, removed, or its author renamed or erased. */
export function articleCommentsChanged(slug: string): void {
  expireNow([publicTags.article(slug)]);
}

/**
 * Expire at once rather than serve stale while revalidating ("within a second" after a booking).
 * revalidateTag needs Next's request store; without one it throws an invariant error, which here
 * means "not in a request", so there is nothing to expire.
 */
function expireNow(tags: string[]): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      // By message, not instanceof: Next's Error may come from another realm (vitest).
      if (!outsideRequest.test(String((error as { message?: unknown } | null)?.message)))
        throw error;
    }
  }
}

const outsideRequest = /static generation store missing/;
