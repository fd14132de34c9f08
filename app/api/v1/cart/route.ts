import { apiRoute, ok } from "@/lib/api/api-route";
import { cartOperations } from "@/lib/pharmacy/cart/openapi";
import { getCart } from "@/lib/pharmacy/cart/queries";
import { replaceCart } from "@/lib/pharmacy/cart/service";

export const GET = apiRoute(cartOperations.get, async ({ actor }) => ok(await getCart(actor)));

export const PUT = apiRoute(cartOperations.put, async ({ actor, body }) =>
  ok(await replaceCart(actor, body)),
);
