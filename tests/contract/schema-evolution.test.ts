import { Kind, parse, print, visit } from 'graphql';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot, run } from '../support/consumers.js';

const schemaPackage = join(repositoryRoot, 'packages/schema');
const checker = join(schemaPackage, 'scripts/schema-evolution.js');
const currentSdl = readFileSync(join(schemaPackage, 'schema.graphql'), 'utf8');
const changelog = readFileSync(join(schemaPackage, 'CHANGELOG.md'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'parley-evolution-'));

/** The current SDL without one field of one type: a breaking change. */
function withoutField(typeName: string, fieldName: string): string {
  return print(
    visit(parse(currentSdl), {
      FieldDefinition(node, _key, _parent, _path, ancestors) {
        const owner = ancestors.at(-1);
        const ownerName =
          owner && 'kind' in owner && owner.kind === Kind.OBJECT_TYPE_DEFINITION ? owner.name.value : '';
        return ownerName === typeName && node.name.value === fieldName ? null : undefined;
      },
    }),
  );
}

/** Runs the check on an SDL and a CHANGELOG, against the committed last release. */
function check(sdl: string, changelogText: string) {
  const [sdlFile, changelogFile] = [join(scratch, 'schema.graphql'), join(scratch, 'CHANGELOG.md')];
  writeFileSync(sdlFile, sdl);
  writeFileSync(changelogFile, changelogText);
  return run(schemaPackage, process.execPath, [
    checker,
    join(schemaPackage, 'schema.released.graphql'),
    sdlFile,
    changelogFile,
  ]);
}

/** The CHANGELOG with a line added to its `## Unreleased` section. */
function recordingUnreleased(line: string): string {
  return changelog.replace(/^## Unreleased\n/m, `## Unreleased\n\n${line}\n`);
}

describe('schema evolution against the last release (schema.released.graphql)', () => {
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('passes for the committed SDL and CHANGELOG', () => {
    const result = run(schemaPackage, process.execPath, [checker]);
    expect(result.output).toMatch(/No unrecorded breaking change/);
    expect(result.status).toBe(0);
  });

  it('fails on a removed field the CHANGELOG does not record, naming it', () => {
    const result = check(withoutField('Actor', 'aliases'), changelog);
    expect(result.status).toBe(1);
    expect(result.output).toContain('NOT RECORDED: Actor.aliases');
  });

  it('passes once the Unreleased section names the change by its path', () => {
    const result = check(withoutField('Actor', 'aliases'), recordingUnreleased('- Removed `Actor.aliases`.'));
    expect(result.output).toContain('recorded: Actor.aliases');
    expect(result.status).toBe(0);
  });

  it('does not count a mention under a version already released', () => {
    const mentionedInOldRelease = changelog.replace(/^## 0\.1\.0\n/m, '## 0.1.0\n\n- Removed `Actor.aliases`.\n');
    expect(mentionedInOldRelease).not.toBe(changelog);
    expect(check(withoutField('Actor', 'aliases'), mentionedInOldRelease).status).toBe(1);
  });

  it('lets additions through without a CHANGELOG entry', () => {
    const added = `${currentSdl}\n"""An addition."""\ntype Extra {\n  """A field."""\n  value: Int\n}\n`;
    expect(check(added, changelog).status).toBe(0);
  });
});
