// Third-party files the analyst page loads from its own origin (CSP script-src 'self'): served
// straight from the installed npm package rather than copied into lib/web/static, so
// package.json pins the one version there is and the licence notice ships beside the code.
// The local server (lib/local/http-server.ts) and the CDK page deployment both read this list.
import { dirname, join } from 'node:path';

export interface VendorFile {
  /** Path under the page's root, as index.html names it (no leading slash). */
  urlPath: string;
  /** The installed file. */
  file: string;
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

let cached: VendorFile[] | null = null;

/** uPlot (MIT): the timeline chart (lib/web/static/timeline.js), its stylesheet and its licence. */
export function vendorFiles(): VendorFile[] {
  if (cached) return cached;
  const uplot = packageDir('uplot');
  cached = [
    { urlPath: 'vendor/uplot/uPlot.iife.min.js', file: join(uplot, 'dist', 'uPlot.iife.min.js') },
    { urlPath: 'vendor/uplot/uPlot.min.css', file: join(uplot, 'dist', 'uPlot.min.css') },
    { urlPath: 'vendor/uplot/LICENSE.txt', file: join(uplot, 'LICENSE') },
  ];
  return cached;
}

/** The installed file a page URL path names, or null when it is not a vendor file. */
export function vendorFile(urlPath: string): string | null {
  const rel = urlPath.replace(/^\/+/, '');
  return vendorFiles().find((v) => v.urlPath === rel)?.file ?? null;
}
