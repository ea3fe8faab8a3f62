// The benchmark's reading of a Chromium trace (scripts/bench/browser.ts): the main thread's CPU
// from a page's navigation to its first frame.
import { describe, expect, it } from 'vitest';
import { mainThreadCpuMs, type TraceEvent } from '../../scripts/bench/browser';

const URL_ = 'http://127.0.0.1:4000/game/?renderer=canvas&lang=en';
const nav = (pid: number, tid: number, ts: number, url: string): TraceEvent => ({
  name: 'navigationStart',
  ph: 'R',
  pid,
  tid,
  ts,
  args: { data: { documentLoaderURL: url } },
});
const task = (tid: number, ts: number, dur: number, tdur: number): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid: 7,
  tid,
  ts,
  dur,
  tdur,
});

describe('mainThreadCpuMs', () => {
  it('sums the thread time of the navigating thread’s tasks within the window', () => {
    const events = [
      nav(7, 1, 1_000_000, URL_),
      task(1, 990_000, 5_000, 5_000), // before the navigation
      task(1, 1_010_000, 20_000, 12_000),
      task(1, 1_040_000, 10_000, 9_000),
      task(1, 1_045_000, 2_000, 2_000), // inside the one before: counted there
      task(2, 1_050_000, 10_000, 10_000), // another thread (the compositor)
      task(1, 1_200_000, 10_000, 10_000), // after the first frame
    ];
    expect(mainThreadCpuMs(events, URL_, 150)).toBeCloseTo(21, 6);
  });

  it('finds the navigation by its address, and says when there is none', () => {
    const events = [
      nav(7, 3, 0, ''),
      nav(7, 3, 0, 'about:blank'),
      nav(7, 1, 0, URL_),
      task(1, 1_000, 1_000, 700),
    ];
    expect(mainThreadCpuMs(events, URL_, 10)).toBeCloseTo(0.7, 6);
    expect(mainThreadCpuMs(events, 'http://127.0.0.1:4000/baseline/', 10)).toBeNull();
  });
});
