// A value built on first use and kept (src/core/lazily.ts), as the saves' schemas are.
import { describe, expect, it } from 'vitest';
import { lazily } from '../../src/core/lazily';

describe('lazily', () => {
  it('builds nothing until asked, then once, and gives the same value each time', () => {
    let builds = 0;
    const get = lazily(() => {
      builds++;
      return { made: builds };
    });
    expect(builds).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(first).toEqual({ made: 1 });
    expect(builds).toBe(1);
  });

  it('keeps a value that is undefined or null without building it again', () => {
    let builds = 0;
    const get = lazily(() => {
      builds++;
      return undefined;
    });
    get();
    get();
    expect(builds).toBe(1);
  });
});
