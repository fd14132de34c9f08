import "server-only";
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  or,
  type SQL,
} from "drizzle-orm";
import type { z } from "zod";
import { db, type Queryable, type Tx } from "@/db/client";
import { translateDbErrors, type DbErrorMap } from "@/db/errors";
import { articles, type ArticleRow } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { recordAdminAction } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { articlesChanged } from "@/lib/cache/public-pages";
import { describeChanges } from "@/lib/catalogue/service/changes";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import { indianDate, toAdminArticleDto } from "./mappers";
import { readingMinutes } from "./policy";
import {
  createArticleSchema,
  updateArticleSchema,
  type AdminArticleDto,
  type ArticleChoiceDto,
  type ArticleLocale,
  type ListAdminArticlesQuery,
} from "./schemas";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A slug or a translation pair already taken: the unique index decides, said at the field. */
const taken: DbErrorMap = {
  articles_slug_uniq: new AppError("conflict", "Another article already has this slug.", {
    errors: [{ path: "slug", message: "is already used by another article" }],
  }),
  articles_translation_group_locale_uniq: new AppError(
    "conflict",
    "That article already has a translation in this language.",
    { errors: [{ path: "translationOf", message: "already has a translation in this language" }] },
  ),
};

const atTranslation = (message: string) =>
  new AppError("validation_failed", "The translation is not possible.", {
    errors: [{ path: "translationOf", message }],
  });

/** The uuid of the other-language version of each row (same translation group), if any. */
async function translationsOf(q: Queryable, rows: ArticleRow[]): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (rows.length === 0) return found;
  const members = await q
    .select({ id: articles.id, uuid: articles.uuid, group: articles.translationGroup })
    .from(articles)
    .where(inArray(articles.translationGroup, [...new Set(rows.map((r) => r.translationGroup))]));
  for (const row of rows) {
    const other = members.find((m) => m.group === row.translationGroup && m.id !== row.id);
    if (other) found.set(row.id, other.uuid);
  }
  return found;
}

/** Every article, drafts included, newest edit first, searched by title or slug. Admins only. */
export async function listAdminArticles(
  actor: Actor,
  query: ListAdminArticlesQuery,
): Promise<Page<AdminArticleDto>> {
  requireAdmin(actor);
  const { q, status, locale, page, pageSize } = query;
  const term = q ? `%${escapeLike(q)}%` : undefined;
  const where: SQL | undefined = and(
    term ? or(ilike(articles.title, term), ilike(articles.slug, term)) : undefined,
    status === "published" ? isNotNull(articles.publishedAt) : undefined,
    status === "draft" ? isNull(articles.publishedAt) : undefined,
    locale ? eq(articles.locale, locale) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(articles)
      .where(where)
      .orderBy(desc(articles.updatedAt), desc(articles.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(articles).where(where),
  ]);
  const others = await translationsOf(db, rows);
  return {
    data: rows.map((r) => toAdminArticleDto(r, others.get(r.id) ?? null)),
    meta: { page, pageSize, total: total?.n ?? 0 },
  };
}

/** One article for the edit form, drafts included. Admins only; unknown is 404. */
export async function getAdminArticle(actor: Actor, id: string): Promise<AdminArticleDto> {
  requireAdmin(actor);
  if (!isUuid(id)) throw notFound("article");
  const [row] = await db.select().from(articles).where(eq(articles.uuid, id)).limit(1);
  if (!row) throw notFound("article");
  return toAdminArticleDto(row, (await translationsOf(db, [row])).get(row.id) ?? null);
}

/** The articles an article may be a translation of: every one, by locale then title. Admins only. */
export async function listArticleChoices(actor: Actor): Promise<ArticleChoiceDto[]> {
  requireAdmin(actor);
  return db
    .select({
      id: articles.uuid,
      slug: articles.slug,
      locale: articles.locale,
      title: articles.title,
    })
    .from(articles)
    .orderBy(asc(articles.locale), asc(articles.title))
    .limit(1000);
}

/**
 * The translation group an article joins: that of `translationOf`, which must exist, be another
 * article and be in the other language (422 at translationOf otherwise). Null starts a group.
 */
async function groupOf(
  tx: Tx,
  translationOf: string | null,
  locale: ArticleLocale,
  selfId: number | null,
): Promise<string> {
  if (translationOf === null) return crypto.randomUUID();
  const [other] = await tx
    .select({ id: articles.id, locale: articles.locale, group: articles.translationGroup })
    .from(articles)
    .where(eq(articles.uuid, translationOf))
    .limit(1);
  if (!other) throw atTranslation("is not an article");
  if (other.id === selfId) throw atTranslation("cannot be the article itself");
  if (other.locale === locale) throw atTranslation("must be in the other language");
  return other.group;
}

const reviewedInstant = (day: string | null) => (day ? new Date(`${day}T00:00:00+05:30`) : null);

/** Adds an article (a draft unless `published`), audited, in one transaction. Admins only. */
export async function createArticle(
  actor: Actor,
  input: z.input<typeof createArticleSchema>,
): Promise<AdminArticleDto> {
  requireAdmin(actor);
  const { translationOf, published, reviewedAt, ...values } = parseInput(
    createArticleSchema,
    input,
  );
  const created = await translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        const translationGroup = await groupOf(tx, translationOf, values.locale, null);
        const [row] = await tx
          .insert(articles)
          .values({
            ...values,
            translationGroup,
            reviewedAt: reviewedInstant(reviewedAt),
            readTimeMinutes: readingMinutes(values.body, values.locale),
            publishedAt: published ? new Date() : null,
          })
          .returning();
        await recordAdminAction(tx, actor, {
          action: "article_created",
          targetType: "article",
          targetUuid: row!.uuid,
          targetLabel: row!.title,
        });
        return toAdminArticleDto(row!, translationOf);
      }),
    taken,
  );
  // A draft is on no public page; a published one joins the list, home and related reading.
  if (published) articlesChanged();
  return created;
}

