// Whom to contact and within what time: 请在该事由发生之日起30日内进行, 三十日内, 如需转载请联系….
import { segmentAt, type Reader } from './reading.js';
import { numberOf } from './text.js';

const WINDOW = /([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s?(?:日|天|个工作日)内/u;
const CONTACT = /(?:请|须|需|应|可|如需)[^。]{0,10}?(?:联系|联络|来函|来信|致电)|与[^。]{0,12}?(?:联系|联络)/u;

export const readContact: Reader = (sentence) => {
  const { norm } = sentence;
  const window = WINDOW.exec(norm);
  if (window) return [{ kind: 'contact', quote: segmentAt(sentence, window.index), windowDays: numberOf(window[1]) }];
  const contact = CONTACT.exec(norm);
  if (contact && !/作者获得授权|联系作者|原作者/u.test(norm)) return [{ kind: 'contact', quote: segmentAt(sentence, contact.index) }];
  return [];
};
