import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import type { Copy, MessageNamespace } from "./read-copy";

export type { Copy, MessageNamespace };

type Tree = { [key: string]: string | Tree };

/**
 * The texts of one message namespace in the user's language, for a client component's props.
 * This is how client components get their words: the server translates, the browser gets plain
 * strings (no message runtime ships; keys are checked at compile time through `Copy`). Messages
 * with arguments or tags stay as written: fill() plain `{name}` ones in the browser, format the
 * rest (plural, select, rich text) on the server and pass the result.
 */
export async function copyOf<N extends MessageNamespace>(namespace: N): Promise<Copy<N>> {
  const [translate, messages] = await Promise.all([getTranslations(namespace), getMessages()]);
  const t = translate as unknown as (key: string) => string;
  const walk = (tree: Tree, prefix: string): Tree =>
    Object.fromEntries(
      Object.entries(tree).map(([key, value]) => [
        key,
        typeof value === "string"
          ? /[{<]/.test(value)
            ? value
            : t(`${prefix}${key}`)
          : walk(value, `${prefix}${key}.`),
      ]),
    );
  return walk(messages[namespace] as Tree, "") as Copy<N>;
}
