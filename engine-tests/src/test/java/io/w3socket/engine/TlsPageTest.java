package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.util.List;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A page's {@code wss:} socket to a server whose certificate a private CA signed: the embedder
 * trusts the CA with {@link BrowserContext.Builder#trustManager}, as a browser does once the CA is
 * in its certificate store.
 */
class TlsPageTest {
  /** A CA made at run time (no key files in the tree), and a server certificate it signed. */
  private static final HeldCertificate CA =
      new HeldCertificate.Builder().certificateAuthority(0).commonName("w3socket test CA").build();

  private static final X509TrustManager TRUST_THE_CA =
      new HandshakeCertificates.Builder()
          .addTrustedCertificate(CA.certificate())
          .build()
          .trustManager();

  private static final TestServer server = TestServer.startTls(serverTls("127.0.0.1"));

  /** A server whose certificate names the host a page asks for, which the policy reroutes. */
  private static final TestServer named = TestServer.startTls(serverTls("echo.example.test"));

  private static SSLContext serverTls(String name) {
    HeldCertificate leaf =
        new HeldCertificate.Builder().signedBy(CA).addSubjectAlternativeName(name).build();
    return new HandshakeCertificates.Builder()
        .heldCertificate(leaf, CA.certificate())
        .build()
        .sslContext();
  }

  private static final String ECHO_ONCE =
      String.join(
          "\n",
          "var ws = new WebSocket(URL);",
          "ws.onopen = function () { ws.send('over TLS'); };",
          "ws.onmessage = function (e) { console.log('got ' + e.data); ws.close(1000, 'done'); };",
          "ws.onerror = function () { console.log('error ' + ws.readyState); };",
          "ws.onclose = function (e) { console.log('close ' + e.code + ' ' + e.reason + ' '"
              + " + e.wasClean + ' ' + ws.url); };");

  @AfterAll
  static void stop() {
    server.close();
    named.close();
  }

  private static Runs.Outcome echo(JsEngine engine, Consumer<BrowserContext.Builder> config) {
    return echo(engine, config, server.url("/echo"));
  }

  private static Runs.Outcome echo(
      JsEngine engine, Consumer<BrowserContext.Builder> config, String url) {
    return Runs.run(
        engine,
        config,
        c -> c.runScriptSource("var URL = '" + url + "';\n" + ECHO_ONCE, "file:///t.js"));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aPageEchoesOverTlsWhenTheEmbedderTrustsTheCa(JsEngine engine) {
    Runs.Outcome o = echo(engine, b -> b.trustManager(TRUST_THE_CA));
    // RFC 6455 §7.1.6, #feedback-from-the-protocol: both Close frames passed, so the close is
    // clean, with the code and reason the server echoed.
    assertEquals(
        List.of("got over TLS", "close 1000 done true " + server.url("/echo")),
        o.out(),
        o::toString);
    assertTrue(o.result().ok(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theTrustCoversRequestsOverHttpsToo(JsEngine engine) {
    Runs.Outcome o =
        Runs.run(
            engine,
            b -> b.trustManager(TRUST_THE_CA),
            c ->
                c.runScriptSource(
                    "fetch('"
                        + server.httpUrl("/")
                        + "').then(function (r) { console.log('fetched ' + r.status); },"
                        + " function (e) { console.log('failed ' + e); });",
                    "file:///t.js"));
    assertEquals(List.of("fetched 200"), o.out(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void withoutTheCaTheConnectionFails(JsEngine engine) {
    // WebSockets #feedback-from-the-protocol: a connection that cannot be established (RFC 6455
    // §4.1: the TLS handshake failed) fails: error, then close 1006.
    Runs.Outcome o = echo(engine, b -> {});
    assertEquals(
        List.of("error 3", "close 1006  false " + server.url("/echo")), o.out(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aReroutedHostIsVerifiedUnderThePagesName(JsEngine engine) {
    // The policy changes where TCP goes, not whom the page talks to: the certificate must name the
    // URL's host (RFC 6455 §4.1, RFC 9110 §4.3.4), here echo.example.test, not the route's target.
    String url = "wss://echo.example.test/echo";
    Runs.Outcome o = echo(engine, b -> b.trustManager(TRUST_THE_CA).network(to(named.port())), url);
    assertEquals(List.of("got over TLS", "close 1000 done true " + url), o.out(), o::toString);
    Runs.Outcome wrongName =
        echo(engine, b -> b.trustManager(TRUST_THE_CA).network(to(server.port())), url);
    assertEquals(
        List.of("error 3", "close 1006  false " + url), wrongName.out(), wrongName::toString);
  }

  /** Routes echo.example.test:443 to a local port; refuses everything else. */
  private static NetworkPolicy to(int port) {
    return (host, p) ->
        host.equals("echo.example.test") && p == 443
            ? Route.to("127.0.0.1", port)
            : Route.refused("not the test host");
  }
}
