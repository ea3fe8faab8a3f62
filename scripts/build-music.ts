/**
 * Composes the game's background music, by code and deterministically: a calm looped theme for
 * the title and one for each chapter in `levels/campaign.json`. Writes `assets/music/<name>.mp3`
 * (mono, 22050 Hz, 64 kbps) and `assets/music/music.json` (file, loop region and length of each).
 *
 * Each theme is eight bars over a simple progression (I–vi–IV–V and friends) at 70–90 bpm: a
 * soft pad, a sine bass, a quiet broken-chord accompaniment and a pentatonic melody in a
 * kalimba-like pluck with a gentle echo. Everything is sine partials with smooth envelopes.
 *
 * Seamless looping: the loop is rendered circularly (whatever rings past the last bar line is
 * folded back onto the first bars, echoes and filters included), so the signal is exactly
 * periodic. The file holds a lead-in (the end of the loop) and a lead-out (its start) around one
 * period, and `music.json` names the period as a Howler sprite region. MP3 decoders add a short
 * delay at the start that differs between browsers; because the audio around the region is
 * periodic too, the region still holds exactly one period whatever that delay is, so the loop
 * joins without a click or a gap.
 *
 * Levels peak at −10 dBFS: music sits under the sound effects. Run with
 * `npx tsx scripts/build-music.ts` (`npm run assets:music`).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Mp3Encoder } from '@breezystack/lamejs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'assets', 'music');
const RATE = 22050;
const KBPS = 64;
const PEAK_DB = -10;
/** Periodic audio kept before and after the loop region (covers any decoder delay). */
const PAD_SECONDS = 0.3;
/** Samples in one MP3 granule at 22050 Hz (MPEG-2 Layer III). */
const GRANULE = 576;
const TAU = Math.PI * 2;

type Track = Float64Array;

// ---------------------------------------------------------------------------------------------
// Pitch

/** Semitones above the tonic of each degree of the major scale. */
const MAJOR = [0, 2, 4, 5, 7, 9, 11];
/** Degrees (1-based, within an octave) of the major pentatonic scale. */
const PENTATONIC = new Set([1, 2, 3, 5, 6]);

/** MIDI number of a note name such as `C4` or `Bb3`. */
function midiOf(name: string): number {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (!m) throw new Error(`bad note ${name}`);
  const steps: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
  let n = steps[m[1]!]! + (Number(m[3]) + 1) * 12;
  if (m[2] === '#') n += 1;
  if (m[2] === 'b') n -= 1;
  return n;
}

const hz = (midi: number): number => 440 * 2 ** ((midi - 69) / 12);

/** MIDI number of scale degree `degree` (1 = tonic, 8 = tonic an octave up, 0 = leading note below). */
function degreeMidi(tonic: number, degree: number): number {
  const d = degree - 1;
  const octave = Math.floor(d / 7);
  return tonic + octave * 12 + MAJOR[((d % 7) + 7) % 7]!;
}

/** The diatonic triad on `root` (a degree), as three degrees. */
const triad = (root: number): [number, number, number] => [root, root + 2, root + 4];

// ---------------------------------------------------------------------------------------------
// Seeded randomness (for small human touches and generated melodies)

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

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Voices: soft tones written into a circular track

interface Voice {
  /** Relative amplitudes of harmonics 1, 2, 3, ... */
  partials: number[];
  /** Attack in seconds (raised cosine). */
  attack: number;
  /** Exponential decay time constant of the fundamental, in seconds. */
  decay: number;
  /** How much faster each higher partial decays (1 = same). */
  partialDecay: number;
  /** Release after the note's length, in seconds (raised cosine). */
  release: number;
  /** Detuned copies in cents, for a gentle chorus (empty = one copy). */
  chorus: number[];
  /** Slow vibrato depth (fraction of frequency) and rate (Hz). */
  vibrato: [number, number];
}

