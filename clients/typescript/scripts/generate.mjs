// Writes src/schema.ts, the package's types, from the bundled OpenAPI document.
//
//   node scripts/generate.mjs SPEC     (SPEC: build/spec/openapi.json, written by `make spec`)
//
// It fails when the package's version differs from the document's info.version (the package
// is the document's TypeScript face, so they are released together) and on any warning from
// openapi-typescript. Two things are added to openapi-typescript's output:
// - open enums (`anyOf: [<string enum>, {type: string}]`) become `Known | (string & {})`:
//   editors still complete the known values, yet any string is accepted. Plain `| string`
//   would collapse the union to `string` and lose the completion;
// - every component schema is exported under its own name (`MeetingDetail`, ...), with its
//   description, next to the `paths`, `operations` and `components` interfaces.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUTPUT = resolve(PACKAGE_DIR, "src", "schema.ts");

function fail(message) {
  process.stderr.write(`generate: ${message}\n`);
  process.exit(1);
}

/** The value a local JSON pointer (`#/a/b/0`) names in `document`, or undefined. */
function resolvePointer(document, pointer) {
  if (!pointer.startsWith("#/")) return undefined;
  let node = document;
  for (const raw of pointer.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

function isStringEnum(document, schema, seen = new Set()) {
  if (schema === null || typeof schema !== "object") return false;
  if (typeof schema.$ref === "string") {
    if (seen.has(schema.$ref)) return false;
    seen.add(schema.$ref);
    return isStringEnum(document, resolvePointer(document, schema.$ref), seen);
  }
  return Array.isArray(schema.enum) && schema.enum.length > 0 && schema.enum.every((v) => typeof v === "string");
}

/** `{type: string}` with nothing that narrows it: the "any other value" arm of an open enum. */
function isPlainString(schema) {
  const narrowing = ["enum", "const", "format", "pattern", "minLength", "maxLength", "$ref"];
  return schema?.type === "string" && !narrowing.some((key) => key in schema);
}

/** True for the plain-string arm of an `anyOf`/`oneOf` whose other arms include a string enum. */
function isOpenEnumArm(document, schema, path) {
  const match = /^(?<parent>#\/.+)\/(?:anyOf|oneOf)\/\d+$/.exec(path ?? "");
  if (!match || !isPlainString(schema)) return false;
  const parent = resolvePointer(document, match.groups.parent);
  const arms = [...(parent?.anyOf ?? []), ...(parent?.oneOf ?? [])];
  return arms.some((arm) => isStringEnum(document, arm));
}

/** `string & {}`: any string, but it does not absorb the literal types it is united with. */
const OPEN_STRING = ts.factory.createIntersectionTypeNode([
  ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  ts.factory.createTypeLiteralNode([]),
]);

function docComment(text) {
  const body = text.trim().replaceAll("*/", "*\\/").split("\n");
  return ["/**", ...body.map((line) => ` * ${line}`.trimEnd()), " */"].join("\n");
}

function schemaAliases(document) {
  const schemas = document.components?.schemas ?? {};
  return Object.entries(schemas).map(([name, schema]) => {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) fail(`schema name ${JSON.stringify(name)} is not a TypeScript identifier`);
    const doc = typeof schema.description === "string" ? `${docComment(schema.description)}\n` : "";
    return `${doc}export type ${name} = components["schemas"][${JSON.stringify(name)}];`;
  });
}

async function main() {
  const specArg = process.argv[2];
  if (specArg === undefined) fail("usage: node scripts/generate.mjs SPEC.json");
  const specPath = resolve(process.cwd(), specArg);
  let text;
  try {
    text = readFileSync(specPath, "utf8");
  } catch {
    fail(`${specArg} is missing; run \`make spec\` first`);
  }
  const document = JSON.parse(text);

  const pkg = JSON.parse(readFileSync(resolve(PACKAGE_DIR, "package.json"), "utf8"));
  const specVersion = document.info?.version;
  if (pkg.version !== specVersion) {
    fail(
      `package.json has version ${pkg.version} but the OpenAPI document's info.version is ` +
        `${specVersion}; set clients/typescript/package.json "version" to ${specVersion} ` +
        "(and run `npm install` to update package-lock.json)",
    );
  }

  const warnings = [];
  const originalWarn = console.warn;
  const originalError = console.error;
  console.warn = console.error = (...args) => warnings.push(args.join(" "));
  let ast;
  try {
    ast = await openapiTS(pathToFileURL(specPath), {
      // A `default` says what an absent field reads as; it does not make the field present:
      // without this, every defaulted field would be typed as always there.
      defaultNonNullable: false,
      transform(schema, options) {
        return isOpenEnumArm(document, schema, options.path) ? OPEN_STRING : undefined;
      },
    });
  } finally {
    console.warn = originalWarn;
    console.error = originalError;
  }
  if (warnings.length > 0) fail(`openapi-typescript warned:\n${warnings.join("\n")}`);

  const header = [
    "// Generated by scripts/generate.mjs from the Meemo OpenAPI document",
    `// (info.version ${specVersion}). Do not edit: change openapi.yaml and rebuild.`,
    "",
  ].join("\n");
  const aliases = ["", "// Every component schema under its own name.", ...schemaAliases(document), ""];
  writeFileSync(OUTPUT, header + astToString(ast) + aliases.join("\n"));
  process.stdout.write(`generate: wrote src/schema.ts (OpenAPI ${specVersion})\n`);
}

await main();
