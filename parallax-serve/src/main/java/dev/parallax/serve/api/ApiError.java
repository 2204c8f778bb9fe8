package dev.parallax.serve.api;

/**
 * A request the API refuses: the HTTP status and a message for the client, which names the
 * parameter or field at fault.
 */
public final class ApiError extends RuntimeException {
  private final int status;

  public ApiError(int status, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an error (400..599): " + status);
    }
    this.status = status;
  }

  public static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  public int status() {
    return status;
  }
}
