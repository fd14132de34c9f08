import type { Metadata } from "next";
import { Hospital, MapPin } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { FacilityCard } from "@/components/hospitals/FacilityCard";
import { HospitalSearchForm } from "@/components/hospitals/HospitalSearchForm";
import { Alert } from "@/components/ui/Alert";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { getActor } from "@/lib/auth/session";
import { listFacilities } from "@/lib/facilities/queries";
import { DEFAULT_RADIUS_KM, listFacilitiesQuerySchema } from "@/lib/facilities/schemas";
import { pageHref } from "@/lib/http/page-href";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Hospitals");
  return { title: t("metaTitle") };
}

type Search = Record<string, string | string[] | undefined>;

/** The search as given: single values only, blanks dropped (an empty field means "any"). */
function given(search: Search): Record<string, string> {
  return Object.fromEntries(
    Object.entries(search).flatMap(([k, v]) =>
      typeof v === "string" && v.trim() !== "" ? [[k, v]] : [],
    ),
  );
}

/** N2 (public): verified facilities near the browser's position or a city, nearest first. */
export default async function HospitalsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = given(await searchParams);
  const t = await getTranslations("Hospitals");
  const hasPlace = (raw.lat !== undefined && raw.lng !== undefined) || raw.city !== undefined;
  const parsed = hasPlace ? listFacilitiesQuerySchema.safeParse({ ...raw, pageSize: 20 }) : null;
  const query = parsed?.success ? parsed.data : null;
  const list = query ? await listFacilities(await getActor(), query) : null;
  const hrefFor = (page: number) => pageHref("/hospitals", { ...raw, page });
  const place = list?.meta.centre.city ?? t("yourLocation");
  return (
    <PageContainer className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <HospitalSearchForm
        values={{
          ...(query ?? {}),
          radiusKm: query?.radiusKm ?? DEFAULT_RADIUS_KM,
          city: query?.city ?? (query ? undefined : raw.city),
        }}
      />
      {parsed && !parsed.success ? <Alert tone="error">{t("invalid")}</Alert> : null}
      {!list ? (
        <EmptyState
          icon={<MapPin aria-hidden="true" />}
          title={t("pickPlaceTitle")}
          hint={t("pickPlace")}
        />
      ) : (
        <section aria-labelledby="found" className="space-y-4">
          <p id="found" role="status" className="text-base font-semibold text-slate-900">
            {t("found", { count: list.meta.total, km: list.meta.radiusKm })} {t("near", { place })}
          </p>
          {list.data.length === 0 ? (
            <EmptyState
              icon={<Hospital aria-hidden="true" />}
              title={t("emptyTitle")}
              hint={t("emptyHint")}
            />
          ) : (
            <>
              <ul className="grid gap-4 md:grid-cols-2">
                {list.data.map((f) => (
                  <li key={f.id} className="min-w-0">
                    <FacilityCard facility={f} />
                  </li>
                ))}
              </ul>
              <Pagination
                page={list.meta.page}
                pageSize={list.meta.pageSize}
                total={list.meta.total}
                hrefFor={hrefFor}
              />
            </>
          )}
        </section>
      )}
    </PageContainer>
  );
}
