import { readFileSync } from 'node:fs';

interface PackageInfo {
  version: string;
  homepage?: string;
}

/** Read from package.json (one level up from src/, two from dist/src/) so --version and links never drift from the release. */
function readPackage(): PackageInfo {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string; homepage?: string };
      if (pkg.name === 'zhenlint' && pkg.version) return { version: pkg.version, ...(pkg.homepage ? { homepage: pkg.homepage } : {}) };
    } catch {
      // not at this level
    }
  }
  return { version: '0.0.0' };
}

const PACKAGE = readPackage();

export const VERSION: string = PACKAGE.version;

/** The project's page (package.json `homepage`), or undefined when the package says none. */
export const HOMEPAGE: string | undefined = PACKAGE.homepage;

/** The page of a rule's documentation (docs/rules/<id>.md) in the project's repository, when the homepage is one. */
export function ruleDocUrl(ruleId: string): string | undefined {
  if (!HOMEPAGE || !URL.canParse(HOMEPAGE)) return undefined;
  const url = new URL(HOMEPAGE);
  if (url.origin !== 'https://github.com') return undefined;
  const repo = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
  return `${url.origin}${repo}/blob/main/docs/rules/${ruleId}.md`;
}
