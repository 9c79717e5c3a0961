import type { ErrorDetail } from '../shared/schemas/errors';

// The handful of typed errors services throw; http/error-handler.ts maps them to HTTP in one place. Each
// class is named for the code it answers: ValidationFailed (400, validation_failed) for a request that does
// not match what the route takes, Unprocessable (422, unprocessable) for one that matches but cannot be done.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: 'bad_request' | 'validation_failed' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'payload_too_large' | 'unprocessable' | 'rate_limited',
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends AppError {
  // One answer for "absent" and "not yours", so a response never tells whether a record exists.
  constructor(what = 'record') {
    super(404, 'not_found', `${what} not found`);
  }
}
export class Unauthorized extends AppError {
  constructor(message = 'sign in first') {
    super(401, 'unauthorized', message);
  }
}
export class Forbidden extends AppError {
  constructor(message = 'your role may not do this') {
    super(403, 'forbidden', message);
  }
}
export class Conflict extends AppError {
  constructor(message: string, details: ErrorDetail[] = []) {
    super(409, 'conflict', message, details);
  }
}
export class Unprocessable extends AppError {
  constructor(message: string, details: ErrorDetail[] = []) {
    super(422, 'unprocessable', message, details);
  }
}
export class ValidationFailed extends AppError {
  constructor(message: string, details: ErrorDetail[] = []) {
    super(400, 'validation_failed', message, details);
  }
}
export class TooManyRequests extends AppError {
  constructor(message: string) {
    super(429, 'rate_limited', message);
  }
}
