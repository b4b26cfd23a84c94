import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';

export interface ZipFileEntry {
  name: string;
  data: Buffer;
  mode: number;
  mtime: Date;
  method: number;
}

/** Reads every entry of a zip with yauzl (a real consumer, strict about names and sizes). */
export async function readZip(buffer: Buffer): Promise<ZipFileEntry[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, strictFileNames: true, validateEntrySizes: true },
      (err, z) => (err ? reject(err) : resolve(z)),
    ),
  );
  const entries: ZipFileEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('error', reject);
        stream.on('end', () => {
          entries.push({
            name: entry.fileName,
            data: Buffer.concat(chunks),
            mode: (entry.externalFileAttributes >>> 16) & 0xffff,
            mtime: entry.getLastModDate({ timezone: 'UTC' }),
            method: entry.compressionMethod,
          });
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  return entries;
}

/** Unpacks a zip into `dir`. */
export async function unzipTo(buffer: Buffer, dir: string): Promise<void> {
  for (const entry of await readZip(buffer)) {
    const target = path.join(dir, ...entry.name.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, entry.data);
  }
}
