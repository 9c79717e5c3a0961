import type { ErrorKey, ErrorParams } from '../shared/schemas/error-keys';
import type { ErrorDetail } from '../shared/schemas/errors';

/** The stable name of a refusal and the values its wording needs (shared/schemas/error-keys.ts). */
export interface ErrorReason {
  key: ErrorKey;
  params?: ErrorParams;
}

// The handful of typed errors services throw; http/error-handler.ts maps them to HTTP in one place. Each
// class is named for the code it answers: ValidationFailed (400, validation_failed) for a request that does
// not match what the route takes, Unprocessable (422, unprocessable) for one that matches but cannot be done.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: 'bad_request' | 'validation_failed' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'payload_too_large' | 'unprocessable' | 'rate_limited',
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends AppError {
  // One answer for "absent" and "not yours", so a response never tells whether a record exists.
  constructor(what = 'record') {
    super(404, 'not_found', `${what} not found`, [], { key: 'not-found' });
  }
}
export class Unauthorized extends AppError {
  constructor(message = 'sign in first', reason: ErrorReason = { key: 'sign-in-first' }) {
    super(401, 'unauthorized', message, [], reason);
  }
}
export class Forbidden extends AppError {
  constructor(message = 'your role may not do this', reason: ErrorReason = { key: 'role-may-not' }) {
    super(403, 'forbidden', message, [], reason);
  }
}
export class Conflict extends AppError {
  constructor(message: string, details: ErrorDetail[] = [], reason?: ErrorReason) {
    super(409, 'conflict', message, details, reason);
  }
}
export class Unprocessable extends AppError {
  constructor(message: string, details: ErrorDetail[] = [], reason?: ErrorReason) {
    super(422, 'unprocessable', message, details, reason);
  }
}
export class ValidationFailed extends AppError {
  constructor(message: string, details: ErrorDetail[] = []) {
    super(400, 'validation_failed', message, details);
  }
}
export class TooManyRequests extends AppError {
  constructor(message: string, reason?: ErrorReason) {
    super(429, 'rate_limited', message, [], reason);
  }
}
