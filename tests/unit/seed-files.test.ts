import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { numberIn } from '../../src/domain/numbers.ts';
import { withoutSpaces } from '../../src/domain/rules.ts';
import { fromRoot } from '../../src/project-root.ts';
import { readValidSeed, SeedValidationError } from '../../src/seed/load.ts';
import { readSeed } from '../../src/seed/read.ts';
import { validateSeed } from '../../src/seed/validate.ts';

/** The seed files themselves: validation rules and content checks, no database (tests/integration/seed.test.ts loads them). */

const SOURCE_KEY = 'qianjiang-2021-04-15';
const article = readFileSync(fromRoot('seed', 'sources', `${SOURCE_KEY}.txt`), 'utf8');

/** A copy of the real seed folder in which one file is changed by `edit`. */
function seedWith(file: string, edit: (entries: Record<string, unknown>[]) => void): string {
  const folder = mkdtempSync(`${tmpdir()}/qianjiang-seed-`);
  cpSync(fromRoot('seed'), folder, { recursive: true });
  const path = `${folder}/${file}`;
  const entries = parse(readFileSync(path, 'utf8')) as Record<string, unknown>[];
  edit(entries);
  writeFileSync(path, stringify(entries));
  return folder;
}

function problemsOf(folder: string): string[] {
  try {
    readValidSeed(folder);
    return [];
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const entityOf = (entries: Record<string, unknown>[], key: string) => {
  const entry = entries.find((e) => e.key === key);
  if (!entry) throw new Error(`no ${key}`);
  return entry;
};

describe('seed validator', () => {
  it('accepts the real seed', () => {
    const { data, problems } = readSeed();
    expect(problems).toEqual([]);
    expect(validateSeed(data)).toEqual([]);
  });

  it('rejects a duplicate key, naming file and entry', () => {
    const problems = problemsOf(
      seedWith('entities/town.yaml', (towns) => towns.push({ ...entityOf(towns, 'town:jinxi') })),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /\/entities\/town\.yaml entry \d+ \(town:jinxi\): duplicate entity key "town:jinxi" \(first in .*town\.yaml entry \d+\)/,
    );
  });

  it('rejects a relationship whose end does not exist', () => {
    const problems = problemsOf(
      seedWith('relationships.yaml', (relationships) => {
        relationships[0]!.to = 'town:atlantis';
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/relationships\.yaml entry 1 .*to: no entity has the key "town:atlantis"/),
    ]);
  });

  it('rejects offsets in a seed file (they are derived from the quote) and a repeated quote nothing places', () => {
    const problems = problemsOf(
      seedWith('relationships.yaml', (relationships) => {
        const first = relationships[0] as { citation: Record<string, unknown> };
        first.citation = { ...first.citation, start: 53 };
        const second = relationships[1] as { citation: Record<string, unknown> };
        second.citation = { ...second.citation, quote: '脆红李' };
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /relationships\.yaml entry 1 .*citation\.start: offsets are derived from the quote when the seed loads; remove it/,
        ),
        expect.stringMatching(
          /relationships\.yaml entry 2 .*citation\.quote: "脆红李" occurs 6 times \(at \d+, \d+, \d+, \d+, \d+ \.\.\.\) and no other citation of the fact is nearest one of them: quote a longer span/,
        ),
      ]),
    );
  });

  it('rejects an unknown entity type', () => {
    const problems = problemsOf(
      seedWith('entities/town.yaml', (towns) => {
        entityOf(towns, 'town:jinxi').type = 'CASTLE';
      }),
    );
    expect(problems.join('\n')).toMatch(
      /town\.yaml entry \d+ \(town:jinxi\): type: unknown entity type "CASTLE"/,
    );
  });

  it('rejects an unknown relationship type', () => {
    const problems = problemsOf(
      seedWith('relationships.yaml', (relationships) => {
        relationships[0]!.type = 'LOVES';
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/relationships\.yaml entry 1 .*: type: unknown relationship type "LOVES"/),
    ]);
  });

  it('rejects an excerpt that does not occur in the source', () => {
    const problems = problemsOf(
      seedWith('entities/town.yaml', (towns) => {
        entityOf(towns, 'town:jinxi').citations = [{ source: SOURCE_KEY, quote: '金溪镇是世界上最大的城市' }];
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /\(town:jinxi\): citations\.0\.quote: excerpt does not occur in source "qianjiang-2021-04-15"/,
      ),
    ]);
  });

  it('accepts an excerpt that crosses a line break of the laid-out page', () => {
    // The article breaks "...全区95" / "个贫困村中..." across two lines.
    expect(article).toContain('全区95\n个贫困村');
    const problems = problemsOf(
      seedWith('entities/town.yaml', (towns) => {
        entityOf(towns, 'town:jinxi').citations = [
          { source: SOURCE_KEY, quote: '2020年，全区95个贫困村中有73个贫困村' },
        ];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('rejects a value that does not match its valueText', () => {
    const problems = problemsOf(
      seedWith('statistics.yaml', (statistics) => {
        const cocoons = statistics.find((s) => s.valueText === '98.52万公斤');
        if (!cocoons) throw new Error('no 98.52万公斤 statistic');
        cocoons.value = 98.52;
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /statistics\.yaml entry \d+ .*: value: 98\.52 does not match valueText "98\.52万公斤" \(which says 985200\)/,
      ),
    ]);
  });

  it('rejects a malformed date', () => {
    const problems = problemsOf(
      seedWith('entities/event.yaml', (events) => {
        events[0]!.date = '2021-02-30';
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/event\.yaml entry 1 .*: date: malformed date "2021-02-30"/),
    ]);
  });

  it('rejects a missing English name', () => {
    const problems = problemsOf(
      seedWith('entities/town.yaml', (towns) => {
        delete entityOf(towns, 'town:jinxi').nameEn;
      }),
    );
    expect(problems).toEqual([expect.stringMatching(/\(town:jinxi\): nameEn: /)]);
  });

  it('rejects a scope without its English, and an English scope without a scope', () => {
    const problems = problemsOf(
      seedWith('statistics.yaml', (statistics) => {
        const wages = statistics.find((s) => s.valueText === '1380余万元');
        const jobs = statistics.find((s) => s.valueText === '2300余名');
        if (!wages || !jobs) throw new Error('no 1380余万元 or 2300余名 statistic');
        wages.scope = '全区2300余名务工贫困人员';
        delete wages.scopeEn;
        delete jobs.scope;
        jobs.scopeEn = 'poor workers';
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\(industry:sericulture poor_people_employed\): scope: scopeEn is the English/),
        expect.stringMatching(/\(industry:sericulture wage_income_of_poor_workers\): scopeEn: a scope needs/),
      ]),
    );
  });

  it('reads figures as the article writes them', () => {
    expect(numberIn('98.52万公斤')).toBe(985200);
    expect(numberIn('1.7亿元以上')).toBe(170000000);
    expect(numberIn('1380余万元')).toBe(13800000);
    expect(numberIn('13%')).toBe(13);
    expect(numberIn('上千个')).toBe(1000);
    expect(numberIn('200亿级')).toBe(20000000000);
  });
});

describe('seed content', () => {
  const { data } = readSeed();

  it('quotes only sentences of the article', () => {
    const text = withoutSpaces(article);
    const quotes = [
      ...data.entities.flatMap((e) => e.value.citations.map((c) => c.quote)),
      ...data.relationships.map((r) => r.value.citation.quote),
      ...data.statistics.map((s) => s.value.citation.quote),
    ];
    expect(quotes.length).toBeGreaterThan(300);
    for (const quote of quotes) expect(text, quote).toContain(withoutSpaces(quote));
  });

  it('covers every Arabic-numeral figure of the article with a statistic or a listed exclusion', () => {
    const text = withoutSpaces(article);
    const covered = new Array<'statistic' | 'exclusion' | undefined>(text.length);
    const mark = (start: number, length: number, by: 'statistic' | 'exclusion') => {
      for (let i = start; i < start + length; i += 1) covered[i] ??= by;
    };
    // A statistic covers its figure only inside the sentence it cites, and only where the figure
    // stands as a whole number there (the 0 of "降至0", not the 0 in "2014年").
    const wholeFigure = (figure: string) => {
      const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const before = /^\d/.test(figure) ? '(?<![\\d.])' : '';
      const after = /\d$/.test(figure) ? '(?![\\d.])' : '';
      return new RegExp(`${before}${escaped}${after}`, 'g');
    };
    for (const { value: s } of data.statistics) {
      const quote = withoutSpaces(s.citation.quote);
      const figure = withoutSpaces(s.valueText);
      for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        for (const match of quote.matchAll(wholeFigure(figure)))
          mark(at + match.index, figure.length, 'statistic');
      }
    }
    for (const exclusion of data.exclusions) {
      const excluded = withoutSpaces(exclusion.text);
      for (let at = text.indexOf(excluded); at >= 0; at = text.indexOf(excluded, at + 1)) {
        mark(at, excluded.length, 'exclusion');
      }
    }
    const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)];
    const uncovered = numbers
      .filter((match) => covered[match.index] === undefined)
      .map((match) => text.slice(Math.max(0, match.index - 8), match.index + match[0].length + 4));
    expect(uncovered).toEqual([]);
    const byStatistic = numbers.filter((match) => covered[match.index] === 'statistic').length;
    console.log(
      `[coverage] ${numbers.length} Arabic-numeral figures in the article: ${byStatistic} covered by statistics, ` +
        `${numbers.length - byStatistic} by ${data.exclusions.length} listed exclusions, 0 uncovered`,
    );
    expect(numbers).toHaveLength(90);
    // Dates, the page number, 5A级 and 5年 spans: growing this number means figures went unrecorded.
    expect(numbers.length - byStatistic).toBeLessThanOrEqual(24);
  });

  it('uses no alias that names something only on this page', () => {
    // 我市 is Chongqing only in a Chongqing paper, 全区 is Qianjiang only on a page about it.
    const pageRelative = ['我市', '全市', '本市', '全区', '该区', '该中心', '三支团队', '考察点'];
    const found = data.entities.flatMap(({ value: e }) =>
      e.aliases.filter((alias) => pageRelative.includes(alias)).map((alias) => `${e.key}: ${alias}`),
    );
    expect(found).toEqual([]);
  });

  it('relates every entity to at least one other', () => {
    const related = new Set(data.relationships.flatMap((r) => [r.value.from, r.value.to]));
    expect(data.entities.map((e) => e.value.key).filter((key) => !related.has(key))).toEqual([]);
  });

  it('puts every figure of the sericulture paragraph for 2020 on record', () => {
    const byText = new Map(data.statistics.map((s) => [s.value.valueText, s.value]));
    expect(byText.get('7万担')).toMatchObject({ value: 70000, unit: 'dan', year: 2020 });
    expect(byText.get('98.52万公斤')).toMatchObject({ value: 985200, unit: 'kg', year: 2020 });
    expect(byText.get('3731.84万元')).toMatchObject({ value: 37318400, unit: 'CNY', year: 2020 });
  });

  it('gives the household figures of the sericulture paragraph the households they count', () => {
    // "73个贫困村、299个组、1757户贫困户养蚕3.16万张，产茧98.52万公斤，蚕农售茧收入3731.84万元，户平收入2.12万元"
    const scopeOf = (valueText: string) => {
      const found = data.statistics.find((s) => s.value.valueText === valueText)?.value;
      return found && { label: found.label, scope: found.scope };
    };
    const poor = '73个贫困村1757户贫困户';
    expect(scopeOf('3.16万张')).toEqual({ label: '养蚕张数', scope: poor });
    expect(scopeOf('98.52万公斤')).toEqual({ label: '产茧量', scope: poor });
    expect(scopeOf('3731.84万元')).toEqual({ label: '蚕农售茧收入', scope: poor });
    expect(scopeOf('2.12万元')).toEqual({ label: '户平收入', scope: poor });
    const other = '其它非贫困村149户贫困户';
    for (const valueText of ['1933.65张', '6.17万公斤', '233.17万元', '1.56万元'])
      expect(scopeOf(valueText)?.scope, valueText).toBe(other);
    // 7万担 is the whole district's: no scope.
    expect(scopeOf('7万担')).toEqual({ label: '产茧量', scope: undefined });
  });
});
