package io.w3socket.testserver;

import java.util.Random;

/**
 * One network fault the {@link FaultProxy} injects into a connection, at a byte offset of one
 * direction of the stream. Derive it from a seed with {@link #random} so a failing session replays.
 *
 * @param kind what happens
 * @param toClient true for the server-to-client direction, false for client-to-server
 * @param offset how many bytes of that direction pass untouched before the fault
 * @param param the stall in milliseconds ({@link Kind#STALL}), the XOR mask 1–255 ({@link
 *     Kind#CORRUPT}), the number of bytes trickled ({@link Kind#TRICKLE}); otherwise 0
 */
public record Fault(Kind kind, boolean toClient, long offset, int param) {
  /** The kinds of fault. */
  public enum Kind {
    /** Relays faithfully. */
    NONE,
    /** Closes both connections at the offset (TCP FIN). */
    DROP_FIN,
    /** Resets both connections at the offset (SO_LINGER 0: TCP RST). */
    DROP_RST,
    /** Holds the direction's bytes for {@code param} ms at the offset, then relays them. */
    STALL,
    /** From the offset on, relays {@code param} bytes one per millisecond, then normally. */
    TRICKLE,
    /** From the offset on, relays every byte as its own flushed write (no delay). */
    SPLIT,
    /** XORs the byte at the offset with {@code param}. */
    CORRUPT,
    /** At the offset, shuts the direction down (TCP FIN one way) and discards what follows. */
    HALF_CLOSE
  }

  /**
   * A fault drawn from {@code random}: any kind, either direction, an offset below {@code
   * maxOffset}.
   *
   * @param random the source, typically {@code new Random(seed)}
   * @param maxOffset the bytes the direction is expected to carry (handshake included)
   * @return the fault
   */
  public static Fault random(Random random, long maxOffset) {
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    boolean toClient = random.nextBoolean();
    long offset = (long) (random.nextDouble() * Math.max(1, maxOffset));
    int param =
        switch (kind) {
          case STALL -> 10 + random.nextInt(300);
          case CORRUPT -> 1 + random.nextInt(255);
          case TRICKLE -> 1 + random.nextInt(300);
          default -> 0;
        };
    return new Fault(kind, toClient, offset, param);
  }

  /** True for the faults after which the connection cannot complete normally. */
  public boolean destructive() {
    return kind == Kind.DROP_FIN || kind == Kind.DROP_RST || kind == Kind.HALF_CLOSE;
  }
}
