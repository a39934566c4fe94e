/**
 * A tiny schema kit for untrusted JSON: each check returns the value typed, or throws a
 * `ShapeProblem` naming the JSON path. Throwing (caught once by the caller) keeps each check a
 * plain function; the caller turns the problem into a `Result`, so nothing escapes.
 */

/** The first problem found, with its JSON path (`$.clippings[3].metadata.title`). */
export class ShapeProblem {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {}
}

/** Validates `value` found at `path` and returns it typed (a fresh copy for objects and arrays). */
export type Check<T> = (value: unknown, path: string) => T;

/** The path of a field; odd or huge keys are quoted and cut so messages stay readable. */
export function fieldPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]{0,60}$/.test(key)) return `${path}.${key}`;
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  return `${path}[${JSON.stringify(shown)}]`;
}

/** Stops validation at the first problem. */
export function fail(path: string, problem: string): never {
  throw new ShapeProblem(path, problem);
}

/** What the value is, for messages ("expected a string, found a number"). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

/** Text of at most `max` characters, optionally also passing `valid` (which explains what it wants). */
export function str(
  max: number,
  valid?: { test: (s: string) => boolean; expected: string },
): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') return fail(path, `expected text, found ${describe(value)}`);
    if (value.length > max)
      return fail(path, `text is too long (${value.length} characters, at most ${max})`);
    if (valid && !valid.test(value)) return fail(path, `expected ${valid.expected}`);
    return value;
  };
}

/** A whole number in [min, max]. */
export function int(min: number, max: number): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value))
      return fail(path, `expected a whole number, found ${describe(value)}`);
    if (value < min || value > max)
      return fail(path, `number ${value} is out of range (${min}–${max})`);
    return value;
  };
}

/** Any finite number. */
export const finite: Check<number> = (value, path) =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : fail(path, `expected a number, found ${describe(value)}`);

/** A boolean. */
export const bool: Check<boolean> = (value, path) =>
  typeof value === 'boolean'
    ? value
    : fail(path, `expected true or false, found ${describe(value)}`);

/** One of the given strings. */
export function oneOf<T extends string>(...options: T[]): Check<T> {
  return (value, path) =>
    typeof value === 'string' && (options as string[]).includes(value)
      ? (value as T)
      : fail(path, `expected one of ${options.map((o) => `"${o}"`).join(', ')}`);
}

/** The value or null. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path) => (value === null ? null : check(value, path));
}

/** A list of at most `max` items. */
export function listOf<T>(item: Check<T>, max: number): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(path, `expected a list, found ${describe(value)}`);
    if (value.length > max) return fail(path, `too many items (${value.length}, at most ${max})`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
}

/** Marks an object field that may be absent; absent stays absent in the output. */
export interface Optional<T> {
  optional: Check<T>;
}
export const optional = <T>(check: Check<T>): Optional<T> => ({ optional: check });

/** One check per field of T; optional fields (`width?: number`) need `optional(...)`. */
export type Shape<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? Optional<Exclude<T[K], undefined>> : Check<T[K]>;
};

/** `__proto__` in JSON is an own key, harmless until someone merges the object: refuse it outright. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with exactly these fields (unknown fields are an error: a backup is checked, not guessed). */
export function object<T>(shape: Shape<T>): Check<T> {
  const fields = Object.keys(shape) as (keyof T & string)[];
  return (value, path) => {
    if (!isPlainObject(value)) return fail(path, `expected an object, found ${describe(value)}`);
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        return fail(fieldPath(path, key), `forbidden field name "${key}"`);
      if (!Object.hasOwn(shape, key)) return fail(fieldPath(path, key), 'unknown field');
    }
    const out: Partial<Record<keyof T, unknown>> = {};
    for (const key of fields) {
      const rule: Check<unknown> | Optional<unknown> = shape[key];
      const present = Object.hasOwn(value, key);
      if (typeof rule === 'function') {
        if (!present) return fail(`${path}.${key}`, 'missing field');
        out[key] = rule(value[key], `${path}.${key}`);
      } else if (present) {
        out[key] = rule.optional(value[key], `${path}.${key}`);
      }
    }
    return out as T;
  };
}

/** Adds a cross-field rule to a check. */
export function refine<T>(check: Check<T>, ok: (value: T) => boolean, problem: string): Check<T> {
  return (value, path) => {
    const checked = check(value, path);
    return ok(checked) ? checked : fail(path, problem);
  };
}

/** A value tagged by its `type` field, checked by the matching shape. */
export function tagged<T>(checks: Record<string, Check<T>>): Check<T> {
  return (value, path) => {
    const type = isPlainObject(value) ? value['type'] : undefined;
    const check =
      typeof type === 'string' && Object.hasOwn(checks, type) ? checks[type] : undefined;
    if (!check) return fail(`${path}.type`, `expected one of ${Object.keys(checks).join(', ')}`);
    return check(value, path);
  };
}

/** Any JSON value up to `maxDepth` levels, with no forbidden keys; copied into fresh objects. */
export function jsonValue(maxDepth: number): Check<unknown> {
  const walk = (value: unknown, path: string, depth: number): unknown => {
    if (depth > maxDepth) return fail(path, `nested too deeply (more than ${maxDepth} levels)`);
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number')
      return Number.isFinite(value) ? value : fail(path, 'expected a finite number');
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}[${i}]`, depth + 1));
    if (!isPlainObject(value)) return fail(path, `expected JSON data, found ${describe(value)}`);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__')
        return fail(fieldPath(path, key), 'forbidden field name "__proto__"');
      out[key] = walk(value[key], fieldPath(path, key), depth + 1);
    }
    return out;
  };
  return (value, path) => walk(value, path, 0);
}
