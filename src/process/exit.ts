import { ExpectedFailure } from '../errors.ts';

/** How the server and the scripts end on a failure: an expected one prints its message alone; anything else its stack. */
export function exitOnFailure(error: unknown): never {
  console.error(error instanceof ExpectedFailure ? error.message : error);
  process.exit(1);
}
