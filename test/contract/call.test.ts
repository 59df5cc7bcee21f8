import { expect } from '@open-wc/testing';
import { ApiError, defineApi } from '../../src/contract/index.js';
import type { FailResult } from '../../src/contract/index.js';

interface EchoOptions {
  text: string;
  times?: number;
  mode?: 'ok' | 'fail' | 'throw';
}

/** A tiny API built on the contract, so each rule is checked on its own. */
const echo = defineApi<EchoOptions, { echoed: string }>({
  name: 'echo',
  schema: {
    text: { type: 'String', required: true },
    times: { type: 'Number' },
    mode: { type: 'String' },
  },
  run({ text, times = 1, mode = 'ok' }) {
    if (mode === 'fail') throw new ApiError('something went wrong');
    if (mode === 'throw') throw new TypeError('boom');
    return { echoed: text.repeat(times) };
  },
});

const listParam = defineApi<{ list: unknown[]; current?: string | number }, object>({
  name: 'listParam',
  schema: {
    list: { type: 'Array', required: true, expect: (v: unknown[]) => (v.length ? undefined : 'non-empty Array') },
    current: { type: ['String', 'Number'] },
  },
  run: () => ({}),
});

/** Calls with callbacks and collects what each one received, in order. */
function withCallbacks(options: Record<string, unknown>) {
  const calls: Array<[string, unknown]> = [];
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const returned = (echo as (o: unknown) => unknown)({
    ...options,
    success: (r: unknown) => calls.push(['success', r]),
    fail: (r: unknown) => calls.push(['fail', r]),
    complete: (r: unknown) => {
      calls.push(['complete', r]);
      done();
    },
  });
  return { calls, finished, returned };
}

/** Collects what the kit hands to the page's reportError (instead of an uncaught error). */
function captureReportError() {
  const original = globalThis.reportError;
  const errors: unknown[] = [];
  globalThis.reportError = (error: unknown) => errors.push(error);
  return { errors, restore: () => (globalThis.reportError = original) };
}

async function failOf(promise: Promise<unknown> | undefined): Promise<FailResult> {
  try {
    await promise;
  } catch (error) {
    return error as FailResult;
  }
  throw new Error('expected the call to fail');
}

