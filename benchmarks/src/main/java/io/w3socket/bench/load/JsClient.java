package io.w3socket.bench.load;

import io.w3socket.engine.BrowserContext;
import io.w3socket.engine.JsEngine;
import io.w3socket.engine.NetworkPolicy;
import io.w3socket.engine.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Runs {@code client.js} in w3socket's GraalJS or Nashorn binding: {@code JsClient graaljs|nashorn
 * SETTINGS_JSON}. The page's {@code measure(label)} is a {@code console.log} line that this host
 * turns into a measurement of its own JVM, taken on the page's loop thread.
 */
public final class JsClient {
  private JsClient() {}

  public static void main(String[] args) throws IOException {
    JsEngine engine = JsEngine.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
    String prelude =
        "var BENCH = "
            + args[1]
            + ";\n"
            + "function measure(label) { console.log('@@measure-request ' + label); }\n"
            + "function finish(result) { console.log('@@result ' + JSON.stringify(result)); }\n";
    String script;
    try (InputStream in = JsClient.class.getResourceAsStream("client.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    PrintStream out =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8) {
          @Override
          public void println(String line) {
            if (line.startsWith("@@measure-request ")) {
              Measure.print(line.substring("@@measure-request ".length()));
            } else {
              System.out.println(line);
              System.out.flush();
            }
          }
        };
    RunResult r =
        BrowserContext.builder()
            .engine(engine)
            .timeout(Duration.ofMinutes(10))
            .network(NetworkPolicy.DIRECT)
            .out(out)
            .build()
            .runScriptSource(prelude + script, "client.js");
    if (!r.ok()) {
      System.err.println("client.js in " + engine + ": " + r);
    }
    System.exit(r.exitCode());
  }
}
