import type { Rule, RuleContext } from '../core/judge/rule.js';
import { docsUrl } from '../core/judge/rule.js';
import { credits, expectedAttribution, namesOrigin, toWrite } from '../core/judge/attribution.js';
import { termClause } from '../core/config/pack-entries.js';
import type { SourceClaim } from '../core/metadata/types.js';
import { titleFieldRemedy } from './fixes.js';

/** The document credits a source, but not the origin of what it reuses (clauses 3, 4). */
export const wrongSource: Rule = Object.freeze<Rule>({
  id: 'wrong-source',
  description: 'The credited source is not where the reused content comes from.',
  docs: docsUrl('wrong-source'),
  defaultSeverity: 'error',
  clauseKinds: ['attribution', 'thirdParty'],
  needs: ['attribution'],
  thirdPartyNeeds: ['thirdParty'],
  check: checkWrongSource,
});

function checkWrongSource(context: RuleContext): void {
  const { subject } = context;
  const { pack } = subject;
  const claimed = credits(context.claims, subject.origin, pack);
  if (claimed.length === 0 || claimed.some((c) => namesOrigin(c, subject.origin, pack))) return;
  const thirdParty = subject.origin.kind === 'third-party';
  const claim = claimed[0];
  const expected = expectedAttribution(subject.origin, pack);
  const write = toWrite(claim, subject.origin, pack);
  if (expected === null || write === null) {
    reportUnnamed(context, claim);
    return;
  }
  context.report({
    clause: termClause(pack, thirdParty ? 'thirdParty' : 'attribution'),
    term: thirdParty ? 'thirdParty' : 'attribution',
    span: claim.line.span,
    severity: thirdParty ? 'warning' : 'error',
    message: thirdParty
      ? `注明的来源是「${claim.value}」，但所用内容是${pack.publisher.name}转载自${subject.origin.source}的稿件，应注明原始来源「${expected}」`
      : `注明的来源是「${claim.value}」，但所用内容出自${pack.publisher.name}，应注明「${expected}」`,
    claim,
    expected,
    remedy: claim.field ? titleFieldRemedy(claim, write) : `把「${claim.line.value}」改为「${write}」`,
  });
}

/**
 * Third-party content whose page names no source (see isUnnamed), credited to the publisher: the
 * credit belongs to the original outlet (clause 4), which only the editor can find out. A credit
 * naming any other outlet is not reported (namesOrigin): it cannot be told wrong.
 */
function reportUnnamed(context: RuleContext, claim: SourceClaim): void {
  const { pack } = context.subject;
  const publisher = pack.publisher.name;
  context.report({
    clause: termClause(pack, 'thirdParty'),
    term: 'thirdParty',
    span: claim.line.span,
    severity: 'warning',
    message: `注明的来源是「${claim.value}」，但所用内容是${publisher}注明为第三方版权的稿件（未注明原始来源），应注明原始来源，而不是${publisher}`,
    claim,
    expected: null,
    remedy: `查明这篇稿件的原始媒体，把「${claim.line.value}」改为注明该媒体`,
  });
}
