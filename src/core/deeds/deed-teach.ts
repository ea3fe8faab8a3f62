// teach: answer a child's question (teaching pupils at the rural school). The clock stops while
// the question is open; a wrong answer costs a quarter of the points, down to half.
import { z } from 'zod';
import { answerSchema, deedBaseShape, idSchema, localTextSchema } from '../level-schema-parts';
import type { DeedModule } from './deed-module';

export const teachSchema = z
  .strictObject({
    kind: z.literal('teach').describe("Answer a child's question."),
    ...deedBaseShape,
    person: idSchema.describe('The id of the child who asks (from "people").'),
    question: localTextSchema.describe('The question, in both languages.'),
    options: z
      .array(answerSchema)
      .min(2, 'too few answers: at least 2')
      .max(4, 'too many answers: at most 4')
      .describe('Two to four answers to choose from, in both languages.'),
    answer: z.int().min(0).max(3).describe('Which option is right, counting from 0.'),
  })
  .describe('teach: talking to the child opens the question; the right answer completes the deed.');

export type TeachDeed = z.infer<typeof teachSchema>;

export const teachDeed: DeedModule<TeachDeed> = {
  kind: 'teach',
  refs: (d) => ({
    people: [{ field: 'person', id: d.person }],
    items: [],
    places: [],
    peopleOrPlaces: [],
  }),
  person: (d) => d.person,
  interact(world, deed, _ds, target) {
    if (!world.isPersonAt(deed.person, target)) return false;
    world.openDialog('teach', deed.id);
    return true;
  },
  answer(world, deed, ds, option) {
    if (!deed.options[option]) return;
    const correct = option === deed.answer;
    world.emit({ type: 'answered', deedId: deed.id, correct });
    if (!correct) {
      ds.tries++;
      return;
    }
    world.closeDialog();
    const person = world.person(deed.person);
    const points = Math.round(deed.points * Math.max(0.5, 1 - 0.25 * ds.tries));
    world.completeDeed(deed, ds, { x: person.x, y: person.y }, points);
  },
  tick() {},
  need(state, deed) {
    const person = state.people.find((p) => p.id === deed.person);
    if (!person) return null;
    return { anchor: { x: person.x, y: person.y }, icon: 'pencil', progress: null, target: null };
  },
};
