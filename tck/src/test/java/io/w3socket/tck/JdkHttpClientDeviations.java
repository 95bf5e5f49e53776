package io.w3socket.tck;

import java.util.List;

/**
 * The rules the JDK's {@code java.net.http.WebSocket} (17), mapped naively by {@link
 * JdkHttpClientAdapter}, breaks: the findings of running the TCK on it. {@link
 * NaiveAdapterDeviationsTest} keeps this list exact.
 */
final class JdkHttpClientDeviations {
  static final List<Deviation> LIST =
      List.of(
          // constructor and URL
          Deviation.of(
              "urlIsTheSerializedUrl",
              "java.net.URI keeps the string as given; the adapter has no WHATWG URL serializer"),
          Deviation.of("httpSchemeIsChangedToWs", "the http: URL is not changed to ws:"),
          Deviation.of("httpsSchemeIsChangedToWss", "the https: URL is not changed to wss:"),
          Deviation.of(
              "otherSchemesThrowSyntaxError",
              "buildAsync() reports a wrong scheme through the returned future: error and close, no"
                  + " exception"),
          Deviation.of("fragmentThrowsSyntaxError", "same for a fragment"),
          Deviation.of("unparsableUrlThrowsSyntaxError", "same for port 70000"),
          // protocols
          Deviation.of(
              "protocolMustBeAToken",
              "same: invalid subprotocols fail the future, nothing is thrown"),
          Deviation.of(
              "duplicateProtocolsThrowSyntaxErrorIgnoringCase", "same for duplicate subprotocols"),
          // send()
          Deviation.of(
              "loneSurrogatesAreSentAsReplacementCharacters",
              "sendText() with a lone surrogate fails its future (unmappable character): nothing is"
                  + " sent"),
          Deviation.intermittent(
              "emptyMessagesAreSent",
              "a send while the previous one is pending fails its future with"
                  + " IllegalStateException: back-to-back sends lose messages (when the first one"
                  + " did not complete at once)"),
          Deviation.intermittent(
              "messagesAreSentInOrder", "same: some of 200 back-to-back sends are lost"),
          Deviation.intermittent(
              "openMessagesAndCloseFireOnceEachInOrder",
              "same: the second send, made when the first one's echo arrives, can find the first"
                  + " still pending on a loaded machine, and is lost (so the server never closes)"),
          Deviation.intermittent(
              "sendingMoreThanSixteenMebibytesAtOnceKeepsTheConnection",
              "same: some of 20 back-to-back 1 MiB sends are lost"),
          // bufferedAmount
          Deviation.of(
              "bufferedAmountGrowsInsideSendByTheByteCount",
              "the JDK exposes no queue size: bufferedAmount is always 0"),
          Deviation.of("bufferedAmountCountsDataTheNetworkHasNotTaken", "same"),
          Deviation.of("bufferedAmountGrowsForSendsWhileClosing", "same"),
          Deviation.of("bufferedAmountIsNotResetWhenClosed", "same"),
          // close()
          Deviation.of(
              "closeCodeOutsideTheAllowedRangesThrowsInvalidAccessError",
              "sendClose() reports a bad code through its future; nothing is thrown"),
          Deviation.of("closeReasonOver123Utf8BytesThrowsSyntaxError", "same for a long reason"),
          Deviation.of("closeCodeIsCheckedBeforeTheReason", "same"),
          Deviation.of(
              "closeWithoutArgumentsSendsACloseFrameWithoutBody",
              "sendClose() always has a code; the adapter sends 1000"),
          Deviation.intermittent(
              "closeWhileConnectingFailsTheConnection",
              "cancelling the connecting future usually completes it on the calling thread: error"
                  + " fires inside close(). In some runs under load the failure callback runs on"
                  + " another thread, and the rule holds (the flake hunter saw both runs of a"
                  + " round pass it)"),
          // closing handshake
          Deviation.of(
              "noCloseAnswerBeforeTcpCloseIsReportedAs1006",
              "onClose(1006) is the JDK's report of an abnormal closure; the listener cannot tell "
                  + "clean from unclean, and the adapter says wasClean=true"),
          Deviation.of("tcpDropAfterOpenFailsTheConnection", "same"),
          Deviation.intermittent(
              "tcpDropInsideAMessageDeliversNoMessage",
              "same when the JDK reports the drop through onClose(1006); it reports it through"
                  + " onError at other times (error, then an unclean 1006: the rule holds),"
                  + " depending on where the read was when TCP ended"),
          Deviation.of(
              "messagesAreNotDeliveredOnceClosing",
              "onText/onBinary keep coming after sendClose()"),
          // events
          Deviation.intermittent(
              "closeReasonOfExactly123BytesIsAllowed",
              "onOpen can run before buildAsync's future completes, so a close() from the open"
                  + " listener may find no WebSocket yet and send nothing: no close event"),
          Deviation.intermittent(
              "sendDispatchesNoEventInsideTheCall",
              "same: some of 50 back-to-back sends are lost, so their echoes never come"),
          // failure
          Deviation.of(
              "closeFrameWithAnUnregisteredCodeIsReportedAsItIs",
              "the JDK fails the connection on a Close with code 999 (error, close 1006) where"
                  + " Chromium reports 999"),
          // binaryType
          Deviation.of(
              "invalidBinaryTypeIsIgnored",
              "binaryType is an adapter field; the straightforward setter stores any value"));

  private JdkHttpClientDeviations() {}
}
