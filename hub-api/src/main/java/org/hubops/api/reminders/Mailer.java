package org.hubops.api.reminders;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Sends plain-text UTF-8 e-mail through the configured SMTP server (Jakarta Mail, Angus). */
final class Mailer {

  /** Long enough for a slow relay, short enough that a dead one does not hold the job. */
  private static final String TIMEOUT_MS = "20000";

  private final Session session;
  private final InternetAddress from;

  Mailer(RemindersConfiguration config) {
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", config.getSmtpHost());
    props.put("mail.smtp.port", Integer.toString(config.getSmtpPort()));
    props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    props.put("mail.smtp.timeout", TIMEOUT_MS);
    props.put("mail.smtp.writetimeout", TIMEOUT_MS);
    if (config.isStartTls()) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    }
    Authenticator authenticator = null;
    if (config.getUsername() != null && !config.getUsername().isBlank()) {
      props.put("mail.smtp.auth", "true");
      String user = config.getUsername();
      String password = config.getPassword() == null ? "" : config.getPassword();
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          };
    }
    this.session = Session.getInstance(props, authenticator);
    try {
      this.from = new InternetAddress(config.getFrom(), true);
    } catch (MessagingException e) {
      throw new IllegalArgumentException("reminders.from is not an e-mail address", e);
    }
  }

  void send(String to, String subject, String text) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(from);
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(text, StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    Transport.send(message);
  }
}
