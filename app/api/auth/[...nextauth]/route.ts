import { handlers } from "@/auth";
import { keepPrivate } from "@/lib/api/default-headers";

// Auth.js marks its session answer private, but not the CSRF token, providers or callbacks, which
// set cookies: none of them may be kept by a shared cache.
export const GET = async (request: Parameters<typeof handlers.GET>[0]) =>
  keepPrivate(await handlers.GET(request));
export const POST = async (request: Parameters<typeof handlers.POST>[0]) =>
  keepPrivate(await handlers.POST(request));
