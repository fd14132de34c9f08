import type { Metadata } from "next";
import DoctorsPage, {
  generateMetadata as doctorsMetadata,
} from "@/app/(site)/(patient)/doctors/(list)/page";
import { publicTags, tagThisPage } from "@/lib/cache/public-pages";
import { notFound } from "next/navigation";
import { doctorQueryOfSegment, isCanonicalDoctorSegment } from "@/lib/cache/public-routes";
import { enterLocale } from "../../page-locale";

type Props = { params: Promise<{ locale: string; query: string }> };

// Lists change with doctors (expired by tag); the time limit only bounds anything else.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  return doctorsMetadata();
}

/**
 * The doctor search for signed-out visitors: one cached copy per locale and canonical query
 * (the path's last segment, lib/cache/public-routes.ts), rendered by the same page as /doctors.
 */
export default async function CachedDoctorsPage({ params }: Props) {
  await enterLocale(params);
  const { query } = await params;
  if (!isCanonicalDoctorSegment(query)) notFound();
  await tagThisPage(publicTags.doctors);
  return <DoctorsPage searchParams={Promise.resolve(doctorQueryOfSegment(query))} />;
}
