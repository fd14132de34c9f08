import type { Metadata } from "next";
import Link from "next/link";
import { MapPin } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AddressForm } from "@/components/addresses/AddressForm";
import { AddressIdButton } from "@/components/addresses/AddressIdButton";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { flatCardClass } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { addressLines } from "@/lib/addresses/format";
import { listAddresses } from "@/lib/addresses/queries";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import {
  createAddressAction,
  deleteAddressAction,
  setDefaultAddressAction,
  updateAddressAction,
} from "./actions";
import { formatPhone } from "@/lib/i18n/format";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices = { saved: "saved", deleted: "deleted", default: "defaultSet" } as const;
const path = "/profile/addresses";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Addresses"))("title") };
}

/** My address book: list, add, edit (`?edit=<id>`), delete, make default; works without JS. */
export default async function AddressesPage({ searchParams }: Props) {
  const actor = await requireActor(path);
  const [list, t, copy, query] = await Promise.all([
    listAddresses(actor),
    getTranslations("Addresses"),
    copyOf("Addresses"),
    searchParams,
  ]);
  const notice = notices[String(query.notice) as keyof typeof notices];
  const editing = list.find((a) => a.id === query.edit);

  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
        {list.length === 0 ? (
          <EmptyState icon={<MapPin />} title={t("empty.title")} hint={t("empty.body")} />
        ) : (
          <ul className="space-y-3">
            {list.map((a) => (
              <li key={a.id} className={flatCardClass}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="text-sm text-slate-800">
                    <p className="font-semibold text-slate-900">
                      {a.label ? `${a.label} · ` : ""}
                      {a.name}
                      {a.isDefault ? (
                        <span className="ml-2 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-800">
                          {t("default")}
                        </span>
                      ) : null}
                    </p>
                    {addressLines(a).map((line) => (
                      <p key={line}>{line}</p>
                    ))}
                    <p>{formatPhone(a.phone)}</p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <Link href={`${path}?edit=${a.id}`} className={buttonClass("secondary")}>
                      {t("edit")}
                    </Link>
                    {a.isDefault ? null : (
                      <AddressIdButton
                        id={a.id}
                        action={setDefaultAddressAction}
                        label={t("makeDefault")}
                        pendingText={t("saving")}
                      />
                    )}
                    <AddressIdButton
                      id={a.id}
                      action={deleteAddressAction}
                      label={t("delete")}
                      pendingText={t("saving")}
                      variant="danger"
                    />
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
        <section aria-labelledby="address-form-title" className={flatCardClass}>
          <h2 id="address-form-title" className="mb-4 text-lg font-semibold text-slate-900">
            {editing ? t("editTitle") : t("addTitle")}
          </h2>
          {editing ? (
            <AddressForm
              key={editing.id}
              action={updateAddressAction.bind(null, editing.id)}
              address={editing}
              cancelHref={path}
              copy={copy}
            />
          ) : (
            <AddressForm action={createAddressAction} copy={copy} />
          )}
        </section>
      </div>
    </PageContainer>
  );
}
