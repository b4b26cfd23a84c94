import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';

/** One long-lived `git cat-file --batch` in a repository, answering blob requests in the order they were asked. */
export class CatFile {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: { resolve(b: Uint8Array): void; reject(e: Error): void }[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failure?: Error;

  constructor(repo: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd: repo, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.on('error', (error) => this.fail(error));
    this.child.stdin.on('error', (error) => this.fail(error));
    this.child.on('close', () => this.fail(new Error('git cat-file ended early')));
  }

  /** The bytes of one object, by id. */
  read(sha: string): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${sha}\n`);
    });
  }

  /** Ends the process once it has answered what was asked. */
  close(): void {
    this.child.stdin.end();
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      const head = this.chunks[0];
      const newline = head ? head.indexOf(10) : -1;
      if (newline < 0 && this.chunks.length > 1) {
        this.chunks = [Buffer.concat(this.chunks)];
        continue;
      }
      if (!head || newline < 0) return;
      const header = head.subarray(0, newline).toString('latin1').split(' ');
      if (header[1] === 'missing') {
        this.take(newline + 1);
        this.waiting.shift()?.reject(new Error(`git object ${header[0]} is missing`));
        continue;
      }
      const size = Number(header[2]);
      if (this.buffered < newline + 1 + size + 1) return;
      const all = this.chunks.length === 1 ? head : Buffer.concat(this.chunks);
      const body = Uint8Array.prototype.slice.call(all, newline + 1, newline + 1 + size);
      this.chunks = [all];
      this.take(newline + 1 + size + 1);
      this.waiting.shift()?.resolve(body);
    }
  }

  private take(bytes: number): void {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const rest = all.subarray(bytes);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const w of this.waiting.splice(0)) w.reject(error);
  }
}
