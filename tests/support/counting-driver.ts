import type { Driver, Session } from 'neo4j-driver';

/**
 * Counts database round trips: every query and every transaction the server opens goes through
 * `executeQuery` or `session`, so a real driver wrapped to count those calls sees them all. It
 * also keeps the text of each statement run in a session (`statements`), to see what was read.
 */
export function countingDriver(driver: Driver) {
  const counter = { roundTrips: 0, statements: [] as string[] };
  const recording = (session: Session) =>
    wrapping(session, ['run'], (run, [cypher, ...rest]) => {
      if (typeof cypher === 'string') counter.statements.push(cypher);
      return run(cypher, ...rest);
    });
  const counted = wrapping(driver, ['executeQuery', 'session'], (call, args, name) => {
    counter.roundTrips += 1;
    const result = call(...args);
    return name === 'session' ? recording(result as Session) : result;
  });
  return { driver: counted, counter };
}

/** `target` with its methods named in `names` going through `wrap`; its other methods bound as they are. */
function wrapping<T extends object>(
  target: T,
  names: readonly string[],
  wrap: (method: (...args: unknown[]) => unknown, args: unknown[], name: string) => unknown,
): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      const bound = value.bind(object);
      return typeof property === 'string' && names.includes(property)
        ? (...args: unknown[]) => wrap(bound, args, property)
        : bound;
    },
  });
}
