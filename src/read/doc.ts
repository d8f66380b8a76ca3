import { type ReadDocument, StageError } from '../record.js';
export async function readDoc(_path: string, _bytes: Uint8Array): Promise<ReadDocument> {
  throw new StageError('read/unsupported-format', 'todo');
}
