/**
 * Prints the intake report: every open item of every draft document, and structure warnings.
 *   npm run intake-report
 * It is the report `npm run content` writes to content/intake/report.md, computed afresh.
 */
import { fileURLToPath } from 'node:url';
import { generateContent } from './build-content.ts';
import { INTAKE_REPORT } from './intake/report.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
try {
  process.stdout.write(generateContent(ROOT).find((f) => f.path === INTAKE_REPORT)!.content);
} catch (error) {
  console.error(`intake-report: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
