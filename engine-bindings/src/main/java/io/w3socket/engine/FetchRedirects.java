package io.w3socket.engine;

import java.io.IOException;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Fetch #http-redirect-fetch for redirect mode "follow", as an OkHttp application interceptor on a
 * client that does not follow redirects itself (OkHttp's own rules differ: it turns a 301/302
 * {@code PUT} into a {@code GET}). The final request carries the number of redirects taken as its
 * {@link Count} tag. Stateless; runs on OkHttp's threads.
 */
final class FetchRedirects implements Interceptor {
  /** The number of redirects a response came through (a tag of its request). */
  record Count(int value) {}

  /** #redirect-status. */
  private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

  /** #request-body-header-name: dropped when a redirect turns the request into a GET. */
  private static final Set<String> BODY_HEADERS =
      Set.of("Content-Encoding", "Content-Language", "Content-Location", "Content-Type");

  /** #http-redirect-fetch step 8: the twentieth redirect is a network error. */
  static final int MAX_REDIRECTS = 20;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    for (int count = 0; ; count++) {
      Response response = chain.proceed(request);
      String location = response.header("Location");
      // #http-fetch: only a redirect status with a Location goes on
      // (#concept-response-location-url).
      if (!REDIRECT_STATUSES.contains(response.code()) || location == null) {
        return count == 0
            ? response
            : response.newBuilder().request(tagged(response.request(), count)).build();
      }
      response.close();
      // Steps 3-4: the Location, parsed against the response's URL, must be HTTP(S).
      HttpUrl next = request.url().resolve(location);
      if (next == null) {
        throw new IOException("a redirect to '" + location + "' is not an HTTP(S) URL");
      }
      // Steps 8-9: count is this request's redirect count.
      if (count == MAX_REDIRECTS) {
        throw new IOException("more than " + MAX_REDIRECTS + " redirects");
      }
      Request.Builder b = request.newBuilder().url(next);
      // Step 12: 301/302 turn a POST, 303 anything but GET/HEAD, into a body-less GET.
      int status = response.code();
      String method = request.method();
      if (((status == 301 || status == 302) && method.equals("POST"))
          || (status == 303 && !method.equals("GET") && !method.equals("HEAD"))) {
        b.method("GET", null);
        for (String h : BODY_HEADERS) {
          b.removeHeader(h);
        }
      }
      // Step 13: leaving the origin drops Authorization (a CORS non-wildcard request-header name).
      if (!sameOrigin(request.url(), next)) {
        b.removeHeader("Authorization");
      }
      request = b.build();
    }
  }

  private static Request tagged(Request request, int count) {
    return request.newBuilder().tag(Count.class, new Count(count)).build();
  }

  private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }
}
