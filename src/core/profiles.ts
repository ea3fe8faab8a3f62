// Player profiles: several players on one shared device, each with their own save. This is the
// small index that lists them ({id, name, picture, created}) and says who played last; each
// profile's progress lives in its own save. Pure: ids come from a random source passed in, and
// times are given by the caller.
//
// Storage keys (the platform layer reads and writes them): the first profile keeps the save key
// the game has always used (`<base>`, so nobody's progress is lost on upgrade); every other
// profile has its own family, `<base>:<id>`, each with the same ":next", ":backup" and
// ":damaged:<n>" copies. Generated ids look like `p` and eight letters or digits, so they never
// clash with those suffixes.
import { z } from 'zod/mini';
import { damagedAt } from './issue-text';
import { lazily } from './lazily';

/** The id of the first profile: its save is the one under the original save key. */
export const FIRST_PROFILE_ID = 'first';
/** The most characters (code points) a name may have. */
export const PROFILE_NAME_MAX = 20;
/** The most profiles one device keeps (a class of children, with room to spare). */
export const MAX_PROFILES = 40;

/** Pictures a player may choose instead of (or with) a name: frames of the game's art atlas. */
export const PROFILE_PICTURES = [
  'cat',
  'dog-face',
  'rabbit',
  'frog',
  'turtle',
  'baby-chick',
  'hedgehog',
  'butterfly',
  'sunflower',
  'tulip',
  'four-leaf-clover',
  'red-apple',
] as const;
export type ProfilePicture = (typeof PROFILE_PICTURES)[number];

const GENERATED_ID = /^p[0-9a-z]{8}$/;
const ID_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** Whether `id` can be a profile's id. */
export function isProfileId(id: string): boolean {
  return id === FIRST_PROFILE_ID || GENERATED_ID.test(id);
}

/**
 * A name as it is kept: without control characters or direction overrides, runs of spaces as
 * one, trimmed, and at most `PROFILE_NAME_MAX` characters. It is always shown as text.
 */
export function cleanName(raw: string): string {
  const plain = raw
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(plain).slice(0, PROFILE_NAME_MAX).join('').trim();
}

/** The players' schemas, built when a stored list is first read (a first visit has none). */
const schemas = lazily(() => {
  const profile = z.object({
    id: z.string().check(z.refine(isProfileId, 'not a profile id')),
    name: z.string().check(z.refine((n) => cleanName(n) === n, 'not a clean name')),
    picture: z.nullable(z.enum(PROFILE_PICTURES)),
    created: z.number().check(z.minimum(0)),
  });
  const index = z
    .object({
      version: z.literal(1),
      // Room past MAX_PROFILES: a rebuilt index keeps every save's player, however many.
      profiles: z.array(profile).check(z.minLength(1), z.maxLength(1000)),
      active: z.string(),
    })
    .check(
      z.refine((i) => new Set(i.profiles.map((p) => p.id)).size === i.profiles.length, {
        message: 'two profiles have the same id',
      }),
      z.refine((i) => i.profiles.some((p) => p.id === i.active), {
        message: 'the active profile is not in the list',
      }),
    );
  return { profile, index };
});

export type Profile = z.infer<ReturnType<typeof schemas>['profile']>;

export interface ProfileIndex {
  readonly version: 1;
  readonly profiles: readonly Profile[];
  /** The profile that played last: the game starts as them. */
  readonly active: string;
}

/** What a player fills in to make or change a profile. */
export interface ProfileDraft {
  readonly name: string;
  readonly picture: ProfilePicture | null;
}

/** Why a profile could not be made or changed. */
export type ProfileProblem =
  /** Neither a name nor a picture. */
  | 'empty'
  /** Another profile already has this name (or, with no name, this picture). */
  | 'taken'
  /** There are `MAX_PROFILES` already. */
  | 'full'
  /** No profile has this id. */
  | 'unknown';

export type ProfileResult =
  { ok: true; index: ProfileIndex; profile: Profile } | { ok: false; problem: ProfileProblem };

/** A device with one player, who has no name yet: the game starts as it always did. */
export function defaultIndex(created: number): ProfileIndex {
  return {
    version: 1,
    profiles: [{ id: FIRST_PROFILE_ID, name: '', picture: null, created }],
    active: FIRST_PROFILE_ID,
  };
}

export type IndexParseResult = { ok: true; index: ProfileIndex } | { ok: false; reason: string };

/** Reads a stored index. Never throws. */
export function parseIndex(text: string): IndexParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the list of players is not valid JSON' };
  }
  const parsed = schemas().index.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, reason: damagedAt('the list of players', parsed.error.issues) };
  }
  return { ok: true, index: parsed.data };
}

export function serializeIndex(index: ProfileIndex): string {
  return JSON.stringify(index);
}

/**
 * A new id not in `taken`: `p` and eight characters drawn with `random` (numbers in [0, 1)).
 * A source that keeps giving taken ids still ends: the first free numbered id is used.
 */
export function newProfileId(random: () => number, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let attempt = 0; attempt < 20; attempt++) {
    let id = 'p';
    for (let i = 0; i < 8; i++) {
      const r = random();
      const n = Number.isFinite(r) ? Math.floor(Math.abs(r) * ID_CHARS.length) : 0;
      id += ID_CHARS[Math.min(ID_CHARS.length - 1, n)]!;
    }
    if (!used.has(id)) return id;
  }
  for (let n = 0; ; n++) {
    const id = `p${n.toString(36).padStart(8, '0')}`;
    if (!used.has(id)) return id;
  }
}

/** The same name, for telling two apart: letters' case and width do not count. */
function sameName(a: string, b: string): boolean {
  const key = (s: string): string => s.normalize('NFKC').toLocaleLowerCase();
  return key(a) === key(b);
}

