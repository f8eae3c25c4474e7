// The commands a message about a server index suggests, written to run as printed: the server is
// named by its URL as shown (never with a password; the run that pastes it gets the password as
// this one did, from PGPASSWORD or LAIYUAN_INDEX_URL), a shell word, not `<url>`, which a shell
// reads as a redirect. Loads no PostgreSQL client.
import type { Rebuild } from '../build-flags.js';
import { shellWord } from '../display-path.js';
import type { ServerTarget } from './url.js';

/** `--index 'postgres://…'`. */
export function indexFlag(target: ServerTarget): string {
  return `--index ${shellWord(target.shown)}`;
}

/** The index build that fills the server's index as the run would: the config's corpus for the pack ('…' where it names none), -c and --pack as given. */
export function serverBuild(target: ServerTarget, rebuild: Rebuild = {}): string {
  return `laiyuan index build ${rebuild.corpus ?? '…'} ${indexFlag(target)}${rebuild.flags ?? ''}`;
}

export function serverMigrate(target: ServerTarget): string {
  return `laiyuan index migrate ${indexFlag(target)}`;
}

/** A push of an index file: the file is the user's to name. */
export function serverPush(target: ServerTarget): string {
  return `laiyuan index push <file> --to ${shellWord(target.shown)}`;
}
