import { apiRoute, ok } from "@/lib/api/api-route";
import { authOperations } from "@/lib/auth/openapi";
import { resetPassword } from "@/lib/auth/service/reset";

export const POST = apiRoute(authOperations.resetPassword, async ({ body }) => {
  await resetPassword(body.token, body.password);
  return ok({ message: "Your password has been changed. Sign in with the new one." });
});
