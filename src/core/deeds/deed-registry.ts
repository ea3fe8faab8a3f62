// Finds the rules for a deed by its kind.
import type { DeedDef } from './deed-defs';
import { deliverDeed } from './deed-deliver';
import { escortDeed } from './deed-escort';
import type { DeedModule } from './deed-module';
import { repairDeed } from './deed-repair';

type ModuleFor<K extends DeedDef['kind']> = DeedModule<Extract<DeedDef, { kind: K }>>;

const MODULES: { [K in DeedDef['kind']]: ModuleFor<K> } = {
  deliver: deliverDeed,
  escort: escortDeed,
  repair: repairDeed,
};

/** The rules for `deed`'s kind. */
export function deedModule(deed: DeedDef): DeedModule<DeedDef> {
  return MODULES[deed.kind];
}
