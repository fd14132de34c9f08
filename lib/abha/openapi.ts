import { defineOperation } from "@/lib/api/operation";
import { userIdParamsSchema } from "@/lib/users/schemas";
import { abhaSchema, linkAbhaSchema } from "./schemas";

/** The ABHA link operations: the declarations apiRoute serves and the document lists. */
export const abhaOperations = {
  get: defineOperation({
    method: "get",
    path: "/users/{id}/abha",
    summary: "Your ABHA link",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    response: { status: 200, schema: abhaSchema },
    errors: [404],
  }),
  link: defineOperation({
    method: "put",
    path: "/users/{id}/abha",
    summary:
      "Link an ABHA number (14 digits, hyphens optional) and/or address (handle@abdm); 409 if another account holds it",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    body: linkAbhaSchema,
    response: { status: 200, schema: abhaSchema },
    errors: [404, 409],
  }),
  unlink: defineOperation({
    method: "delete",
    path: "/users/{id}/abha",
    summary: "Unlink your ABHA number and address",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    response: { status: 200, schema: abhaSchema },
    errors: [404],
  }),
};
