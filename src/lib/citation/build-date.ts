/**
 * The access date printed in citations: the day the site was built, in UTC. A reader cites the
 * page as it was built, and the data release pins its content. For reproducible builds the date
 * can be fixed with `BUILD_DATE=YYYY-MM-DD` or the standard `SOURCE_DATE_EPOCH` (seconds).
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  if (env['BUILD_DATE']) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(env['BUILD_DATE']))
      throw new Error(`BUILD_DATE must be YYYY-MM-DD, got "${env['BUILD_DATE']}"`);
    return env['BUILD_DATE'];
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/u.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}
