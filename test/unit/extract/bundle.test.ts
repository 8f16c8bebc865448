// The Lambda ships lib/extract bundled by esbuild: the precomputed data files must travel inside the
// bundle, so a bundle copied anywhere (no lib/extract/data next to it) still extracts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { ExtractInput, Extraction } from '../../../lib/types';

describe('bundled extract()', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-extract-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('carries its data files and works away from the source tree', async () => {
    const outfile = join(dir, 'extract.js');
    const res = await build({
      entryPoints: [join(__dirname, '../../../lib/extract/index.ts')],
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: true, outfile, metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(res.metafile.inputs);
    for (const f of ['lexicon.json', 'country-forms.json', 'gazetteer-base.json', 'gazetteer-threats.json']) {
      expect(inputs).toContain(`lib/extract/data/${f}`);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { extract } = require(outfile) as { extract: (i: ExtractInput) => Extraction };
    const out = extract({ headline: null, text: 'Iranian hackers hit the Albanian Interior Ministry, and the LockBit ransomware gang encrypted servers of Acme Logistics Ltd.', publishedAt: null });
    expect(out.countries.map((c) => c.code).sort()).toEqual(['AL', 'IR']);
    expect(out.agencies.map((a) => a.name)).toContain('Albanian Interior Ministry');
    expect(out.actors.map((a) => a.name)).toContain('LockBit');
  });
});
