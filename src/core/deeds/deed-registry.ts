// Finds the rules for a deed by its kind.
import type { DeedDef } from './deed-defs';
import { chooseDeed } from './deed-choose';
import { collectDeed } from './deed-collect';
import { deliverDeed } from './deed-deliver';
import { donateDeed } from './deed-donate';
import { escortDeed } from './deed-escort';
import type { DeedModule } from './deed-module';
import { plantDeed } from './deed-plant';
import { repairDeed } from './deed-repair';
import { rescueDeed } from './deed-rescue';
import { returnDeed } from './deed-return';
import { teachDeed } from './deed-teach';

type ModuleFor<K extends DeedDef['kind']> = DeedModule<Extract<DeedDef, { kind: K }>>;

const MODULES: { [K in DeedDef['kind']]: ModuleFor<K> } = {
  deliver: deliverDeed,
  return: returnDeed,
  escort: escortDeed,
  repair: repairDeed,
  collect: collectDeed,
  plant: plantDeed,
  teach: teachDeed,
  choose: chooseDeed,
  rescue: rescueDeed,
  donate: donateDeed,
};

/** The rules for `deed`'s kind. */
export function deedModule(deed: DeedDef): DeedModule<DeedDef> {
  return MODULES[deed.kind];
}
