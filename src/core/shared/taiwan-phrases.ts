// Words that OpenCC's Taiwan phrase conversion (s2twp, TWPhrases) writes as other words, as a
// traditional page converted so prints them: 国际在线 becomes 國際線上 (網). Only those a publisher's
// name may hold: the phrases are read in names, never in running text, where 線上 is just “online”.

/** Each word folded to simplified characters (see toSimplified), then its Taiwan phrase likewise. */
const PHRASES: readonly (readonly [word: string, taiwan: string])[] = [['在线', '线上']];

/**
 * The Taiwan phrase forms of a name in simplified characters, the name itself first
 * (国际在线 → 国际在线, 国际线上): each phrase replaced throughout, one phrase at a time.
 */
export function taiwanForms(name: string): string[] {
  const forms = [name];
  for (const [word, taiwan] of PHRASES) if (name.includes(word)) forms.push(name.replaceAll(word, taiwan));
  return forms;
}
