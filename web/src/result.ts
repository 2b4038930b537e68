/** Outcome at a boundary where failure is expected (network, server, bad data): data, not an exception. */
export type Result<T, Reason = string> = { ok: true; value: T } | { ok: false; reason: Reason };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <Reason>(reason: Reason): Result<never, Reason> => ({ ok: false, reason });
