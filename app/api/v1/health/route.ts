import { apiRoute, ok } from "@/lib/api/api-route";

export const GET = apiRoute({ auth: "none" }, async () => ok({ status: "ok" }));
