import { apiRoute, ok } from "@/lib/api/api-route";
import { authOperations } from "@/lib/auth/openapi";
import { verifyEmail } from "@/lib/auth/service/verification";

export const POST = apiRoute(authOperations.verifyEmail, async ({ body }) => {
  await verifyEmail(body.token);
  return ok({ message: "Your email address is verified." });
});
