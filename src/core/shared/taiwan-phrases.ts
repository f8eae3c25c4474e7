// Words that OpenCC's Taiwan phrase conversion (s2twp, TWPhrases) writes as other words, as a
// traditional page converted so prints them: 国际在线 becomes 國際線上 (網), 国际在线北京消息 國際線上北京訊息.
// Read in a publisher's names and its markers only, never in running text, where 線上 is just “online”.

type Phrases = readonly (readonly [word: string, taiwan: string])[];

/** The phrases a publisher's name may hold, each folded to simplified characters (see toSimplified), then its Taiwan form likewise. */
export const NAME_PHRASES: Phrases = [['在线', '线上']];

/** The phrases an own-content marker may hold besides (国际在线北京消息 → 國際線上北京訊息). */
export const MARKER_PHRASES: Phrases = [...NAME_PHRASES, ['消息', '讯息']];

/**
 * The Taiwan phrase forms of a text in simplified characters, the text itself first
 * (国际在线 → 国际在线, 国际线上): each phrase converted or not, in every combination.
 */
export function taiwanForms(text: string, phrases: Phrases = NAME_PHRASES): string[] {
  let forms = [text];
  for (const [word, taiwan] of phrases) {
    forms = forms.flatMap((form) => (form.includes(word) ? [form, form.replaceAll(word, taiwan)] : [form]));
  }
  return forms;
}
