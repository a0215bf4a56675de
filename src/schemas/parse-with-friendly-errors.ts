import type { z } from 'zod';

/** Validates `input`, turning Zod's issues into one message that names `where` and each path. */
export function parseWithFriendlyErrors<T extends z.ZodType>(schema: T, input: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`${where} is invalid:\n${lines.join('\n')}`);
}
