import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UploadRecordForm } from "@/components/records/UploadRecordForm";
import { BackLink } from "@/components/ui/BackLink";
import { flatCardClass } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { refusedTooLarge } from "@/lib/http/oversized-form";
import { copyOf } from "@/lib/i18n/copy";
import { todayInIndia } from "@/lib/validation/fields";
import { createHealthRecordAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("upload.metaTitle") };
}

type Props = {
  /** `?refused=too_large`: a post without JavaScript was too long to read (proxy.ts). */
  searchParams: Promise<{ refused?: string | string[] }>;
};

/** Upload a record (#11): a PDF or an image with its title, type, date and who issued it. */
export default async function NewRecordPage({ searchParams }: Props) {
  await requireActor("/records/new");
  const { refused } = await searchParams;
  const [t, copy] = await Promise.all([getTranslations("records"), copyOf("records")]);
  return (
    <PageContainer>
      <div className="mx-auto max-w-2xl">
        <BackLink href="/records" label={t("upload.back")} />
        <PageHeader title={t("upload.title")} subtitle={t("upload.subtitle")} />
        <div className={flatCardClass}>
          <UploadRecordForm
            action={createHealthRecordAction}
            today={todayInIndia()}
            copy={copy}
            tooLarge={refused === refusedTooLarge.value}
          />
        </div>
      </div>
    </PageContainer>
  );
}
