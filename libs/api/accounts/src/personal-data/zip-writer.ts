import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { PersonalDataWriter } from './personal-data.registry';

/**
 * Writes a zip to a file as entries arrive (fflate's streaming Zip): JSON is deflated,
 * files are stored as they are (already compressed, mostly), and nothing waits in memory
 * longer than the disk takes to accept it.
 */
export class ZipFileWriter {
  private readonly out;
  private readonly zip: Zip;
  private failure: Error | null = null;
  private readonly names = new Set<string>();
  private readonly finished: Promise<void>;

  constructor(path: string) {
    this.out = createWriteStream(path);
    this.out.on('error', (error) => (this.failure ??= error));
    let done!: () => void;
    let failed!: (error: Error) => void;
    this.finished = new Promise<void>((resolve, reject) => {
      done = resolve;
      failed = reject;
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure ??= error;
        failed(error);
        return;
      }
      this.out.write(chunk);
      if (final) this.out.end(() => done());
    });
  }

  /** A writer whose entries go under `folder/`. */
  folder(folder: string): PersonalDataWriter {
    return {
      json: (name, value) => this.addJson(`${folder}/${name}`, value),
      file: (name, body) => this.addFile(`${folder}/${name}`, body),
    };
  }

  async addJson(name: string, value: unknown): Promise<void> {
    const entry = new ZipDeflate(this.unique(name), { level: 6 });
    this.zip.add(entry);
    entry.push(new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`), true);
    await this.drained();
  }

  async addFile(name: string, body: Readable): Promise<string> {
    const path = this.unique(name);
    const entry = new ZipPassThrough(path);
    this.zip.add(entry);
    for await (const chunk of body) {
      entry.push(chunk as Uint8Array);
      await this.drained();
    }
    entry.push(new Uint8Array(0), true);
    await this.drained();
    return path;
  }

  /** Finishes the zip and waits until the file is closed. */
  async close(): Promise<void> {
    this.zip.end();
    await this.finished;
    if (this.failure) throw this.failure;
  }

  /** Closes the file without finishing (after a failure). */
  abort(): void {
    this.zip.terminate();
    this.out.destroy();
  }

  private async drained(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.out.writableNeedDrain) await once(this.out, 'drain');
  }

  /** Two documents may share a name: the second becomes `name (2).ext`. */
  private unique(name: string): string {
    let candidate = name;
    for (let n = 2; this.names.has(candidate); n++) {
      const dot = name.lastIndexOf('.');
      candidate = dot > name.lastIndexOf('/') ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
    }
    this.names.add(candidate);
    return candidate;
  }
}
