/**
 * The success line an edit page shows after a redirect (`?done=`): created, published or hidden.
 * Anything else in the address shows nothing.
 */
export function doneMessageKey<C extends string>(
  done: string | string[] | undefined,
  created: C,
): C | "publish.nowPublished" | "publish.nowHidden" | null {
  switch (done) {
    case "created":
      return created;
    case "published":
      return "publish.nowPublished";
    case "hidden":
      return "publish.nowHidden";
    default:
      return null;
  }
}