const PAD: Voice = {
  partials: [1, 0.16, 0.05, 0.02],
  attack: 0.55,
  decay: 7,
  partialDecay: 1.4,
  release: 0.9,
  chorus: [-4, 4],
  vibrato: [0.0015, 4.6],
};
const BASS: Voice = {
  partials: [1, 0.22, 0.04],
  attack: 0.02,
  decay: 1.1,
  partialDecay: 1.8,
  release: 0.25,
  chorus: [],
  vibrato: [0, 0],
};
/** Kalimba / celesta-like pluck for the melody. */
const PLUCK: Voice = {
  partials: [1, 0.32, 0.1, 0.05],
  attack: 0.006,
  decay: 0.75,
  partialDecay: 2.2,
  release: 0.35,
  chorus: [],
  vibrato: [0, 0],
};
/** Rounder, flute-like lead: triangle partials (odd harmonics) with a slow vibrato. */
const FLUTE: Voice = {
  partials: [1, 0, 0.11, 0, 0.03],
  attack: 0.06,
  decay: 2.2,
  partialDecay: 1.3,
  release: 0.18,
  chorus: [],
  vibrato: [0.004, 5],
};
/** Marimba-like tick for the broken chords. */
const MALLET: Voice = {
  partials: [1, 0, 0.12, 0.08],
  attack: 0.004,
  decay: 0.32,
  partialDecay: 2.6,
  release: 0.2,
  chorus: [],
  vibrato: [0, 0],
};
const BELL: Voice = {
  partials: [1, 0.35, 0.12, 0.05],
  attack: 0.004,
  decay: 1.1,
  partialDecay: 2.4,
  release: 0.4,
  chorus: [],
  vibrato: [0, 0],
};

/**
 * Adds a note to `track` (circularly: past the end wraps to the start). `at` and `length` are
 * in seconds; the note rings on for its release after `length`.
 */
function addNote(
  track: Track,
  voice: Voice,
  midi: number,
  at: number,
  length: number,
  gain: number,
): void {
  const n = track.length;
  const total = length + voice.release;
  const count = Math.round(total * RATE);
  const start = Math.round(at * RATE);
  const copies = voice.chorus.length > 0 ? voice.chorus : [0];
  const f0 = hz(midi);
  const [vDepth, vRate] = voice.vibrato;
  for (const cents of copies) {
    const f = f0 * 2 ** (cents / 1200);
    const phases = voice.partials.map(() => 0);
    const g = gain / copies.length;
    for (let i = 0; i < count; i++) {
      const t = i / RATE;
      const fv = vDepth ? f * (1 + vDepth * Math.sin(TAU * vRate * t) * Math.min(1, t / 0.4)) : f;
      let v = 0;
      for (let p = 0; p < voice.partials.length; p++) {
        const amp = voice.partials[p]!;
        phases[p] = (phases[p]! + (TAU * fv * (p + 1)) / RATE) % TAU;
        if (amp === 0) continue;
        const tau = voice.decay / (1 + p * (voice.partialDecay - 1));
        v += amp * Math.exp(-t / tau) * Math.sin(phases[p]!);
      }
      let env = t < voice.attack ? 0.5 - 0.5 * Math.cos((Math.PI * t) / voice.attack) : 1;
      if (t > length) {
        const r = Math.min(1, (t - length) / voice.release);
        env *= 0.5 + 0.5 * Math.cos(Math.PI * r);
      }
      const j = (start + i) % n;
      track[j]! += v * env * g;
    }
  }
}

/** A circular echo: `repeats` copies, each `delay` seconds later and `feedback` times softer. */
function echo(track: Track, delay: number, feedback: number, repeats: number): Track {
  const n = track.length;
  const out = Float64Array.from(track);
  const d = Math.round(delay * RATE);
  let g = 1;
  for (let r = 1; r <= repeats; r++) {
    g *= feedback;
    // Each repeat a little darker.
    const dark = lowpass(track, 2600 / r);
    for (let i = 0; i < n; i++) out[(i + r * d) % n]! += dark[i]! * g;
  }
  return out;
}

/** One-pole lowpass on a periodic signal: a first pass settles the filter, the second is kept. */
function lowpass(track: Track, cutoff: number): Track {
  const alpha = 1 - Math.exp((-TAU * cutoff) / RATE);
  const out = new Float64Array(track.length);
  let y = 0;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < track.length; i++) {
      y += alpha * (track[i]! - y);
      out[i] = y;
    }
  }
  return out;
}

function mixInto(dst: Track, src: Track, gain = 1): void {
  for (let i = 0; i < dst.length; i++) dst[i]! += src[i]! * gain;
}

