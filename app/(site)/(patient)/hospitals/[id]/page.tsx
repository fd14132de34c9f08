import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Check, ExternalLink, Phone } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/BackLink";
import { Card } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getFacility } from "@/lib/facilities/queries";
import { directionsUrl, type FacilityDetailDto } from "@/lib/facilities/schemas";
import { formatPhone } from "@/lib/i18n/format";

type Props = { params: Promise<{ id: string }> };

async function load(id: string): Promise<FacilityDetailDto> {
  try {
    return await getFacility(await getActor(), id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facility = await load((await params).id);
  return { title: facility.name };
}

const flags = [
  "hasEmergency",
  "hasIcu",
  "hasAmbulance",
  "hasOt",
  "hasLab",
  "hasPharmacy",
  "hasBloodBank",
  "insuranceSupported",
  "cashless",
] as const;

/** N2 details: address, phones, departments, what the facility has, hours and a map link. */
export default async function HospitalPage({ params }: Props) {
  const facility = await load((await params).id);
  const t = await getTranslations("Hospitals");
  const phones = [
    { label: t("detail.phone"), value: facility.phone },
    { label: t("detail.emergencyPhone"), value: facility.emergencyPhone },
  ].filter((p): p is { label: string; value: string } => Boolean(p.value));
  const address = [
    facility.addressLine,
    facility.area,
    facility.city,
    facility.state,
    facility.pincode,
  ]
    .filter(Boolean)
    .join(", ");
  const has = flags.filter((f) => facility[f]);
  const dept = (d: string) =>
    t.has(`departments.${d}` as never) ? t(`departments.${d}` as never) : d;
  const heading = "text-lg font-semibold text-slate-900";
  return (
    <PageContainer className="max-w-3xl space-y-6">
      <BackLink href="/hospitals" label={t("detail.back")} />
      <PageHeader
        title={facility.name}
        subtitle={`${t(`types.${facility.type}`)} · ${t(`categories.${facility.category}`)}`}
      />
      {facility.description ? <p className="text-slate-800">{facility.description}</p> : null}
      <Card className="space-y-2">
        <h2 className={heading}>{t("detail.address")}</h2>
        <p className="text-slate-800">{address}</p>
        <a
          href={directionsUrl(facility.latitude, facility.longitude)}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex min-h-11 items-center gap-2 font-semibold text-brand-800 hover:underline"
        >
          <ExternalLink aria-hidden="true" className="size-4" />
          {t("detail.map")}
        </a>
      </Card>
      <Card className="space-y-2">
        <h2 className={heading}>{t("detail.phones")}</h2>
        {phones.length === 0 ? <p className="text-slate-700">{t("detail.none")}</p> : null}
        <ul className="space-y-2">
          {phones.map((p) => (
            <li key={p.label}>
              <span className="text-sm text-slate-700">{p.label}: </span>
              <a
                href={`tel:${p.value}`}
                className="inline-flex min-h-11 items-center gap-2 font-semibold text-brand-800 hover:underline"
              >
                <Phone aria-hidden="true" className="size-4" />
                {formatPhone(p.value)}
              </a>
            </li>
          ))}
          {facility.email ? (
            <li>
              <span className="text-sm text-slate-700">{t("detail.email")}: </span>
              <a
                href={`mailto:${facility.email}`}
                className="font-semibold text-brand-800 hover:underline"
              >
                {facility.email}
              </a>
            </li>
          ) : null}
        </ul>
      </Card>
      <Card className="space-y-2">
        <h2 className={heading}>{t("detail.hours")}</h2>
        <p className="text-slate-800">
          {facility.is24x7 ? t("detail.open24x7") : (facility.visitingHours ?? t("badgeLimited"))}
        </p>
      </Card>
      <Card className="space-y-2">
        <h2 className={heading}>{t("detail.departments")}</h2>
        {facility.departments.length === 0 ? (
          <p className="text-slate-700">{t("detail.none")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {facility.departments.map((d) => (
              <li key={d} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-900">
                {dept(d)}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="space-y-2">
        <h2 className={heading}>{t("detail.facilities")}</h2>
        {has.length === 0 ? (
          <p className="text-slate-700">{t("detail.none")}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {has.map((f) => (
              <li key={f} className="flex items-center gap-2 text-slate-900">
                <Check aria-hidden="true" className="size-4 text-green-700" />
                {t(`detail.flags.${f}`)}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </PageContainer>
  );
}
