// choose: a dilemma with options and outcomes (giving up a seat; keeping or returning money).
// A kind choice is a deed done; an unkind one lets the chance pass. Honest and dishonest
// choices go into the player's integrity record.
import { z } from 'zod';
import { answerSchema, deedBaseShape, idSchema, localTextSchema } from '../level-schema-parts';
import type { DeedModule } from './deed-module';

export const choiceOptionSchema = z
  .strictObject({
    text: answerSchema.describe('What the player may choose, in both languages.'),
    outcome: localTextSchema.describe('What happens then, shown after choosing.'),
    kind: z
      .enum(['good', 'unkind'])
      .describe('"good" completes the deed; "unkind" lets the chance pass.'),
    honest: z
      .boolean()
      .optional()
      .describe('true or false when the choice is about honesty, for the integrity record.'),
  })
  .describe('One option of a dilemma.');

export const chooseSchema = z
  .strictObject({
    kind: z.literal('choose').describe('A dilemma: choose what to do.'),
    ...deedBaseShape,
    person: idSchema.describe('The id of the person the choice is about (from "people").'),
    prompt: localTextSchema.describe('The situation and the question, in both languages.'),
    options: z
      .array(choiceOptionSchema)
      .min(2, 'too few options: at least 2')
      .max(4, 'too many options: at most 4')
      .describe('Two to four options.'),
  })
  .describe(
    'choose: talking to the person opens the dilemma; the chosen option decides the outcome.',
  );

export type ChooseDeed = z.infer<typeof chooseSchema>;

export const chooseDeed: DeedModule<ChooseDeed> = {
  kind: 'choose',
  refs: (d) => ({
    people: [{ field: 'person', id: d.person }],
    items: [],
    places: [],
    peopleOrPlaces: [],
  }),
  person: (d) => d.person,
  interact(world, deed, ds, target) {
    // Once chosen, kindly or not, the moment has passed.
    if (ds.status !== 'open') return false;
    if (!world.isPersonAt(deed.person, target)) return false;
    world.openDialog('choose', deed.id);
    return true;
  },
  answer(world, deed, ds, option) {
    const picked = deed.options[option];
    if (!picked) return;
    world.closeDialog();
    const character = world.state.character;
    if (picked.honest === true) character.honest++;
    if (picked.honest === false) character.dishonest++;
    world.emit({ type: 'chosen', deedId: deed.id, option, kind: picked.kind });
    const person = world.person(deed.person);
    if (picked.kind === 'good') world.completeDeed(deed, ds, { x: person.x, y: person.y });
    else world.missDeed(deed, ds);
  },
  tick() {},
  need(state, deed) {
    const person = state.people.find((p) => p.id === deed.person);
    if (!person) return null;
    return {
      anchor: { x: person.x, y: person.y },
      icon: 'speech-balloon',
      progress: null,
      target: null,
    };
  },
};
