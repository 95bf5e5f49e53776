package io.w3socket.engine;

import java.util.Collections;
import java.util.List;

/** How a run of a page or script ended. */
public final class RunResult {
  /** The kinds of ending, each with its process exit status. */
  public enum Status {
    /** Nothing was left to do and no script error happened. Exit status 0. */
    OK(0),
    /** A script failed to compile or threw an uncaught exception. Exit status 1. */
    SCRIPT_ERROR(1),
    /** The page or script could not be loaded, or the click found no element. Exit status 2. */
    LOAD_ERROR(2),
    /** The run did not finish within the timeout. Exit status 3. */
    TIMEOUT(3);

    private final int exitCode;

    Status(int exitCode) {
      this.exitCode = exitCode;
    }

    /** The process exit status for this ending. */
    public int exitCode() {
      return exitCode;
    }
  }

  private final Status status;
  private final String message;
  private final List<String> errors;

  RunResult(Status status, String message, List<String> errors) {
    this.status = status;
    this.message = message;
    this.errors = Collections.unmodifiableList(errors);
  }

  /** How the run ended. */
  public Status status() {
    return status;
  }

  /** True when the run ended with {@link Status#OK}. */
  public boolean ok() {
    return status == Status.OK;
  }

  /** The process exit status: 0 on success, non-zero otherwise. */
  public int exitCode() {
    return status.exitCode();
  }

  /** A one-line reason for a failure ("page.html:12: ReferenceError: x is not defined"), or "". */
  public String message() {
    return message;
  }

  /** Every script error reported during the run, in order, one line each. */
  public List<String> errors() {
    return errors;
  }

  @Override
  public String toString() {
    return status + (message.isEmpty() ? "" : ": " + message);
  }
}
