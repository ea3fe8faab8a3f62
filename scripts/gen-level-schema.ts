// `npm run schema`: writes levels/level.schema.json from the TypeScript level schema.
import { writeFileSync } from 'node:fs';
import { levelJsonSchemaText } from '../src/core/level-json-schema';

writeFileSync('levels/level.schema.json', levelJsonSchemaText());
console.info('wrote levels/level.schema.json');
