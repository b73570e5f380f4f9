package org.hubops.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A village's connection between the browser and the service: a TCP relay on 127.0.0.1 that can be
 * cut (every connection refused or dropped) and can drop the answer to a chosen session form post
 * after the service has received it, as a line does that fails mid-answer. DevTools' network
 * emulation takes the page offline; this takes the service worker's own requests offline too.
 */
final class Line implements AutoCloseable {

  private static final byte[] SESSION_POST = "POST /hubs/".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket server;
  private final int target;
  private final AtomicBoolean up = new AtomicBoolean(true);
  private final AtomicInteger postsBeforeDrop = new AtomicInteger(-1);
  private final AtomicInteger posts = new AtomicInteger();

  private Line(ServerSocket server, int target) {
    this.server = server;
    this.target = target;
    Thread accepting = new Thread(this::accept, "line-accept");
    accepting.setDaemon(true);
    accepting.start();
  }

  /** A line to the service at {@code base} (http://host:port). */
  static Line to(String base) {
    try {
      int port = Integer.parseInt(base.replaceAll(".*:(\\d+).*", "$1"));
      return new Line(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  void down() {
    up.set(false);
  }

  void up() {
    up.set(true);
  }

  /** The answer to the {@code n}th session form post from now on is lost on the way back. */
  void dropAnswerToPost(int n) {
    posts.set(0);
    postsBeforeDrop.set(n);
  }

  /** Session form posts that reached the service. */
  int posts() {
    return posts.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket browser = server.accept();
        if (!up.get()) {
          browser.close();
          continue;
        }
        Socket service = new Socket(InetAddress.getLoopbackAddress(), target);
        AtomicBoolean dropAnswer = new AtomicBoolean(false);
        relay(browser, service, true, dropAnswer);
        relay(service, browser, false, dropAnswer);
      } catch (IOException e) {
        // closed, or the service refused: the browser sees a failed request, as on a bad line
      }
    }
  }

  private void relay(Socket from, Socket to, boolean asking, AtomicBoolean dropAnswer) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                  if (!up.get()) {
                    break;
                  }
                  if (!asking && dropAnswer.get()) {
                    // A few bytes of the answer, then nothing: Chromium cannot quietly resend
                    // the post as it does when a reused connection closes before any answer.
                    out.write(buffer, 0, Math.min(n, 5));
                    out.flush();
                    break;
                  }
                  if (asking && startsWith(buffer, n, SESSION_POST) && isSessionPost(buffer, n)) {
                    int count = posts.incrementAndGet();
                    dropAnswer.set(count == postsBeforeDrop.get());
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed: close the other below
              } finally {
                close(from);
                close(to);
              }
            },
            "line-relay");
    thread.setDaemon(true);
    thread.start();
  }

  private static boolean isSessionPost(byte[] buffer, int n) {
    String head = new String(buffer, 0, Math.min(n, 200), StandardCharsets.US_ASCII);
    return head.matches("(?s)POST /hubs/[0-9a-f-]{36}/sessions HTTP.*");
  }

  private static boolean startsWith(byte[] buffer, int n, byte[] prefix) {
    if (n < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buffer[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
