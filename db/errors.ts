import "server-only";
import { AppError, isAppError } from "@/lib/errors";

/**
 * Database errors -> AppError, in one place. Services call these; routes never parse SQL errors.
 * Works for both drivers: postgres.js (`PostgresError`: `.code`, `.constraint_name`) and PGlite
 * (`DatabaseError`: `.code`, `.constraint`), whether thrown bare or wrapped by Drizzle
 * (`DrizzleQueryError`, driver error in `.cause`).
 */

/** SQLSTATE codes this module knows by name. */
const PgCode = {
  uniqueViolation: "23505",
  foreignKeyViolation: "23503",
  /** ON DELETE RESTRICT on newer servers (PGlite is PostgreSQL 17); 15 reports 23503. */
  restrictViolation: "23001",
  checkViolation: "23514",
  notNullViolation: "23502",
  exclusionViolation: "23P01",
  stringDataRightTruncation: "22001",
  numericValueOutOfRange: "22003",
  invalidDatetimeFormat: "22007",
  datetimeFieldOverflow: "22008",
  characterNotInRepertoire: "22021",
  invalidTextRepresentation: "22P02",
  untranslatableCharacter: "22P05",
} as const;

/** The driver-independent part of a PostgreSQL error. */
export interface PgErrorInfo {
  code: string;
  constraint: string | undefined;
  table: string | undefined;
  message: string;
  detail: string | undefined;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/** Finds the PostgreSQL error in `err` or its `.cause` chain; undefined when there is none. */
function pgErrorOf(err: unknown): PgErrorInfo | undefined {
  const seen = new Set<unknown>();
  let current: unknown = err;
  while (current !== null && typeof current === "object" && !seen.has(current) && seen.size < 10) {
    seen.add(current);
    const e = current as Record<string, unknown>;
    const code = str(e.code);
    // `severity` is set by both drivers; it keeps Node errors such as EPIPE from passing as SQLSTATE.
    if (code && SQLSTATE.test(code) && (str(e.severity) || str(e.severity_local))) {
      return {
        code,
        constraint: str(e.constraint_name) ?? str(e.constraint),
        table: str(e.table_name) ?? str(e.table),
        message: str(e.message) ?? "",
        detail: str(e.detail),
      };
    }
    current = e.cause;
  }
  return undefined;
}

/** An AppError to throw for one constraint, or a function building it from the error. */
type DbErrorMapping = AppError | ((info: PgErrorInfo, cause: unknown) => AppError);

/** Constraint or index name -> the error the service wants for it (e.g. a slot index -> "slot taken"). */
export type DbErrorMap = Readonly<Record<string, DbErrorMapping>>;

const invalidInputCodes: readonly string[] = [
  PgCode.checkViolation,
  PgCode.notNullViolation,
  PgCode.stringDataRightTruncation,
  PgCode.numericValueOutOfRange,
  PgCode.invalidDatetimeFormat,
  PgCode.datetimeFieldOverflow,
  PgCode.characterNotInRepertoire,
  PgCode.invalidTextRepresentation,
  PgCode.untranslatableCharacter,
];

/** The generic AppError for a database error, or undefined when it is not the caller's fault. */
function appErrorFromDb(err: unknown, map?: DbErrorMap): AppError | undefined {
  if (isAppError(err)) return err;
  const info = pgErrorOf(err);
  if (!info) return undefined;
  const mapped = info.constraint !== undefined ? map?.[info.constraint] : undefined;
  if (mapped) return typeof mapped === "function" ? mapped(info, err) : mapped;

  const cause = { cause: err };
  if (info.code === PgCode.uniqueViolation || info.code === PgCode.exclusionViolation) {
    return new AppError("conflict", "This conflicts with an existing record.", cause);
  }
  if (info.code === PgCode.foreignKeyViolation || info.code === PgCode.restrictViolation) {
    // Deleting a row others still point at (ON DELETE RESTRICT) vs. pointing at a row that is gone.
    const stillReferenced =
      info.code === PgCode.restrictViolation ||
      /still referenced/i.test(info.detail ?? "") ||
      /^update or delete on/i.test(info.message);
    return stillReferenced
      ? new AppError("conflict", "This record is still in use and cannot be removed.", cause)
      : new AppError("not_found", "A referenced record does not exist.", cause);
  }
  if (invalidInputCodes.includes(info.code)) {
    return new AppError("validation_failed", "The input is not valid.", cause);
  }
  return undefined;
}

/**
 * Rethrows `err` as an AppError when it is a known database error: a mapped constraint first,
 * then 23505 -> conflict, 23503 -> not_found (missing parent) or conflict (still referenced; 23001),
 * 23514/23502/22xxx (bad text, NUL bytes, out-of-range values) -> validation_failed.
 * Anything else (serialization failures included, so callers can retry) is rethrown unchanged.
 */
function rethrowDbError(err: unknown, map?: DbErrorMap): never {
  throw appErrorFromDb(err, map) ?? err;
}

/** Runs `fn` and translates database errors with `rethrowDbError`. */
export async function translateDbErrors<T>(fn: () => Promise<T>, map?: DbErrorMap): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    rethrowDbError(err, map);
  }
}
