package org.hubops.api.operations;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AsyncAppenderBase;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hubops.api.access.Secrets;
import org.hubops.api.access.SessionCookie;
import org.slf4j.LoggerFactory;

/**
 * No log line shows a credential, whatever level a logger is at: Jetty, at DEBUG, prints every
 * request's headers and raw bytes, and with them {@code Authorization: Bearer …} and the session
 * cookie. Every appender's layout is wrapped at start-up, so the masking does not depend on the
 * configuration naming a special layout; what it masks:
 *
 * <ul>
 *   <li>the value of an {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie} or
 *       {@code Set-Cookie} header, to the end of its line;
 *   <li>anything after {@code Bearer } or {@code Basic }, an API token ({@code hubops_…}) and the
 *       session cookie's value wherever they stand;
 *   <li>the content of a raw buffer as Jetty prints it ({@code <<<…>>>}), whose bytes may hold a
 *       header cut in two, where the rules above could not see it.
 * </ul>
 */
public final class LogMasking {

  static final String MASK = "***";

  private static final List<Pattern> HIDE_TO_END_OF_LINE =
      List.of(
          Pattern.compile(
              "(?i)\\b((?:proxy-)?authorization|cookie|set-cookie)(\\s*[:=]\\s*)[^\\r\\n]+"),
          Pattern.compile("(?s)(<<<)()(.*?)(?:>>>|$)"));

  private static final List<Pattern> HIDE_VALUE =
      List.of(
          Pattern.compile("(?i)\\b(bearer|basic)(\\s+)[^\\s,;\"'}\\]]+"),
          Pattern.compile("(" + Pattern.quote(SessionCookie.NAME) + ")(\\s*=\\s*)[^;,\\s\"']+"),
          Pattern.compile("()()\\b" + Pattern.quote(Secrets.TOKEN_PREFIX) + "[A-Za-z0-9_-]{8,}"));

  private LogMasking() {}

  /** {@code text} with every credential replaced by {@value #MASK}. */
  static String mask(String text) {
    String masked = text;
    for (Pattern pattern : HIDE_TO_END_OF_LINE) {
      masked = replace(pattern, masked, true);
    }
    for (Pattern pattern : HIDE_VALUE) {
      masked = replace(pattern, masked, false);
    }
    return masked;
  }

  private static String replace(Pattern pattern, String text, boolean closeBuffer) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    do {
      String closing = closeBuffer && "<<<".equals(matcher.group(1)) ? ">>>" : "";
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + MASK + closing));
    } while (matcher.find());
    matcher.appendTail(out);
    return out.toString();
  }

  /** Wraps the layout of every appender of the service's logging in one that masks. */
  public static void install() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    for (Logger logger : context.getLoggerList()) {
      for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
        wrap(it.next());
      }
    }
  }

  private static void wrap(Appender<ILoggingEvent> appender) {
    if (appender instanceof AsyncAppenderBase<ILoggingEvent> async) {
      for (Iterator<Appender<ILoggingEvent>> it = async.iteratorForAppenders(); it.hasNext(); ) {
        wrap(it.next());
      }
    } else if (appender instanceof OutputStreamAppender<ILoggingEvent> stream) {
      Encoder<ILoggingEvent> encoder = stream.getEncoder();
      if (encoder instanceof LayoutWrappingEncoder<ILoggingEvent> wrapping
          && !(wrapping.getLayout() instanceof Masked)) {
        Masked masked = new Masked(wrapping.getLayout());
        masked.setContext(wrapping.getContext());
        masked.start();
        wrapping.setLayout(masked);
      }
    }
  }

  /** A layout that writes what another writes, credentials masked. */
  private static final class Masked extends LayoutBase<ILoggingEvent> {

    private final Layout<ILoggingEvent> layout;

    Masked(Layout<ILoggingEvent> layout) {
      this.layout = layout;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
      return mask(layout.doLayout(event));
    }

    @Override
    public String getContentType() {
      return layout.getContentType();
    }

    @Override
    public String getFileHeader() {
      return layout.getFileHeader();
    }

    @Override
    public String getPresentationHeader() {
      return layout.getPresentationHeader();
    }

    @Override
    public String getFileFooter() {
      return layout.getFileFooter();
    }

    @Override
    public String getPresentationFooter() {
      return layout.getPresentationFooter();
    }
  }
}
