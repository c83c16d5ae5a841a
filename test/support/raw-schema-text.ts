/**
 * What zod writes when nobody wrote a message for people: its default sentences ("Too big:
 * expected string to have <=120 characters", "Invalid input: expected number, received NaN"),
 * its v3 wording ("String must contain at most", "nonempty"), comparison operators and regex
 * sources. A message a person reads must contain none of them.
 */
const RAW = [
  /too (big|small)/i,
  /\binvalid\b/i,
  /\bexpected\b/i,
  /\breceived\b/i,
  /string must contain/i,
  /nonempty/i,
  /unrecognized key/i,
  /[<>]=/,
  /\^\[|\]\$|\\[dsw]/,
  /\bNaN\b/,
  /\bundefined\b/,
];

/** The raw schema phrases found in `messages`, as `message ← pattern` (empty when all read well). */
export function rawSchemaText(messages: readonly string[]): string[] {
  return messages.flatMap((message) =>
    RAW.filter((pattern) => pattern.test(message)).map(
      (pattern) => `${message} ← ${String(pattern)}`,
    ),
  );
}
