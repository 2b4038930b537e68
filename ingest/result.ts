/** Outcome of work at a boundary where bad input is expected: a bad file is data, not a crash. */
export type Result<T, Reason = string> = { ok: true; value: T } | { ok: false; reason: Reason };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <Reason = string>(reason: Reason): Result<never, Reason> => ({ ok: false, reason });
