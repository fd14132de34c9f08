import { extensionOf, type DocumentType } from "./sniff";

/** What a stored file is for; the first segment of its key. */
export const storageKinds = [
  "photos",
  "records",
  "doctor-documents",
  "lab-reports",
  "emergency-media",
] as const;
export type StorageKind = (typeof storageKinds)[number];

const keyPattern =
  /^(?:photos|records|doctor-documents|lab-reports|emergency-media)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:jpg|png|webp|pdf)$/;

/** A fresh key `<kind>/<uuid>.<ext>`; the only way keys are made, so no user input reaches a path. */
export function newStorageKey(kind: StorageKind, contentType: DocumentType): string {
  return `${kind}/${crypto.randomUUID()}.${extensionOf[contentType]}`;
}

/** True for keys of the shape `newStorageKey` makes (no dots, slashes or other tricks). */
export function isSafeStorageKey(key: string): boolean {
  return keyPattern.test(key);
}

/** The extension of a safe key ("jpg"). */
export function extensionOfKey(key: string): string {
  return key.slice(key.lastIndexOf(".") + 1);
}
