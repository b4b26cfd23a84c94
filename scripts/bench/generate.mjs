// Generates, deterministically, a large framework for the benchmark: 200 competencies, 50 roles,
// 4,000 lessons (~650 words) each with an English translation, and 20,000 questions of every type.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
// The toolkit's own seeded generator (npm run bench builds dist/ first).
import { mulberry32 as rng } from '../../dist/compile/exam/prng.js';

const levels = ['basic', 'intermediate', 'advanced', 'specialized'];
const areas = ['data', 'comm', 'content', 'safety', 'problem', 'ai'];
const vi =
  'dữ liệu thông tin văn bản chữ ký số bảo mật tài khoản họp trực tuyến cử tri kỳ họp Quốc hội đại biểu giám sát luật dự thảo tìm kiếm đánh giá nguồn tin cậy mạng xã hội trí tuệ nhân tạo phân tích biểu đồ bảng tính lưu trữ sao lưu mật khẩu lừa đảo cảnh giác ứng dụng dịch vụ công hồ sơ chuyển đổi số hạ tầng đầu tư con người an ninh'.split(
    ' ',
  );
const en =
  'data information document digital signature security account meeting online voter session assembly deputy oversight law draft search evaluate source reliable social network artificial intelligence analysis chart spreadsheet storage backup password phishing alert application public service record transformation infrastructure investment people'.split(
    ' ',
  );

function sentence(rand, words, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(rand() * words.length)]);
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase() + s.slice(1)}.`;
}

function body(rand, words, id) {
  const parts = [];
  let count = 0;
  let section = 0;
  while (count < 650) {
    section++;
    parts.push(`## ${sentence(rand, words, 4).slice(0, -1)} ${section}`);
    const para = [];
    for (let i = 0; i < 5; i++) para.push(sentence(rand, words, 12));
    parts.push(`${para.join(' ')} Xem [bài đầu](basic-0.md#${id}) và **${words[0]}** _${words[1]}_.`);
    parts.push(
      [
        `- ${sentence(rand, words, 6)}`,
        `- ${sentence(rand, words, 6)}`,
        `- ${sentence(rand, words, 6)}`,
      ].join('\n'),
    );
    if (section % 3 === 0)
      parts.push(`| a | b |\n| --- | --- |\n| ${sentence(rand, words, 3)} | ${sentence(rand, words, 3)} |`);
    if (section === 2) parts.push('![sơ đồ](../../../assets/diagram.svg)');
    count += 5 * 12 + 18 + 10;
  }
  return `${parts.join('\n\n')}\n`;
}

function question(rand, id, comp, level, n) {
  const t = (s) => `{ vi: "${sentence(rand, vi, s)}", en: "${sentence(rand, en, s)}" }`;
  const head = `- id: ${id}\n  competency: ${comp}\n  level: ${level}\n`;
  const stem = `  stem: ${t(10)}\n  feedback: ${t(8)}\n`;
  switch (n % 7) {
    case 0:
      return `${head}  type: single\n${stem}  choices:\n    - { text: ${t(4)}, correct: true }\n    - { text: ${t(4)}, feedback: ${t(5)} }\n    - { text: ${t(4)} }\n    - { text: ${t(4)} }\n`;
    case 1:
      return `${head}  type: multiple\n${stem}  choices:\n    - { text: ${t(4)}, correct: true }\n    - { text: ${t(4)}, correct: true }\n    - { text: ${t(4)} }\n`;
    case 2:
      return `${head}  type: true-false\n${stem}  answer: ${rand() > 0.5}\n`;
    case 3:
      return `${head}  type: short-answer\n${stem}  answers: [{ vi: "${vi[n % vi.length]}", en: "${en[n % en.length]}" }]\n`;
    case 4:
      return `${head}  type: numeric\n${stem}  answer: ${n % 50}\n  tolerance: 1\n`;
    case 5:
      return `${head}  type: matching\n${stem}  pairs:\n    - { left: ${t(2)}, right: ${t(3)} }\n    - { left: ${t(2)}, right: ${t(3)} }\n    - { left: ${t(2)}, right: ${t(3)} }\n`;
    default:
      return `${head}  type: ordering\n${stem}  items: [${t(3)}, ${t(3)}, ${t(3)}, ${t(3)}]\n`;
  }
}

