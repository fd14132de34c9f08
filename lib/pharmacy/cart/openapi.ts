import { defineOperation } from "@/lib/api/operation";
import {
  addToCartSchema,
  cartLineParamsSchema,
  cartSchema,
  putCartSchema,
  setCartLineSchema,
} from "./schemas";

const priced =
  "Prices are today's catalogue prices, never stored in the cart; lines that cannot be ordered " +
  "(`problem`) are shown but left out of the totals.";

/** My pharmacy cart, kept per user in the database: the declarations apiRoute serves. */
export const cartOperations = {
  get: defineOperation({
    method: "get",
    path: "/cart",
    summary: "My cart: priced lines, allergy warnings, totals by the delivery fee rule",
    description: priced,
    tag: "Pharmacy",
    auth: "user",
    response: { status: 200, schema: cartSchema },
    errors: [401],
  }),
  put: defineOperation({
    method: "put",
    path: "/cart",
    summary: "Replace my cart with these lines",
    description:
      "Each medicine once, orderable online, 1 to its per-order cap (`maxQuantity`); any other " +
      "line is 422 with its path (`items.2.quantity`) and the cart is left as it was. " +
      "Rate limited per user (429).",
    tag: "Pharmacy",
    auth: "user",
    body: putCartSchema,
    response: { status: 200, schema: cartSchema },
    errors: [400, 401, 422, 429],
  }),
  addItem: defineOperation({
    method: "post",
    path: "/cart/items",
    summary: "Add packs of one medicine to my cart, merged with its line",
    description: "The merged quantity may not pass the medicine's cap (422 at `quantity`).",
    tag: "Pharmacy",
    auth: "user",
    body: addToCartSchema,
    response: { status: 200, schema: cartSchema },
    errors: [400, 401, 422, 429],
  }),
  setItem: defineOperation({
    method: "put",
    path: "/cart/items/{medicineId}",
    summary: "Set the quantity of one medicine in my cart (0 removes it)",
    tag: "Pharmacy",
    auth: "user",
    params: cartLineParamsSchema,
    body: setCartLineSchema,
    response: { status: 200, schema: cartSchema },
    errors: [400, 401, 422, 429],
  }),
  removeItem: defineOperation({
    method: "delete",
    path: "/cart/items/{medicineId}",
    summary: "Remove one medicine from my cart (nothing changes when it is not there)",
    tag: "Pharmacy",
    auth: "user",
    params: cartLineParamsSchema,
    response: { status: 200, schema: cartSchema },
    errors: [401, 422, 429],
  }),
};
