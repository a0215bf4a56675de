/** Markdown tables for the benchmark's report (printed, and pasted into the README). */
export function table(
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  align: readonly ('l' | 'r')[] = [],
): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [line(head), line(rule), ...rows.map(line)].join('\n');
}

export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
export const seconds = (ms: number): string => (ms / 1000).toFixed(2);
export const mib = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(0));
