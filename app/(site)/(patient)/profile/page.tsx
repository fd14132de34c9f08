import type { Metadata } from "next";
import Link from "next/link";
import {
  Bell,
  Download,
  FileHeart,
  FileText,
  HeartPulse,
  IdCard,
  Languages,
  FlaskConical,
  LifeBuoy,
  MapPin,
  Package,
  Pencil,
} from "lucide-react";
import { getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/components/profile/DeleteAccountForm";
import { LinkList } from "@/components/profile/LinkList";
import { PhotoForm } from "@/components/profile/PhotoForm";
import { ProfileDetails } from "@/components/profile/ProfileDetails";
import { ProfileForm } from "@/components/profile/ProfileForm";
import { ProfileHeader } from "@/components/profile/ProfileHeader";
import { buttonClass } from "@/components/ui/button-styles";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import { getHealthProfile } from "@/lib/health-profile/queries";
import { todayInIndia } from "@/lib/validation/fields";
import { accountHasPassword, getUser } from "@/lib/users/queries";
import { PageContainer } from "@/components/ui/PageContainer";
import { deleteAccountAction, updateProfileAction, uploadPhotoAction } from "./actions";
import { flatCardClass } from "@/components/ui/Card";
import { Alert } from "@/components/ui/Alert";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("metaTitle") };
}

/** Profile (#28): details (view / `?edit=1`), photo, links to settings, data export, account deletion. */
export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<{ edit?: string; saved?: string }>;
}) {
  const actor = await requireActor("/profile");
  const [t, tFhir, tRecords, copy, params, user, profile, hasPassword] = await Promise.all([
    getTranslations("profile"),
    getTranslations("fhirExport"),
    getTranslations("records"),
    copyOf("profile"),
    searchParams,
    getUser(actor, "me"),
    getHealthProfile(actor, "me"),
    accountHasPassword(actor),
  ]);
  const editing = params.edit === "1";

  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl space-y-6">
        <ProfileHeader user={user} profile={profile} />
        <PhotoForm hasPhoto={user.photoUrl !== null} action={uploadPhotoAction} copy={copy.photo} />

        <section aria-labelledby="details-title" className={flatCardClass}>
          <div className="mb-4 flex items-center justify-between gap-3">
            <h2 id="details-title" className="text-lg font-semibold text-slate-900">
              {t("details.title")}
            </h2>
            {editing ? null : (
              <Link href="/profile?edit=1" className={buttonClass("secondary")}>
                <Pencil aria-hidden="true" className="size-4" />
                {t("details.edit")}
              </Link>
            )}
          </div>
          {params.saved === "1" && !editing ? (
            <Alert tone="success" className="mb-4">
              {t("details.saved")}
            </Alert>
          ) : null}
          {editing ? (
            <ProfileForm
              user={user}
              profile={profile}
              today={todayInIndia()}
              action={updateProfileAction}
              copy={copy}
            />
          ) : (
            <ProfileDetails user={user} profile={profile} />
          )}
        </section>

        <LinkList
          title={t("sections.orders")}
          links={[
            {
              href: "/pharmacy/orders",
              label: t("links.orders"),
              hint: t("links.ordersHint"),
              icon: <Package />,
            },
            {
              href: "/lab-tests/bookings",
              label: t("links.labBookings"),
              hint: t("links.labBookingsHint"),
              icon: <FlaskConical />,
            },
            {
              href: "/profile/addresses",
              label: t("links.addresses"),
              hint: t("links.addressesHint"),
              icon: <MapPin />,
            },
          ]}
        />
        <LinkList
          title={t("sections.settings")}
          links={[
            {
              href: "/profile/medical-history",
              label: t("links.medicalHistory"),
              hint: t("links.medicalHistoryHint"),
              icon: <HeartPulse />,
            },
            {
              href: "/profile/abha",
              label: t("links.abha"),
              hint: profile.abha.verified
                ? t("links.abhaLinked")
                : profile.abha.linked
                  ? t("links.abhaUnverified")
                  : t("links.abhaNotLinked"),
              icon: <IdCard />,
            },
            {
              href: "/settings/notifications",
              label: t("links.notifications"),
              hint: t("links.notificationsHint"),
              icon: <Bell />,
            },
            { href: "/settings/language", label: t("links.language"), icon: <Languages /> },
            { href: "/help", label: t("links.help"), icon: <LifeBuoy /> },
          ]}
        />
        <LinkList
          title={t("sections.data")}
          links={[
            {
              href: "/records",
              label: tRecords("title"),
              hint: tRecords("profileHint"),
              icon: <FileText />,
            },
            {
              href: "/api/v1/users/me/export",
              label: t("links.export"),
              hint: t("links.exportHint"),
              icon: <Download />,
              download: true,
            },
            {
              href: "/api/v1/users/me/export?format=fhir",
              label: tFhir("link"),
              hint: tFhir("hint"),
              icon: <FileHeart />,
              download: true,
            },
          ]}
        />

        <section
          aria-labelledby="delete-title"
          className="rounded-xl border border-red-200 bg-white p-4"
        >
          <details>
            <summary id="delete-title" className="text-lg font-semibold text-red-800">
              {t("deleteAccount.title")}
            </summary>
            <div className="mt-4">
              <DeleteAccountForm
                hasPassword={hasPassword}
                action={deleteAccountAction}
                copy={copy.deleteAccount}
              />
            </div>
          </details>
        </section>
      </div>
    </PageContainer>
  );
}
