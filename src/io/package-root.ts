// The installed package's root folder. This file sits two folders below it both as tsc writes it
// (dist/io/) and in the bundled CLI (every output file of scripts/bundle-cli.mjs is in dist/cli/),
// so files of the package are found the same way from either.
export const PACKAGE_ROOT = new URL('../../', import.meta.url);
