import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isIsoDate, withoutSpaces } from '../../src/domain/rules.ts';
import { statisticKey } from '../../src/domain/shapes.ts';
import { fromRoot } from '../../src/project-root.ts';
import { readSeed, type SeedData } from '../../src/seed/read.ts';

/** seed/reviews.yaml, the review history of the seed's facts (format in seed/README.md). */

const DECISIONS = [
  'kept',
  're-cited',
  'retyped',
  'reversed',
  'rescoped',
  'relabelled',
  'removed',
  'added',
] as const;
/** Decisions that change a fact that was already there, and so say what it was. */
const CHANGES = ['re-cited', 'retyped', 'reversed', 'rescoped', 'relabelled', 'removed'];

interface Review {
  fact?: unknown;
  decision?: unknown;
  date?: unknown;
  reason?: unknown;
  before?: { fact?: unknown; quote?: unknown; label?: unknown; scope?: unknown };
}

/** Every fact of the seed under the name a review gives it: key, `from TYPE to`, `subject|metric|year`. */
function factNames(data: SeedData): Set<string> {
  return new Set([
    ...data.entities.map((e) => e.value.key),
    ...data.relationships.map(({ value: r }) => `${r.from} ${r.type} ${r.to}`),
    ...data.statistics.map((s) => statisticKey(s.value)),
  ]);
}

/** What is wrong with each entry, as `entry N (fact): reason`; an empty list means the history holds. */
function reviewProblems(reviews: Review[], facts: Set<string>, article: string): string[] {
  const text = withoutSpaces(article);
  return reviews.flatMap((review, index) => {
    const problems: string[] = [];
    const { fact, decision, date, reason, before } = review;
    if (typeof fact !== 'string' || fact.trim() === '') problems.push('fact: missing');
    const known = DECISIONS.includes(decision as (typeof DECISIONS)[number]);
    if (!known) problems.push(`decision: "${String(decision)}" is not one of ${DECISIONS.join(', ')}`);
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isIsoDate(date))
      problems.push(`date: "${String(date)}" is not an ISO date (YYYY-MM-DD)`);
    if (typeof fact === 'string' && known) {
      if (decision === 'removed' && facts.has(fact)) problems.push('removed, yet the seed still has it');
      if (decision !== 'removed' && !facts.has(fact)) problems.push('the seed has no such fact');
    }
    if (CHANGES.includes(String(decision)) && (before === undefined || Object.keys(before).length === 0))
      problems.push('before: a change says what the fact was');
    // A retyped or reversed fact is gone under its old name.
    if (typeof before?.fact === 'string' && facts.has(before.fact))
      problems.push(`before.fact: "${before.fact}" is still in the seed`);
    if (typeof before?.quote === 'string' && !text.includes(withoutSpaces(before.quote)))
      problems.push(`before.quote: not in the article: "${before.quote}"`);
    const quoted =
      typeof reason === 'string' ? [...reason.matchAll(/「([^」]+)」/g)].map((match) => match[1] ?? '') : [];
    if (quoted.length === 0) problems.push("reason: quotes none of the article's words in 「」");
    for (const words of quoted)
      if (!text.includes(withoutSpaces(words))) problems.push(`reason: 「${words}」 is not in the article`);
    return problems.map((problem) => `entry ${index + 1} (${String(fact)}): ${problem}`);
  });
}

const article = readFileSync(fromRoot('seed', 'sources', 'qianjiang-2021-04-15.txt'), 'utf8');
const reviews = parse(readFileSync(fromRoot('seed', 'reviews.yaml'), 'utf8')) as Review[];
const { data } = readSeed();
const facts = factNames(data);

describe('seed review history', () => {
  it('holds: every fact it names exists unless removed, with a known decision, an ISO date and the article quoted', () => {
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviewProblems(reviews, facts, article)).toEqual([]);
  });

  it("records the review of 2026-12-03 for the issue's questionable facts", () => {
    const decided = new Map(
      reviews.filter((r) => r.date === '2026-12-03').map((r) => [r.fact as string, r.decision]),
    );
    expect(decided.get('org:qianjiang-poverty-alleviation-office PART_OF district:qianjiang')).toBe(
      'removed',
    );
    expect(decided.get('org:rizhao PART_OF place:shandong')).toBe('retyped');
    expect(
      decided.get('place:chongqing IMPLEMENTS initiative:chongqing-shandong-poverty-alleviation-cooperation'),
    ).toBe('removed');
    expect(decided.get('district:qianjiang|rural_per_capita_disposable_income_growth_since_2014|2020')).toBe(
      'relabelled',
    );
  });

  it('fails on wrong entries: a removed fact still there, an unknown fact, decision or date, no quote', () => {
    const good = reviews.find((r) => r.decision === 'removed');
    if (!good) throw new Error('no removed entry');
    const wrong: Review[] = [
      { ...good, fact: 'district:qianjiang LOCATED_IN place:yudongnan' },
      { ...good, fact: 'town:atlantis', decision: 'kept' },
      { ...good, decision: 'tidied' },
      { ...good, date: '2026-02-30' },
      { ...good, date: '3 December 2026' },
      { ...good, reason: 'No words of the article.' },
      { ...good, reason: '「金溪镇是世界上最大的城市」' },
      {
        fact: 'district:qianjiang BUILDS industry:sericulture',
        decision: 're-cited',
        date: '2026-12-03',
        reason: good.reason,
      },
      { ...good, before: { fact: 'district:qianjiang HAS_INDUSTRY industry:fruit' } },
    ];
    expect(reviewProblems(wrong, facts, article)).toEqual([
      'entry 1 (district:qianjiang LOCATED_IN place:yudongnan): removed, yet the seed still has it',
      'entry 2 (town:atlantis): the seed has no such fact',
      `entry 3 (${good.fact}): decision: "tidied" is not one of ${DECISIONS.join(', ')}`,
      `entry 4 (${good.fact}): date: "2026-02-30" is not an ISO date (YYYY-MM-DD)`,
      `entry 5 (${good.fact}): date: "3 December 2026" is not an ISO date (YYYY-MM-DD)`,
      `entry 6 (${good.fact}): reason: quotes none of the article's words in 「」`,
      `entry 7 (${good.fact}): reason: 「金溪镇是世界上最大的城市」 is not in the article`,
      'entry 8 (district:qianjiang BUILDS industry:sericulture): before: a change says what the fact was',
      `entry 9 (${good.fact}): before.fact: "district:qianjiang HAS_INDUSTRY industry:fruit" is still in the seed`,
    ]);
  });
});
