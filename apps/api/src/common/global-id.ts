import { badUserInput } from './errors.js';

/**
 * Opaque global IDs for the Node interface: base64url of "<Type>:<database id>".
 * Clients must treat them as opaque; the encoding only has to round-trip.
 */
export function toGlobalId(typeName: string, id: number): string {
  return Buffer.from(`${typeName}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { typeName: string; id: number } {
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const [, typeName, id] = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,14})$/.exec(decoded) ?? [];
  if (!typeName || !id) throw badUserInput(`"${globalId.slice(0, 80)}" is not a Parley node ID.`, 'id');
  return { typeName, id: Number(id) };
}
