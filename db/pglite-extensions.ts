import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The extensions every embedded database opens with. pg_trgm backs the typo-tolerant medicine
 * search (migration 0013 creates the extension); a data dir restored from a backup must open with
 * the same set or its trigram indexes cannot load.
 */
export const pgliteExtensions = { pg_trgm };
