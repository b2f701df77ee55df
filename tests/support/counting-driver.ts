import type { Driver } from 'neo4j-driver';

/**
 * Counts database round trips: every query and every transaction the server opens goes through
 * `executeQuery` or `session`, so a real driver wrapped to count those calls sees them all.
 */
export function countingDriver(driver: Driver) {
  const counter = { roundTrips: 0 };
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if ((property === 'executeQuery' || property === 'session') && typeof value === 'function') {
        return (...args: unknown[]) => {
          counter.roundTrips += 1;
          return value.apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: counted, counter };
}
