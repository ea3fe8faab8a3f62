// The built game runs under a Content-Security-Policy without eval (scripts/vite-csp.ts). zod
// would try `new Function` on its first parse to see whether it may compile parsers, and the
// browser reports that as a policy violation even though zod catches the error. Parsing
// without compiling never tries. Imported by the save store, the first module that parses. The setting
// is zod's core's, shared by `zod/mini` (saves) and `zod` (levels, loaded with the play screen).
import { z } from 'zod/mini';

z.config({ jitless: true });
