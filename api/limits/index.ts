/** Abuse limits from config.limits: validation rules, a cost plugin and an HTTP batch cap. */
import type { ValidationRule } from 'graphql';
import type { ApiLimits } from '../../core/config.js';
import { aliasLimitRule } from './aliases.rule.js';
import { depthLimitRule } from './depth.rule.js';

export { aliasCount, aliasLimitRule } from './aliases.rule.js';
export { batchLimit, refuseLongBatch } from './batch.js';
export { DEFAULT_LIST_SIZE, operationCost, type SizeCaps, type SizeProblem, sizeProblem } from './cost.js';
export { costLimitPlugin } from './cost.plugin.js';
export { depthLimitRule, operationDepth } from './depth.rule.js';

/** Validation rules for depth and aliases; cost needs variables, so it runs as a plugin. */
export function limitRules(limits: Pick<ApiLimits, 'maxDepth' | 'maxAliases'>): ValidationRule[] {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)];
}