// ---------------------------------------------------------------------------------------------
// Themes

type Accompaniment = 'arp8' | 'arp4' | 'waltz';

interface Theme {
  /** Tonic of the melody's octave, e.g. `C5`. */
  tonic: string;
  bpm: number;
  beatsPerBar: number;
  /** The root degree of each bar's chord (1 = I, 6 = vi, 4 = IV, 5 = V, 2 = ii). */
  chords: number[];
  /**
   * The melody, bar by bar (`|` between bars): degrees of the scale (`1`–`7`; `'` an octave
   * up, `,` an octave down; `-` a rest), each with `:beats` (default 1). Only the pentatonic
   * degrees 1 2 3 5 6 are allowed.
   */
  melody?: string;
  lead: Voice;
  accompaniment: Accompaniment;
}

/** The title: unhurried and warm, in C, I–vi–IV–V twice. */
const TITLE: Theme = {
  tonic: 'C5',
  bpm: 84,
  beatsPerBar: 4,
  chords: [1, 6, 4, 5, 1, 6, 4, 5],
  melody:
    "3 5 6 5 | 3:2 1 2 | 6,:1.5 1:0.5 2 3 | 2:3 -:1 | 3 5 6 1' | 2':1.5 1':0.5 6:2 | 5 6 5 3 | 2:3 -:1",
  lead: PLUCK,
  accompaniment: 'arp4',
};

/**
 * Chapter themes, by the chapter's place in the campaign (the first chapter gets the first);
 * past the last, their styles come round again with a generated melody each.
 */
const CHAPTER_THEMES: Theme[] = [
  // A morning walk: a little brighter, in G, I–IV–vi–V.
  {
    tonic: 'G4',
    bpm: 90,
    beatsPerBar: 4,
    chords: [1, 4, 6, 5, 1, 4, 6, 5],
    melody:
      "1:0.5 2:0.5 3 5 3 | 6 5 6 1' | 3:1.5 5:0.5 6 5 | 2 3 2:2 | 1:0.5 2:0.5 3 5 6 | 1':1.5 6:0.5 5:2 | 6 5 3 2 | 2:3 -:1",
    lead: PLUCK,
    accompaniment: 'arp8',
  },
  // Out in the town: a gentle waltz in F, I–vi–ii–V.
  {
    tonic: 'F4',
    bpm: 78,
    beatsPerBar: 3,
    chords: [1, 6, 2, 5, 1, 6, 2, 5],
    melody: "3:2 5 | 6:2 5 | 2:1.5 3:0.5 2 | 2:3 | 3 5 6 | 1':2 6 | 5 3 2 | 2:3",
    lead: FLUTE,
    accompaniment: 'waltz',
  },
  // Fields and mountains: spacious, in D, I–V–vi–IV.
  {
    tonic: 'D5',
    bpm: 82,
    beatsPerBar: 4,
    chords: [1, 5, 6, 4, 1, 5, 4, 5],
    melody: "1 2 3:2 | 2 1 2:2 | 3 5 6:2 | 6:3 -:1 | 1' 6 5 3 | 2 3 2 6, | 6, 1 2:2 | 5:3 -:1",
    lead: PLUCK,
    accompaniment: 'arp4',
  },
  // By the water: flowing, in Bb, I–iii–IV–V.
  {
    tonic: 'Bb4',
    bpm: 86,
    beatsPerBar: 4,
    chords: [1, 3, 4, 5, 1, 3, 2, 5],
    melody:
      "1 3 5:1.5 3:0.5 | 3:2 2 3 | 6:1.5 5:0.5 6 1' | 2 3 5:2 | 1 3 5:1.5 6:0.5 | 5:1.5 6:0.5 5 3 | 2:1.5 3:0.5 2 6, | 2:3 -:1",
    lead: FLUTE,
    accompaniment: 'arp8',
  },
];

interface Note {
  /** Scale degree, or null for a rest. */
  degree: number | null;
  /** Start, in beats from the loop's start. */
  beat: number;
  beats: number;
}

