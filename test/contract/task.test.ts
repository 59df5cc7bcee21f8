import { expect } from '@open-wc/testing';
import { ApiError, defineTaskApi, type TaskControl } from '../../src/contract/index.js';
import { waitUntil } from '../wait.js';

/** A task API whose work the test drives by hand: it hears progress and ends when told. */
function manualTask() {
  const runs: { control: TaskControl<{ done: number }>; finish: (value: { answer: string }) => void; fail: (reason: string) => void }[] = [];
  const api = defineTaskApi<{ id: string }, { answer: string }, { done: number }>({
    name: 'manual',
    schema: { id: { type: 'String', required: true } },
    run: (_options, control) =>
      new Promise((resolve, reject) => runs.push({ control, finish: resolve, fail: (reason) => reject(new ApiError(reason)) })),
  });
  return { api, runs };
}

/** Collects what the kit hands to the page's reportError. */
function captureReports() {
  const errors: unknown[] = [];
  const original = globalThis.reportError;
  globalThis.reportError = (error: unknown) => errors.push(error);
  return { errors, restore: () => (globalThis.reportError = original) };
}

describe('defineTaskApi: an API that hands back a task', () => {
  it('returns the task at once with callbacks; success, then complete, once each', async () => {
    const { api, runs } = manualTask();
    const calls: string[] = [];
    const task = api({ id: 'a', success: (r) => calls.push(r.errMsg), complete: (r) => calls.push(`complete ${r.errMsg}`) });
    expect(Object.keys(task).sort()).to.deep.equal(['abort', 'offHeadersReceived', 'offProgressUpdate', 'onHeadersReceived', 'onProgressUpdate']);
    const progress: number[] = [];
    task.onProgressUpdate((p) => progress.push(p.done));
    await waitUntil(() => runs.length === 1, 'the work to start');
    runs[0].control.progress({ done: 50 });
    runs[0].finish({ answer: 'yes' });
    await waitUntil(() => calls.length === 2, 'the callbacks');
    expect(calls).to.deep.equal(['manual:ok', 'complete manual:ok']);
    expect(progress).to.deep.equal([50]);
    // Nothing is told once the call has settled.
    runs[0].control.progress({ done: 100 });
    expect(progress).to.deep.equal([50]);
  });

  it('without callbacks returns a task that is also the Promise of the result', async () => {
    const { api, runs } = manualTask();
    const task = api({ id: 'b' });
    expect(task.onHeadersReceived).to.be.a('function');
    const headers: Record<string, string>[] = [];
    task.onHeadersReceived(({ header }) => headers.push(header));
    await waitUntil(() => runs.length === 1, 'the work to start');
    runs[0].control.headers({ 'content-type': 'text/plain' });
    runs[0].finish({ answer: 'yes' });
    expect(await task).to.deep.equal({ answer: 'yes', errMsg: 'manual:ok' });
    expect(headers).to.deep.equal([{ 'content-type': 'text/plain' }]);
  });

  it('abort() fails the call with "abort" at once, whatever the work still does, and aborts its signal', async () => {
    const { api, runs } = manualTask();
    const results: string[] = [];
    const task = api({ id: 'c', fail: (r) => results.push(r.errMsg), complete: (r) => results.push(`complete ${r.errMsg}`) });
    await waitUntil(() => runs.length === 1, 'the work to start');
    task.abort();
    expect(runs[0].control.signal.aborted).to.equal(true);
    await waitUntil(() => results.length === 2, 'the callbacks');
    runs[0].finish({ answer: 'too late' });
    task.abort();
    await Promise.resolve();
    expect(results).to.deep.equal(['manual:fail abort', 'complete manual:fail abort']);
  });

  it('aborted before its work starts, and with bad options, it still fails once with a reason', async () => {
    const { api } = manualTask();
    const early = api({ id: 'd' });
    early.abort();
    expect(await early.catch((e) => e)).to.deep.equal({ errMsg: 'manual:fail abort' });
    const bad = (api as (o: unknown) => Promise<unknown>)({ id: 1 });
    expect(await bad.catch((e) => e)).to.deep.equal({ errMsg: 'manual:fail parameter error: parameter.id should be String instead of Number;' });
  });

  it('off without a listener removes them all; a listener that throws is reported and the others still hear', async () => {
    const { api, runs } = manualTask();
    const reports = captureReports();
    try {
      const task = api({ id: 'e', success: () => undefined });
      const heard: string[] = [];
      task.onProgressUpdate(() => {
        throw new Error('listener bug');
      });
      task.onProgressUpdate(() => heard.push('second'));
      await waitUntil(() => runs.length === 1, 'the work to start');
      runs[0].control.progress({ done: 1 });
      expect(heard).to.deep.equal(['second']);
      expect(reports.errors).to.have.length(1);
      task.offProgressUpdate();
      runs[0].control.progress({ done: 2 });
      expect(heard).to.deep.equal(['second']);
      runs[0].fail('done');
    } finally {
      reports.restore();
    }
  });
});
