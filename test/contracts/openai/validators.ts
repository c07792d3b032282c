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
ajv.addSchema({ $id: DOCUMENT_ID, ...(withoutNullable(extract) as object) });

/**
 * A few schemas still carry OpenAPI 3.0's `nullable`, which means nothing in
 * 3.1 (null is spelled as a type there) and which Ajv rejects next to a
 * type-less `anyOf`; it is dropped at load time, the extract stays unchanged.
 */
function withoutNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutNullable);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'nullable' && typeof value === 'boolean'))
      .map(([key, value]) => [key, withoutNullable(value)]),
  );
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
