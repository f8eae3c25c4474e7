/** A non-empty string, and a list of them. */
export const text = { type: 'string', minLength: 1 } as const;
export const texts = { type: 'array', items: text } as const;

/** The uses a notice may restrict or a licence grant (`UseAction` in types.ts). */
export const USE_ACTIONS = ['转载', '摘编', '复制', '改编', '其他方式使用', '销售'];
