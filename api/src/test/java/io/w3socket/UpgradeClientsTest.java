package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which hosts connect without fast fallback, and that they share their pool's connections. */
class UpgradeClientsTest {
  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, true",
    "10.0.0.255, true",
    "'[::1]', true",
    "'[2001:db8::1]', true",
    "localhost, false",
    "example.com, false",
    "xn--nxasmq6b, false",
    "a1, false",
    "'', false"
  })
  void serializedIpAddressesAreRecognized(String host, boolean ip) {
    assertEquals(ip, UpgradeClients.isIpAddress(host), host);
  }

  @ParameterizedTest
  @CsvSource({"127.0.0.1", "'[::1]'"})
  void anIpAddressGetsItsPoolsClientWithoutFastFallback(String host) {
    OkHttpClient base = new OkHttpClient();
    OkHttpClient ip = UpgradeClients.forSlot(base, 7, host);
    OkHttpClient named = UpgradeClients.forSlot(base, 7, "localhost");
    assertEquals(false, ip.fastFallback(), "IP address: no fast fallback");
    assertEquals(true, named.fastFallback(), "name: fast fallback");
    assertSame(named.connectionPool(), ip.connectionPool(), "one pool per slot");
    assertSame(ip, UpgradeClients.forSlot(base, 7, host), "made once");
    assertNotSame(
        UpgradeClients.forSlot(base, 8, host).connectionPool(),
        ip.connectionPool(),
        "another slot, another pool");
  }
}
