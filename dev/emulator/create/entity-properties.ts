/** Entity properties on issues: key at most 255 characters, value at most 32 768 bytes of JSON. */
import { MSG } from '../jira-messages';
import { isObject } from './values';

const KEY_LIMIT = 255;
const VALUE_LIMIT_BYTES = 32768;

/** The problem with one property, or undefined when Jira would store it. */
export function propertyProblem(key: unknown, value: unknown): string | undefined {
  if (typeof key !== 'string' || key === '') return MSG.propertyKeyMissing;
  if (key.length > KEY_LIMIT) return MSG.propertyKeyTooLong;
  if (value === undefined) return MSG.invalidPayload;
  if (Buffer.byteLength(JSON.stringify(value), 'utf8') > VALUE_LIMIT_BYTES)
    return MSG.propertyValueTooLong;
  return undefined;
}

/** `properties: [{ key, value }]` of a create request; problems go to `errorMessages`. */
export function checkCreateProperties(
  value: unknown,
  errorMessages: string[],
): [string, unknown][] {
  if (!Array.isArray(value)) return [];
  const properties: [string, unknown][] = [];
  for (const item of value as unknown[]) {
    const key = isObject(item) ? item.key : undefined;
    const propertyValue = isObject(item) ? item.value : undefined;
    const problem = propertyProblem(key, propertyValue);
    if (problem !== undefined) errorMessages.push(problem);
    else properties.push([key as string, propertyValue]);
  }
  return properties;
}
