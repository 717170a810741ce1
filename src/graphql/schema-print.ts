import { writeFileSync } from 'node:fs';
import { schemaFile, printedSchema } from './schema-sdl.js';

// `npm run schema:print`: writes the SDL that the code-first schema produces; a test keeps it in sync.
writeFileSync(schemaFile, printedSchema());
process.stdout.write(`wrote ${schemaFile}\n`);
