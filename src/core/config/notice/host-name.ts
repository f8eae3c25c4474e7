// The platform a notice of hosted content speaks for, where it names no holder and asks no credit:
// X仅提供信息存储空间服务 / 信息发布平台, 为X旗下自媒体平台, 不代表X的观点. The notice under a self-media
// article is the platform's, and the platform is what a reprint of it names.
import { siteOf } from './reading.js';
import { restore, type Sentence } from './text.js';

const HOSTS = [
  /(?:^|[,:“"])([^,:。“”"()]{2,12}?)仅提供信息(?:存储空间服务|存储服务|发布平台)/u,
  /为([^,。“”"()]{2,12}?)旗下/u,
  // only an outlet's name: 不代表本网赞同其观点 names no one
  /不代表([^,。、和与“”"()]{1,10}?(?:网|在线|新闻|报|社|台))的?(?:观点|立场)/u,
];
const NO_ONE = /^(?:本|该|其)/u;

export function hostName(sentences: readonly Sentence[]): string | undefined {
  for (const host of HOSTS) {
    for (const sentence of sentences) {
      const named = host.exec(sentence.norm)?.[1];
      if (named !== undefined && !NO_ONE.test(named)) return siteOf(restore(sentence, named));
    }
  }
  return undefined;
}
