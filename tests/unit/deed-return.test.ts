// return: the owner looks worried until the lost thing is found; handing it back completes the
// deed and counts as an honest choice; without it, talking gives the need.
import { describe, expect, it } from 'vitest';
import { createState } from '../../src/core/sim';
import type { SimState } from '../../src/core/sim-types';
import { deedState, eventsOfType, makeLevel, needOf, run, text } from './helpers';

const MEI_NEED = { en: 'I lost my purse somewhere.', zh: '我的钱包丢了。' };
const MEI_THANKS = { en: 'My purse! Thank you.', zh: '我的钱包！谢谢你。' };

function returnDeed(id: string, item: string) {
  return { id, kind: 'return', item, owner: 'mei', need: MEI_NEED, thanks: MEI_THANKS };
}

// y0  p . . M .      p: start, M: Mei (the owner), B: Bo
// y1  w . . . .      w: purse
// y2  . . . B .
function level(spec: Record<string, unknown> = {}) {
  return makeLevel({
    people: [
      { id: 'mei', sprite: 'woman', at: { x: 3, y: 0 }, name: text('Mei') },
      { id: 'bo', sprite: 'boy', at: { x: 3, y: 2 }, name: text('Bo') },
    ],
    items: [{ id: 'purse', sprite: 'purse', at: { x: 0, y: 1 }, name: text('purse') }],
    deeds: [returnDeed('purse-back', 'purse')],
    ...spec,
  });
}

/** The player has picked up the purse and stands at (0,1). */
function withPurse(spec: Record<string, unknown> = {}): SimState {
  const s = createState(level(spec));
  run(s, { dir: 'down' });
  expect(s.player.carrying).toEqual(['purse']);
  return s;
}

describe('return', () => {
  it("the owner's bubble shows a question mark until the item is carried, then the item", () => {
    const s = createState(level());
    expect(needOf(s, 'purse-back')).toEqual({
      anchor: { x: 3, y: 0 },
      icon: 'red-question-mark',
      progress: null,
      target: null,
    });
    run(s, { dir: 'down' });
    expect(s.player.carrying).toEqual(['purse']);
    expect(needOf(s, 'purse-back')).toMatchObject({ anchor: { x: 3, y: 0 }, icon: 'purse' });
  });

  it('handing the item back completes the deed and counts one honest choice', () => {
    const s = withPurse();
    expect(s.character.honest).toBe(0);
    const events = run(s, { tap: { x: 3, y: 0 } });
    expect(events).toContainEqual({ type: 'handedOver', itemId: 'purse', to: 'mei' });
    expect(eventsOfType(events, 'deedDone')).toEqual([
      { type: 'deedDone', deedId: 'purse-back', points: 100, relay: 0, at: { x: 3, y: 0 } },
    ]);
    expect(deedState(s, 'purse-back').status).toBe('done');
    expect(s.items[0]!.holder).toEqual({ kind: 'given', to: 'mei' });
    expect(s.player.carrying).toEqual([]);
    expect(s.character).toEqual({ honest: 1, dishonest: 0, modest: 0, rewards: 0 });
    expect(s.people.find((p) => p.id === 'mei')!.helped).toBe(true);
    expect(s.status).toBe('passed');
  });

  it('talking to the owner without the item gives the need text and completes nothing', () => {
    const s = createState(level());
    const events = run(s, { tap: { x: 3, y: 0 } });
    expect(eventsOfType(events, 'talked')).toEqual([
      { type: 'talked', personId: 'mei', text: MEI_NEED },
    ]);
    expect(eventsOfType(events, 'handedOver')).toEqual([]);
    expect(deedState(s, 'purse-back').status).toBe('open');
    expect(s.character.honest).toBe(0);
    expect(s.records).toEqual([]);
  });

  it('the found item is not handed to anyone but its owner', () => {
    const s = withPurse();
    const events = run(s, { tap: { x: 3, y: 2 } });
    expect(eventsOfType(events, 'handedOver')).toEqual([]);
    expect(eventsOfType(events, 'talked').map((e) => e.personId)).toEqual(['bo']);
    expect(s.player.carrying).toEqual(['purse']);
    expect(s.character.honest).toBe(0);
    expect(deedState(s, 'purse-back').status).toBe('open');
  });

  it('each returned item counts one honest choice, however often the owner is talked to', () => {
    // A second lost thing keeps the level going after the first is returned.
    const s = withPurse({
      items: [
        { id: 'purse', sprite: 'purse', at: { x: 0, y: 1 }, name: text('purse') },
        { id: 'key', sprite: 'key', at: { x: 4, y: 2 }, name: text('key') },
      ],
      deeds: [returnDeed('purse-back', 'purse'), returnDeed('key-back', 'key')],
    });
    run(s, { tap: { x: 3, y: 0 } });
    expect(s.character.honest).toBe(1);
    // Mei still misses her key, so she asks for it, and nothing is counted twice.
    const again = run(s, { tap: { x: 3, y: 0 } });
    expect(eventsOfType(again, 'talked')).toEqual([
      { type: 'talked', personId: 'mei', text: MEI_NEED },
    ]);
    expect(eventsOfType(again, 'deedDone')).toEqual([]);
    expect(s.character.honest).toBe(1);
    expect(s.deeds.map((d) => d.status)).toEqual(['done', 'open']);
    run(s, { tap: { x: 4, y: 2 } });
    expect(s.player.carrying).toEqual(['key']);
    run(s, { tap: { x: 3, y: 0 } });
    expect(s.deeds.map((d) => d.status)).toEqual(['done', 'done']);
    expect(s.character.honest).toBe(2);
  });
});
