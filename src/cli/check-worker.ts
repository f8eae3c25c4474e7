// The entry point of a --concurrency worker thread: the rules are code, so the worker imports them here.
import { serveChecks } from '../io/serve-checks.js';
import { RULES } from '../rules/index.js';

serveChecks(RULES);
