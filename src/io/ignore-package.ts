// The ignore package, loaded by discover.ts when it first meets rules to read (a .gitignore, a
// .laiyuanignore, git's exclude files): a check of files with none above them loads none. Named
// here, not imported with import(): in the bundled CLI (scripts/bundle-cli.mjs) a dynamic import of
// a CommonJS package would give its default export only.
import ignore from 'ignore';

export { ignore };
