import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import Handlebars from 'handlebars';
import { schemasDir } from '../../validate/schemas.js';
import { UsageError } from '../errors.js';

const templateDir = fileURLToPath(new URL('../../../templates/init/', import.meta.url));

interface InitFlags {
  id: string;
  title: string;
  locales: string;
  force: boolean;
}

/** `curriculum init [DIR]`: a small valid framework, with schema modelines, for a newcomer to grow. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('scaffold a small valid framework to grow from')
    .argument('[dir]', 'folder to create it in', '.')
    .option('--id <id>', 'framework id', 'my-framework')
    .option('--title <title>', 'framework title', 'My digital skills framework')
    .option('--locales <codes>', 'comma-separated locales, source first', 'en')
    .option('--force', 'write even if the folder already holds a framework', false)
    .action(async (dir: string, flags: InitFlags) => {
      const root = path.resolve(dir);
      if (existsSync(path.join(root, 'curriculum.yaml')) && !flags.force) {
        throw new UsageError(
          `${dir} already holds curriculum.yaml`,
          'Pick an empty folder, or pass --force to overwrite.',
        );
      }
      if (!/^[a-z0-9](?:[a-z0-9._-]{0,126}[a-z0-9])?$/.test(flags.id)) {
        throw new UsageError(
          `--id ${flags.id} is not a valid id`,
          'Use lowercase letters, digits, ".", "_" and "-".',
        );
      }
      const locales = flags.locales
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
      const values = {
        id: flags.id,
        title: flags.title.replace(/["\\]/g, ''),
        locales: locales.join(', '),
        schemas: path.relative(root, schemasDir).split(path.sep).join('/') || '.',
      };
      await mkdir(root, { recursive: true });
      const written = await copyTemplates(templateDir, root, values);
      process.stdout.write(
        `Created a framework in ${dir} (${written} files).\nNext: curriculum validate ${dir}\n`,
      );
    });
}

async function copyTemplates(from: string, to: string, values: Record<string, string>): Promise<number> {
  let count = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      await mkdir(target, { recursive: true });
      count += await copyTemplates(source, target, values);
    } else if (entry.name.endsWith('.yaml')) {
      const template = Handlebars.compile(await readFile(source, 'utf8'), { noEscape: true, strict: true });
      await writeFile(target, template(values));
      count++;
    } else {
      await cp(source, target);
      count++;
    }
  }
  return count;
}
