/**
 * An HTTP answer other than success, in Django REST Framework's shapes:
 * `{"detail": "..."}` for 401/402/404/405/415/429 and `{"field": ["message"]}` for 400.
 */
export type FieldErrors = Record<string, string[]>

/** Thrown by the registrar and the router; the server turns it into a JSON response. */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.detail === 'string' ? body.detail : `HTTP ${status}`)
  }

  /** A `{"detail": …}` error. */
  static detail(
    status: number,
    detail: string,
    headers?: Record<string, string>,
  ): SandboxHttpError {
    return new SandboxHttpError(status, { detail }, headers)
  }

  /** A 400 with field messages. */
  static fields(errors: FieldErrors): SandboxHttpError {
    return new SandboxHttpError(400, errors)
  }

  static notFound(): SandboxHttpError {
    return SandboxHttpError.detail(404, 'Not found.')
  }
}
