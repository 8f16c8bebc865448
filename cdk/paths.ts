import { join, resolve } from 'node:path';

/** The project directory (holds package.json and package-lock.json). */
export const PROJECT_ROOT = resolve(__dirname, '..');
export const LOCK_FILE = join(PROJECT_ROOT, 'package-lock.json');
export const HANDLERS = {
  poller: join(PROJECT_ROOT, 'lambdas', 'poller.ts'),
  processor: join(PROJECT_ROOT, 'lambdas', 'processor.ts'),
  browse: join(PROJECT_ROOT, 'lambdas', 'browse.ts'),
  compactIndex: join(PROJECT_ROOT, 'lambdas', 'compact-index.ts'),
  reprocess: join(PROJECT_ROOT, 'lambdas', 'reprocess.ts'),
} as const;
export type HandlerName = keyof typeof HANDLERS;
