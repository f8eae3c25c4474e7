// Types of what the tests take from generate.mjs: the articles of a generated archive.
export interface GeneratedArticle {
  id: string;
  desk: string;
  own: boolean;
  source: string;
  title: string;
  date: string;
  sentences: string[];
  text: string;
}

/** Article i of the archive of `seed`. */
export function article(seed: number, i: number): GeneratedArticle;
