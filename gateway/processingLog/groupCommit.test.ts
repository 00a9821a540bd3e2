import { describe, expect, it } from 'vitest';
import { GroupCommit } from './groupCommit.ts';

/** A commit the test finishes by hand, recording the groups it was given. */
function controlledCommit() {
  const groups: number[][] = [];
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const commit = (items: number[]) => {
    groups.push(items);
    return new Promise<string[]>((resolve, reject) => pending.push({ resolve: () => resolve(items.map((item) => `stored ${item}`)), reject }));
  };
  return { groups, pending, commit };
}
const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true), () => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('group commit', () => {
  it('commits appends made while a commit is under way together, and gives each caller only its own results', async () => {
    const { groups, pending, commit } = controlledCommit();
    const group = new GroupCommit(commit);
    const first = group.add([1]);
    await new Promise((resolve) => setImmediate(resolve));
    const others = [group.add([2, 3]), group.add([4]), group.add([5, 6])];
    expect(groups).toEqual([[1]]);
    pending[0]!.resolve();
    expect(await first).toEqual(['stored 1']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(groups).toEqual([[1], [2, 3, 4, 5, 6]]);
    pending[1]!.resolve();
    expect(await Promise.all(others)).toEqual([['stored 2', 'stored 3'], ['stored 4'], ['stored 5', 'stored 6']]);
  });

  it('resolves no caller before the commit holding its records has succeeded', async () => {
    const { pending, commit } = controlledCommit();
    const group = new GroupCommit(commit);
    const appends = [group.add([1]), group.add([2])];
    await new Promise((resolve) => setImmediate(resolve));
    expect(await Promise.all(appends.map(settled))).toEqual([false, false]);
    pending[0]!.resolve();
    expect(await Promise.all(appends)).toEqual([['stored 1'], ['stored 2']]);
  });

  it('rejects every caller of a failed commit, and commits the next group all the same', async () => {
    const { pending, commit } = controlledCommit();
    const group = new GroupCommit(commit);
    const failing = [group.add([1]), group.add([2])];
    await new Promise((resolve) => setImmediate(resolve));
    const later = group.add([3]);
    pending[0]!.reject(new Error('fsync failed'));
    for (const append of failing) await expect(append).rejects.toThrow('fsync failed');
    await new Promise((resolve) => setImmediate(resolve));
    pending[1]!.resolve();
    expect(await later).toEqual(['stored 3']);
  });

  it('caps a group at maxItems, sending a larger caller alone', async () => {
    const { groups, pending, commit } = controlledCommit();
    const group = new GroupCommit(commit, 3);
    const appends = [group.add([1, 2]), group.add([3, 4]), group.add([5, 6, 7, 8]), group.add([9])];
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      pending[i]!.resolve();
      await appends[i];
    }
    expect(groups).toEqual([[1, 2], [3, 4], [5, 6, 7, 8], [9]]);
  });
});
