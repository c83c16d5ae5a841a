/**
 * Holds requests and responses to Atlassian's OpenAPI document with Ajv. OpenAPI 3.0 schemas are
 * JSON Schema plus `nullable`, `readOnly`/`writeOnly` and some formats; a request must not carry
 * `readOnly` properties and a response must not carry `writeOnly` ones.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { coerceQueryParameter } from './query-coercion';
import { openApiDocument, type JsonSchema, type OpenApiOperation } from './openapi-document';

const DOC_ID = 'jira-openapi.json';

/** Formats the spec uses that neither Ajv nor ajv-formats define; they are not checked. */
const UNCHECKED_FORMATS = ['url'];

function createAjv(forbidden: 'readOnly' | 'writeOnly'): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of UNCHECKED_FORMATS) ajv.addFormat(format, true);
  // Ajv knows readOnly/writeOnly as annotations only; here one of them means "must be absent".
  ajv.removeKeyword(forbidden);
  ajv.addKeyword({
    keyword: forbidden,
    schemaType: 'boolean',
    validate: (flag: boolean) => !flag,
    error: { message: `must not be present (${forbidden} in the spec)` },
  });
  const doc = openApiDocument();
  ajv.addSchema({ components: doc.components, paths: doc.paths }, DOC_ID);
  return ajv;
}

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function describe(errors: ErrorObject[] | null | undefined, dataVar: string): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((e) => `${dataVar}${e.instancePath} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

export type RequestCheck =
  { ok: true; query: Record<string, unknown> } | { ok: false; message: string; detail: string };

export interface RequestInput {
  query: URLSearchParams;
  /** `undefined` when the request had no body. */
  body: unknown;
}

/** One spec operation with its validators compiled. */
export class OperationValidator {
  private bodyValidator: ValidateFunction | undefined;
  private readonly responseValidators = new Map<string, ValidateFunction>();

  constructor(
    private readonly validators: SpecValidator,
    private readonly pointer: string,
    private readonly operation: OpenApiOperation,
  ) {}

  checkRequest(input: RequestInput, invalidPayloadMessage: string): RequestCheck {
    const query: Record<string, unknown> = {};
    for (const parameter of this.operation.parameters ?? []) {
      if (parameter.in !== 'query') continue;
      const raw = input.query.getAll(parameter.name);
      if (raw.length === 0) {
        if (parameter.required) return this.badQuery(`Parameter '${parameter.name}' is required.`);
        continue;
      }
      const coerced = coerceQueryParameter(parameter, raw);
      if (!coerced.ok)
        return this.badQuery(`Invalid value for parameter '${parameter.name}': ${coerced.reason}.`);
      const schema = parameter.schema ?? {};
      const validate = this.validators.compileInline(schema, 'request');
      if (!validate(coerced.value)) {
        const max = schema.maximum;
        const message =
          typeof max === 'number' && typeof coerced.value === 'number' && coerced.value > max
            ? `Parameter '${parameter.name}' must not exceed the limit '${max}'`
            : `Invalid value for parameter '${parameter.name}': ${describe(validate.errors, parameter.name)}.`;
        return this.badQuery(message);
      }
      query[parameter.name] = coerced.value;
    }
    const requestBody = this.operation.requestBody;
    if (requestBody?.content?.['application/json']?.schema) {
      if (input.body === undefined) {
        if (requestBody.required)
          return {
            ok: false,
            message: invalidPayloadMessage,
            detail: 'the request body is required',
          };
      } else {
        this.bodyValidator ??= this.validators.compileAt(
          `${this.pointer}/requestBody/content/application~1json/schema`,
          'request',
        );
        if (!this.bodyValidator(input.body)) {
          return {
            ok: false,
            message: invalidPayloadMessage,
            detail: describe(this.bodyValidator.errors, 'body'),
          };
        }
      }
    }
    return { ok: true, query };
  }

  /** Spec violations of one response (empty when it conforms). */
  checkResponse(status: number, body: unknown): string[] {
    const declared = this.operation.responses[String(status)];
    const schema = declared?.content?.['application/json']?.schema;
    if (status < 400 && declared === undefined)
      return [`status ${status} is not declared by the spec`];
    if (schema !== undefined) {
      if (body === undefined) {
        return Object.keys(schema).length === 0
          ? []
          : [`status ${status} has no body but the spec declares one`];
      }
      const key = String(status);
      let validate = this.responseValidators.get(key);
      if (!validate) {
        validate = this.validators.compileAt(
          `${this.pointer}/responses/${key}/content/application~1json/schema`,
          'response',
        );
        this.responseValidators.set(key, validate);
      }
      return validate(body) ? [] : [describe(validate.errors, 'body')];
    }
    if (status >= 400) {
      // The spec leaves many error bodies undescribed; Jira answers them as an ErrorCollection.
      const validate = this.validators.errorCollection();
      return validate(body)
        ? []
        : [`error body is not an ErrorCollection: ${describe(validate.errors, 'body')}`];
    }
    return body === undefined ? [] : [`status ${status} has a body but the spec declares none`];
  }

  private badQuery(message: string): RequestCheck {
    return { ok: false, message, detail: message };
  }
}

export class SpecValidator {
  private readonly requestAjv = createAjv('readOnly');
  private readonly responseAjv = createAjv('writeOnly');
  private readonly operations = new Map<string, OperationValidator>();
  private errorCollectionValidator: ValidateFunction | undefined;

  /** The operation `method template` (e.g. `post`, `/rest/api/3/issue/bulk`); throws if the
   * spec has no such operation, because a route the spec does not know is a bug in the emulator. */
  operation(method: string, template: string): OperationValidator {
    const id = `${method.toLowerCase()} ${template}`;
    let validator = this.operations.get(id);
    if (!validator) {
      const operation = openApiDocument().paths[template]?.[method.toLowerCase()];
      if (!operation) throw new Error(`the Jira spec has no operation ${id}`);
      validator = new OperationValidator(
        this,
        `/paths/${escapePointer(template)}/${method.toLowerCase()}`,
        operation,
      );
      this.operations.set(id, validator);
    }
    return validator;
  }

  compileAt(pointer: string, direction: 'request' | 'response'): ValidateFunction {
    const ajv = direction === 'request' ? this.requestAjv : this.responseAjv;
    return ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
  }

  compileInline(schema: JsonSchema, direction: 'request' | 'response'): ValidateFunction {
    const ajv = direction === 'request' ? this.requestAjv : this.responseAjv;
    return ajv.compile(schema);
  }

  /** A validator for any schema of `#/components/schemas`, in the response direction. */
  componentSchema(name: string): ValidateFunction {
    return this.compileAt(`/components/schemas/${name}`, 'response');
  }

  errorCollection(): ValidateFunction {
    this.errorCollectionValidator ??= this.componentSchema('ErrorCollection');
    return this.errorCollectionValidator;
  }
}

let shared: SpecValidator | undefined;

/** One validator per process: compiling is the slow part and the spec never changes. */
export function specValidator(): SpecValidator {
  shared ??= new SpecValidator();
  return shared;
}
