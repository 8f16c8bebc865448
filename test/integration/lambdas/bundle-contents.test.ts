// What esbuild puts into each handler's bundle (same entry points and platform as
// the stack's NodejsFunction): guards against heavy modules creeping back in.
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from '../../../cdk/defaults/function-defaults';

const ROOT = join(__dirname, '../../..');

async function bundledInputs(entry: string): Promise<string[]> {
  const res = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: BUNDLE_OPTIONS.target,
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: [...BUNDLE_OPTIONS.excludeModules],
  });
  return Object.keys(res.metafile.inputs);
}

describe('handler bundles', () => {
  it('the poller carries no cleaning or extraction code (htmlparser2, compromise, gazetteers)', async () => {
    const inputs = await bundledInputs('lambdas/poller.ts');
    expect(inputs).toContain('lib/pipeline/poll-feed.ts');
    expect(inputs.filter((f) => /^lib\/(clean|extract|record)\/|node_modules\/(htmlparser2|cheerio|compromise|world-countries)\//.test(f))).toEqual([]);
  });

  it('the processor parses with htmlparser2 (cheerio/slim\'s parser) and domhandler: no parse5, no cheerio wrapper', async () => {
    const inputs = await bundledInputs('lambdas/processor.ts');
    expect(inputs).toContain('lib/clean/html-page.ts');
    expect(inputs.some((f) => f.startsWith('node_modules/htmlparser2/'))).toBe(true);
    expect(inputs.some((f) => f.startsWith('node_modules/domhandler/'))).toBe(true);
    expect(inputs.filter((f) => /node_modules\/(parse5|parse5-htmlparser2-tree-adapter|undici|cheerio|css-select)\//.test(f))).toEqual([]);
  });
});
