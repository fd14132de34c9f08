import { apiRoute, ok } from "@/lib/api/api-route";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { resetPassword } from "@/lib/auth/service/reset";

export const POST = apiRoute({ auth: "none", body: resetPasswordSchema }, async ({ body }) => {
  await resetPassword(body.token, body.password);
  return ok({ message: "Your password has been changed. Sign in with the new one." });
});
