import { apiRoute, ok } from "@/lib/api/api-route";
import { readMultipartFile } from "@/lib/storage/multipart";
import { userOperations } from "@/lib/users/openapi";
import { maxPhotoRequestBytes } from "@/lib/users/schemas";
import { getUserPhoto } from "@/lib/users/queries";
import { setUserPhoto } from "@/lib/users/service";

/** The photo's bytes with the type sniffed at upload; private to the user (and admins). */
export const GET = apiRoute(userOperations.getPhoto, async ({ actor, params }) => {
  const photo = await getUserPhoto(actor, params.id);
  return new Response(new Uint8Array(photo.bytes), {
    headers: {
      "content-type": photo.contentType,
      "content-length": String(photo.bytes.byteLength),
      "content-disposition": "inline",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      // The URL carries a version, so a browser may keep it; never a shared cache.
      "cache-control": "private, max-age=86400",
    },
  });
});

/** multipart/form-data with a `file` field; the body is capped before it is parsed. */
export const POST = apiRoute(userOperations.setPhoto, async ({ actor, params, request }) => {
  const file = await readMultipartFile(request, "file", maxPhotoRequestBytes);
  return ok(await setUserPhoto(actor, params.id, file));
});
