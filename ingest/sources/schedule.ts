import { Cron, type CronOptions } from 'croner';
import { z } from 'zod';

/**
 * A source's sync schedule: a cron expression with five fields (`0 2 * * *`, nightly at two) or six, seconds
 * first (for tests). Nicknames such as `@daily` are accepted too.
 */
export function parseSchedule(expression: string, options: Omit<CronOptions, 'mode'> = {}): Cron {
  return new Cron(expression.trim(), { ...options, mode: '5-or-6-parts' });
}

/** The next time a schedule fires, or the reason it is not a valid schedule. */
export function nextScheduledRun(
  expression: string,
  options: { timezone?: string; from?: Date } = {},
): { ok: true; next: Date | null } | { ok: false; reason: string } {
  try {
    const cron = parseSchedule(expression, options.timezone ? { timezone: options.timezone } : {});
    return { ok: true, next: cron.nextRun(options.from) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.replace(/^CronPattern: /, '') };
  }
}

export const scheduleSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .superRefine((expression, context) => {
    const checked = nextScheduledRun(expression);
    if (!checked.ok)
      context.addIssue({ code: 'custom', message: `ongeldig schema (cron): ${checked.reason}` });
  });