describe('the call contract', () => {
  let unhandled: PromiseRejectionEvent[] = [];
  const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e);
  beforeEach(() => {
    unhandled = [];
    window.addEventListener('unhandledrejection', onUnhandled);
  });
  afterEach(() => window.removeEventListener('unhandledrejection', onUnhandled));

  describe('Promise style, when no callback is passed', () => {
    it('resolves with the success result and errMsg "<api>:ok"', async () => {
      const result = await echo({ text: 'hi', times: 2 });
      expect(result).to.deep.equal({ echoed: 'hihi', errMsg: 'echo:ok' });
    });

    it('rejects with an object carrying "<api>:fail <reason>"', async () => {
      const failure = await failOf(echo({ text: 'x', mode: 'fail' }));
      expect(failure).to.deep.equal({ errMsg: 'echo:fail something went wrong' });
    });

    it('turns an unexpected throw inside the API into a fail with its message', async () => {
      const failure = await failOf(echo({ text: 'x', mode: 'throw' }));
      expect(failure.errMsg).to.equal('echo:fail boom');
    });

    it('treats callbacks that are not functions as absent', async () => {
      const result = await (echo as (o: unknown) => Promise<unknown>)({ text: 'a', success: 'nope' });
      expect(result).to.deep.equal({ echoed: 'a', errMsg: 'echo:ok' });
    });
  });

  describe('callback style, when any callback is passed', () => {
    it('returns undefined and calls success then complete with the same object', async () => {
      const { calls, finished, returned } = withCallbacks({ text: 'a' });
      expect(returned).to.equal(undefined);
      await finished;
      expect(calls.map(([name]) => name)).to.deep.equal(['success', 'complete']);
      expect(calls[0][1]).to.equal(calls[1][1]);
      expect(calls[0][1]).to.deep.equal({ echoed: 'a', errMsg: 'echo:ok' });
    });

    it('calls fail then complete on failure, and leaves no rejected Promise behind', async () => {
      const { calls, finished } = withCallbacks({ text: 'a', mode: 'fail' });
      await finished;
      await new Promise((r) => setTimeout(r, 50));
      expect(calls.map(([name]) => name)).to.deep.equal(['fail', 'complete']);
      expect(calls[0][1]).to.deep.equal({ errMsg: 'echo:fail something went wrong' });
      expect(unhandled).to.have.length(0);
    });

    it('works with only complete, only success or only fail', async () => {
      const cases = [
        ['success', 'ok', { echoed: 'z', errMsg: 'echo:ok' }],
        ['fail', 'fail', { errMsg: 'echo:fail something went wrong' }],
        ['complete', 'ok', { echoed: 'z', errMsg: 'echo:ok' }],
        ['complete', 'fail', { errMsg: 'echo:fail something went wrong' }],
      ] as const;
      for (const [only, mode, expected] of cases) {
        const seen = await new Promise<unknown>((resolve) => {
          const returned = (echo as (o: unknown) => unknown)({ text: 'z', mode, [only]: resolve });
          expect(returned, only).to.equal(undefined);
        });
        expect(seen, `${only} of ${mode}`).to.deep.equal(expected);
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).to.have.length(0);
    });

    it('runs complete exactly once, even when success throws, and reports the throw', async () => {
      const reported = captureReportError();
      let completes = 0;
      const boom = new Error('from user code');
      await new Promise<void>((resolve) => {
        echo({
          text: 'a',
          success: () => {
            throw boom;
          },
          complete: () => {
            completes++;
            resolve();
          },
        });
      });
      await new Promise((r) => setTimeout(r, 50));
      reported.restore();
      expect(completes).to.equal(1);
      expect(reported.errors).to.deep.equal([boom]);
      expect(unhandled).to.have.length(0);
    });

    it('keeps going when fail and complete both throw: each is reported, the kit is unharmed', async () => {
      const reported = captureReportError();
      echo({
        text: 'a',
        mode: 'fail',
        fail: () => {
          throw new Error('fail threw');
        },
        complete: () => {
          throw new Error('complete threw');
        },
      });
      await new Promise((r) => setTimeout(r, 50));
      reported.restore();
      expect(reported.errors.map((e) => (e as Error).message)).to.deep.equal(['fail threw', 'complete threw']);
      // The next call still works.
      expect(await echo({ text: 'b' })).to.deep.equal({ echoed: 'b', errMsg: 'echo:ok' });
      expect(unhandled).to.have.length(0);
    });

    it('calls back asynchronously, also for parameter errors', async () => {
      let called = false;
      (echo as (o: unknown) => void)({ text: 1, fail: () => (called = true) });
      expect(called).to.equal(false);
      await new Promise((r) => setTimeout(r, 0));
      expect(called).to.equal(true);
    });
  });

  describe('options', () => {
    it('treats undefined as {} (a missing required parameter is then reported)', async () => {
      const failure = await failOf((echo as () => Promise<unknown>)());
      expect(failure.errMsg).to.equal('echo:fail parameter error: parameter.text should be String instead of Undefined;');
    });

    const nonObjects: Array<[string, unknown]> = [
      ['String', 'text'],
      ['Number', 42],
      ['Boolean', true],
      ['Array', [1]],
      ['Function', () => 0],
      ['Null', null],
    ];
    for (const [type, value] of nonObjects) {
      it(`fails a ${type} instead of an options object`, async () => {
        const failure = await failOf((echo as (o: unknown) => Promise<unknown>)(value));
        expect(failure.errMsg).to.equal(`echo:fail parameter error: parameter should be Object instead of ${type};`);
      });
    }

    const wrongText: Array<[string, unknown]> = [
      ['Number', 1],
      ['Boolean', false],
      ['Array', []],
      ['Object', {}],
      ['Function', () => 0],
      ['Undefined', undefined],
      ['Null', null],
    ];
    for (const [type, value] of wrongText) {
      it(`names ${type} exactly when a String parameter gets one`, async () => {
        const failure = await failOf((echo as (o: unknown) => Promise<unknown>)({ text: value }));
        expect(failure.errMsg).to.equal(`echo:fail parameter error: parameter.text should be String instead of ${type};`);
      });
    }

    it('checks optional parameters only when given', async () => {
      const failure = await failOf((echo as (o: unknown) => Promise<unknown>)({ text: 'a', times: '2' }));
      expect(failure.errMsg).to.equal('echo:fail parameter error: parameter.times should be Number instead of String;');
    });

    it('names several accepted types with "or"', async () => {
      const failure = await failOf((listParam as (o: unknown) => Promise<unknown>)({ list: [1], current: true }));
      expect(failure.errMsg).to.equal(
        'listParam:fail parameter error: parameter.current should be String or Number instead of Boolean;',
      );
      expect(await listParam({ list: [1], current: 0 })).to.deep.equal({ errMsg: 'listParam:ok' });
    });

    it('reports a value of the right type but wrong content with its expectation', async () => {
      const failure = await failOf(listParam({ list: [] }));
      expect(failure.errMsg).to.equal(
        'listParam:fail parameter error: parameter.list should be non-empty Array instead of empty Array;',
      );
    });

    it('passes parameter errors to fail and complete when callbacks are used', async () => {
      const { calls, finished } = withCallbacks({ text: 3 });
      await finished;
      expect(calls.map(([n]) => n)).to.deep.equal(['fail', 'complete']);
      expect(calls[0][1]).to.deep.equal({
        errMsg: 'echo:fail parameter error: parameter.text should be String instead of Number;',
      });
    });
  });
});
