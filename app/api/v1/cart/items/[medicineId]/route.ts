import { apiRoute, ok } from "@/lib/api/api-route";
import { cartOperations } from "@/lib/pharmacy/cart/openapi";
import { removeFromCart, setCartLine } from "@/lib/pharmacy/cart/service";

export const PUT = apiRoute(cartOperations.setItem, async ({ actor, params, body }) =>
  ok(await setCartLine(actor, params.medicineId, body)),
);

export const DELETE = apiRoute(cartOperations.removeItem, async ({ actor, params }) =>
  ok(await removeFromCart(actor, params.medicineId)),
);
