import { pick } from '../../../model/text.js';
import type { Artifact, CompileContext, Target } from '../../target.js';
import { type CompressedEntry, compressEntry } from '../../zip/compressed-entry.js';
import { writeZip, type ZipEntry } from '../../zip/zip-writer.js';
import { Assessments } from './assessment.js';
import { pageLabels } from './labels.js';
import { lessonTitle, renderLessonPages } from './lesson-pages.js';
import type { LessonResult } from './lesson-render.js';
import { manifest12 } from './manifest-12.js';
import { manifest2004 } from './manifest-2004.js';
import { type ManifestInput, ncName } from './manifest-input.js';
import { packageName, type ScormOptions } from './options.js';
import { type PackagePlan, planPackages } from './plan.js';
import { sharedFiles } from './templates.js';

/** SCORM 1.2 and 2004 packages, one zip per role × level × edition; lessons rendered and compressed once. */
export const scormTarget: Target<ScormOptions> = {
  name: 'scorm',
  async *compile(context: CompileContext, options: ScormOptions): AsyncIterable<Artifact> {
    const assessments = new Assessments(context, options.locale);
    const files = new Map<string, Promise<CompressedEntry>>();
    const fileEntry = (path: string) => {
      let entry = files.get(path);
      if (!entry) {
        entry = context.readFile(path).then(compressEntry);
        files.set(path, entry);
      }
      return entry;
    };
    const packageScripts = new Map(
      options.editions.map((e) => [
        e,
        compressEntry(`window.CurriculumScorm = ${JSON.stringify({ edition: e })};\n`),
      ]),
    );
    const plans = planPackages(context, options);
    const pages = await renderLessonPages(
      context,
      plans.flatMap((p) => p.lessons),
      options.locale,
    );
    const pageOf = (id: string) => pages.get(id) as LessonResult;
    for (const plan of plans) {
      const entries: ZipEntry[] = [...sharedFiles()].map(([name, entry]) => ({ name, entry }));
      const lessons = plan.lessons.map((lesson) => {
        const page = pageOf(lesson.id);
        const href = `lessons/${lesson.id}.html`;
        entries.push({ name: href, entry: page.entry });
        const title = lessonTitle(lesson, options.locale, context.framework.sourceLocale);
        return { key: `L-${lesson.id}`, title, href, files: [href, ...page.files.map((f) => `files/${f}`)] };
      });
      const assessment = assessments.build(plan);
      if (assessment) entries.push({ name: 'assessment/index.html', entry: assessment.entry });
      else reportNoQuestions(context, plan);
      const linked = new Set([
        ...plan.lessons.flatMap((l) => pageOf(l.id).files),
        ...(assessment?.files ?? []),
      ]);
      for (const path of [...linked].sort())
        entries.push({ name: `files/${path}`, entry: await fileEntry(path) });
      const input: ManifestInput = {
        ...describe(context, plan, options.locale),
        lessons,
        ...(assessment
          ? {
              assessment: {
                key: 'A-assessment',
                title: assessment.title,
                href: 'assessment/index.html',
                files: ['assessment/index.html', ...assessment.files.map((f) => `files/${f}`)],
                passScore: context.framework.manifest.assessment.passScore,
              },
            }
          : {}),
        shared: [...sharedFiles().keys(), 'shared/package.js'].sort(),
      };
      for (const edition of options.editions) {
        const manifest = edition === '1.2' ? manifest12(input) : manifest2004(input);
        const zip = writeZip(
          [
            ...entries,
            { name: 'shared/package.js', entry: packageScripts.get(edition) as CompressedEntry },
            { name: 'imsmanifest.xml', entry: compressEntry(manifest) },
          ],
          context.timestamp,
        );
        yield {
          path: packageName(context.framework.manifest.id, plan.role.id, plan.level, edition),
          data: zip,
        };
      }
    }
  },
};

function describe(context: CompileContext, plan: PackagePlan, locale: string) {
  const { framework } = context;
  const text = (t: Parameters<typeof pick>[0]) => pick(t, locale, framework.sourceLocale);
  const level = framework.manifest.levels.find((l) => l.id === plan.level);
  return {
    identifier: ncName('M', `${framework.manifest.id}.${plan.role.id}.${plan.level}`),
    title: `${text(plan.role.title)} — ${text(level?.title) || plan.level}`,
    description:
      text(plan.role.description) || text(framework.manifest.description) || text(framework.manifest.title),
    locale,
    version: framework.manifest.version,
    keywords: plan.competencies.map((c) => text(c.title)),
    lessonsTitle: pageLabels(locale).lessons,
  };
}

function reportNoQuestions(context: CompileContext, plan: PackagePlan): void {
  context.report({
    ruleId: 'scorm/no-assessment',
    severity: 'warning',
    message: `Unexpected empty question bank for role ${plan.role.id} at level ${plan.level}, expected questions for its assessment`,
    file: plan.role.origin.file,
    hint: 'Add questions for this level of the role\u2019s competencies; the package is built without an assessment.',
  });
}
