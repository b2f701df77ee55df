import type { Driver, Session } from 'neo4j-driver';

/**
 * Counts database round trips: every query and every transaction the server opens goes through
 * `executeQuery` or `session`, so a real driver wrapped to count those calls sees them all. It
 * also keeps the text of each statement run in a session (`statements`), to see what was read.
 */
export function countingDriver(driver: Driver) {
  const counter = { roundTrips: 0, statements: [] as string[] };
  const recording = (session: Session) =>
    new Proxy(session, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property === 'run' && typeof value === 'function')
          return (cypher: unknown, ...rest: unknown[]) => {
            if (typeof cypher === 'string') counter.statements.push(cypher);
            return value.apply(target, [cypher, ...rest]);
          };
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if ((property === 'executeQuery' || property === 'session') && typeof value === 'function') {
        return (...args: unknown[]) => {
          counter.roundTrips += 1;
          const result = value.apply(target, args);
          return property === 'session' ? recording(result as Session) : result;
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: counted, counter };
}
