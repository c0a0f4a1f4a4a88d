// Fails when src/lib/api/schema.d.ts no longer matches ../openapi.yaml, so the SPA never
// compiles against an API that has moved on. Regenerates into a temporary file and compares.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = join(root, '..', 'openapi.yaml');
const committed = join(root, 'src', 'lib', 'api', 'schema.d.ts');
const generator = join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const STALE = 'src/lib/api/schema.d.ts is stale: run npm run gen:api';

if (!existsSync(spec)) {
  console.error(`${spec} not found: the backend build writes it; cannot check ${committed}.`);
  process.exit(1);
}
if (!existsSync(committed)) {
  console.error(STALE);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'rounds-schema-'));
try {
  const fresh = join(dir, 'schema.d.ts');
  execFileSync(process.execPath, [generator, spec, '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(STALE);
    process.exit(1);
  }
  console.log('src/lib/api/schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
