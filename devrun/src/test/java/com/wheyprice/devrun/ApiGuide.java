package com.wheyprice.devrun;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the curl examples of {@code docs/api.md} in order, as a reader would, without needing curl:
 * each {@code ```sh} block after an {@code <!-- expect: STATUS; save: NAME=field, ... -->} comment
 * is read as the curl command it is (shell quoting, {@code $VARIABLES}, {@code -X}, {@code -H},
 * {@code -d}), sent, and its status compared; the values it names are saved for the examples
 * after it ({@code field} is the first JSON string of that name, {@code a.b} the first {@code b}
 * after {@code a}, {@code header:Name} a response header).
 */
final class ApiGuide {

    private static final Pattern EXAMPLE = Pattern.compile("<!-- expect: (\\d{3})(?:; save: ([^>]*?))? -->\\s*```sh\\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Z_]+)");

    /** One example's outcome, for the test's report. */
    record Ran(String command, int expected, int status, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> replacements;

    /** @param replacements text the page names as it is in the development run, and what it is in this run */
    ApiGuide(String api, Map<String, String> replacements) {
        this.replacements = replacements;
        variables.put("API", api);
    }

    List<Ran> run(Path page) throws IOException, InterruptedException {
        List<Ran> ran = new ArrayList<>();
        Matcher example = EXAMPLE.matcher(Files.readString(page));
        while (example.find()) {
            String command = example.group(3).replace("\\\n", " ").trim();
            for (Map.Entry<String, String> replacement : replacements.entrySet()) {
                command = command.replace(replacement.getKey(), replacement.getValue());
            }
            HttpResponse<String> response = http.send(request(words(command)), HttpResponse.BodyHandlers.ofString());
            ran.add(new Ran(command, Integer.parseInt(example.group(1)), response.statusCode(), response.body()));
            if (example.group(2) != null) {
                save(example.group(2), response);
            }
        }
        return ran;
    }

    private void save(String names, HttpResponse<String> response) {
        for (String spec : names.split(",")) {
            String[] pair = spec.trim().split("=", 2);
            String source = pair[1].trim();
            String value;
            if (source.startsWith("header:")) {
                value = response.headers().firstValue(source.substring("header:".length())).orElse(null);
            } else {
                String body = response.body();
                int dot = source.indexOf('.');
                if (dot > 0) {
                    int at = body.indexOf("\"" + source.substring(0, dot) + "\"");
                    body = at < 0 ? "" : body.substring(at);
                    source = source.substring(dot + 1);
                }
                Matcher field = Pattern.compile("\"" + Pattern.quote(source) + "\":\"([^\"]*)\"").matcher(body);
                value = field.find() ? field.group(1) : null;
            }
            if (value == null) {
                throw new IllegalStateException("docs/api.md saves " + spec + " but the answer has none: " + response.body());
            }
            variables.put(pair[0].trim(), value);
        }
    }

    /** The command's words after shell quoting: '…' literal, "…" with $VARIABLES and \" escapes, bare words with $VARIABLES. */
    private List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                word.append(command, i + 1, end);
                i = end;
            } else if (c == '"') {
                StringBuilder quoted = new StringBuilder();
                for (i++; command.charAt(i) != '"'; i++) {
                    if (command.charAt(i) == '\\' && command.charAt(i + 1) == '"') {
                        i++;
                    }
                    quoted.append(command.charAt(i));
                }
                word.append(expand(quoted.toString()));
            } else {
                int end = i;
                while (end < command.length() && !Character.isWhitespace(command.charAt(end)) && "'\"".indexOf(command.charAt(end)) < 0) {
                    end++;
                }
                word.append(expand(command.substring(i, end)));
                i = end - 1;
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private String expand(String text) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            String value = variables.get(variable.group(1));
            if (value == null) {
                throw new IllegalStateException("docs/api.md uses $" + variable.group(1) + " before an example saves it");
            }
            variable.appendReplacement(expanded, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(expanded).toString();
    }

    private static HttpRequest request(List<String> words) {
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new IllegalStateException("not a curl command: " + words);
        }
        String method = null;
        String url = null;
        String body = null;
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(20));
        for (int i = 1; i < words.size(); i++) {
            switch (words.get(i)) {
                case "-s", "-i" -> { }
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String[] header = words.get(++i).split(":", 2);
                    request.header(header[0].trim(), header[1].trim());
                }
                case "-d", "--data" -> body = words.get(++i);
                default -> url = words.get(i);
            }
        }
        String verb = method != null ? method : body != null ? "POST" : "GET";
        return request.uri(URI.create(url))
                .method(verb, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
