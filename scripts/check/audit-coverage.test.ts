import { describe, expect, test } from 'vitest';
import { checkAuditCoverage } from './audit-coverage.ts';

const doc = (rows: string, heading = '### Platforms (2 records)') =>
  [
    '# Audit',
    '- **C1 · Country.** evidence',
    '- **A1** reading',
    '## Per-record results',
    heading,
    '',
    '| record | result |',
    '| --- | --- |',
    rows,
  ].join('\n');
const platforms = [{ heading: 'Platforms', ids: ['a', 'b'] }];

describe('checkAuditCoverage', () => {
  test('every record with a valid result passes', () => {
    expect(
      checkAuditCoverage(doc('| `a` | no change |\n| `b` | corrected (C1), ambiguity (A1) |'), platforms, 'A.md'),
    ).toEqual([]);
  });
  test('a record with no row is reported', () => {
    expect(checkAuditCoverage(doc('| `a` | no change |', '### Platforms'), platforms, 'A.md')).toEqual([
      'A.md:5: Platforms “b” has no row; read it against the seeds and add its result',
    ]);
  });
  test('a row for a vanished record, an unknown result and an undefined label are reported', () => {
    expect(
      checkAuditCoverage(
        doc('| `a` | fine |\n| `b` | corrected (C9) |\n| `gone` | no change |', '### Platforms'),
        platforms,
        'A.md',
      ),
    ).toEqual([
      'A.md:9: result “fine” is not “no change”, “corrected (Cn)” or “ambiguity (An)”',
      'A.md:10: C9 is not defined in the file',
      'A.md:11: “gone” is listed under Platforms but no such record exists',
    ]);
  });
  test('a stale count in the heading and a missing section are reported', () => {
    expect(
      checkAuditCoverage(
        doc('| `a` | no change |\n| `b` | no change |', '### Platforms (3 records)'),
        [...platforms, { heading: 'Cases', ids: ['c'] }],
        'A.md',
      ),
    ).toEqual([
      'A.md:5: the heading says 3 records but the table has 2 rows',
      'A.md: no “### Cases” section; list its 1 records with their results',
    ]);
  });
});
