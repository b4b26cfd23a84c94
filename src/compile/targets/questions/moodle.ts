import type { Question, Text } from '../../../model/types.js';
import { areaOf, type Bank, type BankFormat, local } from './bank.js';
import { choiceShare, numberText } from './scoring.js';
import type { XmlElement } from './xml.js';
import { xmlRoot } from './xml.js';

/** Moodle's category path of a question: `$course$/<framework>/<area>/<competency>/<level>`. */
export function moodleCategory(bank: Bank, q: Question): string {
  return ['$course$', bank.framework.manifest.id, areaOf(bank, q), q.competency, q.level].join('/');
}

/** Moodle XML: every type in Moodle's own (multichoice, truefalse, shortanswer, numerical, matching, ordering). */
export const moodle: BankFormat = {
  label: 'Moodle XML',
  extension: '.moodle.xml',
  types: new Set(['single', 'multiple', 'true-false', 'short-answer', 'numeric', 'matching', 'ordering']),
  async build(bank) {
    const quiz = xmlRoot('quiz');
    const files: PendingFile[] = [];
    let category = '';
    for (const q of bank.questions) {
      const path = moodleCategory(bank, q);
      if (path !== category) {
        category = path;
        quiz.ele('question', { type: 'category' }).ele('category').ele('text').txt(path);
      }
      writeQuestion({ bank, q, files }, quiz);
    }
    await embedFiles(bank, files);
    return quiz.end();
  },
};

const types: Record<Question['type'], string> = {
  single: 'multichoice',
  multiple: 'multichoice',
  'true-false': 'truefalse',
  'short-answer': 'shortanswer',
  numeric: 'numerical',
  matching: 'matching',
  ordering: 'ordering',
};

/** A text element that shows an image, waiting for the image's bytes. */
interface PendingFile {
  parent: XmlElement;
  asset: string;
}

/** What the writers of one question share. */
interface Writing {
  bank: Bank;
  q: Question;
  files: PendingFile[];
}

function writeQuestion(w: Writing, quiz: XmlElement): void {
  const { bank, q } = w;
  const node = quiz.ele('question', { type: types[q.type] });
  node.ele('name').ele('text').txt(q.id);
  html(w, node.ele('questiontext', { format: 'html' }), q.stem);
  html(w, node.ele('generalfeedback', { format: 'html' }), q.feedback);
  node.ele('defaultgrade').txt(numberText(q.points));
  node.ele('penalty').txt('0.3333333');
  node.ele('hidden').txt('0');
  node.ele('idnumber').txt(q.id);
  answers(w, node);
  const tags = node.ele('tags');
  for (const tag of [`competency:${q.competency}`, `level:${q.level}`, `area:${areaOf(bank, q)}`]) {
    tags.ele('tag').ele('text').txt(tag);
  }
}

function answers(w: Writing, node: XmlElement): void {
  const { bank, q } = w;
  const answer = (fraction: number, text: Text | string | undefined, feedback?: Text, format = 'html') => {
    const a = node.ele('answer', { fraction: numberText(fraction), format });
    if (typeof text === 'string') a.ele('text').txt(text);
    else html(w, a, text);
    if (feedback) html(w, a.ele('feedback', { format: 'html' }), feedback);
    return a;
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      node.ele('single').txt(q.type === 'single' ? 'true' : 'false');
      node.ele('shuffleanswers').txt('0');
      node.ele('answernumbering').txt('abc');
      for (const c of q.choices) {
        answer(q.type === 'single' ? (c.correct ? 100 : 0) : choiceShare(c, q.choices), c.text, c.feedback);
      }
      return;
    case 'true-false':
      answer(q.answer ? 100 : 0, 'true', undefined, 'moodle_auto_format');
      answer(q.answer ? 0 : 100, 'false', undefined, 'moodle_auto_format');
      return;
    case 'short-answer':
      node.ele('usecase').txt('0');
      for (const a of q.answers) answer(100, local(bank, a).trim(), undefined, 'moodle_auto_format');
      return;
    case 'numeric':
      answer(100, numberText(q.answer), undefined, 'moodle_auto_format')
        .ele('tolerance')
        .txt(numberText(q.tolerance));
      return;
    case 'matching':
      node.ele('shuffleanswers').txt('true');
      for (const p of q.pairs) {
        const sub = node.ele('subquestion', { format: 'html' });
        html(w, sub, p.left);
        sub
          .ele('answer')
          .ele('text')
          .txt(bank.render.text(local(bank, p.right)));
      }
      return;
    case 'ordering':
      node.ele('layouttype').txt('VERTICAL');
      node.ele('selecttype').txt('ALL');
      node.ele('selectcount').txt('0');
      node.ele('gradingtype').txt('ABSOLUTE_POSITION');
      // qtype_ordering keeps each item's position in `fraction`.
      q.items.forEach((item, i) => {
        answer(i + 1, item);
      });
  }
}

/** A Markdown text as sanitised HTML in `<text>`, with the images it shows embedded as base64 `<file>`s. */
function html(w: Writing, parent: XmlElement, text: Text | undefined): void {
  const rendered = w.bank.render.html(
    local(w.bank, text),
    w.q.origin.file,
    'moodle',
    (t) => `@@PLUGINFILE@@/${t}`,
  );
  parent.ele('text').txt(rendered.html);
  for (const asset of rendered.assets) w.files.push({ parent, asset });
}

async function embedFiles(bank: Bank, files: readonly PendingFile[]): Promise<void> {
  const data = new Map<string, string>();
  for (const { parent, asset } of files) {
    let base64 = data.get(asset);
    if (base64 === undefined) {
      base64 = Buffer.from(await bank.readFile(asset)).toString('base64');
      data.set(asset, base64);
    }
    const slash = asset.lastIndexOf('/');
    parent
      .ele('file', {
        name: asset.slice(slash + 1),
        path: `/${asset.slice(0, slash + 1)}`,
        encoding: 'base64',
      })
      .txt(base64);
  }
}
