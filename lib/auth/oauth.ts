import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, users } from "@/db/schema";
import type { Locale } from "@/db/schema/_enums";
import { personName } from "@/lib/validation/fields";

interface OAuthSignIn {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string | null;
  /** Whether the provider vouches that the person controls this address. */
  emailVerified: boolean;
  name: string | null;
  /** The language of the page the person signed in from: a new account keeps it. */
  locale: Locale;
}

type OAuthOutcome =
  | { ok: true; userUuid: string }
  | {
      ok: false;
      reason: "email_unverified" | "email_missing" | "account_deleted" | "account_suspended";
    };

/**
 * The user an OAuth sign-in belongs to: the linked one, else an existing user with the same
 * address when the provider verified it, else a new patient. An unverified address never links to
 * an existing account (that would hand the account to whoever typed the address at the provider).
 */
export async function resolveOAuthUser(input: OAuthSignIn): Promise<OAuthOutcome> {
  const [linked] = await db
    .select({ uuid: users.uuid, deletedAt: users.deletedAt, suspendedAt: users.suspendedAt })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(
      and(
        eq(accounts.provider, input.provider),
        eq(accounts.providerAccountId, input.providerAccountId),
      ),
    )
    .limit(1);
  if (linked) {
    if (linked.deletedAt) return { ok: false, reason: "account_deleted" };
    if (linked.suspendedAt) return { ok: false, reason: "account_suspended" };
    return { ok: true, userUuid: linked.uuid };
  }
  if (!input.email) return { ok: false, reason: "email_missing" };
  const email = input.email.trim().toLowerCase();

  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id, uuid: users.uuid, suspendedAt: users.suspendedAt })
      .from(users)
      .where(and(sql`lower(${users.email}) = ${email}`, isNull(users.deletedAt)))
      .limit(1);
    if (existing && !input.emailVerified) return { ok: false, reason: "email_unverified" } as const;
    if (existing?.suspendedAt) return { ok: false, reason: "account_suspended" } as const;
    let user = existing;
    if (!user) {
      [user] = await tx
        .insert(users)
        .values({
          email,
          fullName: providerName(input.name) ?? email.split("@")[0]!,
          locale: input.locale,
          emailVerifiedAt: input.emailVerified ? new Date() : null,
        })
        .returning({ id: users.id, uuid: users.uuid, suspendedAt: users.suspendedAt });
    } else {
      await tx
        .update(users)
        .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
        .where(eq(users.id, user.id));
    }
    await tx
      .insert(accounts)
      .values({
        userId: user!.id,
        type: input.type,
        provider: input.provider,
        providerAccountId: input.providerAccountId,
      })
      .onConflictDoNothing();
    return { ok: true, userUuid: user!.uuid } as const;
  });
}

/** The provider's display name if it would pass our own name rule (no hidden characters). */
function providerName(name: string | null | undefined): string | null {
  const parsed = personName(100).safeParse(name ?? "");
  return parsed.success ? parsed.data : null;
}
