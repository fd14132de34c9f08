/**
 * File types by their bytes, never by name or declared type. Isomorphic and pure.
 */

export const imageTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export type ImageType = (typeof imageTypes)[number];

export const documentTypes = [...imageTypes, "application/pdf"] as const;
export type DocumentType = (typeof documentTypes)[number];

/** The extension stored keys use for each type. */
export const extensionOf: Record<DocumentType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

/** The type served for each stored extension (the reverse of `extensionOf`). */
export const contentTypeOfExtension: Readonly<Record<string, DocumentType>> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  pdf: "application/pdf",
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** JPEG, PNG or WebP by magic bytes; null for anything else (HTML, SVG, GIF, truncated files). */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  // JPEG: FF D8 FF (SOI + the first marker).
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  // PNG: the full 8-byte signature.
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  // WebP: "RIFF" <size> "WEBP" and a VP8/VP8L/VP8X chunk.
  if (
    startsWith(bytes, ascii("RIFF")) &&
    startsWith(bytes, ascii("WEBP"), 8) &&
    startsWith(bytes, ascii("VP8"), 12)
  ) {
    return "image/webp";
  }
  return null;
}

/** An image (as above) or a PDF ("%PDF-" within the first KB, as readers accept); null otherwise. */
export function sniffFileType(bytes: Uint8Array): DocumentType | null {
  const image = sniffImageType(bytes);
  if (image) return image;
  const head = bytes.subarray(0, 1024);
  const marker = ascii("%PDF-");
  for (let i = 0; i + marker.length <= head.length; i++) {
    if (startsWith(head, marker, i)) return "application/pdf";
  }
  return null;
}
