import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { emptyMedicineForm } from "@/components/catalogue/form-values";
import { MedicineForm } from "@/components/catalogue/MedicineForm";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { listAdminMedicines } from "@/lib/catalogue/queries";
import { copyOf } from "@/lib/i18n/copy";
import { createMedicineAction } from "../../actions";
import { asAdmin } from "../../../as-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalogue.medicines");
  return { title: t("newMetaTitle") };
}

/** Add a medicine to the catalogue (X5). */
export default async function NewMedicinePage() {
  // An admin-only read decides who may see the form; lib/catalogue checks again on submit.
  const allowed = await asAdmin("/admin/catalogue/medicines/new", (actor) =>
    listAdminMedicines(actor, { page: 1, pageSize: 1 }),
  );
  if (!allowed) return <AdminOnly />;
  const [t, copy] = await Promise.all([
    getTranslations("AdminCatalogue"),
    copyOf("AdminCatalogue"),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink href="/admin/catalogue/medicines" label={t("medicines.title")} />
      <PageHeader title={t("medicines.newTitle")} />
      <MedicineForm
        action={createMedicineAction}
        initial={emptyMedicineForm}
        copy={copy.medicineForm}
      />
    </div>
  );
}
