// A dev-server plugin: when a level file is saved, send its new text to the running game
// instead of reloading the page, so the level restarts in place and progress is kept.
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { LEVEL_EVENT } from '../src/platform/level-event.ts';

export function levelReload(): Plugin {
  return {
    name: 'good-deeds-level-reload',
    apply: 'serve',
    async hotUpdate({ file, read }) {
      if (!/[\\/]levels[\\/][^\\/]+\.json$/.test(file)) return;
      const name = basename(file, '.json');
      if (name === 'campaign' || name.endsWith('.schema')) return;
      if (this.environment.name !== 'client') return [];
      this.environment.hot.send({
        type: 'custom',
        event: LEVEL_EVENT,
        data: { id: name, text: await read() },
      });
      return [];
    },
  };
}
