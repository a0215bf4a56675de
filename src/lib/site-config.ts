import { readFileSync } from 'node:fs';
import { parseWithFriendlyErrors } from '../schemas/parse-with-friendly-errors.ts';
import { siteConfigSchema, type SiteConfig } from '../schemas/site-config.ts';

/** The one file a deployment edits to configure the site (see README, "Report an error"). */
export const SITE_CONFIG_FILE = 'site.config.json';

let cached: SiteConfig | undefined;

/** Reads site.config.json once per build; a malformed file stops the build naming the file. */
export function siteConfig(file = SITE_CONFIG_FILE): SiteConfig {
  if (file === SITE_CONFIG_FILE && cached) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}:1: cannot be read as JSON (${(error as Error).message})`, { cause: error });
  }
  const config = parseWithFriendlyErrors(siteConfigSchema, raw, file);
  if (file === SITE_CONFIG_FILE) cached = config;
  return config;
}
