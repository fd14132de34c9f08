import type { Metadata } from "next";
import Link from "next/link";
import { BookOpen, FlaskConical, Pill } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { listAdminMedicines } from "@/lib/catalogue/queries";
import { asAdmin } from "../as-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminCatalogue");
  return { title: t("metaTitle") };
}

/** The catalogue's front door (X5): medicines, lab tests with packages, and health articles. */
export default async function CatalogueIndexPage() {
  // One admin-only read decides who may see the page (the domain answers forbidden otherwise).
  const allowed = await asAdmin("/admin/catalogue", (actor) =>
    listAdminMedicines(actor, { page: 1, pageSize: 1 }),
  );
  if (!allowed) return <AdminOnly />;
  const t = await getTranslations("AdminCatalogue");
  const links = [
    {
      href: "/admin/catalogue/medicines",
      title: t("medicinesLink"),
      hint: t("medicinesHint"),
      icon: <Pill aria-hidden="true" className="size-6 text-brand-700" />,
    },
    {
      href: "/admin/catalogue/lab-tests",
      title: t("labTestsLink"),
      hint: t("labTestsHint"),
      icon: <FlaskConical aria-hidden="true" className="size-6 text-brand-700" />,
    },
    {
      href: "/admin/catalogue/articles",
      title: t("articlesLink"),
      hint: t("articlesHint"),
      icon: <BookOpen aria-hidden="true" className="size-6 text-brand-700" />,
    },
  ];
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <ul className="grid gap-4 md:grid-cols-2">
        {links.map((link) => (
          <li key={link.href}>
            <Card className="flex items-start gap-3">
              {link.icon}
              <div>
                <Link href={link.href} className="text-lg font-semibold text-brand-800 underline">
                  {link.title}
                </Link>
                <p className="mt-1 text-sm text-slate-600">{link.hint}</p>
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
