/** Outcome of work at a boundary where bad input is expected: a bad file is data, not a crash. */
export type Result<T, Reason = string> = { ok: true; value: T } | { ok: false; reason: Reason };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <Reason = string>(reason: Reason): Result<never, Reason> => ({ ok: false, reason });

/**
 * A failure as data: a `code` that callers branch on, the values that explain it, and the underlying `cause`.
 * Sentences for people are chosen at the edge (HTTP, CLI, web) from the code, in Dutch or English.
 */
export type Failure<Code extends string, Details extends object = object> = {
  code: Code;
  cause?: unknown;
} & Details;
