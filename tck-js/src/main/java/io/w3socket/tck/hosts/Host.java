package io.w3socket.tck.hosts;

/** A JavaScript environment with a WebSocket that can run the JS suite. */
public interface Host {

  /** The host's id on the command line and in reports. */
  String id();

  /**
   * Runs the whole suite (or the cases whose names match {@code env.filter()}).
   *
   * @param env the test server and the suite's files
   * @return the results; never throws for a host problem, returns {@link HostResult#unavailable}
   */
  HostResult run(SuiteEnv env);
}
