import "server-only";

/** Groups child rows under their parent's internal id (which itself never leaves the server). */
function groupBy<T extends { parentId: number }>(rows: T[]): Map<number, Omit<T, "parentId">[]> {
  const map = new Map<number, Omit<T, "parentId">[]>();
  for (const { parentId, ...rest } of rows) {
    const list = map.get(parentId) ?? [];
    list.push(rest);
    map.set(parentId, list);
  }
  return map;
}

/**
 * Each parent with its children under `key`, for export sections with child rows (items, tests,
 * messages). `loadChildren` runs once for all parents (not at all when there are none); the
 * internal id that links them is dropped and `publicId` becomes `id`.
 */
export async function withChildren<
  P extends { id: number; publicId: unknown },
  C extends { parentId: number },
  K extends string,
>(parents: P[], key: K, loadChildren: (parentIds: number[]) => Promise<C[]>) {
  const children = groupBy(parents.length ? await loadChildren(parents.map((p) => p.id)) : []);
  return parents.map(({ id, publicId, ...rest }) => ({
    id: publicId,
    ...rest,
    ...({ [key]: children.get(id) ?? [] } as Record<K, Omit<C, "parentId">[]>),
  }));
}
