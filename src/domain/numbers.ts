/**
 * Reads the number a figure states as written in the article: Arabic digits with 万 (10^4) or 亿
 * (10^8) expanded, or Chinese numerals such as 上千 (1000). Returns undefined when there is none.
 */

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function numberIn(valueText: string): number | undefined {
  // 余/多 ("more than") may stand between the number and its 万: 1380余万元 is 13,800,000.
  const arabic = /(\d+(?:\.\d+)?)\s*[余多]?\s*([万亿])?/.exec(valueText);
  if (arabic?.[1]) return Number(arabic[1]) * (arabic[2] ? (MULTIPLIERS[arabic[2]] ?? 1) : 1);
  return chineseNumberIn(valueText);
}

function chineseNumberIn(valueText: string): number | undefined {
  const run = /[零〇一二两三四五六七八九十百千万亿]+/.exec(valueText)?.[0];
  if (!run) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of run) {
    if (char in CHINESE_DIGITS) {
      digit = CHINESE_DIGITS[char];
    } else if (char in CHINESE_UNITS) {
      section += (digit ?? 1) * (CHINESE_UNITS[char] ?? 1);
      digit = undefined;
    } else {
      total = (total + section + (digit ?? 0)) * (MULTIPLIERS[char] ?? 1);
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Equal up to floating-point noise (3731.84万 is 37318400 only approximately in binary). */
export const sameNumber = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
