/**
 * Turns what a person typed into a safe Lucene query for the full-text index. User text is never
 * parsed as Lucene syntax: only runs of letters and digits survive, lower-cased (so AND/OR/NOT lose
 * their meaning), and each becomes "the word, or a word starting with it" for search-as-you-type.
 * The CJK analyzer splits Chinese into two-character terms, so a single character matches by prefix.
 */
export function luceneQuery(userText: string): string | undefined {
  const words = userText.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return undefined;
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}
