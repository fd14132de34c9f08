import type { Metadata } from "next";
import DoctorProfilePage, {
  generateMetadata as profileMetadata,
} from "@/app/(site)/(patient)/doctors/[id]/page";
import { publicTags, tagThisPage } from "@/lib/cache/public-pages";
import { enterLocale } from "../../page-locale";

type Props = { params: Promise<{ locale: string; id: string }> };

// Bookings expire the copy at once (by tag); the time limit drops slots that have passed.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

const noQuery = Promise.resolve({});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await enterLocale(params);
  return profileMetadata({ params, searchParams: noQuery });
}

/** A doctor's profile for signed-out visitors, rendered by the same page as /doctors/[id]. */
export default async function CachedDoctorProfilePage({ params }: Props) {
  await enterLocale(params);
  const { id } = await params;
  // Tagged before the read, so a "not found" copy is dropped too when the doctor appears.
  await tagThisPage(publicTags.doctor(id));
  return <DoctorProfilePage params={params} searchParams={noQuery} />;
}