/**
 * Writes the framework into `root`; `variant` changes a deterministic few hundred things (for diff); `competencies`
 * scales it down (tests that need a framework large enough for worker threads).
 */
export async function generate(root, { variant = 0, competencies = 200 } = {}) {
  const rand = rng(42);
  const files = new Map();
  files.set(
    'curriculum.yaml',
    `schema: 1\nid: bench\nversion: ${variant ? '2.0.0' : '1.0.0'}\ntitle: { vi: "Khung lớn", en: "Large framework" }\nlocales: [vi, en]\nlevels:\n${levels.map((l) => `  - { id: ${l}, title: { vi: "${l}", en: "${l}" } }`).join('\n')}\nareas:\n${areas.map((a) => `  - { id: ${a}, title: { vi: "${a}", en: "${a}" } }`).join('\n')}\n`,
  );
  files.set(
    'assets/diagram.svg',
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>d</title><rect width="10" height="10"/></svg>\n',
  );
  const comps = [];
  for (let c = 0; c < competencies; c++) {
    const area = areas[c % areas.length];
    const id = `${area}.c${String(c).padStart(3, '0')}`;
    comps.push(id);
    const lv = levels
      .map(
        (l) =>
          `  ${l}:\n    outcomes:\n      - ${`{ vi: "${sentence(rand, vi, 8)}", en: "${sentence(rand, en, 8)}" }`}\n      - { vi: "${sentence(rand, vi, 8)}", en: "${sentence(rand, en, 8)}" }`,
      )
      .join('\n');
    // Draw the random title even when the variant replaces it, so later draws (and files) stay the same.
    const drawn = `{ vi: "${sentence(rand, vi, 4)}", en: "${sentence(rand, en, 4)}" }`;
    const title = variant && c % 10 === 0 ? `{ vi: "Tiêu đề mới ${c}", en: "New title ${c}" }` : drawn;
    files.set(
      `competencies/${area}/${id}.yaml`,
      `id: ${id}\narea: ${area}\ntitle: ${title}\nlevels:\n${lv}\n`,
    );
    const questions = [];
    for (const [li, level] of levels.entries()) {
      for (let k = 0; k < 5; k++) {
        const lid = `${id}.${level}.l${k}`;
        const file = `lessons/${area}/${id}/${level}-${k}`;
        const minutes = variant && (c * 5 + k) % 37 === 0 ? 15 : 10;
        files.set(
          `${file}.md`,
          `---\nid: ${lid}\ncompetency: ${id}\nlevel: ${level}\ntitle: { vi: "${sentence(rand, vi, 5)}" }\nminutes: ${minutes}\nobjectives: ["${sentence(rand, vi, 6)}"]\n---\n${body(rand, vi, `${level}-${k}`)}`,
        );
        files.set(
          `${file}.en.md`,
          `---\nid: ${lid}\ntitle: "${sentence(rand, en, 5)}"\nobjectives: ["${sentence(rand, en, 6)}"]\n---\n${body(rand, en, `${level}-${k}`)}`,
        );
      }
      for (let q = 0; q < 25; q++) {
        const n = c * 100 + li * 25 + q;
        const text = question(rand, `${id}.${level}.q${q}`, id, level, n);
        if (!(variant && n % 97 === 0)) questions.push(text);
      }
    }
    files.set(`questions/${area}/${id}.yaml`, questions.join(''));
  }
  for (let r = 0; r < 50; r++) {
    const requires = [];
    for (let k = 0; k < 24; k++) {
      const comp = comps[(r * 7 + k * 13) % comps.length];
      if (requires.some((x) => x.startsWith(`  ${comp}:`))) continue;
      const level = levels[(r + k + (variant && r % 5 === 0 ? 1 : 0)) % 4];
      requires.push(`  ${comp}: ${level}`);
    }
    files.set(
      `roles/role-${r}.yaml`,
      `id: role-${r}\ntitle: { vi: "Vai trò ${r}", en: "Role ${r}" }\nrequires:\n${requires.join('\n')}\n`,
    );
  }
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}
