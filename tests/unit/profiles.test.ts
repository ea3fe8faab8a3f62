// Player profiles (src/core/profiles.ts): names kept clean, ids from a random source, making,
// changing, selecting and deleting players, reading the stored list, and rebuilding a damaged
// one from the save keys that exist.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIRST_PROFILE_ID,
  MAX_PROFILES,
  PROFILE_NAME_MAX,
  PROFILE_PICTURES,
  activeProfile,
  addProfile,
  checkDraft,
  cleanName,
  defaultIndex,
  isProfileId,
  newProfileId,
  parseIndex,
  profileOfKey,
  rebuildIndex,
  removeProfile,
  renameProfile,
  saveKeyOf,
  selectProfile,
  serializeIndex,
  type ProfileIndex,
  type ProfileResult,
} from '../../src/core/profiles';

const BASE = 'good-deeds:save';

/** A seeded source of numbers in [0, 1) (a small linear congruential generator). */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function ok(r: ProfileResult): Extract<ProfileResult, { ok: true }> {
  if (!r.ok) throw new Error(`expected success, got ${r.problem}`);
  return r;
}

/** A device with the first player and Mei (a cat) and Wang (no picture). */
function threePlayers(): ProfileIndex {
  const random = seeded(7);
  const a = ok(addProfile(defaultIndex(1000), { name: 'Mei', picture: 'cat' }, random, 2000));
  return ok(addProfile(a.index, { name: 'Wang', picture: null }, random, 3000)).index;
}

describe('names', () => {
  it('are trimmed, with runs of spaces as one', () => {
    expect(cleanName('   Mei   Ling  ')).toBe('Mei Ling');
    expect(cleanName('\tLi\nWei ')).toBe('Li Wei');
    expect(cleanName('    ')).toBe('');
  });

  it(`are at most ${PROFILE_NAME_MAX} characters, counting an emoji or a Chinese character as one`, () => {
    expect(cleanName('abcdefghijklmnopqrstuvwxyz')).toBe('abcdefghijklmnopqrst');
    expect(Array.from(cleanName('🐱'.repeat(30)))).toHaveLength(PROFILE_NAME_MAX);
    expect(cleanName('王小明'.repeat(10))).toBe('王小明王小明王小明王小明王小明王小明王小');
    // Cut at the limit, a trailing space goes too.
    expect(cleanName(`${'a'.repeat(19)} b`)).toBe('a'.repeat(19));
  });

  it('lose control characters and direction overrides, and keep markup as plain text', () => {
    expect(cleanName('Mei\u0000\u0007')).toBe('Mei');
    expect(cleanName('\u202eieM')).toBe('ieM');
    expect(cleanName('<b>Mei</b>')).toBe('<b>Mei</b>');
  });
});

describe('ids', () => {
  it('are "p" and eight letters or digits, drawn from the random source given', () => {
    const id = newProfileId(seeded(1), []);
    expect(id).toMatch(/^p[0-9a-z]{8}$/);
    expect(newProfileId(seeded(1), [])).toBe(id);
    expect(newProfileId(seeded(2), [])).not.toBe(id);
    expect(isProfileId(id)).toBe(true);
    expect(isProfileId(FIRST_PROFILE_ID)).toBe(true);
  });

  it('never clash with the suffixes of a save’s keys, nor with ids already taken', () => {
    for (const word of ['next', 'backup', 'damaged', 'probe', '', 'P12345678', 'p1234567']) {
      expect(isProfileId(word)).toBe(false);
    }
    const taken = newProfileId(seeded(3), []);
    expect(newProfileId(seeded(3), [taken])).not.toBe(taken);
  });

  it('come out even from a source that gives the same number every time, or nonsense', () => {
    const taken: string[] = [];
    for (let i = 0; i < 5; i++) taken.push(newProfileId(() => 0.5, taken));
    expect(new Set(taken).size).toBe(5);
    for (const bad of [NaN, Infinity, -3, 1, 7]) {
      expect(newProfileId(() => bad, [])).toMatch(/^p[0-9a-z]{8}$/);
    }
  });
});

