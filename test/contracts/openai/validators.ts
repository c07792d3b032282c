import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import extract from './chat-completions-operation.extract.json';

/**
 * JSON Schema validators for OpenAI's `POST /chat/completions`, built from
 * the extract of openai/openai-openapi `openapi.yaml` (OpenAPI 3.1.0, whose
 * schemas are JSON Schema 2020-12, so Ajv's 2020 build). The extract holds the
 * operation under `path.post` and every `#/components/...` object its `$ref`s
 * reach, so every `$ref` resolves inside this one document.
 */
const DOCUMENT_ID = 'https://ferry.invalid/contracts/openai/chat-completions-operation.json';

// strict: false lets OpenAPI's own keywords (x-oaiMeta, discriminator, example) through unchecked;
// the spec's custom "unixtime" format is an integer timestamp.
const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { unixtime: true, uri: true } });
ajv.addSchema({ $id: DOCUMENT_ID, ...(nullableAsType(extract) as object) });

/**
 * Some schemas still use OpenAPI 3.0's `nullable: true`, which 3.1 spells as
 * a `null` type and which Ajv refuses next to a type-less `anyOf`. It is
 * rewritten at load time to its 3.1 meaning (the extract stays unchanged):
 * a `null` added to `type` (and `enum`), or the schema wrapped in `anyOf [schema, null]`.
 */
function nullableAsType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableAsType);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const schema = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, nullableAsType(value)]));
  if (nullable !== true) return nullable === undefined ? schema : { ...schema, nullable };
  // 3.0 let null through an enum of a nullable schema.
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...(schema.enum as unknown[]), null];
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.type)) return { ...schema, type: [...new Set([...(schema.type as string[]), 'null'])] };
  return { anyOf: [schema, { type: 'null' }] };
}

function compile(name: string): ValidateFunction {
  const validate = ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name} in the OpenAI extract`);
  return validate;
}

export const requestValidator = (): ValidateFunction => compile('CreateChatCompletionRequest');
export const responseValidator = (): ValidateFunction => compile('CreateChatCompletionResponse');
export const streamChunkValidator = (): ValidateFunction => compile('CreateChatCompletionStreamResponse');
export const errorValidator = (): ValidateFunction => compile('ErrorResponse');

/** The request's media types and response statuses as the spec documents them. */
export const operation = extract.path.post;

export function describeErrors(validate: ValidateFunction): string {
  return ajv.errorsText(validate.errors);
}
