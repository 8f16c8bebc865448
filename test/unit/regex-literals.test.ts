// tsx (the CLI) and the Lambda bundles compile TypeScript with esbuild, which turns a regexp literal
// into a `new RegExp("…")` call when it has a \p{…} escape outside a character class. A literal inside
// a function then builds and looks up a fresh RegExp on every call instead of reusing one. The code
// writes such escapes as [\p{…}] (the same set); this test keeps it that way.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { transformSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const count = (s: string): number => s.split('new RegExp(').length - 1;

describe('regexp literals survive esbuild as literals', () => {
  const files = ['lib', 'lambdas', 'bin'].flatMap((d) => tsFiles(path.join(ROOT, d)));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('adds no new RegExp() call to any file', () => {
    const lowered: string[] = [];
    for (const f of files) {
      const src = fs.readFileSync(f, 'utf8');
      const out = transformSync(src, { loader: 'ts', target: 'node20', format: 'cjs' }).code;
      if (count(out) > count(src)) lowered.push(`${path.relative(ROOT, f)}: ${count(out) - count(src)}`);
    }
    expect(lowered).toEqual([]);
  });

  it('would catch a lowered literal', () => {
    const out = transformSync('export const r = /^\\p{Lu}$/u;', { loader: 'ts', target: 'node20' }).code;
    expect(count(out)).toBe(1);
  });
});
