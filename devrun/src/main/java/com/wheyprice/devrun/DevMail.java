package com.wheyprice.devrun;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The development mail server: a real SMTP server (GreenMail) that keeps every message the
 * suite sends, and an inbox at {@code http://localhost:<port>}: a page listing the messages, and
 * {@code GET /api/messages}, the same as JSON ({@code [{"to", "subject", "text", "html",
 * "receivedAt", "messageId", "listUnsubscribe"}]}, newest first). {@code DELETE /api/messages} empties it.
 * Nothing leaves the machine.
 */
final class DevMail implements AutoCloseable {

    /** GreenMail's loggers, held so java.util.logging keeps their level: its start-up chatter would bury the launcher's summary. */
    private static final Logger GREENMAIL_LOG = Logger.getLogger("com.icegreen");

    private final GreenMail smtp;
    private final HttpServer inbox;

    /** One message as the inbox shows it. */
    record Received(List<String> to, String subject, String text, String html, Date receivedAt, String messageId, List<String> unsubscribe) {
    }

    DevMail(int smtpPort, int inboxPort) throws IOException {
        GREENMAIL_LOG.setLevel(Level.WARNING);
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        inbox = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), inboxPort), 16);
        inbox.createContext("/api/messages", this::messages);
        inbox.createContext("/", this::page);
        inbox.start();
    }

    String inboxUrl() {
        return "http://localhost:" + inbox.getAddress().getPort();
    }

    int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    /** Every message received so far, newest first. */
    List<Received> received() throws MessagingException, IOException {
        List<Received> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Address[] recipients = message.getAllRecipients();
            messages.add(new Received(recipients == null ? List.of() : Arrays.stream(recipients).map(Address::toString).toList(),
                    message.getSubject(), part(message, "text/plain"), part(message, "text/html"), message.getReceivedDate(),
                    message.getMessageID(), headers(message, "List-Unsubscribe")));
        }
        Collections.reverse(messages);
        return messages;
    }

    private void messages(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("DELETE".equals(exchange.getRequestMethod())) {
                smtp.purgeEmailFromAllMailboxes();
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            String body = received().stream().map(DevMail::json).collect(Collectors.joining(",", "[", "]"));
            send(exchange, 200, "application/json", body);
        } catch (MessagingException | FolderException | IOException | RuntimeException e) {
            send(exchange, 500, "text/plain", "could not read the mailbox: " + e.getMessage());
        }
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dev mail</title></head><body>")
                    .append("<h1>Development mail</h1><p>Every message the suite sent; nothing left this machine. JSON: <a href=\"/api/messages\">/api/messages</a></p>");
            for (Received message : received()) {
                html.append("<hr><h2>").append(escape(message.subject())).append("</h2><p>to ").append(escape(String.join(", ", message.to())))
                        .append(" at ").append(message.receivedAt() == null ? "" : message.receivedAt().toInstant()).append("</p><pre>")
                        .append(escape(message.text())).append("</pre>");
            }
            send(exchange, 200, "text/html; charset=utf-8", html.append("</body></html>").toString());
        } catch (MessagingException | RuntimeException e) {
            send(exchange, 500, "text/plain", "could not read the mailbox: " + e.getMessage());
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> headers(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null ? List.of() : List.of(values);
    }

    private static String json(Received message) {
        return "{\"to\":" + string(String.join(", ", message.to())) + ",\"subject\":" + string(message.subject()) + ",\"text\":" + string(message.text())
                + ",\"html\":" + string(message.html()) + ",\"receivedAt\":"
                + string(message.receivedAt() == null ? null : message.receivedAt().toInstant().toString()) + ",\"messageId\":"
                + string(message.messageId()) + ",\"listUnsubscribe\":" + strings(message.unsubscribe()) + "}";
    }

    private static String strings(List<String> values) {
        return values.stream().map(DevMail::string).collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string, every character that JSON or a script tag could misread escaped. */
    private static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 || c == '<' || c == '>' || c == '&' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        inbox.stop(0);
        smtp.stop();
    }
}
