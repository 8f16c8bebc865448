// What a SOLE writer knows about its own index/ objects. `wirewatch run` over its embedded
// store is the only process writing that bucket, so after one listing of index/ it can answer
// "is there a pointer / fingerprint / band / failure pointer for X?" from memory and keep the
// small objects it wrote or read, instead of a HEAD or a GET (mostly a 404) per question.
// That is about half of a story's store requests (bench/ingest). Never used for a shared
// bucket (the Lambdas, WIREWATCH_BUCKET): there other writers would make it stale.

/** Objects whose text is kept (LRU): a few MB; key existence is kept for every index key. */
const MAX_BODIES = 20_000;

export interface CachedBody {
  text: string;
  etag: string;
}

export class IndexCache {
  /** Every key known to exist, by folder (up to the last '/'); null until the first listing. */
  private folders: Map<string, Set<string>> | null = null;
  private loading: Promise<void> | null = null;
  private readonly bodies = new Map<string, CachedBody>();
  // Writes and deletes made while the first listing runs, applied on top of it.
  private early = new Set<string>();
  private removedEarly = new Set<string>();

  constructor(
    readonly prefix: string,
    private readonly listKeys: (prefix: string) => Promise<string[]>,
  ) {}

  covers(key: string): boolean {
    return key.startsWith(this.prefix);
  }

  /** Lists the prefix once (again after a failed listing). */
  async ready(): Promise<Map<string, Set<string>>> {
    if (this.folders) return this.folders;
    this.loading ??= this.listKeys(this.prefix).then(
      (list) => {
        const folders = new Map<string, Set<string>>();
        for (const k of list) fileIn(folders, k);
        for (const k of this.early) fileIn(folders, k);
        for (const k of this.removedEarly) fileOut(folders, k);
        this.folders = folders;
      },
      (e: unknown) => {
        this.loading = null;
        throw e;
      },
    );
    await this.loading;
    return this.folders!;
  }

  /** Names of the objects directly under `folder` (which ends with '/'), as a listing would give them. */
  async namesIn(folder: string): Promise<string[]> {
    return [...((await this.ready()).get(folder) ?? [])].sort();
  }

  async has(key: string): Promise<boolean> {
    const cut = key.lastIndexOf('/') + 1;
    return (await this.ready()).get(key.slice(0, cut))?.has(key.slice(cut)) ?? false;
  }

  body(key: string): CachedBody | null {
    const b = this.bodies.get(key);
    if (!b) return null;
    // Refresh its place in the LRU order.
    this.bodies.delete(key);
    this.bodies.set(key, b);
    return b;
  }

  /** After a successful PUT, or a GET that read the object. */
  wrote(key: string, text: string, etag: string): void {
    this.added(key);
    this.bodies.delete(key);
    this.bodies.set(key, { text, etag });
    if (this.bodies.size > MAX_BODIES) this.bodies.delete(this.bodies.keys().next().value as string);
  }

  /** An object written whose body is not worth keeping (a raw archive). */
  added(key: string): void {
    if (this.folders) fileIn(this.folders, key);
    else {
      this.early.add(key);
      this.removedEarly.delete(key);
    }
  }

  /** Drop a kept body (a conditional write lost): the next read asks the store. */
  forget(key: string): void {
    this.bodies.delete(key);
  }

  /** After a DELETE, or a GET that found nothing. */
  removed(key: string): void {
    if (this.folders) fileOut(this.folders, key);
    else {
      this.removedEarly.add(key);
      this.early.delete(key);
    }
    this.bodies.delete(key);
  }
}

function fileIn(folders: Map<string, Set<string>>, key: string): void {
  const cut = key.lastIndexOf('/') + 1;
  const dir = key.slice(0, cut);
  let names = folders.get(dir);
  if (!names) folders.set(dir, (names = new Set()));
  names.add(key.slice(cut));
}

function fileOut(folders: Map<string, Set<string>>, key: string): void {
  const cut = key.lastIndexOf('/') + 1;
  folders.get(key.slice(0, cut))?.delete(key.slice(cut));
}
