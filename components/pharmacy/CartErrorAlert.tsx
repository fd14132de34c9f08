import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/Alert";
import type { CartErrorKey } from "./return-path";

/** The failure of the last cart form on this page, in words (from `?cartError=`). */
export function CartErrorAlert({ error }: { error: CartErrorKey | null }) {
  const t = useTranslations("Pharmacy.cartErrors");
  if (!error) return null;
  return (
    <Alert tone="error" className="mb-4">
      {t(error)}
    </Alert>
  );
}
