import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { medicineFormValuesOf } from "@/components/catalogue/form-values";
import { MedicineForm } from "@/components/catalogue/MedicineForm";
import { PublishToggle } from "@/components/catalogue/PublishToggle";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { getAdminMedicine } from "@/lib/catalogue/queries";
import { isAppError } from "@/lib/errors";
import { copyOf } from "@/lib/i18n/copy";
import { setMedicinePublishedAction, updateMedicineAction } from "../../actions";
import { asAdmin } from "../../../as-admin";
import { doneMessageKey } from "../../done";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalogue.medicines");
  return { title: t("editMetaTitle") };
}

/** Edit one medicine: the full form, and the publish toggle (X5). */
export default async function EditMedicinePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[] }>;
}) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const medicine = await asAdmin(`/admin/catalogue/medicines/${id}`, (actor) =>
    getAdminMedicine(actor, id).catch((error: unknown) => {
      if (isAppError(error) && error.code === "not_found") notFound();
      throw error;
    }),
  );
  if (!medicine) return <AdminOnly />;
  const [t, copy] = await Promise.all([
    getTranslations("AdminCatalogue"),
    copyOf("AdminCatalogue"),
  ]);
  const doneKey = doneMessageKey(done, "medicines.created");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <BackLink href="/admin/catalogue/medicines" label={t("medicines.title")} />
        <PageHeader title={medicine.name} subtitle={medicine.genericName ?? undefined} />
        {doneKey ? <Alert tone="success">{t(doneKey)}</Alert> : null}
      </div>
      <PublishToggle
        action={setMedicinePublishedAction}
        id={medicine.id}
        isActive={medicine.isActive}
        copy={copy.publish}
      />
      <MedicineForm
        action={updateMedicineAction}
        initial={medicineFormValuesOf(medicine)}
        id={medicine.id}
        copy={copy.medicineForm}
      />
    </div>
  );
}
