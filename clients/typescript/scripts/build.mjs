// Compiles the package (after scripts/generate.mjs has written src/schema.ts).
//
//   node scripts/build.mjs            dist/esm and dist/cjs (JavaScript + .d.ts), LICENSE
//   node scripts/build.mjs --tests    compiles src and test/ to build/clients/typescript-test
//                                     and runs them with Node's test runner
//
// Each dist folder gets a package.json naming its module format, so Node and TypeScript
// read dist/esm as ES modules and dist/cjs as CommonJS whatever the package's "type" is.

import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = resolve(PACKAGE_DIR, "..", "..");
const TEST_OUT = join(ROOT, "build", "clients", "typescript-test");
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: PACKAGE_DIR, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function tsc(project) {
  run([TSC, "-p", project]);
}

function markModuleType(dir, type) {
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ type }, null, 2)}\n`);
}

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith(".test.js") ? [path] : [];
  });
}

if (!existsSync(join(PACKAGE_DIR, "src", "schema.ts"))) {
  process.stderr.write("build: src/schema.ts is missing; run `npm run generate` (after `make spec`)\n");
  process.exit(1);
}

if (process.argv.includes("--tests")) {
  rmSync(TEST_OUT, { recursive: true, force: true });
  tsc("tsconfig.test.json");
  markModuleType(TEST_OUT, "module");
  run(["--test", "--test-reporter=spec", ...testFiles(join(TEST_OUT, "test"))]);
} else {
  rmSync(join(PACKAGE_DIR, "dist"), { recursive: true, force: true });
  tsc("tsconfig.esm.json");
  tsc("tsconfig.cjs.json");
  markModuleType(join(PACKAGE_DIR, "dist", "esm"), "module");
  markModuleType(join(PACKAGE_DIR, "dist", "cjs"), "commonjs");
  // The repository's licence, shipped in the tarball.
  copyFileSync(join(ROOT, "LICENSE"), join(PACKAGE_DIR, "LICENSE"));
  process.stdout.write("build: wrote dist/esm and dist/cjs\n");
}
