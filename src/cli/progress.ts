// A progress line on stderr for long runs in a terminal: files done/total, rate, ETA.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the line, if one was drawn. */
  end(): void;
}

/** Shown only after this long, so that quick runs print nothing. */
const DELAY_MS = 1000;
/** Redrawn at most this often. */
const INTERVAL_MS = 100;

const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TF_BUILD', 'JENKINS_URL', 'BUILDKITE', 'CIRCLECI', 'TRAVIS', 'TEAMCITY_VERSION'];

/** Only when both stdout and stderr are terminals, not in CI and not on a dumb terminal. */
export function progressWanted(stdout: { isTTY?: boolean }, stderr: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const inCi = CI_VARIABLES.some((name) => env[name] !== undefined && env[name] !== '' && env[name] !== 'false' && env[name] !== '0');
  return Boolean(stdout.isTTY && stderr.isTTY) && !inCi && env.TERM !== 'dumb';
}

/** `12/340 files  25.3 files/s  ETA 13s` */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 && done < total ? ` ETA ${duration((total - done) / rate)}` : '';
  return `laiyuan: ${done}/${total} files  ${rate.toFixed(rate < 10 ? 1 : 0)} files/s${eta}`;
}

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** A progress line on `stream`, or one that does nothing when `enabled` is false. */
export function startProgress(stream: ProgressStream, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled) return { update: () => undefined, end: () => undefined };
  const started = now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (t - started < DELAY_MS || (t - drawnAt < INTERVAL_MS && done < total)) return;
      drawnAt = t;
      drawn = true;
      const width = stream.columns && stream.columns > 20 ? stream.columns : 80;
      stream.write(`\r${progressLine(done, total, t - started).slice(0, width - 1)}\x1b[K`);
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