describe('making, changing and choosing players', () => {
  it('an untouched device has one player with no name, who plays as before', () => {
    const index = defaultIndex(1234);
    expect(index.profiles).toEqual([
      { id: FIRST_PROFILE_ID, name: '', picture: null, created: 1234 },
    ]);
    expect(activeProfile(index).id).toBe(FIRST_PROFILE_ID);
    expect(saveKeyOf(BASE, FIRST_PROFILE_ID)).toBe(BASE);
  });

  it('a new player gets a new id, a clean name and their own save key; they are not active yet', () => {
    const r = ok(addProfile(defaultIndex(1), { name: '  Mei ', picture: 'cat' }, seeded(5), 99));
    expect(r.profile).toMatchObject({ name: 'Mei', picture: 'cat', created: 99 });
    expect(r.profile.id).toMatch(/^p[0-9a-z]{8}$/);
    expect(r.index.profiles).toHaveLength(2);
    expect(r.index.active).toBe(FIRST_PROFILE_ID);
    expect(saveKeyOf(BASE, r.profile.id)).toBe(`${BASE}:${r.profile.id}`);
  });

  it('a player needs a name or a picture (either is enough)', () => {
    const index = defaultIndex(1);
    expect(addProfile(index, { name: '  ', picture: null }, seeded(1), 1)).toEqual({
      ok: false,
      problem: 'empty',
    });
    expect(addProfile(index, { name: '', picture: 'frog' }, seeded(1), 1).ok).toBe(true);
    expect(addProfile(index, { name: 'Li', picture: null }, seeded(1), 1).ok).toBe(true);
  });

  it('a name already used is gently refused, whatever its case or spaces', () => {
    const index = threePlayers();
    for (const name of ['Mei', 'mei', ' MEI ', 'Ｍｅｉ']) {
      expect(checkDraft(index, { name, picture: 'frog' })).toBe('taken');
    }
    expect(checkDraft(index, { name: 'Mei L.', picture: 'cat' })).toBeNull();
  });

  it('two players with no name may not share a picture, or nobody could tell them apart', () => {
    const a = ok(addProfile(defaultIndex(1), { name: '', picture: 'frog' }, seeded(1), 1));
    expect(checkDraft(a.index, { name: '', picture: 'frog' })).toBe('taken');
    expect(checkDraft(a.index, { name: '', picture: 'cat' })).toBeNull();
    // With a name, the same picture is fine.
    expect(checkDraft(a.index, { name: 'Bo', picture: 'frog' })).toBeNull();
  });

  it(`a device keeps at most ${MAX_PROFILES} players`, () => {
    let index = defaultIndex(1);
    const random = seeded(9);
    for (let i = 1; i < MAX_PROFILES; i++) {
      index = ok(addProfile(index, { name: `Player ${i}`, picture: null }, random, i)).index;
    }
    expect(index.profiles).toHaveLength(MAX_PROFILES);
    expect(addProfile(index, { name: 'One more', picture: null }, random, 1)).toEqual({
      ok: false,
      problem: 'full',
    });
  });

  it('changing a name or picture keeps the id and the date, and may keep the same name', () => {
    const index = threePlayers();
    const mei = index.profiles[1]!;
    const r = ok(renameProfile(index, mei.id, { name: 'Mei', picture: 'rabbit' }));
    expect(r.profile).toEqual({ ...mei, picture: 'rabbit' });
    expect(r.index.profiles.map((p) => p.id)).toEqual(index.profiles.map((p) => p.id));
    expect(renameProfile(index, mei.id, { name: 'wang', picture: null })).toEqual({
      ok: false,
      problem: 'taken',
    });
    expect(renameProfile(index, 'p00000000', { name: 'X', picture: null })).toEqual({
      ok: false,
      problem: 'unknown',
    });
  });

  it('choosing a player makes them the active one; an unknown id changes nothing', () => {
    const index = threePlayers();
    const wang = index.profiles[2]!;
    expect(selectProfile(index, wang.id).active).toBe(wang.id);
    expect(activeProfile(selectProfile(index, wang.id))).toEqual(wang);
    expect(selectProfile(index, 'p99999999')).toBe(index);
  });
});

