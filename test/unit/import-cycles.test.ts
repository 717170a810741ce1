import madge from 'madge';
import { describe, expect, it } from 'vitest';

/** The code's layering (rows below schema files, concepts not importing each other in a loop), kept. */
describe('the code', () => {
  it('has no import cycle among the files of src/ (npm run check:cycles says the same)', async () => {
    const graph = await madge('src', { fileExtensions: ['ts'], tsConfig: 'tsconfig.json' });
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(50); // it did read the code
    expect(graph.circular()).toEqual([]);
  });
});
