// diff: two refs of the large framework in a git repository, a few hundred changes apart, against two cold validates.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bin, ratio, report } from './lib.mjs';

const levels = ['basic', 'intermediate', 'advanced', 'specialized'];
const gitEnv = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export default async function (bench) {
  const repo = path.join(bench.work, 'diff-repo');
  const edited = buildRepo(bench.dir, repo);
  const cacheDir = path.join(bench.work, 'diff-cache');
  const env = { CURRICULUM_CACHE_DIR: cacheDir };
  const clear = () => rmSync(cacheDir, { recursive: true, force: true });
  // Diff and validate runs alternate, so a machine busy with something else slows both alike.
  const diffs = [];
  const validates = [];
  for (let i = 0; i < 3; i++) {
    clear();
    diffs.push(timed([bin, 'diff', 'v1', 'v2', '--format', 'json'], { cwd: repo, env }));
    clear();
    validates.push(timed([bin, 'validate', bench.dir, '--quiet'], { env }));
  }
  const diff = median(diffs);
  const validate = median(validates);
  const { breaking, warning, info } = JSON.parse(diffs[0].stdout).summary;
  report(
    'diff of two refs, cold',
    diff,
    `(${edited} files edited; ${breaking} breaking, ${warning} warnings, ${info} info)`,
  );
  report('validate, cold (runs alternating with the diff)', validate);
  ratio('diff of two refs / two cold validates', diff.ms / (2 * validate.ms), 0.6);
  // CPU time does not move with other work on the machine the way wall time does: shown beside, for reading noise.
  ratio('  the same in CPU time (user + system)', diff.cpu / (2 * validate.cpu), 0.6);
}

// A run with its CPU time too (user + system, from GNU time when it is there).
function timed(args, { cwd, env }) {
  const time = existsSync('/usr/bin/time');
  const [cmd, argv] = time
    ? ['/usr/bin/time', ['-f', '__CPU__ %U %S %M', process.execPath, ...args]]
    : [process.execPath, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0)
    throw new Error(`${args.join(' ')} exited ${r.status}\n${(r.stderr ?? '').slice(-2000)}`);
  const m = /__CPU__ ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  const cpu = m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN;
  return { ms, cpu, peakMB: m ? Number(m[3]) / 1024 : Number.NaN, stdout: r.stdout };
}

function median(runs) {
  const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    ms: mid(runs.map((r) => r.ms)),
    cpu: mid(runs.map((r) => r.cpu)),
    peakMB: Math.max(...runs.map((r) => r.peakMB)),
  };
}

/** A git repository holding the framework in `curriculum/`: tag v1 as generated, tag v2 changed. */
export function buildRepo(framework, repo) {
  const root = path.join(repo, 'curriculum');
  rmSync(repo, { recursive: true, force: true });
  cpSync(framework, root, { recursive: true });
  const git = (...args) =>
    execFileSync('git', args, { cwd: repo, env: { ...process.env, ...gitEnv }, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'v1');
  git('tag', 'v1');
  const edited = changeVersion(root);
  git('add', '-A');
  git('commit', '-q', '-m', 'v2');
  git('tag', 'v2');
  return edited;
}

// The new version: a major bump, 20 competencies retitled, ~110 lessons with new study times, 20 lesson sources
// rewritten (their translations go stale), 80 questions removed, 10 roles with a requirement raised.
function changeVersion(root) {
  let edited = 0;
  const edit = (file, change) => {
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    if (after !== before) {
      writeFileSync(file, after);
      edited++;
    }
  };
  edit(path.join(root, 'curriculum.yaml'), (s) => s.replace('version: 1.0.0', 'version: 2.0.0'));
  const files = (dir) => readdirSync(path.join(root, dir), { recursive: true }).map(String).sort();
  const competencies = files('competencies').filter((f) => f.endsWith('.yaml'));
  competencies.forEach((f, i) => {
    if (i % 10 === 0)
      edit(path.join(root, 'competencies', f), (s) =>
        s.replace(/^title: .*$/m, `title: { vi: "Tiêu đề mới ${i}", en: "New title ${i}" }`),
      );
  });
  const lessons = files('lessons').filter((f) => /-\d\.md$/.test(f));
  lessons.forEach((f, i) => {
    const file = path.join(root, 'lessons', f);
    if (i % 37 === 0) edit(file, (s) => s.replace('minutes: 10', 'minutes: 15'));
    if (i % 200 === 5) edit(file, (s) => `${s}\nMột đoạn mới.\n`);
  });
  const questions = files('questions').filter((f) => f.endsWith('.yaml'));
  questions.forEach((f, i) => {
    if (i % 10 !== 0) return;
    edit(path.join(root, 'questions', f), (s) =>
      s
        .split(/(?=^- id: )/m)
        .filter((q) => !/^- id: \S+\.q0\n/.test(q))
        .join(''),
    );
  });
  for (let r = 0; r < 50; r += 5)
    edit(path.join(root, 'roles', `role-${r}.yaml`), (s) =>
      s.replace(
        /^( {2}\S+: )(basic|intermediate|advanced)$/m,
        (_, head, level) => head + levels[levels.indexOf(level) + 1],
      ),
    );
  return edited;
}
