import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_MODULES, ROUTE_PATHS } from './route-paths';

describe('the views’ modules', () => {
  it('are the modules the router loads for each view', () => {
    const web = dirname(createRequire(import.meta.url).resolve('@parley/web/package.json'));
    const routes = readFileSync(join(web, 'src/routes.tsx'), 'utf8');
    const loaded = Object.fromEntries(
      [...routes.matchAll(/(?:path: ROUTE_PATHS\.(\w+)|index: true),\s*lazy: \(\) => import\('\.\/([^']+)'\)/g)].map(
        ([, name, module]) => [name ?? 'overview', `src/${module}.tsx`],
      ),
    );
    expect(loaded).toEqual(ROUTE_MODULES);
    expect(Object.keys(ROUTE_MODULES).sort()).toEqual(Object.keys(ROUTE_PATHS).sort());
  });
});
