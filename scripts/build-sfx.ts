/**
 * Synthesises the game's sound effects and writes them as one audio sprite:
 * `assets/sfx.wav` (22050 Hz, mono, 16-bit) and `assets/sfx.json` (a Howler sprite map,
 * `{ src, sprite: { name: [startMs, durationMs] } }`).
 *
 * Sounds are soft sine/bell tones with gentle envelopes (no harsh square waves), meant for a
 * calm children's game. Noise comes from a seeded generator, so reruns give identical files.
 * Run with `npx tsx scripts/build-sfx.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import wavefile from 'wavefile';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS = join(ROOT, 'assets');
const RATE = 22050;
const GAP_MS = 100;
const TAU = Math.PI * 2;

type Clip = Float64Array;

// ---------------------------------------------------------------------------------------------
// Building blocks

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const samples = (seconds: number): number => Math.round(seconds * RATE);
const silence = (seconds: number): Clip => new Float64Array(samples(seconds));

/** Equal-tempered note frequency, e.g. note('C5'). */
function note(name: string): number {
  const m = /^([A-G])(#|b)?(\d)$/.exec(name);
  if (!m) throw new Error(`bad note ${name}`);
  const steps: Record<string, number> = { C: -9, D: -7, E: -5, F: -4, G: -2, A: 0, B: 2 };
  let n = (steps[m[1]!] ?? 0) + (Number(m[3]) - 4) * 12;
  if (m[2] === '#') n += 1;
  if (m[2] === 'b') n -= 1;
  return 440 * 2 ** (n / 12);
}

interface ToneOptions {
  /** Frequency at the end (a glide), default: same as start. */
  to?: number;
  /** Attack time in seconds (a soft start). */
  attack?: number;
  /** Exponential decay time constant in seconds (smaller = shorter ring). */
  decay?: number;
  /** Peak amplitude before mixing. */
  gain?: number;
  /** Relative amplitudes of harmonics 1, 2, 3, ... (1 = pure sine). */
  partials?: number[];
  /** How much faster higher partials decay (bell-like brightness that fades). */
  partialDecay?: number;
  /** Vibrato depth (fraction of frequency) and rate (Hz). */
  vibrato?: [number, number];
}

/** A soft tone: sine partials, a smooth attack and an exponential decay, faded out at the end. */
function tone(freq: number, seconds: number, o: ToneOptions = {}): Clip {
  const n = samples(seconds);
  const out = new Float64Array(n);
  const to = o.to ?? freq;
  const attack = Math.max(o.attack ?? 0.008, 1 / RATE);
  const decay = o.decay ?? seconds / 3;
  const gain = o.gain ?? 1;
  const partials = o.partials ?? [1];
  const pDecay = o.partialDecay ?? 1.6;
  const [vDepth, vRate] = o.vibrato ?? [0, 0];
  const phases = partials.map(() => 0);
  const fadeOut = Math.min(samples(0.012), n);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const k = n > 1 ? i / (n - 1) : 0;
    // Exponential glide sounds more natural than a linear one.
    let f = freq * (to / freq) ** k;
    if (vDepth) f *= 1 + vDepth * Math.sin(TAU * vRate * t) * Math.min(1, t / 0.08);
    let v = 0;
    for (let p = 0; p < partials.length; p++) {
      const amp = partials[p] ?? 0;
      phases[p] = (phases[p]! + (TAU * f * (p + 1)) / RATE) % TAU;
      const env = Math.exp(-t / (decay / (1 + p * (pDecay - 1))));
      v += amp * env * Math.sin(phases[p]!);
    }
    // Raised-cosine attack.
    const a = t < attack ? 0.5 - 0.5 * Math.cos((Math.PI * t) / attack) : 1;
    const r = i >= n - fadeOut ? (n - 1 - i) / fadeOut : 1;
    out[i] = v * a * r * gain;
  }
  return out;
}

