import type { RegistryFailure, RunnerFailure } from '../admin/index.ts';
import { AppError } from '../errors.ts';

/** A refusal from the runner or the registry, as the API's one error shape. */
export const failure = (reason: RunnerFailure | RegistryFailure): AppError =>
  new AppError(reason.code, reason.message);
