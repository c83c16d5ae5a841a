import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kvs } from '@forge/kvs';
import { KvsStore } from '../../../dev/runtime/kvs-store';
import { testClock, useKvsStore } from './fixtures/kvs-harness';

// Each test file gets its own directory, so parallel Jest workers never share a store file.
const directory = mkdtempSync(path.join(tmpdir(), 'kvs-persistence-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

let fileNumber = 0;
let file = '';
beforeEach(() => {
  fileNumber += 1;
  file = path.join(directory, `store-${fileNumber}.json`);
});

describe('a KvsStore given a file', () => {
  const clock = testClock();
  useKvsStore(() => ({ file, clock: () => clock.now }));

  it('keeps what @forge/kvs wrote for the next store opened on the same file', async () => {
    await kvs.set('draft:10100', { goal: 'Orders API' });
    await kvs.entity('draft-record').set('10100', { version: 3 });

    const reopened = new KvsStore({ file });

    expect(reopened.snapshot()).toEqual({
      kvs: { 'draft:10100': expect.objectContaining({ value: { goal: 'Orders API' } }) },
      'entity/draft-record': { '10100': expect.objectContaining({ value: { version: 3 } }) },
    });
  });

  it('persists deletes as well as writes', async () => {
    await kvs.set('draft:10100', 1);
    await kvs.delete('draft:10100');

    expect(new KvsStore({ file }).snapshot()).toEqual({});
  });

  it('does not bring back a value whose TTL passed while the store was stopped', async () => {
    await kvs.set('lock:run-1', 'held', { ttl: { value: 10, unit: 'SECONDS' } });
    clock.advance(10_000);

    expect(new KvsStore({ file, clock: () => clock.now }).snapshot()).toEqual({});
  });
});

describe('opening a KvsStore on a file', () => {
  it('starts empty when the file does not exist yet', () => {
    expect(new KvsStore({ file }).snapshot()).toEqual({});
  });

  it('refuses a file that is not a store file, naming the file', () => {
    writeFileSync(file, JSON.stringify({ hello: 'world' }));

    expect(() => new KvsStore({ file })).toThrow(`${file} is not a local KVS store file`);
  });
});
