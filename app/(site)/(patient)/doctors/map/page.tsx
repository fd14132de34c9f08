import type { Metadata } from "next";
import Link from "next/link";
import { List } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import {
  doctorSearchHref,
  parseDoctorSearch,
  type RawSearchParams,
} from "@/components/doctors/search-params";
import { buttonClass } from "@/components/ui/button-styles";
import { MapDoctorList } from "@/components/map/MapDoctorList";
import { MapView } from "@/components/map/MapView";
import { mapDoctorsOf, placesOf } from "@/components/map/map-doctors";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { listDoctors } from "@/lib/doctors/queries";
import type { AppLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DoctorProfile.map");
  return { title: t("metaTitle") };
}

/**
 * Doctor map (#6): public. The same URL filters as the list (`/doctors/map?specialty=...&city=...`),
 * the same query (`listDoctors`, which carries each clinic's pin), one page of results. The map
 * itself is a client island; the list under it is plain HTML. The count is of pins (places: a
 * hospital's doctors share one) and of the doctors on them; doctors without a clinic location are
 * counted under the list.
 */
export default async function DoctorMapPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const { query } = parseDoctorSearch(await searchParams);
  const [t, tCard, locale, page] = await Promise.all([
    getTranslations("DoctorProfile.map"),
    getTranslations("Doctors.card"),
    getLocale(),
    listDoctors(query),
  ]);
  const doctors = mapDoctorsOf(page.data, locale as AppLocale, tCard);
  const places = placesOf(doctors, (address, count) => t("place", { address, count }));
  const labels = {
    region: t("region"),
    viewProfile: t("viewProfile"),
    directions: t("directions"),
    youAreHere: t("youAreHere"),
    locate: t("locate"),
    locating: t("locating"),
    locationFailed: t("locationFailed"),
  };

  return (
    <PageContainer>
      <PageHeader
        title={t("title")}
        subtitle={t("count", { places: places.length, doctors: doctors.length })}
      >
        <Link href={doctorSearchHref(query)} className={buttonClass("secondary", "mt-3")}>
          <List aria-hidden="true" className="size-4" />
          {t("backToList")}
        </Link>
      </PageHeader>
      <MapView places={places} labels={labels} />
      <MapDoctorList doctors={doctors} withoutLocation={page.data.length - doctors.length} />
    </PageContainer>
  );
}