function parseMelody(text: string, beatsPerBar: number, bars: number): Note[] {
  const barTexts = text.split('|').map((b) => b.trim());
  if (barTexts.length !== bars) throw new Error(`melody has ${barTexts.length} bars, not ${bars}`);
  const notes: Note[] = [];
  barTexts.forEach((barText, bar) => {
    let beat = bar * beatsPerBar;
    for (const token of barText.split(/\s+/)) {
      const m = /^(-|[1-7])([',]*)(?::([\d.]+))?$/.exec(token);
      if (!m) throw new Error(`bad melody token "${token}" in bar ${bar + 1}`);
      const beats = m[3] ? Number(m[3]) : 1;
      let degree: number | null = null;
      if (m[1] !== '-') {
        const d = Number(m[1]);
        if (!PENTATONIC.has(d)) throw new Error(`degree ${d} in bar ${bar + 1} is not pentatonic`);
        const shift = [...(m[2] ?? '')].reduce((s, c) => s + (c === "'" ? 7 : -7), 0);
        degree = d + shift;
      }
      notes.push({ degree, beat, beats });
      beat += beats;
    }
    if (Math.abs(beat - (bar + 1) * beatsPerBar) > 1e-9) {
      throw new Error(`bar ${bar + 1} of the melody has ${beat - bar * beatsPerBar} beats`);
    }
  });
  return notes;
}

/** Pentatonic degrees a melody may use, low to high. */
const MELODY_RANGE = [-2, -1, 1, 2, 3, 5, 6, 8, 9, 10];

/**
 * A simple generated melody: a two-bar motif, answered, repeated and brought home; chord tones
 * on strong beats, small steps between, the last bar resting on a note of V.
 */
function generateMelody(theme: Theme, seed: number): Note[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const four = [
    [1, 1, 1, 1],
    [2, 1, 1],
    [1.5, 0.5, 1, 1],
    [1, 1, 2],
    [0.5, 0.5, 1, 2],
  ];
  const three = [
    [1, 1, 1],
    [2, 1],
    [1.5, 0.5, 1],
  ];
  const patterns = theme.beatsPerBar === 3 ? three : four;
  const a = pick(patterns);
  const b = pick(patterns);
  const cadence = theme.beatsPerBar === 3 ? [3] : [3, 1];
  const rhythms = [a, b, pick(patterns), cadence, a, b, pick(patterns), cadence];
  const notes: Note[] = [];
  let index = MELODY_RANGE.indexOf(3);
  rhythms.forEach((rhythm, bar) => {
    const chord = triad(theme.chords[bar]!).map((d) => ((d - 1) % 7) + 1);
    const isChordTone = (deg: number): boolean => chord.includes(((((deg - 1) % 7) + 7) % 7) + 1);
    let beat = bar * theme.beatsPerBar;
    rhythm.forEach((beats, k) => {
      const last = bar === rhythms.length - 1 && k === 0;
      if (bar === rhythms.length - 1 && k === 1) {
        notes.push({ degree: null, beat, beats });
        beat += beats;
        return;
      }
      const strong = Number.isInteger(beat) && (beat % theme.beatsPerBar) % 2 === 0;
      let candidates = [-2, -1, 1, 2]
        .map((s) => index + s)
        .filter((i) => i >= 0 && i < MELODY_RANGE.length);
      if (strong || last) {
        const near = MELODY_RANGE.map((d, i) => [d, i] as const)
          .filter(([d]) => isChordTone(d))
          .filter(([d]) => !last || [2, 5, 9].includes(d))
          .sort((x, y) => Math.abs(x[1] - index) - Math.abs(y[1] - index));
        candidates = near.slice(0, 2).map(([, i]) => i);
      }
      // Lean back towards the middle of the range.
      const centre = MELODY_RANGE.indexOf(5);
      candidates.sort((x, y) => Math.abs(x - centre) - Math.abs(y - centre));
      index = rand() < 0.65 ? candidates[0]! : pick(candidates);
      notes.push({ degree: MELODY_RANGE[index]!, beat, beats });
      beat += beats;
    });
  });
  return notes;
}

interface Rendered {
  samples: Track;
  bpm: number;
  bars: number;
  beatsPerBar: number;
}

function render(theme: Theme, seed: number): Rendered {
  const bars = theme.chords.length;
  const totalBeats = bars * theme.beatsPerBar;
  // A whole number of MP3 granules per loop (the tempo moves by a hair for it): the encoder
  // then sees the same audio at the same place in its frames on each side of the loop point,
  // and the decoded file is periodic to the sample.
  const n = Math.round((totalBeats * 60 * RATE) / theme.bpm / GRANULE) * GRANULE;
  const beat = n / RATE / totalBeats;
  const tonic = midiOf(theme.tonic);
  const rand = rng(seed);
  const humanise = (): number => (rand() - 0.5) * 0.012;
  const velocity = (): number => 0.9 + rand() * 0.2;

  const pad = new Float64Array(n);
  const bass = new Float64Array(n);
  const accomp = new Float64Array(n);
  const lead = new Float64Array(n);
  const sparkle = new Float64Array(n);

  theme.chords.forEach((root, bar) => {
    const t0 = bar * theme.beatsPerBar * beat;
    const barSeconds = theme.beatsPerBar * beat;
    const chord = triad(root);
    // Pad: the triad in close position around the octave below the melody.
    const padTonic = tonic - 12;
    const voiced = chord.map((d) => {
      let m = degreeMidi(padTonic, d);
      while (m > padTonic + 8) m -= 12;
      while (m < padTonic - 5) m += 12;
      return m;
    });
    for (const m of voiced) addNote(pad, PAD, m, t0, barSeconds, 0.16);
    // Bass: the root on the downbeat, and the fifth (or the root again) halfway.
    let bassRoot = degreeMidi(tonic - 24, root);
    while (bassRoot > tonic - 24 + 6) bassRoot -= 12;
    if (theme.beatsPerBar === 3) {
      addNote(bass, BASS, bassRoot, t0 + humanise(), beat * 2.6, 0.34 * velocity());
    } else {
      addNote(bass, BASS, bassRoot, t0 + humanise(), beat * 1.8, 0.34 * velocity());
      addNote(bass, BASS, bassRoot + 7, t0 + 2 * beat + humanise(), beat * 1.8, 0.22 * velocity());
    }
    // Accompaniment: a broken chord, quiet, in the melody's lower octave.
    const arp = [...voiced, voiced[0]! + 12, voiced[2]!, voiced[1]!];
    if (theme.accompaniment === 'waltz') {
      for (let k = 1; k < 3; k++) {
        for (const m of voiced.slice(1)) {
          addNote(accomp, MALLET, m + 12, t0 + k * beat + humanise(), beat * 0.6, 0.1 * velocity());
        }
      }
    } else {
      const step = theme.accompaniment === 'arp8' ? 0.5 : 1;
      const count = Math.round(theme.beatsPerBar / step);
      for (let k = 0; k < count; k++) {
        const m = arp[k % arp.length]!;
        const accent = k === 0 ? 1.15 : 1;
        addNote(
          accomp,
          MALLET,
          m + 12,
          t0 + k * step * beat + humanise(),
          step * beat,
          0.13 * accent * velocity(),
        );
      }
    }
    // A soft bell at the start of each half.
    if (bar % 4 === 0) addNote(sparkle, BELL, degreeMidi(tonic + 12, 1), t0, beat * 2, 0.09);
  });

  const notes = theme.melody
    ? parseMelody(theme.melody, theme.beatsPerBar, bars)
    : generateMelody(theme, seed ^ 0x5eed);
  for (const note of notes) {
    if (note.degree === null) continue;
    const at = note.beat * beat + humanise();
    const len = Math.max(note.beats * beat - 0.04, 0.12);
    addNote(lead, theme.lead, degreeMidi(tonic, note.degree), at, len, 0.42 * velocity());
  }

  const mix = new Float64Array(n);
  mixInto(mix, lowpass(pad, 1800));
  mixInto(mix, bass);
  mixInto(mix, lowpass(accomp, 3200));
  mixInto(mix, echo(lead, beat * 0.75, 0.28, 2));
  mixInto(mix, sparkle);
  const soft = lowpass(mix, 5500);
  // Peak at PEAK_DB.
  let peak = 0;
  for (const v of soft) peak = Math.max(peak, Math.abs(v));
  const k = 10 ** (PEAK_DB / 20) / peak;
  for (let i = 0; i < n; i++) soft[i]! *= k;
  return { samples: soft, bpm: theme.bpm, bars, beatsPerBar: theme.beatsPerBar };
}

// ---------------------------------------------------------------------------------------------
// Checks and output

const db = (x: number): number => 20 * Math.log10(Math.max(x, 1e-12));

interface Analysis {
  peakDb: number;
  rmsDb: number;
  /** The step from the loop's last sample to its first, against the largest step inside it. */
  joinStep: number;
  maxStep: number;
}

function analyse(x: Track): Analysis {
  let peak = 0;
  let sum = 0;
  let maxStep = 0;
  for (let i = 0; i < x.length; i++) {
    peak = Math.max(peak, Math.abs(x[i]!));
    sum += x[i]! * x[i]!;
    if (i > 0) maxStep = Math.max(maxStep, Math.abs(x[i]! - x[i - 1]!));
  }
  return {
    peakDb: db(peak),
    rmsDb: db(Math.sqrt(sum / x.length)),
    joinStep: Math.abs(x[0]! - x[x.length - 1]!),
    maxStep,
  };
}

/** Lead-in (end of the loop), the loop, and lead-out (its start), as 16-bit samples. */
function withPads(loop: Track): Int16Array {
  const pad = Math.round(PAD_SECONDS * RATE);
  const n = loop.length;
  const out = new Int16Array(n + 2 * pad);
  for (let i = 0; i < out.length; i++) {
    const v = loop[(((i - pad) % n) + n) % n]!;
    out[i] = Math.round(Math.max(-1, Math.min(1, v)) * 32767);
  }
  return out;
}

function encodeMp3(pcm: Int16Array): Uint8Array {
  const encoder = new Mp3Encoder(1, RATE, KBPS);
  const chunks: Uint8Array[] = [];
  const block = 1152;
  for (let i = 0; i < pcm.length; i += block) {
    const out = encoder.encodeBuffer(pcm.subarray(i, i + block));
    if (out.length > 0) chunks.push(Uint8Array.from(out));
  }
  chunks.push(Uint8Array.from(encoder.flush()));
  const size = chunks.reduce((s, c) => s + c.length, 0);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

function chapterIds(): string[] {
  const campaign = JSON.parse(readFileSync(join(ROOT, 'levels', 'campaign.json'), 'utf8')) as {
    chapters: { id: string }[];
  };
  return campaign.chapters.map((c) => c.id);
}

export interface MusicEntry {
  src: string;
  /** The loop region in the file, as a Howler sprite: [start ms, length ms]. */
  loop: [number, number];
  /** Length of one loop, in seconds. */
  seconds: number;
  bpm: number;
  bars: number;
}

function main(): void {
  const themes: [string, Theme, number][] = [['title', TITLE, hash('title')]];
  chapterIds().forEach((id, i) => {
    const theme = CHAPTER_THEMES[i % CHAPTER_THEMES.length]!;
    // A repeated style gets a generated melody of its own.
    const own = i < CHAPTER_THEMES.length ? theme : { ...theme, melody: undefined };
    themes.push([id, own, hash(id)]);
  });

  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.endsWith('.mp3')) rmSync(join(OUT, f));
  const manifest: Record<string, MusicEntry> = {};
  const padMs = (Math.round(PAD_SECONDS * RATE) * 1000) / RATE;
  for (const [name, theme, seed] of themes) {
    const r = render(theme, seed);
    const a = analyse(r.samples);
    if (a.joinStep > a.maxStep) throw new Error(`${name}: the loop does not join smoothly`);
    const mp3 = encodeMp3(withPads(r.samples));
    const file = `${name}.mp3`;
    writeFileSync(join(OUT, file), mp3);
    const seconds = r.samples.length / RATE;
    manifest[name] = {
      src: file,
      loop: [round3(padMs), round3(seconds * 1000)],
      seconds: round3(seconds),
      bpm: r.bpm,
      bars: r.bars,
    };
    console.info(
      `${file.padEnd(22)} ${seconds.toFixed(2)} s loop, ${r.bars} bars of ${r.beatsPerBar} at ` +
        `${r.bpm} bpm, ${Math.round(mp3.length / 1024)} kB, peak ${a.peakDb.toFixed(1)} dBFS, ` +
        `RMS ${a.rmsDb.toFixed(1)} dBFS, join step ${a.joinStep.toFixed(4)} ` +
        `(largest step ${a.maxStep.toFixed(4)})`,
    );
  }
  writeFileSync(join(OUT, 'music.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

main();
