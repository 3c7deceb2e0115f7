package com.wheyprice.common.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A client at an address of its own: HTTP/1.1 requests from a socket bound to one of the
 * loopback addresses (any of 127.0.0.0/8 on Linux), so a test can be several clients on one
 * machine, each seen by the server at a different address. The JDK's HttpClient cannot choose
 * its source address before Java 19. One request per connection; the body is read to the end.
 * A {@code Transfer-Encoding} header among the request's headers sends the body as one chunk,
 * without a declared length.
 */
public final class LoopbackClient {

    private final InetAddress source;

    /** A client whose connections come from {@code 127.0.0.<host>}. */
    public LoopbackClient(int host) {
        try {
            this.source = InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) host});
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** What the server answered. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends {@code method path} to {@code 127.0.0.1:port} with the given headers and JSON body (null for none). */
    public Response send(int port, String method, String path, Map<String, String> headers, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        boolean chunked = headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("Transfer-Encoding"));
        if (json != null) {
            request.append("Content-Type: application/json\r\n");
            if (!chunked) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (chunked) {
                out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        // one char per byte, so that chunk sizes (in bytes) index the text; the body is decoded as UTF-8 at the end
        String text = all.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0) {
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
        }
        String body = end < 0 ? "" : text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(Integer.parseInt(head[0].split(" ")[1]), headers,
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