describe('deleting players', () => {
  it('takes the player out of the list; the others stay as they were', () => {
    const index = threePlayers();
    const [first, mei, wang] = index.profiles;
    const after = removeProfile(index, mei!.id, 5);
    expect(after.profiles).toEqual([first, wang]);
    expect(after.active).toBe(FIRST_PROFILE_ID);
  });

  it('deleting the active player makes the first one left active', () => {
    const index = selectProfile(threePlayers(), threePlayers().profiles[2]!.id);
    const after = removeProfile(index, index.active, 5);
    expect(after.active).toBe(FIRST_PROFILE_ID);
    const noFirst = removeProfile(after, FIRST_PROFILE_ID, 5);
    expect(noFirst.profiles.map((p) => p.name)).toEqual(['Mei']);
    expect(noFirst.active).toBe(noFirst.profiles[0]!.id);
  });

  it('deleting the last player leaves a fresh one with no name, so someone can always play', () => {
    const one = removeProfile(threePlayers(), threePlayers().profiles[1]!.id, 5);
    const fewer = removeProfile(removeProfile(one, FIRST_PROFILE_ID, 5), one.profiles[1]!.id, 77);
    expect(fewer).toEqual(defaultIndex(77));
  });

  it('deleting a player who is not there changes nothing', () => {
    const index = threePlayers();
    expect(removeProfile(index, 'p00000000', 5)).toBe(index);
  });
});

describe('the stored list', () => {
  it('reads back what was written', () => {
    const index = selectProfile(threePlayers(), threePlayers().profiles[1]!.id);
    expect(parseIndex(serializeIndex(index))).toEqual({ ok: true, index });
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['no players', '{"version":1,"profiles":[],"active":"first"}'],
    [
      'an unknown version',
      '{"version":2,"profiles":[{"id":"first","name":"","picture":null,"created":1}],"active":"first"}',
    ],
    [
      'an active player not in the list',
      '{"version":1,"profiles":[{"id":"first","name":"","picture":null,"created":1}],"active":"p12345678"}',
    ],
    [
      'the same id twice',
      '{"version":1,"profiles":[{"id":"first","name":"A","picture":null,"created":1},{"id":"first","name":"B","picture":null,"created":1}],"active":"first"}',
    ],
    [
      'an id that is a key suffix',
      '{"version":1,"profiles":[{"id":"backup","name":"A","picture":null,"created":1}],"active":"backup"}',
    ],
    [
      'a picture not offered',
      '{"version":1,"profiles":[{"id":"first","name":"","picture":"dragon","created":1}],"active":"first"}',
    ],
    [
      'a name with control characters',
      '{"version":1,"profiles":[{"id":"first","name":"a\\u0000b","picture":null,"created":1}],"active":"first"}',
    ],
  ])('reports a list with %s as damaged', (_what, text) => {
    expect(parseIndex(text)).toMatchObject({ ok: false });
  });
});

