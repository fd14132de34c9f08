import { apiRoute, ok } from "@/lib/api/api-route";
import { cartOperations } from "@/lib/pharmacy/cart/openapi";
import { addToCart } from "@/lib/pharmacy/cart/service";

export const POST = apiRoute(cartOperations.addItem, async ({ actor, body }) =>
  ok(await addToCart(actor, body)),
);
