/**
 * Words that say when, relative to the day of writing, a report came: 据新华社日前报道,
 * 国际在线昨日消息. No place name holds one of them.
 */
export const DAY_WORDS = ['此前', '日前', '近日', '昨日', '今日', '昨天', '今天', '最新', '当天', '当日'] as const;