describe('save keys and rebuilding a damaged list', () => {
  it('knows which player each save key belongs to', () => {
    expect(profileOfKey(BASE, BASE)).toBe(FIRST_PROFILE_ID);
    expect(profileOfKey(BASE, `${BASE}:next`)).toBe(FIRST_PROFILE_ID);
    expect(profileOfKey(BASE, `${BASE}:backup`)).toBe(FIRST_PROFILE_ID);
    expect(profileOfKey(BASE, `${BASE}:pabcd1234`)).toBe('pabcd1234');
    expect(profileOfKey(BASE, `${BASE}:pabcd1234:backup`)).toBe('pabcd1234');
    // Damaged copies kept aside, the probe, the list itself and other keys are not saves.
    for (const key of [
      `${BASE}:damaged:1`,
      `${BASE}:pabcd1234:damaged:2`,
      `${BASE}:probe`,
      'good-deeds:profiles',
      'good-deeds:class',
      `${BASE}:pABCD1234`,
      'other-game:save',
    ]) {
      expect(profileOfKey(BASE, key)).toBeNull();
    }
  });

  it('rebuilds a player for every save that exists, the first one first', () => {
    const keys = [
      'good-deeds:profiles',
      `${BASE}:pzzzz0000:backup`,
      `${BASE}:damaged:1`,
      BASE,
      `${BASE}:paaaa1111`,
      `${BASE}:pqqqq2222:damaged:1`,
    ];
    const index = rebuildIndex(BASE, keys, 50);
    expect(index.profiles).toEqual([
      { id: FIRST_PROFILE_ID, name: '', picture: null, created: 50 },
      { id: 'paaaa1111', name: '', picture: null, created: 50 },
      { id: 'pzzzz0000', name: '', picture: null, created: 50 },
    ]);
    expect(index.active).toBe(FIRST_PROFILE_ID);
    expect(parseIndex(serializeIndex(index))).toEqual({ ok: true, index });
  });

  it('keeps what the damaged list still says: names, pictures, players with no save yet', () => {
    const salvage = {
      version: 1,
      profiles: [
        { id: 'paaaa1111', name: 'Mei', picture: 'cat', created: 10 },
        { id: 'pbbbb2222', name: 'New', picture: null, created: 11 },
        { id: 'pcccc3333', name: 42, picture: 'cat', created: 12 },
        { id: 'paaaa1111', name: 'Mei again', picture: null, created: 13 },
        'junk',
      ],
      active: 'paaaa1111',
    };
    const keys = [BASE, `${BASE}:paaaa1111`, `${BASE}:pcccc3333`];
    const index = rebuildIndex(BASE, keys, 99, salvage);
    expect(index.profiles).toEqual([
      { id: 'paaaa1111', name: 'Mei', picture: 'cat', created: 10 },
      { id: 'pbbbb2222', name: 'New', picture: null, created: 11 },
      { id: FIRST_PROFILE_ID, name: '', picture: null, created: 99 },
      { id: 'pcccc3333', name: '', picture: null, created: 99 },
    ]);
    expect(index.active).toBe('paaaa1111');
    // An active player the list no longer has: the first one.
    expect(rebuildIndex(BASE, keys, 99, { ...salvage, active: 'pzzzz9999' }).active).toBe(
      'paaaa1111',
    );
  });

  it('with no saves and nothing to salvage, the device starts as a new one', () => {
    expect(rebuildIndex(BASE, [], 5)).toEqual(defaultIndex(5));
    expect(rebuildIndex(BASE, ['x'], 5, 'not an object')).toEqual(defaultIndex(5));
    expect(rebuildIndex(BASE, [], 5, { profiles: 'nope' })).toEqual(defaultIndex(5));
  });
});

describe('any sequence of changes', () => {
  type Step =
    | { op: 'add'; name: string; picture: number | null }
    | { op: 'rename'; who: number; name: string }
    | { op: 'remove'; who: number }
    | { op: 'select'; who: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      op: fc.constant('add' as const),
      name: fc.string({ maxLength: 30 }),
      picture: fc.option(fc.nat(PROFILE_PICTURES.length - 1)),
    }),
    fc.record({ op: fc.constant('rename' as const), who: fc.nat(20), name: fc.string() }),
    fc.record({ op: fc.constant('remove' as const), who: fc.nat(20) }),
    fc.record({ op: fc.constant('select' as const), who: fc.nat(20) }),
  );

  it('leaves a list that reads back, with unique ids and names, and an active player in it', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer(), (steps, seed) => {
        const random = seeded(seed);
        let index = defaultIndex(0);
        for (const s of steps) {
          const who = 'who' in s ? index.profiles[s.who % index.profiles.length]!.id : '';
          if (s.op === 'add') {
            const picture = s.picture === null ? null : PROFILE_PICTURES[s.picture]!;
            const r = addProfile(index, { name: s.name, picture }, random, 1);
            if (r.ok) index = r.index;
          } else if (s.op === 'rename') {
            const r = renameProfile(index, who, { name: s.name, picture: 'tulip' });
            if (r.ok) index = r.index;
          } else if (s.op === 'remove') {
            index = removeProfile(index, who, 2);
          } else {
            index = selectProfile(index, who);
          }
        }
        expect(parseIndex(serializeIndex(index))).toEqual({ ok: true, index });
        const ids = index.profiles.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        const names = index.profiles.filter((p) => p.name).map((p) => p.name.toLowerCase());
        expect(new Set(names).size).toBe(names.length);
        expect(ids).toContain(index.active);
      }),
    );
  });
});
