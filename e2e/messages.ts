import { readFileSync } from "node:fs";

type Tree = { [key: string]: string | Tree };
const en = JSON.parse(readFileSync("messages/en.json", "utf8")) as Tree;

/** The English words of a message key ("Consultation.editor.issue"), with `{name}` filled in. */
export function w(key: string, args: Record<string, string> = {}): string {
  const value = key.split(".").reduce<string | Tree>((node, part) => {
    const next = typeof node === "string" ? undefined : node[part];
    if (next === undefined) throw new Error(`no message ${key}`);
    return next;
  }, en);
  if (typeof value !== "string") throw new Error(`${key} is not a message`);
  return value.replace(/\{(\w+)\}/g, (_, name: string) => args[name] ?? `{${name}}`);
}
