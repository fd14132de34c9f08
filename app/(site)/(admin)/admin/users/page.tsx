import type { Metadata } from "next";
import { Search, UserX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { Alert } from "@/components/ui/Alert";
import { UserRow } from "@/components/admin/UserRow";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { FieldHint, labelClass } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { listUsers } from "@/lib/admin/queries";
import { listUsersQuerySchema } from "@/lib/admin/schemas";
import { restoreUserAction, suspendUserAction } from "../actions";
import { asAdmin } from "../as-admin";
import { pageHref } from "@/lib/http/page-href";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.users");
  return { title: t("metaTitle") };
}

const hrefOf = (q: string | undefined, page = 1) => pageHref("/admin/users", { q, page });

/** Find an account by email or name (a plain GET form) and suspend or restore it. */
export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<{
    q?: string | string[];
    page?: string | string[];
    done?: string | string[];
  }>;
}) {
  const { q: rawQ, page: rawPage, done } = await searchParams;
  const parsed = listUsersQuerySchema.safeParse({ q: rawQ, page: rawPage });
  const query = parsed.success ? parsed.data : listUsersQuerySchema.parse({});
  const page = await asAdmin(hrefOf(query.q, query.page), (actor) => listUsers(actor, query));
  if (!page) return <AdminOnly />;
  const t = await getTranslations("Admin.users");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {done === "suspended" || done === "restored" ? (
        <Alert tone="success" className="mb-4">
          {t(done)}
        </Alert>
      ) : null}
      <form
        method="get"
        action="/admin/users"
        role="search"
        className="mb-6 flex flex-wrap items-end gap-3"
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="user-search" className={labelClass}>
            {t("search")}
          </label>
          <Input
            id="user-search"
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            maxLength={100}
            aria-describedby="user-search-hint"
          />
          <FieldHint id="user-search">{t("searchHint")}</FieldHint>
        </div>
        <button type="submit" className={buttonClass("primary", "mb-6")}>
          <Search aria-hidden="true" className="size-4" />
          {t("searchSubmit")}
        </button>
      </form>
      {page.data.length === 0 ? (
        <EmptyState icon={<UserX aria-hidden="true" />} title={t("empty")} />
      ) : (
        <>
          <ul className="grid gap-4 md:grid-cols-2">
            {page.data.map((user) => (
              <li key={user.id} className="min-w-0">
                <UserRow
                  user={user}
                  search={query.q ?? ""}
                  suspendAction={suspendUserAction}
                  restoreAction={restoreUserAction}
                />
              </li>
            ))}
          </ul>
          <Pagination
            page={page.meta.page}
            pageSize={page.meta.pageSize}
            total={page.meta.total}
            hrefFor={(n) => hrefOf(query.q, n)}
          />
        </>
      )}
    </>
  );
}
