import { describe, expect, it } from 'vitest';
import { groupId, organisationGroups, type TitledActor } from './organisation-groups';

const organisation = (slug: string, name: string): TitledActor => ({ slug, name });
const titled = (slug: string, name: string, ...organisations: [string, string][]): TitledActor => ({
  slug,
  name,
  positions: organisations.map(([orgSlug, orgName]) => ({ organization: { slug: orgSlug, name: orgName } })),
});

const VENEZUELA: [string, string] = ['venezuela', 'Venezuela'];
const GOVERNMENT: [string, string] = ['venezuelan-government', 'Venezuelan government'];

describe('grouping actors by organisation', () => {
  it('boxes an actor with the organisation of its first-listed title, and says where else it holds titles', () => {
    const { parentOf, groups, elsewhere } = organisationGroups([
      organisation('venezuela', 'Venezuela'),
      organisation('venezuelan-government', 'Venezuelan government'),
      titled('nicolas-maduro', 'Nicolás Maduro', VENEZUELA, GOVERNMENT),
      titled('jorge-rodriguez', 'Jorge Rodríguez', GOVERNMENT, VENEZUELA),
    ]);
    expect(parentOf.get('nicolas-maduro')).toBe(groupId('venezuela'));
    expect(parentOf.get('jorge-rodriguez')).toBe(groupId('venezuelan-government'));
    expect(groups.get(groupId('venezuelan-government'))).toBe('Venezuelan government');
    expect(elsewhere).toEqual([
      { slug: 'nicolas-maduro', name: 'Nicolás Maduro', boxedIn: 'Venezuela', elsewhere: ['Venezuelan government'] },
      { slug: 'jorge-rodriguez', name: 'Jorge Rodríguez', boxedIn: 'Venezuelan government', elsewhere: ['Venezuela'] },
    ]);
  });

  it('passes over a first title whose organisation would box the actor alone', () => {
    const { parentOf, groups } = organisationGroups([
      organisation('venezuela', 'Venezuela'),
      titled('jorge-rodriguez', 'Jorge Rodríguez', GOVERNMENT, VENEZUELA),
    ]);
    expect(parentOf.get('jorge-rodriguez')).toBe(groupId('venezuela'));
    expect([...groups.keys()]).toEqual([groupId('venezuela')]);
  });

  it('draws no box around a single actor, and lists no one whose other titles are in the same organisation', () => {
    const { parentOf, groups, elsewhere } = organisationGroups([
      titled('luis-gilberto-murillo', 'Luis Gilberto Murillo', ['colombia', 'Colombia'], ['colombia', 'Colombia']),
      titled('daniel-erikson', 'Daniel Erikson', ['us-national-security-council', 'National Security Council']),
    ]);
    expect(parentOf.size).toBe(0);
    expect(groups.size).toBe(0);
    expect(elsewhere).toEqual([]);
  });
});