/** Lowpassed noise burst (soft "puff" or "thud" texture). */
function noise(seconds: number, seed: number, cutoff: number, decay: number, gain: number): Clip {
  const n = samples(seconds);
  const out = new Float64Array(n);
  const rand = rng(seed);
  const alpha = 1 - Math.exp((-TAU * cutoff) / RATE);
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const x = rand() * 2 - 1;
    // Two one-pole lowpass stages for a softer spectrum.
    y1 += alpha * (x - y1);
    y2 += alpha * (y1 - y2);
    const a = t < 0.003 ? t / 0.003 : 1;
    out[i] = y2 * Math.exp(-t / decay) * a * gain;
  }
  return out;
}

/** Mixes `src` into `dst` starting at `atSeconds`, growing `dst` if needed. */
function mix(dst: Clip, src: Clip, atSeconds: number): Clip {
  const start = samples(atSeconds);
  const len = Math.max(dst.length, start + src.length);
  const out = len > dst.length ? new Float64Array(len) : dst;
  if (out !== dst) out.set(dst);
  for (let i = 0; i < src.length; i++) out[start + i]! += src[i]!;
  return out;
}

function layer(seconds: number, parts: [Clip, number][]): Clip {
  let out = silence(seconds);
  for (const [clip, at] of parts) out = mix(out, clip, at);
  return out.length > samples(seconds) ? out.slice(0, samples(seconds)) : out;
}

/** Gentle one-pole lowpass to take any edge off. */
function soften(clip: Clip, cutoff: number): Clip {
  const alpha = 1 - Math.exp((-TAU * cutoff) / RATE);
  const out = new Float64Array(clip.length);
  let y = 0;
  for (let i = 0; i < clip.length; i++) {
    y += alpha * (clip[i]! - y);
    out[i] = y;
  }
  return out;
}

/**
 * Shapes the ends (a few ms fade-in; a smooth release over the last quarter, at most 80 ms,
 * so nothing is cut off while still ringing), then scales the clip so its peak sits at
 * `db` dBFS.
 */
function normalise(clip: Clip, db: number): Clip {
  const fadeIn = Math.min(samples(0.004), Math.floor(clip.length / 2));
  const release = Math.min(samples(0.08), Math.floor(clip.length / 4));
  const out = new Float64Array(clip.length);
  let peak = 0;
  for (let i = 0; i < clip.length; i++) {
    let e = 1;
    if (i < fadeIn) e = i / fadeIn;
    const left = clip.length - 1 - i;
    if (left < release) e = Math.min(e, 0.5 - 0.5 * Math.cos((Math.PI * left) / release));
    out[i] = clip[i]! * e;
    peak = Math.max(peak, Math.abs(out[i]!));
  }
  const k = peak > 0 ? 10 ** (db / 20) / peak : 0;
  for (let i = 0; i < out.length; i++) out[i]! *= k;
  return out;
}

// Timbres
const BELL = [1, 0.35, 0.12, 0.05];
const WARM = [1, 0.22, 0.06];
const MARIMBA = [1, 0, 0.1, 0.12];

// ---------------------------------------------------------------------------------------------
// The clips

function step(): Clip {
  // A very soft, low footstep pad.
  return layer(0.06, [
    [noise(0.06, 11, 700, 0.014, 0.9), 0],
    [tone(150, 0.05, { to: 110, attack: 0.003, decay: 0.015, gain: 0.6 }), 0],
  ]);
}

function bump(): Clip {
  // Soft low thud: a falling sine with a cushion of filtered noise.
  return soften(
    layer(0.12, [
      [tone(150, 0.12, { to: 65, attack: 0.004, decay: 0.04, partials: [1, 0.15] }), 0],
      [noise(0.08, 23, 400, 0.02, 1.2), 0],
    ]),
    1800,
  );
}

function pickup(): Clip {
  // Rising two-note blip.
  const o = { attack: 0.006, decay: 0.06, partials: MARIMBA };
  return layer(0.18, [
    [tone(note('E5'), 0.08, o), 0],
    [tone(note('B5'), 0.11, { ...o, decay: 0.05 }), 0.065],
  ]);
}

