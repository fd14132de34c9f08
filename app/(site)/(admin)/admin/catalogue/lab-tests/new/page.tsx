import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { emptyLabTestForm } from "@/components/catalogue/form-values";
import { LabTestForm } from "@/components/catalogue/LabTestForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { listSingleLabTests } from "@/lib/catalogue/queries";
import { copyOf } from "@/lib/i18n/copy";
import { createLabTestAction } from "../../actions";
import { asAdmin } from "../../../as-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalogue.labTests");
  return { title: t("newMetaTitle") };
}

/** Add a lab test, or a package of single tests (X5). */
export default async function NewLabTestPage() {
  const singleTests = await asAdmin("/admin/catalogue/lab-tests/new", listSingleLabTests);
  if (!singleTests) return <AdminOnly />;
  const [t, copy] = await Promise.all([
    getTranslations("AdminCatalogue"),
    copyOf("AdminCatalogue"),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink href="/admin/catalogue/lab-tests" label={t("labTests.title")} />
      <PageHeader title={t("labTests.newTitle")} />
      <LabTestForm
        action={createLabTestAction}
        initial={emptyLabTestForm}
        singleTests={singleTests}
        copy={copy.labTestForm}
      />
    </div>
  );
}
