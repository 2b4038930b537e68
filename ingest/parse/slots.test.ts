import { describe, expect, it } from 'vitest';
import { createSlots } from './slots.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('createSlots', () => {
  it('runs at most `size` tasks at once, in arrival order', async () => {
    const slots = createSlots(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((id) =>
        slots.run(async () => {
          running++;
          most = Math.max(most, running);
          order.push(id);
          await tick();
          running--;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it('frees the slot when a task throws, and lets a waiting task be aborted', async () => {
    const slots = createSlots(1);
    await expect(slots.run(() => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
    const controller = new AbortController();
    const first = slots.run(tick);
    const waiting = slots.run(async () => 'te laat', controller.signal);
    controller.abort(new Error('gestopt'));
    await expect(waiting).rejects.toThrow('gestopt');
    await first;
    await expect(slots.run(async () => 'vrij')).resolves.toBe('vrij');
  });
});
