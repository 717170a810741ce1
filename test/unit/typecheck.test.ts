import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** vitest runs TypeScript without checking it: the strict type check is a test of its own. */
describe('the code', () => {
  it('type-checks strictly (tsc --noEmit over src, test and bench)', () => {
    const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
  });
});
