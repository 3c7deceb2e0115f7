// Validates OpenAPI documents against the OpenAPI 3.1 JSON schema published with the
// specification (schema-base: the document's structure, and every Schema Object against the
// 3.1 dialect), using @hyperjump/json-schema, a validator that implements JSON Schema 2020-12
// in full, $dynamicRef included.
// Usage: node ops/openapi/validate-3.1.mjs <document.json>...
import { readFile } from "node:fs/promises";
import { validate } from "@hyperjump/json-schema/openapi-3-1";
import { BASIC } from "@hyperjump/json-schema/experimental";

const SCHEMA = "https://spec.openapis.org/oas/3.1/schema-base";

let failed = false;
for (const document of process.argv.slice(2)) {
  const output = await validate(SCHEMA, JSON.parse(await readFile(document, "utf8")), BASIC);
  if (output.valid) {
    console.log(`${document}: valid against ${SCHEMA}`);
  } else {
    failed = true;
    console.error(`${document}: not valid against ${SCHEMA}`);
    for (const error of (output.errors ?? []).slice(0, 50)) {
      console.error(`  ${error.instanceLocation} ${error.keyword ?? ""} ${error.absoluteKeywordLocation ?? ""}`);
    }
  }
}
process.exit(failed ? 1 : 0);