/**
 * Edits an article: only the fields sent change. The reading time follows the body; publishing
 * sets `published_at` the first time, unpublishing clears it. An edit that changes nothing writes
 * nothing (no audit row). A taken slug or translation pair is 409.
 */
export async function updateArticle(
  actor: Actor,
  id: string,
  input: z.input<typeof updateArticleSchema>,
): Promise<AdminArticleDto> {
  requireAdmin(actor);
  if (!isUuid(id)) throw notFound("article");
  const { translationOf, published, reviewedAt, ...changes } = parseInput(
    updateArticleSchema,
    input,
  );
  const { dto, public: wasOrIsPublic } = await translateDbErrors(
    () =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(articles)
          .where(eq(articles.uuid, id))
          .for("update")
          .limit(1);
        if (!row) throw notFound("article");
        const current = (await translationsOf(tx, [row])).get(row.id) ?? null;
        const before = {
          ...row,
          translationOf: current,
          published: row.publishedAt !== null,
          reviewedAt: row.reviewedAt ? indianDate(row.reviewedAt) : null,
        };
        const asked = {
          ...changes,
          ...(translationOf === undefined ? {} : { translationOf }),
          ...(published === undefined ? {} : { published }),
          ...(reviewedAt === undefined ? {} : { reviewedAt }),
        };
        const changed = describeChanges(before, asked);
        if (changed === null) return { dto: toAdminArticleDto(row, current), public: false };
        const locale = changes.locale ?? row.locale;
        if ((reviewedAt ?? before.reviewedAt) && !(changes.reviewerName ?? row.reviewerName))
          throw new AppError("validation_failed", "A review date needs its reviewer.", {
            errors: [{ path: "reviewerName", message: "must be given with the review date" }],
          });
        const translationGroup =
          translationOf === undefined || translationOf === current
            ? row.translationGroup
            : await groupOf(tx, translationOf, locale, row.id);
        const publishedAt =
          published === undefined
            ? row.publishedAt
            : published
              ? (row.publishedAt ?? new Date())
              : null;
        const [updated] = await tx
          .update(articles)
          .set({
            ...changes,
            translationGroup,
            publishedAt,
            ...(reviewedAt === undefined ? {} : { reviewedAt: reviewedInstant(reviewedAt) }),
            readTimeMinutes: readingMinutes(changes.body ?? row.body, locale),
          })
          .where(eq(articles.id, row.id))
          .returning();
        await recordAdminAction(tx, actor, {
          action: "article_updated",
          targetType: "article",
          targetUuid: row.uuid,
          targetLabel: updated!.title,
          reason: changed,
        });
        return {
          dto: toAdminArticleDto(
            updated!,
            (await translationsOf(tx, [updated!])).get(updated!.id) ?? null,
          ),
          public: row.publishedAt !== null || publishedAt !== null,
        };
      }),
    taken,
  );
  // Published, edited while published, or withdrawn: every cached article page, list and home
  // (a slug, title or translation link may have moved). A draft's edit shows nowhere.
  if (wasOrIsPublic) articlesChanged();
  return dto;
}
