/** Names are stored without the title; tolerate one that already has it. */
export const bareName = (name: string) => name.replace(/^dr\.?\s+/i, "");
