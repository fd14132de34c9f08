import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { labTestFormValuesOf } from "@/components/catalogue/form-values";
import { LabTestForm } from "@/components/catalogue/LabTestForm";
import { PublishToggle } from "@/components/catalogue/PublishToggle";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { getAdminLabTest, listSingleLabTests } from "@/lib/catalogue/queries";
import { isAppError } from "@/lib/errors";
import { copyOf } from "@/lib/i18n/copy";
import { setLabTestPublishedAction, updateLabTestAction } from "../../actions";
import { asAdmin } from "../../../as-admin";
import { doneMessageKey } from "../../done";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalogue.labTests");
  return { title: t("editMetaTitle") };
}

/** Edit one lab test or package: the full form with its contents, and the publish toggle (X5). */
export default async function EditLabTestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[] }>;
}) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const loaded = await asAdmin(`/admin/catalogue/lab-tests/${id}`, (actor) =>
    Promise.all([
      getAdminLabTest(actor, id).catch((error: unknown) => {
        if (isAppError(error) && error.code === "not_found") notFound();
        throw error;
      }),
      listSingleLabTests(actor),
    ]),
  );
  if (!loaded) return <AdminOnly />;
  const [test, singles] = loaded;
  const [t, copy] = await Promise.all([
    getTranslations("AdminCatalogue"),
    copyOf("AdminCatalogue"),
  ]);
  const doneKey = doneMessageKey(done, "labTests.created");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href="/admin/catalogue/lab-tests" label={t("labTests.title")} />
        <PageHeader title={test.name} subtitle={test.code} />
        {doneKey ? <Alert tone="success">{t(doneKey)}</Alert> : null}
      </div>
      <PublishToggle
        action={setLabTestPublishedAction}
        id={test.id}
        isActive={test.isActive}
        copy={copy.publish}
      />
      <LabTestForm
        action={updateLabTestAction}
        initial={labTestFormValuesOf(test)}
        id={test.id}
        singleTests={singles.filter((s) => s.id !== test.id)}
        copy={copy.labTestForm}
      />
    </div>
  );
}
