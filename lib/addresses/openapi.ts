import { defineOperation } from "@/lib/api/operation";
import { addressIdParamsSchema, addressInputSchema, addressSchema } from "./schemas";

/** My address book: the declarations apiRoute serves and the document lists. */
export const addressOperations = {
  list: defineOperation({
    method: "get",
    path: "/addresses",
    summary: "My saved delivery and collection addresses, the default first, then newest",
    tag: "Addresses",
    auth: "user",
    response: { status: 200, schema: addressSchema, list: true },
    errors: [],
  }),
  create: defineOperation({
    method: "post",
    path: "/addresses",
    summary:
      "Save an address (6-digit PIN code; `state` may be left out when the PIN code settles it, then it is filled in). The first address becomes the default. 60 writes an hour",
    tag: "Addresses",
    auth: "user",
    body: addressInputSchema,
    response: { status: 201, schema: addressSchema, description: "Saved (Location header)" },
    errors: [409, 422, 429],
  }),
  update: defineOperation({
    method: "put",
    path: "/addresses/{id}",
    summary:
      "Replace one of my saved addresses (someone else's is 404); orders placed earlier keep the copy they were placed with",
    tag: "Addresses",
    auth: "user",
    params: addressIdParamsSchema,
    body: addressInputSchema,
    response: { status: 200, schema: addressSchema },
    errors: [404, 422, 429],
  }),
  delete: defineOperation({
    method: "delete",
    path: "/addresses/{id}",
    summary:
      "Delete one of my saved addresses (someone else's is 404); when it was the default, the oldest remaining one becomes the default",
    tag: "Addresses",
    auth: "user",
    params: addressIdParamsSchema,
    response: { status: 204, description: "Deleted" },
    errors: [404, 429],
  }),
  setDefault: defineOperation({
    method: "post",
    path: "/addresses/{id}/default",
    summary:
      "Make one of my saved addresses the default (the previous default stops being one); someone else's is 404",
    tag: "Addresses",
    auth: "user",
    params: addressIdParamsSchema,
    response: { status: 200, schema: addressSchema },
    errors: [404, 429],
  }),
};
