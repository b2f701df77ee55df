import { builder } from './builder.ts';
import './types/source.ts';

export const schema = builder.toSchema({ sortSchema: false });