/**
 * What is wrong with `draft` for a profile of `index` (the one with id `exceptId` being
 * changed), or null. Names are compared cleaned, ignoring case; two players without a name may
 * not share a picture, or nobody could tell them apart.
 */
export function checkDraft(
  index: ProfileIndex,
  draft: ProfileDraft,
  exceptId: string | null = null,
): ProfileProblem | null {
  const name = cleanName(draft.name);
  if (name === '' && draft.picture === null) return 'empty';
  const others = index.profiles.filter((p) => p.id !== exceptId);
  const clash = others.some((p) =>
    name === '' ? p.name === '' && p.picture === draft.picture : sameName(p.name, name),
  );
  return clash ? 'taken' : null;
}

/** `index` with a new profile made from `draft` (not yet the active one). */
export function addProfile(
  index: ProfileIndex,
  draft: ProfileDraft,
  random: () => number,
  created: number,
): ProfileResult {
  if (index.profiles.length >= MAX_PROFILES) return { ok: false, problem: 'full' };
  const problem = checkDraft(index, draft);
  if (problem) return { ok: false, problem };
  const profile: Profile = {
    id: newProfileId(
      random,
      index.profiles.map((p) => p.id),
    ),
    name: cleanName(draft.name),
    picture: draft.picture,
    created: Math.max(0, created),
  };
  return { ok: true, index: { ...index, profiles: [...index.profiles, profile] }, profile };
}

/** `index` with the profile `id` given the name and picture of `draft`. */
export function renameProfile(index: ProfileIndex, id: string, draft: ProfileDraft): ProfileResult {
  const old = index.profiles.find((p) => p.id === id);
  if (!old) return { ok: false, problem: 'unknown' };
  const problem = checkDraft(index, draft, id);
  if (problem) return { ok: false, problem };
  const profile: Profile = { ...old, name: cleanName(draft.name), picture: draft.picture };
  return {
    ok: true,
    index: { ...index, profiles: index.profiles.map((p) => (p.id === id ? profile : p)) },
    profile,
  };
}

/**
 * `index` without the profile `id`. The active profile moves to the first one left; when the
 * last one goes, a fresh unnamed first profile takes its place, so there is always a player.
 */
export function removeProfile(index: ProfileIndex, id: string, created: number): ProfileIndex {
  if (!index.profiles.some((p) => p.id === id)) return index;
  const left = index.profiles.filter((p) => p.id !== id);
  if (left.length === 0) return defaultIndex(created);
  const active = left.some((p) => p.id === index.active) ? index.active : left[0]!.id;
  return { ...index, profiles: left, active };
}

/** `index` with `id` as the active profile (unchanged if there is no such profile). */
export function selectProfile(index: ProfileIndex, id: string): ProfileIndex {
  return index.profiles.some((p) => p.id === id) ? { ...index, active: id } : index;
}

/** The active profile of `index`. */
export function activeProfile(index: ProfileIndex): Profile {
  return index.profiles.find((p) => p.id === index.active) ?? index.profiles[0]!;
}

/** The save key of profile `id`: the original key for the first profile, else its own. */
export function saveKeyOf(base: string, id: string): string {
  return id === FIRST_PROFILE_ID ? base : `${base}:${id}`;
}

/** The copies of a save that hold progress (the damaged ones kept aside do not count). */
const SAVE_COPIES = ['', ':next', ':backup'];

/**
 * The profile whose save `key` holds (a main, "next" or backup copy), or null when it is not
 * one: another game's key, a damaged copy kept aside, or the index itself.
 */
export function profileOfKey(base: string, key: string): string | null {
  if (!key.startsWith(base)) return null;
  const rest = key.slice(base.length);
  if (SAVE_COPIES.includes(rest)) return FIRST_PROFILE_ID;
  const m = /^:(p[0-9a-z]{8})(.*)$/.exec(rest);
  return m && SAVE_COPIES.includes(m[2]!) ? m[1]! : null;
}

/**
 * An index for a device whose index is missing or damaged, from the save keys that exist (so
 * no progress is ever left without its player): each profile that has a save, with whatever
 * `salvage` (the damaged index, as read) still says of it; names it had are kept, and players
 * with no saved progress yet that it lists are kept too. Never drops a save.
 */
export function rebuildIndex(
  base: string,
  keys: Iterable<string>,
  created: number,
  salvage: unknown = null,
): ProfileIndex {
  const kept: Profile[] = [];
  const seen = new Set<string>();
  const old =
    salvage !== null && typeof salvage === 'object' ? (salvage as Record<string, unknown>) : {};
  const listed = Array.isArray(old['profiles']) ? (old['profiles'] as unknown[]) : [];
  for (const entry of listed) {
    const p = schemas().profile.safeParse(entry);
    if (!p.success || seen.has(p.data.id) || kept.length >= MAX_PROFILES) continue;
    seen.add(p.data.id);
    kept.push(p.data);
  }
  const found = new Set<string>();
  for (const key of keys) {
    const id = profileOfKey(base, key);
    if (id !== null && !seen.has(id)) found.add(id);
  }
  const ids = [...found].sort((a, b) =>
    a === FIRST_PROFILE_ID ? -1 : b === FIRST_PROFILE_ID ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  for (const id of ids) {
    // Past the limit too: a save is never left without its player.
    kept.push({ id, name: '', picture: null, created: Math.max(0, created) });
  }
  if (kept.length === 0) return defaultIndex(created);
  const wanted = typeof old['active'] === 'string' ? old['active'] : null;
  const active = kept.some((p) => p.id === wanted) ? wanted! : kept[0]!.id;
  return { version: 1, profiles: kept, active };
}
