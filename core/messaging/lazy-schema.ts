/**
 * A schema (or any object) built on first use, standing in for it until then.
 *
 * The content script starts on every page it matches, in one task; building
 * every zod schema of the protocol there (the review queue's, the options
 * page's) took most of that task. Wrapped schemas are built when a message
 * of theirs is first sent or received instead. Property reads, `in`,
 * `instanceof` and key listing all reach the built schema, so zod composes
 * and parses it as usual.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = real();
      return Reflect.get(target, key, target);
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // The stand-in's own (empty) target has none of these keys, so a proxy may only report them as configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
