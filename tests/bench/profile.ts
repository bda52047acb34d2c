import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a V8 CPU profile (node --cpu-prof) and says where the time went: by package, by function. */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `@mikro-orm/core`, `graphql`, `apps/api/src/…`, `node:…` — who owns the code at a URL. */
function owner(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const app = /\/(apps|packages)\/([^/]+)\//.exec(url);
  if (app) return `${app[1]}/${app[2]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url ? url : 'V8 / native';
}

export function newestProfile(folder: string): string | null {
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => join(folder, file));
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] ?? null;
}

/**
 * Markdown lines: the share of busy CPU time per owner — Node internals and native code charged to
 * the package or app code that called them (pg's socket writes to pg) — and the heaviest functions
 * by their own time. Module loading at start-up is left out.
 */
export function summariseProfile(file: string, top = 12): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const stack = (id: number) => {
    const frames: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) frames.push(byId.get(at)!);
    return frames;
  };
  const loading =
    /^(compileSourceTextModule|wrapSafe|parseCJS|ModuleJob|link|instantiate|import|require|readFileUtf8|compileForInternalLoader|loadESM|cjsPreparseModuleExports)$/;
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of selfTime) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const frames = stack(id);
    if (frames.some((frame) => loading.test(frame.callFrame.functionName))) continue;
    busy += micros;
    const caller = frames.find((frame) => !['node internals', 'V8 / native'].includes(owner(frame.callFrame.url)));
    const who =
      functionName === '(garbage collector)' ? 'garbage collector' : caller ? owner(caller.callFrame.url) : owner(url);
    byOwner.set(who, (byOwner.get(who) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} (${owner(url)}${url ? `:${lineNumber + 1}` : ''})`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  }
  const share = (micros: number) => `${((micros / busy) * 100).toFixed(1)} %`;
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `Busy CPU ${(busy / 1e6).toFixed(1)} s after start-up. By owner: ${sorted(byOwner)
      .map(([who, micros]) => `${who} ${share(micros)}`)
      .join(', ')}.`,
    '',
    '| self time | function |',
    '| ---: | --- |',
    ...sorted(byFunction).map(([name, micros]) => `| ${share(micros)} | ${name} |`),
  ];
}
