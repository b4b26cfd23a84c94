import path from 'node:path/posix';
import type { Position } from '../../diagnostics/diagnostic.js';
import { questionLinkUrls, resolveLink } from '../../model/links.js';
import type { FrameworkRule, RuleContext } from './rule.js';

/** Links and images must stay inside the root and name files that exist. */
export const linksRule: FrameworkRule = {
  id: 'links',
  check(context) {
    const { framework } = context;
    const nfcNames = new Map<string, string>();
    for (const file of framework.files)
      if (file.normalize('NFC') !== file) nfcNames.set(file.normalize('NFC'), file);
    for (const lesson of framework.lessons) {
      for (const version of Object.values(lesson.versions)) {
        for (const link of version.links) checkLink(context, version.file, link.url, link.start, nfcNames);
      }
    }
    for (const question of framework.questions) {
      for (const url of questionLinkUrls(question))
        checkLink(context, question.origin.file, url, question.origin.positions[''], nfcNames);
    }
  },
};

function checkLink(
  context: RuleContext,
  file: string,
  url: string,
  start: Position | undefined,
  nfcNames: Map<string, string>,
): void {
  const { framework, report } = context;
  const resolved = resolveLink(file, url, framework.files);
  const base = { file, start };
  switch (resolved.kind) {
    case 'external':
    case 'anchor':
    case 'file':
      return;
    case 'unsafe':
      report({
        ...base,
        ruleId: 'unsafe-link',
        severity: 'error',
        message: `Unsafe link \`${url}\`: the ${resolved.scheme} scheme runs code or embeds documents`,
        hint: 'Link to a page (https:) or to a file of the framework.',
      });
      return;
    case 'absolute':
      report({
        ...base,
        ruleId: 'link-outside-root',
        severity: 'error',
        message: `Link \`${url}\` is an absolute path`,
        hint: 'Use a path relative to this file, e.g. ../../assets/figure.svg.',
      });
      return;
    case 'outside':
      report({
        ...base,
        ruleId: 'link-outside-root',
        severity: 'error',
        message: `Link \`${url}\` leaves the framework root`,
        hint: 'Keep linked files inside the framework, under assets/ or lessons/.',
      });
      return;
    case 'missing': {
      const target = resolved.target;
      if (framework.linksOutside.has(target)) {
        report({
          ...base,
          ruleId: 'link-outside-root',
          severity: 'error',
          message: `Link \`${url}\` goes through a symbolic link that leaves the root`,
          hint: 'Copy the file into the framework instead of linking to it.',
        });
      } else if (nfcNames.has(target)) {
        report({
          ...base,
          ruleId: 'missing-file',
          severity: 'error',
          message: `Link \`${url}\` names a file whose name on disk is NFD-normalised (${nfcNames.get(target)})`,
          hint: 'Rename the file so its name is in NFC (composed) form, as the link is.',
        });
      } else {
        report({
          ...base,
          ruleId: 'missing-file',
          severity: 'error',
          message: `Link \`${url}\` names a missing file (${target})`,
          hint: `Check the path; it resolves against ${path.dirname(file)}/.`,
        });
      }
    }
  }
}
