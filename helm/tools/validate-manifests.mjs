// Validates rendered Kubernetes manifests (a multi-document YAML file, or standard input) against
// the Kubernetes OpenAPI schemas compiled into the kubernetes-models packages, like kubeconform
// -strict: wrong types, missing required fields, formats, and fields the schema does not know.
//
// Unknown fields: the compiled validators ignore them (the Kubernetes schemas do not say
// additionalProperties: false), but they read every property their schema declares. Each object
// is therefore validated through a Proxy that records which keys the validator read at which
// path; a key present in the manifest that its validator never read is unknown to the schema.
// Free-form objects (labels, annotations, ConfigMap data) are read key by key and pass; objects
// whose schema has no properties at all (x-kubernetes-preserve-unknown-fields) are not checked.
//
// Prints one line per object; exits 1 when any object is invalid, 2 on a usage error.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const EXTERNAL_MODELS = { "monitoring.coreos.com": "@kubernetes-models/prometheus-operator" };

async function modelFor(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const pkg = EXTERNAL_MODELS[group] ?? "kubernetes-models";
  try {
    return (await import(`${pkg}/${apiVersion}/${kind}`))[kind];
  } catch {
    return undefined;
  }
}

/** Wraps a value so that every property read is recorded under its JSON pointer. */
function recording(value, path, reads) {
  if (value === null || typeof value !== "object") return value;
  if (!reads.has(path)) reads.set(path, { node: value, keys: new Set() });
  const seen = reads.get(path).keys;
  return new Proxy(value, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver);
      if (typeof key !== "string" || !Object.hasOwn(target, key)) return child;
      seen.add(key);
      return recording(child, `${path}/${key}`, reads);
    },
  });
}

function unknownFields(reads) {
  const unknown = [];
  for (const [path, { node, keys }] of reads) {
    if (Array.isArray(node) || keys.size === 0) continue;
    for (const key of Object.keys(node)) {
      if (!keys.has(key)) unknown.push(`${path}/${key}`);
    }
  }
  return unknown;
}

async function problemsOf(object) {
  if (object === null || typeof object !== "object" || Array.isArray(object)) {
    return ["not a Kubernetes object (a mapping with apiVersion and kind)"];
  }
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== "string" || typeof kind !== "string") return ["apiVersion or kind missing"];
  if (!object.metadata?.name) return ["metadata.name missing"];
  const Model = await modelFor(apiVersion, kind);
  if (!Model) return [`no schema for ${apiVersion} ${kind}`];
  const reads = new Map();
  const problems = [];
  try {
    // The model's validate() runs the compiled validator on `this`: here, the recording proxy.
    Model.prototype.validate.call(recording(object, "", reads));
  } catch (error) {
    for (const e of error.errors ?? [{ instancePath: "", message: error.message }]) {
      problems.push(`${e.instancePath || "/"}: ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`);
    }
  }
  for (const path of unknownFields(reads)) problems.push(`${path}: unknown field`);
  return problems;
}

const file = process.argv[2];
if (process.argv.length > 3) {
  console.error("usage: node validate-manifests.mjs [manifests.yaml]   (default: standard input)");
  process.exit(2);
}
const text = readFileSync(file ?? 0, "utf8");
let invalid = 0;
let count = 0;
const names = new Set();
for (const document of parseAllDocuments(text)) {
  if (document.errors.length > 0) {
    console.log(`INVALID YAML: ${document.errors.map((e) => e.message).join("; ")}`);
    invalid++;
    continue;
  }
  const object = document.toJS();
  if (object === null) continue;
  count++;
  const id = `${object?.kind ?? "?"}/${object?.metadata?.name ?? "?"}`;
  const problems = await problemsOf(object);
  if (names.has(id)) problems.push("rendered twice");
  names.add(id);
  if (problems.length === 0) {
    console.log(`valid ${id} (${object.apiVersion})`);
  } else {
    invalid++;
    for (const problem of problems) console.log(`INVALID ${id} at ${problem}`);
  }
}
if (count === 0) {
  console.log("INVALID: no Kubernetes object in the input");
  invalid++;
}
process.exit(invalid > 0 ? 1 : 0);
