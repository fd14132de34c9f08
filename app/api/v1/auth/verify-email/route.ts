import { apiRoute, ok } from "@/lib/api/api-route";
import { verifyEmailSchema } from "@/lib/auth/schemas";
import { verifyEmail } from "@/lib/auth/service/verification";

export const POST = apiRoute({ auth: "none", body: verifyEmailSchema }, async ({ body }) => {
  await verifyEmail(body.token);
  return ok({ message: "Your email address is verified." });
});
