import { afterEach, beforeEach } from 'vitest';

// An unexpected console.error is a defect: the test that caused it fails.
let errors: unknown[][] = [];
const original = console.error;

beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
    original(...args);
  };
});

afterEach(() => {
  console.error = original;
  if (errors.length > 0) {
    throw new Error(`unexpected console.error: ${errors.map((a) => a.map(String).join(' ')).join('\n')}`);
  }
});