function handover(): Clip {
  // Warm two-note chime, a falling-then-resting fourth.
  const o = { attack: 0.01, decay: 0.12, partials: BELL, partialDecay: 2.2 };
  return layer(0.25, [
    [tone(note('G5'), 0.14, o), 0],
    [tone(note('D5'), 0.17, { ...o, decay: 0.11 }), 0.08],
    [tone(note('D4'), 0.2, { attack: 0.02, decay: 0.1, gain: 0.25 }), 0.08],
  ]);
}

function deed(): Clip {
  // Cheerful C–E–G arpeggio landing on a high C, with a few sparkling glints.
  const o = { attack: 0.008, decay: 0.12, partials: BELL, partialDecay: 2 };
  const glints: [Clip, number][] = [];
  const rand = rng(777);
  const sparkle = [note('C7'), note('G6'), note('E7'), note('C7'), note('G7')];
  sparkle.forEach((f, i) => {
    glints.push([
      tone(f, 0.12, { attack: 0.002, decay: 0.035, gain: 0.18 + rand() * 0.06 }),
      0.3 + i * 0.055 + rand() * 0.015,
    ]);
  });
  return layer(0.6, [
    [tone(note('C5'), 0.16, o), 0],
    [tone(note('E5'), 0.16, o), 0.085],
    [tone(note('G5'), 0.18, o), 0.17],
    [tone(note('C6'), 0.34, { ...o, decay: 0.16 }), 0.255],
    [tone(note('C4'), 0.4, { attack: 0.03, decay: 0.14, gain: 0.22 }), 0.255],
    ...glints,
  ]);
}

function passed(): Clip {
  // A short, happy fanfare: a quick rising G–C–E–G, then a soft major chord that rings out.
  const lead = { attack: 0.01, decay: 0.14, partials: WARM };
  const chordTone = (f: number, gain: number): Clip =>
    tone(f, 1.0, { attack: 0.03, decay: 0.38, gain, partials: WARM, vibrato: [0.004, 5.5] });
  const parts: [Clip, number][] = [
    [tone(note('G4'), 0.14, lead), 0],
    [tone(note('C5'), 0.14, lead), 0.11],
    [tone(note('E5'), 0.14, lead), 0.22],
    [tone(note('G5'), 0.24, { ...lead, decay: 0.18 }), 0.33],
    [tone(note('E5'), 0.12, lead), 0.5],
    [chordTone(note('C5'), 0.45), 0.6],
    [chordTone(note('E5'), 0.4), 0.6],
    [chordTone(note('G5'), 0.38), 0.6],
    [
      tone(note('C6'), 0.8, {
        attack: 0.02,
        decay: 0.3,
        gain: 0.55,
        partials: BELL,
        partialDecay: 2,
      }),
      0.6,
    ],
    [tone(note('C3'), 0.8, { attack: 0.04, decay: 0.3, gain: 0.3 }), 0.6],
  ];
  const rand = rng(4242);
  [note('G6'), note('C7'), note('E7'), note('G7')].forEach((f, i) => {
    parts.push([
      tone(f, 0.14, { attack: 0.002, decay: 0.04, gain: 0.12 + rand() * 0.05 }),
      0.66 + i * 0.07,
    ]);
  });
  return layer(1.4, parts);
}

function timeup(): Clip {
  // Gentle descending G–E–C, soft and rounded (more "all done" than "alarm").
  const o = { attack: 0.02, decay: 0.16, partials: WARM };
  return soften(
    layer(0.9, [
      [tone(note('G4'), 0.3, o), 0],
      [tone(note('E4'), 0.3, o), 0.24],
      [tone(note('C4'), 0.42, { ...o, decay: 0.2 }), 0.48],
      [tone(note('C3'), 0.42, { attack: 0.03, decay: 0.2, gain: 0.2 }), 0.48],
    ]),
    3000,
  );
}

function click(): Clip {
  // Tiny, soft UI click.
  return layer(0.05, [
    [tone(1400, 0.04, { to: 1100, attack: 0.001, decay: 0.008 }), 0],
    [noise(0.02, 5, 3000, 0.004, 0.5), 0],
  ]);
}

