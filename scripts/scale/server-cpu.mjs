// Server CPU of a bench run: the backends whose queries name the bench's schema, sampled every
// 200 ms from pg_stat_activity; each one's CPU (user + system) read from /proc/<pid>/stat, its
// last reading kept once it has exited (parallel workers that live less than a sample are
// missed: a lower bound). Also the whole server's CPU over the run, every session's included (an
// upper bound on a shared server): the postmaster's exited children and its live ones. Only for a
// server on this machine (else null).
import { readdirSync, readFileSync } from 'node:fs';
import { sampleActivity } from './activity.mjs';

const TICKS = 100; // USER_HZ on Linux

export async function serverCpu(url, schema) {
  const seen = new Map();
  const sampler = await sampleActivity(url, 'laiyuan-bench-cpu', 200, async (client) => {
    const rows = await client.query(`SELECT pid FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`, [`%"${schema}".%`]);
    for (const { pid } of rows.rows) {
      const ticks = cpuTicks(pid);
      if (ticks !== undefined) seen.set(pid, ticks);
    }
  });
  const own = await sampler.client.query('SELECT pg_backend_pid() AS pid');
  const postmaster = statFields(own.rows[0].pid)?.[1];
  const wholeBefore = postmaster === undefined ? undefined : wholeServer(Number(postmaster));
  return async function stop() {
    await sampler.stop();
    if (seen.size === 0 || wholeBefore === undefined) return null;
    const whole = (wholeServer(Number(postmaster)) - wholeBefore) / TICKS;
    return { seconds: [...seen.values()].reduce((n, t) => n + t, 0) / TICKS, backends: seen.size, whole };
  };
}

/** The fields of /proc/<pid>/stat after the command's closing parenthesis (state, ppid, …), if readable. */
function statFields(pid) {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  } catch {
    return undefined;
  }
}

function cpuTicks(pid) {
  const fields = statFields(pid);
  return fields && Number(fields[11]) + Number(fields[12]);
}

/** The postmaster's CPU with its exited children's, and its live children's. */
function wholeServer(postmaster) {
  const fields = statFields(postmaster);
  let ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const child = statFields(name);
    if (child && Number(child[1]) === postmaster) ticks += Number(child[11]) + Number(child[12]);
  }
  return ticks;
}
