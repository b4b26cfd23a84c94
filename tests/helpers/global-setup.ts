import { execFileSync } from 'node:child_process';

/** Builds dist/ once before the suite, so CLI tests run the real bin. */
export default function setup(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