function repair(): Clip {
  // A soft wooden tap, then quiet, so that looping it gives a steady, calm tapping.
  return soften(
    layer(0.15, [
      [tone(620, 0.07, { to: 560, attack: 0.001, decay: 0.014, partials: [1, 0, 0.25] }), 0],
      [tone(210, 0.09, { attack: 0.002, decay: 0.025, gain: 0.7 }), 0],
      [noise(0.03, 99, 2200, 0.006, 0.6), 0],
    ]),
    4000,
  );
}

function follow(): Clip {
  // A friendly "come along": a voice-like swoop up a fourth, with a little vibrato.
  const o = {
    attack: 0.015,
    decay: 0.09,
    partials: [1, 0.3, 0.08],
    vibrato: [0.01, 7] as [number, number],
  };
  return layer(0.25, [
    [tone(note('G4'), 0.1, { ...o, to: note('A4') }), 0],
    [tone(note('C5'), 0.16, { ...o, to: note('D5'), decay: 0.08 }), 0.09],
  ]);
}

function star(): Clip {
  // A bright, clear ding.
  return layer(0.4, [
    [tone(note('E6'), 0.4, { attack: 0.003, decay: 0.13, partials: BELL, partialDecay: 2.5 }), 0],
    [tone(note('B6'), 0.3, { attack: 0.003, decay: 0.07, gain: 0.25 }), 0.01],
    [tone(note('E5'), 0.4, { attack: 0.005, decay: 0.12, gain: 0.25 }), 0],
  ]);
}

/** Name, generator and peak level in dBFS. */
const CLIPS: [string, () => Clip, number][] = [
  ['step', step, -24],
  ['bump', bump, -8],
  ['pickup', pickup, -7],
  ['handover', handover, -6],
  ['deed', deed, -6],
  ['passed', passed, -6],
  ['timeup', timeup, -7],
  ['click', click, -21],
  ['repair', repair, -9],
  ['follow', follow, -7],
  ['star', star, -6],
];

// ---------------------------------------------------------------------------------------------

function main(): void {
  mkdirSync(ASSETS, { recursive: true });
  const sprite: Record<string, [number, number]> = {};
  const parts: { clip: Clip; startSample: number }[] = [];
  let cursorMs = 0;
  for (const [name, make, db] of CLIPS) {
    const clip = normalise(make(), db);
    const durationMs = Math.round((clip.length * 1000) / RATE);
    sprite[name] = [cursorMs, durationMs];
    parts.push({ clip, startSample: Math.round((cursorMs * RATE) / 1000) });
    cursorMs += durationMs + GAP_MS;
  }
  const total = Math.round((cursorMs * RATE) / 1000);
  const pcm = new Int16Array(total);
  for (const { clip, startSample } of parts) {
    for (let i = 0; i < clip.length; i++) {
      const v = Math.max(-1, Math.min(1, clip[i]!));
      pcm[startSample + i] = Math.round(v * 32767);
    }
  }
  const wav = new wavefile.WaveFile();
  wav.fromScratch(1, RATE, '16', pcm);
  writeFileSync(join(ASSETS, 'sfx.wav'), wav.toBuffer());
  const lines = Object.entries(sprite).map(
    ([k, v]) => `    ${JSON.stringify(k)}: [${v.join(', ')}]`,
  );
  const json = `{\n  "src": "sfx.wav",\n  "sprite": {\n${lines.join(',\n')}\n  }\n}\n`;
  JSON.parse(json); // sanity check
  writeFileSync(join(ASSETS, 'sfx.json'), json);
  console.info(`sfx.wav ${(total / RATE).toFixed(2)} s, ${Math.round((total * 2) / 1024)} kB`);
  for (const [name, [start, dur]] of Object.entries(sprite)) {
    console.info(`  ${name.padEnd(9)} start ${String(start).padStart(5)} ms  length ${dur} ms`);
  }
}

main();
