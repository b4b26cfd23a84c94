import type { Command } from 'commander';
import { compileAndWrite } from '../../compile/build.js';
import { drawPaper, type Pool } from '../../compile/exam/draw.js';
import { hashSeed } from '../../compile/exam/prng.js';
import type { CompileContext } from '../../compile/target.js';
import { checkFilter, sortQuestions } from '../../compile/targets/questions/select.js';
import { questionBankTarget } from '../../compile/targets/questions/target.js';
import { cellCompetencies, testOf } from '../../compile/targets/questions/tests-by-role.js';
import { pick } from '../../model/text.js';
import { UsageError } from '../errors.js';
import { formatBytes } from '../output-summary.js';
import {
  type BankFlags,
  chosenFormats,
  chosenLocales,
  runBankBuild,
  withBankOptions,
} from './build-questions.js';

interface ExamFlags extends BankFlags {
  role: string;
  level: string;
  count: string;
  seed: string;
}

/** `curriculum build exam`: a paper for one role and level, balanced across its competencies, the same for the same seed. */
export function registerBuildExam(build: Command): void {
  const command = build
    .command('exam')
    .description('draw an exam paper for one role and level from the bank, in any bank format')
    .argument('[dir]', 'framework folder (default: ./curriculum when it holds curriculum.yaml, else .)')
    .requiredOption('--role <id>', 'the role being certified')
    .requiredOption('--level <id>', 'the level being certified')
    .option('--count <n>', 'questions on the paper', '20')
    .option('--seed <text>', 'seed of the draw: the same seed draws the same paper', '1');
  withBankOptions(command, 'dist/exam');
  command.action(async (dir: string | undefined, flags: ExamFlags) => {
    if (!/^[1-9]\d*$/.test(flags.count))
      throw new UsageError(
        `Unexpected --count ${flags.count}, expected a positive whole number`,
        'Pass how many questions the paper holds, e.g. --count 20.',
      );
    await runBankBuild(dir, flags, (context, root) => buildExam(context, root, flags));
  });
}

async function buildExam(context: CompileContext, root: string, flags: ExamFlags): Promise<string> {
  const formats = chosenFormats(flags.format);
  const locales = chosenLocales(flags.locale, context);
  const { framework, look } = context;
  checkFilter({ roles: [flags.role], levels: [flags.level], competencies: [] }, look);
  const role = look.role.get(flags.role)!;
  const cell = cellCompetencies(role, flags.level, look, framework);
  const inLevel = sortQuestions(
    framework.questions.filter((q) => q.level === flags.level && cell.includes(q.competency)),
    look,
    framework,
  );
  const pools: Pool[] = cell.map((competency) => ({
    competency,
    questions: inLevel.filter((q) => q.competency === competency),
  }));
  if (cell.length === 0) {
    throw new UsageError(
      `The role ${flags.role} needs no competency at level ${flags.level}`,
      `Pick a level the role requires (see \`curriculum coverage --role ${flags.role}\`).`,
    );
  }
  const count = Number(flags.count);
  if (inLevel.length < count) {
    throw new UsageError(
      `The cell ${flags.role} × ${flags.level} has ${inLevel.length} question${inLevel.length === 1 ? '' : 's'} across ${cell.length} competenc${cell.length === 1 ? 'y' : 'ies'}, fewer than --count ${count}`,
      'Lower --count, or write more questions for this role and level.',
    );
  }
  const paper = drawPaper(pools, count, flags.seed);
  const questions = paper.flatMap((p) => p.questions);
  const slug = flags.seed
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  const name = `${framework.manifest.id}.exam.${role.id}.${flags.level}.${slug || hashSeed(flags.seed).toString(16)}`;
  const level = framework.manifest.levels.find((l) => l.id === flags.level)!;
  const title = (locale: string) =>
    `${pick(role.title, locale, framework.sourceLocale)} — ${pick(level.title, locale, framework.sourceLocale)} (${flags.seed})`;
  const summary = await compileAndWrite(
    questionBankTarget,
    context,
    {
      formats,
      locales,
      name,
      title,
      questions,
      tests: (locale) => [testOf(name, title(locale), cell, questions, locale, framework, look)],
      root,
    },
    flags.out,
    root,
  );
  const spread = paper.map((p) => `${p.competency} ${p.questions.length}`).join(', ');
  return `Wrote ${summary.files} files (${formatBytes(summary.bytes)}) to ${flags.out}: ${questions.length} questions (${spread})`;
}
