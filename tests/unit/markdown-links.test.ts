import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { fromRoot, projectRoot } from '../../src/project-root.ts';

/**
 * Every relative link of every tracked Markdown file must reach a file, and its `#anchor` a heading
 * of that file as GitHub renders it (github-slugger: the slugs GitHub gives headings, deduplicated
 * with -1, -2). External links (`https:`, `mailto:` ...) are not followed.
 */

/** The repository as the checker sees it: paths relative to the root, with `/`. */
interface Files {
  exists(path: string): boolean;
  text(path: string): string;
}

interface Problem {
  file: string;
  link: string;
  reason: string;
}

/** Fenced code blocks (``` or ~~~) and inline code spans hide links and headings alike. */
function withoutCode(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
      lines.push('');
    } else if (opening) {
      fence = opening;
      lines.push('');
    } else {
      lines.push(line.replace(/(`+)[^`].*?\1/g, ''));
    }
  }
  return lines;
}

/** The anchors GitHub gives the ATX headings (`## Title`) of a Markdown text. */
function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    // GitHub slugs the rendered text: a link's text without its target (the slugger drops ` and *).
    anchors.add(slugger.slug(heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')));
  }
  return anchors;
}

/** `[text](target)` and `![alt](target)`, outside code; titles (`"..."`) and `<...>` dropped. */
function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const line of withoutCode(markdown)) {
    for (const match of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)) {
      if (match[1]) targets.push(match[1]);
    }
  }
  return targets;
}

/** The broken relative links of `file` (a path from the repository root) whose text is `markdown`. */
function brokenLinks(file: string, markdown: string, files: Files): Problem[] {
  const problems: Problem[] = [];
  for (const link of linkTargets(markdown)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue;
    const hash = link.indexOf('#');
    const pathPart = hash === -1 ? link : link.slice(0, hash);
    const anchor = hash === -1 ? undefined : decodeURIComponent(link.slice(hash + 1));
    const target = pathPart
      ? posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(pathPart)))
      : file;
    if (target.startsWith('../') || posix.isAbsolute(target)) {
      problems.push({ file, link, reason: `${target} is outside the repository` });
      continue;
    }
    if (!files.exists(target)) {
      problems.push({ file, link, reason: `no file ${target}` });
      continue;
    }
    if (anchor === undefined) continue;
    if (!target.endsWith('.md')) {
      problems.push({ file, link, reason: `${target} is not Markdown, so #${anchor} names no heading` });
      continue;
    }
    if (!headingAnchors(files.text(target)).has(anchor)) {
      problems.push({ file, link, reason: `${target} has no heading whose anchor is #${anchor}` });
    }
  }
  return problems;
}

const repository: Files = {
  exists: (path) => existsSync(fromRoot(path)),
  text: (path) => readFileSync(fromRoot(path), 'utf8'),
};

const trackedMarkdown = execFileSync('git', ['ls-files', '-z', '*.md'], {
  cwd: projectRoot,
  encoding: 'utf8',
})
  .split('\0')
  .filter((path) => path && !path.split('/').includes('node_modules'));

describe('links between the Markdown files', () => {
  it('finds the Markdown files to check', () => {
    expect(trackedMarkdown).toContain('README.md');
    expect(trackedMarkdown.length).toBeGreaterThan(1);
  });

  it.each(trackedMarkdown)('%s: every relative link reaches its file and heading', (file) => {
    const problems = brokenLinks(file, repository.text(file), repository);
    expect(problems.map(({ link, reason }) => `${file}: (${link}) ${reason}`)).toEqual([]);
  });
});

describe('the link checker', () => {
  const files = (contents: Record<string, string>): Files => ({
    exists: (path) => path in contents || Object.keys(contents).some((key) => key.startsWith(`${path}/`)),
    text: (path) => contents[path] ?? '',
  });

  it('gives headings the anchors GitHub gives them', () => {
    const anchors = headingAnchors(
      [
        '# Using the API',
        '## For frontends',
        '### Start, dev and production commands',
        '## `npm run bench`: the *harness*',
        '## 黔江区 overview',
        '## Limits',
        '## Limits',
        '```',
        '# not a heading',
        '```',
      ].join('\n'),
    );
    expect([...anchors]).toEqual([
      'using-the-api',
      'for-frontends',
      'start-dev-and-production-commands',
      'npm-run-bench-the-harness',
      '黔江区-overview',
      'limits',
      'limits-1',
    ]);
  });

  it('passes links that reach their file and heading', () => {
    const repo = files({
      'docs/a.md':
        '# A\n\nSee [b](b.md#second-part), [top](#a), [the seed](../seed/x.yaml) and <https://example.org>.',
      'docs/b.md': '# B\n\n## Second part\n',
      'seed/x.yaml': '',
    });
    expect(brokenLinks('docs/a.md', repo.text('docs/a.md'), repo)).toEqual([]);
  });

  it('fails on a missing file and on an anchor that is no heading, naming file, link and reason', () => {
    const repo = files({
      'docs/a.md': [
        '# A',
        'A [missing file](nowhere.md), a [wrong anchor](b.md#third-part), a [wrong own anchor](#b),',
        'an [anchor into code](b.md#not-a-heading) and, in code, `[ignored](gone.md)`.',
      ].join('\n'),
      'docs/b.md': '# B\n\n## Second part\n\n```\n# not a heading\n```\n',
    });
    expect(brokenLinks('docs/a.md', repo.text('docs/a.md'), repo)).toEqual([
      { file: 'docs/a.md', link: 'nowhere.md', reason: 'no file docs/nowhere.md' },
      {
        file: 'docs/a.md',
        link: 'b.md#third-part',
        reason: 'docs/b.md has no heading whose anchor is #third-part',
      },
      { file: 'docs/a.md', link: '#b', reason: 'docs/a.md has no heading whose anchor is #b' },
      {
        file: 'docs/a.md',
        link: 'b.md#not-a-heading',
        reason: 'docs/b.md has no heading whose anchor is #not-a-heading',
      },
    ]);
  });
});
