package org.s2s4j.serve;

/** A request the server refuses: the HTTP status and a one-line reason for the client. */
final class ApiException extends RuntimeException {

  private final int status;
  private final Integer retryAfterSeconds;

  ApiException(int status, String message) {
    this(status, message, null);
  }

  ApiException(int status, String message, Integer retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  int status() {
    return status;
  }

  /** Seconds for a Retry-After header, or null. */
  Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
