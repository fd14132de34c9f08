import type en from "@/messages/en.json";

// Isomorphic: client components read the texts copyOf() (lib/i18n/copy.ts) handed them.

type Messages = typeof en;
export type MessageNamespace = keyof Messages;
/** One namespace's texts, as a plain object of strings shaped like messages/en.json. */
export type Copy<N extends MessageNamespace> = Messages[N];

/** "a.b.c" for every string in a copy object. */
export type CopyKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${CopyKey<T[K]>}`;
}[keyof T & string];

/**
 * A message's `{name}` placeholders filled in. Only plain arguments: a message with plural or
 * select is formatted on the server and handed over finished.
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A t()-like reader over a copy object: keys checked at compile time, placeholders filled. */
export function readerOf<T extends object>(copy: T) {
  return (key: CopyKey<T>, params?: Record<string, string | number>): string => {
    const value = key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], copy);
    return fill(typeof value === "string" ? value : key, params);
  };
}
