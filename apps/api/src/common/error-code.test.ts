import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ErrorCode, errorCodeDescriptions, isErrorCode } from './error-code.js';

const src = fileURLToPath(new URL('..', import.meta.url));
const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => join(src, file))
  .filter((file) => file !== fileURLToPath(new URL('./error-code.ts', import.meta.url)));

describe('the error code list', () => {
  it('names each code once, with a one-line description', () => {
    for (const [name, code] of Object.entries(ErrorCode)) {
      expect(code).toBe(name);
      expect(isErrorCode(code)).toBe(true);
      expect(errorCodeDescriptions[code]).toMatch(/^[A-Z`].{10,150}\.$/);
    }
    expect(isErrorCode('SOMETHING_ELSE')).toBe(false);
  });

  it('is the only place API code spells a code out', () => {
    const spelled = new RegExp(`['"\`](${Object.keys(ErrorCode).join('|')})['"\`]`);
    const literalCode = /\bcode:\s*['"`]/;
    const offenders = sources.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          spelled.test(line) || literalCode.test(line) ? [`${relative(src, file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(sources.length).toBeGreaterThan(40);
    expect(offenders).toEqual([]);
  });
});
