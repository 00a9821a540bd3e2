import { describe, expect, it } from 'vitest';
import { startInOrder, stopInOrder } from './dependencyOrder.ts';

// The hub's order on its own: casus before the adapters that need it, casus told the adapters'
// URLs once they run (a cycle that must not deadlock), the gateway after everything is told.
const hub = [
  { name: 'gateway', needs: ['school', 'casus'], tells: [] },
  { name: 'school', needs: ['school-system', 'casus'], tells: [] },
  { name: 'casus', needs: [], tells: ['school'] },
  { name: 'school-system', needs: [], tells: [] },
];

describe('the dependency order', () => {
  it('starts what is needed first, tells casus once the adapters run, and the gateway last', async () => {
    const events: string[] = [];
    await startInOrder(
      hub,
      async (name) => void events.push(`start ${name}`),
      async (name) => void events.push(`tell ${name}`),
    );
    const at = (event: string) => events.indexOf(event);
    expect(events).toHaveLength(5);
    expect(at('start casus')).toBeLessThan(at('start school'));
    expect(at('start school-system')).toBeLessThan(at('start school'));
    expect(at('start school')).toBeLessThan(at('tell casus'));
    expect(at('tell casus')).toBeLessThan(at('start gateway'));
  });

  it('fails with the first component that does not start, and starts nothing that needs it', async () => {
    const started: string[] = [];
    const starting = startInOrder(
      hub,
      async (name) => {
        if (name === 'casus') throw new Error('the casus subgraph exited with code 1');
        started.push(name);
      },
      async () => undefined,
    );
    await expect(starting).rejects.toThrow('the casus subgraph exited with code 1');
    expect(started).toEqual(['school-system']);
  });

  it('stops each component after every one that needs it', async () => {
    const stopped: string[] = [];
    await stopInOrder(hub, async (name) => void stopped.push(name));
    expect(stopped[0]).toBe('gateway');
    expect(stopped.indexOf('school')).toBeLessThan(stopped.indexOf('casus'));
    expect(stopped.indexOf('school')).toBeLessThan(stopped.indexOf('school-system'));
  });
});
