import { errorCodeDescriptions, type ErrorCode } from '../common/error-code.js';

/** Widest line Prettier leaves alone in this repository (.prettierrc.json). */
const PRINT_WIDTH = 120;

/** A single-quoted TypeScript string, as Prettier writes it. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `key: value,` on one line when it fits, else broken after the colon, as Prettier does. */
function property(key: string, value: string, indent = '  '): string {
  const line = `${indent}${key}: ${value},`;
  return line.length <= PRINT_WIDTH ? line : `${indent}${key}:\n${indent}  ${value},`;
}

/**
 * The clients' copy of the API's error codes (`@parley/schema`'s `ErrorCode`), printed from the
 * list the server itself uses, so a client can switch on `extensions.code` without spelling codes.
 */
export function printErrorCodes(): string {
  const codes = Object.entries(errorCodeDescriptions) as [ErrorCode, string][];
  return [
    '// Codes the Parley API sends in `extensions.code` of its errors.',
    '// GENERATED FILE — do not edit. Regenerate with `npm run generate` after changing the API.',
    '',
    '/** Every code the API sends in an error’s `extensions.code`. */',
    'export const ErrorCode = {',
    ...codes.flatMap(([code, description]) => [`  /** ${description} */`, property(code, quote(code))]),
    '} as const;',
    '',
    'export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];',
    '',
    '/** What each code means, in one line. */',
    'export const errorCodeDescriptions: Readonly<Record<ErrorCode, string>> = {',
    ...codes.map(([code, description]) => property(code, quote(description))),
    '};',
    '',
  ].join('\n');
}
