import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CartErrorAlert } from "@/components/pharmacy/CartErrorAlert";
import { MedicineBuyBox } from "@/components/pharmacy/MedicineBuyBox";
import { MedicineFacts } from "@/components/pharmacy/MedicineFacts";
import { SubstituteList } from "@/components/pharmacy/SubstituteList";
import { cartErrorOf } from "@/components/pharmacy/return-path";
import { BackLink } from "@/components/ui/BackLink";
import { PageContainer } from "@/components/ui/PageContainer";
import { getActor } from "@/lib/auth/session";
import { getCart } from "@/lib/pharmacy/cart/queries";
import { addToCartAction, removeFromCartAction, setCartLineAction } from "../../actions";
import { loadMedicine } from "./medicine";

const cartActions = { add: addToCartAction, set: setCartLineAction, remove: removeFromCartAction };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ cartError?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const medicine = await loadMedicine(id);
  return { title: medicine.name, description: medicine.description ?? undefined };
}

/**
 * A medicine (#17): composition, pack, prices, schedule in words, stock, leaflet, substitutes of
 * the same composition, and a quantity to add. Public; adding asks a signed-out visitor to sign in.
 */
export default async function MedicinePage({ params, searchParams }: Props) {
  const { id } = await params;
  const [medicine, query, t, locale, actor] = await Promise.all([
    loadMedicine(id),
    searchParams,
    getTranslations("Pharmacy.medicine"),
    getLocale(),
    getActor(),
  ]);
  const cart = actor ? await getCart(actor) : null;
  const inCart = cart?.lines.find((l) => l.medicine.id === medicine.id)?.quantity ?? 0;
  const hindi = locale === "hi" && medicine.nameHi ? medicine.nameHi : null;

  return (
    <PageContainer>
      <BackLink href="/pharmacy" label={t("back")} />
      <CartErrorAlert error={cartErrorOf(query.cartError)} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <div className="min-w-0 space-y-4">
          <header>
            <h1 className="text-2xl font-bold text-slate-900">{hindi ?? medicine.name}</h1>
            {hindi ? (
              <p className="text-slate-600" lang="en">
                {medicine.name}
              </p>
            ) : null}
          </header>
          <MedicineFacts medicine={medicine} />
          <SubstituteList substitutes={medicine.substitutes} />
        </div>
        <div className="min-w-0 lg:sticky lg:top-4">
          <MedicineBuyBox
            medicine={medicine}
            inCart={inCart}
            returnTo={`/pharmacy/medicines/${medicine.id}`}
            actions={cartActions}
          />
        </div>
      </div>
    </PageContainer>
  );
}
