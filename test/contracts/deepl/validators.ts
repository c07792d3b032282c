import Ajv, { type ValidateFunction } from 'ajv';
import components from './components.extract.json';
import extract from './translate-operation.extract.json';

/**
 * JSON Schema validators for DeepL's `POST /v2/translate`, built from the
 * extract of DeepLcom/openapi `openapi.yaml` (OpenAPI 3.0.3, so draft-07-style
 * schemas: default Ajv, not the 2020-12 build). The extract's `$ref`s point at
 * `#/components/...`, which components.extract.json holds (copied unchanged
 * from the same spec); both are put in one document so every `$ref` resolves
 * inside it.
 */
const DOCUMENT_ID = 'https://ferry.invalid/contracts/deepl/translate-operation.json';
const OPERATION = '#/path/post';

export type DeeplContentType = 'application/json' | 'application/x-www-form-urlencoded';

// strict: false lets OpenAPI's own keywords (example, x-default, deprecated) through unchecked.
const ajv = new Ajv({ strict: false, allErrors: true, formats: { uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i } });
ajv.addSchema({ $id: DOCUMENT_ID, ...extract, components: components.components });

function pointer(...parts: string[]): string {
  return parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function compile(path: string): ValidateFunction {
  const validate = ajv.getSchema(`${DOCUMENT_ID}${path}`);
  if (!validate) throw new Error(`no schema at ${path} in the DeepL extract`);
  return validate;
}

export function requestValidator(contentType: DeeplContentType): ValidateFunction {
  return compile(`${OPERATION}/${pointer('requestBody', 'content', contentType, 'schema')}`);
}

/** The request properties the spec declares: its schema does not forbid others, so tests check names too. */
export function requestProperties(contentType: DeeplContentType): string[] {
  return Object.keys(extract.path.post.requestBody.content[contentType].schema.properties);
}

export function successValidator(): ValidateFunction {
  return compile(`${OPERATION}/${pointer('responses', '200', 'content', 'application/json', 'schema')}`);
}

/** The error body schema for a documented status, or undefined when the spec gives that status no body. */
export function errorValidator(status: number): ValidateFunction | undefined {
  const responses = extract.path.post.responses as Record<string, { $ref?: string }>;
  const ref = responses[String(status)]?.$ref;
  if (!ref) throw new Error(`HTTP ${status} is not documented for /v2/translate`);
  const name = ref.split('/').pop()!;
  const response = (components.components.responses as Record<string, { content?: unknown }>)[name];
  if (!response?.content) return undefined;
  return compile(`#/${pointer('components', 'responses', name, 'content', 'application/json', 'schema')}`);
}

/** A form body as the spec models it: `text` exploded into an array, everything else a string. */
export function formToObject(raw: string): Record<string, string | string[]> {
  const form = new URLSearchParams(raw);
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) result[key] = key === 'text' || key === 'glossary_ids' ? form.getAll(key) : form.get(key)!;
  return result;
}

export function describeErrors(validate: ValidateFunction): string {
  return ajv.errorsText(validate.errors);
}
