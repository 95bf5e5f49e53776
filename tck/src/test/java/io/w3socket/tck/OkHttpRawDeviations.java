package io.w3socket.tck;

import java.util.List;

/**
 * The rules OkHttp's raw WebSocket (5.x), mapped naively by {@link OkHttpRawAdapter}, breaks: the
 * findings of running the TCK on it. {@link NaiveAdapterDeviationsTest} keeps this list exact.
 */
final class OkHttpRawDeviations {
  static final List<Deviation> LIST =
      List.of(
          // constructor and URL
          Deviation.of(
              "urlIsTheSerializedUrl",
              "OkHttp keeps no WHATWG URL record; the adapter can only return the string it was"
                  + " given (HttpUrl.toString() would say http:)"),
          Deviation.of("httpSchemeIsChangedToWs", "same: the http: URL is not changed to ws:"),
          Deviation.of("httpsSchemeIsChangedToWss", "same: the https: URL is not changed to wss:"),
          Deviation.of("fragmentThrowsSyntaxError", "OkHttp accepts a URL with a fragment"),
          // failure
          Deviation.of(
              "closeFrameWithAnUnregisteredCodeIsReportedAsItIs",
              "OkHttp fails the connection on a Close with code 999 (error, close 1006) where"
                  + " Chromium reports 999"),
          // binaryType
          Deviation.of(
              "invalidBinaryTypeIsIgnored",
              "binaryType is an adapter field; the straightforward setter stores any value"),
          // protocols
          Deviation.of(
              "protocolMustBeAToken",
              "protocols are a header value; OkHttp does not check them for tokens"),
          Deviation.of(
              "duplicateProtocolsThrowSyntaxErrorIgnoringCase",
              "duplicate protocols are sent as they are"),
          Deviation.of(
              "protocolNotOfferedFailsTheConnection",
              "OkHttp does not check Sec-WebSocket-Protocol against the offer: the socket opens"),
          Deviation.of(
              "protocolSelectedWhenNoneOfferedFailsTheConnection", "same: the socket opens"),
          Deviation.of("severalSelectedProtocolsFailTheConnection", "same: the socket opens"),
          Deviation.of(
              "extensionNotOfferedFailsTheConnection",
              "OkHttp fires onOpen, then closes with 1010: open and a clean close instead of error"
                  + " and close"),
          // send()
          Deviation.of(
              "sendWhileConnectingThrowsInvalidStateError",
              "send() before open is queued silently"),
          Deviation.of(
              "loneSurrogatesAreSentAsReplacementCharacters", "a lone surrogate is sent as '?'"),
          Deviation.intermittent(
              "sendingMoreThanSixteenMebibytesAtOnceKeepsTheConnection",
              "the outgoing queue is limited to 16 MiB: send() returns false and the socket closes"
                  + " with 1001 (unless the writer drained enough of the 20 x 1 MiB sent in one"
                  + " listener)"),
          // bufferedAmount
          Deviation.intermittent(
              "bufferedAmountGrowsInsideSendByTheByteCount",
              "queueSize() shrinks on OkHttp's writer thread at any time, also inside a listener"),
          Deviation.of(
              "bufferedAmountGrowsForSendsWhileClosing",
              "send() after close() returns false and queues nothing, so queueSize() does not"
                  + " grow"),
          Deviation.of("bufferedAmountIsNotResetWhenClosed", "same after the socket closed"),
          // close()
          Deviation.of(
              "closeCodeOutsideTheAllowedRangesThrowsInvalidAccessError",
              "close() accepts 1001-1003 and 1007-1014, and rejects others with"
                  + " IllegalArgumentException"),
          Deviation.of(
              "closeCodeIsCheckedBeforeTheReason",
              "close(1001, long reason) fails on the reason, not the code"),
          Deviation.of(
              "closeWhileConnectingFailsTheConnection",
              "close() while connecting is queued: the socket opens, then closes cleanly"),
          Deviation.of(
              "closeWithoutArgumentsSendsACloseFrameWithoutBody",
              "OkHttp cannot send a Close frame without a body; the adapter sends 1000"),
          // closing handshake
          Deviation.of(
              "messagesAreNotDeliveredOnceClosing", "onMessage keeps being called after close()"),
          // failure
          Deviation.of(
              "non101ResponseFailsTheConnection",
              "OkHttp follows the 302 redirect to /echo, and the socket opens"),
          Deviation.of(
              "invalidUtf8InATextMessageFailsTheConnection",
              "invalid UTF-8 is delivered with U+FFFD instead of failing the connection"),
          Deviation.of(
              "closeReasonThatIsNotUtf8FailsTheConnection",
              "an invalid UTF-8 close reason is decoded with U+FFFD and reported as a clean"
                  + " close"));

  private OkHttpRawDeviations() {}
}
