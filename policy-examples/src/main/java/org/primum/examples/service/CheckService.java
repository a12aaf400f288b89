package org.primum.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.primum.cli.report.DraftJson;
import org.primum.cli.report.HtmlReport;
import org.primum.cli.report.JsonReport;
import org.primum.cli.report.ReportedPost;
import org.primum.policy.CheckResult;
import org.primum.policy.Draft;
import org.primum.policy.Policy;
import org.primum.policy.PostChecker;

/**
 * A small HTTP service around one shared {@link PostChecker}, on the JDK's built-in HTTP server.
 *
 * <ul>
 *   <li>{@code POST /v1/check} with {@code application/json} {@code {"text": ..., "id", "replyTo",
 *       "platform", "authorHandles", "mentions", "altTexts", "language"}} answers the same JSON
 *       result as {@code primum check --format json} gives per post ({@code ?showMatches=true} adds
 *       the matched text).</li>
 *   <li>{@code GET /healthz} answers {@code {"status": "ok", ...}}.</li>
 *   <li>{@code GET /} is a playground: paste a draft, see its findings highlighted, rendered by the
 *       same {@link HtmlReport} as {@code primum check --format html}; it posts a form back to
 *       {@code /}.</li>
 * </ul>
 *
 * <p>Errors are JSON {@code {"error": code, "message": text}} with a 4xx status: 400 bad JSON or a
 * bad field, 404 unknown path, 405 wrong method (with {@code Allow}), 413 body over the size
 * limit, 415 wrong content type. Bodies are read up to the limit and no further.
 *
 * <p>Run: {@code java -cp "policy-examples/target/classes:policy-cli/target/primum.jar"
 * org.primum.examples.service.CheckService --port 8080 [--policy FILE]}.
 */
public final class CheckService implements AutoCloseable {

    /** Largest request body accepted by default: 64 KiB, far more than any post. */
    public static final int DEFAULT_MAX_BODY = 64 * 1024;

    /** Service settings. */
    public record Config(int maxBodyBytes, int threads) {
        public Config {
            if (maxBodyBytes < 1 || threads < 1) {
                throw new IllegalArgumentException("maxBodyBytes and threads must be positive");
            }
        }

        public static Config defaults() {
            return new Config(DEFAULT_MAX_BODY, Math.max(2, Runtime.getRuntime().availableProcessors()));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final PostChecker checker;
    private final Config config;
    private final AtomicInteger requestIds = new AtomicInteger();

    private CheckService(HttpServer server, ExecutorService executor, PostChecker checker, Config config) {
        this.server = server;
        this.executor = executor;
        this.checker = checker;
        this.config = config;
    }

    /** Starts a service on {@code address} (port 0 picks a free port). */
    public static CheckService start(InetSocketAddress address, PostChecker checker, Config config) throws IOException {
        Objects.requireNonNull(checker, "checker");
        Objects.requireNonNull(config, "config");
        HttpServer server = HttpServer.create(address, 64);
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "primum-http-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        CheckService service = new CheckService(server, executor, checker, config);
        server.createContext("/v1/check", service::handleCheck);
        server.createContext("/healthz", service::handleHealth);
        server.createContext("/", service::handlePlayground);
        server.setExecutor(executor);
        server.start();
        return service;
    }

    /** The port the service listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The service's base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** Stops accepting requests, gives running ones a second to finish, and stops the threads. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- handlers ---------------------------------------------------------------------------

    private void handleCheck(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals("/v1/check")) {
                error(ex, 404, "not_found", "no such endpoint; POST /v1/check, GET /healthz, GET /");
                return;
            }
            if (!ex.getRequestMethod().equals("POST")) {
                ex.getResponseHeaders().set("Allow", "POST");
                error(ex, 405, "method_not_allowed", "use POST with a JSON body");
                return;
            }
            if (!mediaType(ex).equals("application/json")) {
                error(ex, 415, "unsupported_media_type", "send Content-Type: application/json");
                return;
            }
            String body = body(ex);
            if (body == null) {
                return; // already answered
            }
            JsonNode node;
            try {
                node = JsonReport.MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                error(ex, 400, "malformed_json", "the body is not valid JSON: " + e.getOriginalMessage()
                        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                                + e.getLocation().getColumnNr() + ")"));
                return;
            }
            Draft draft;
            try {
                draft = DraftJson.read(node, "text");
            } catch (DraftJson.DraftJsonException e) {
                error(ex, 400, "invalid_request", e.getMessage());
                return;
            }
            JsonNode idNode = node.get("id");
            if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isIntegralNumber()) {
                error(ex, 400, "invalid_request", "id: expected a string or an integer");
                return;
            }
            String id = idNode == null || idNode.isNull() ? "request-" + requestIds.incrementAndGet() : idNode.asText();
            boolean showMatches = "true".equals(query(ex).get("showMatches"));
            CheckResult result = checker.check(draft);
            send(ex, 200, "application/json; charset=utf-8",
                    JsonReport.result(id, draft.text(), result, showMatches).toString());
        } catch (RuntimeException e) {
            internalError(ex, e);
        }
    }

    private void handleHealth(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals("/healthz")) {
                error(ex, 404, "not_found", "no such endpoint");
                return;
            }
            if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                error(ex, 405, "method_not_allowed", "use GET");
                return;
            }
            ObjectNode o = JsonReport.MAPPER.createObjectNode();
            o.put("status", "ok");
            o.put("policy", checker.policy().name());
            o.put("rules", checker.rules().size());
            send(ex, 200, "application/json; charset=utf-8", o.toString());
        } catch (RuntimeException e) {
            internalError(ex, e);
        }
    }

    private void handlePlayground(HttpExchange ex) throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals("/")) {
                error(ex, 404, "not_found", "no such page; the playground is at /");
                return;
            }
            String method = ex.getRequestMethod();
            if (method.equals("GET") || method.equals("HEAD")) {
                page(ex, 200, "", "", null, List.of());
                return;
            }
            if (!method.equals("POST")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD, POST");
                page(ex, 405, "", "", "Use GET to open the playground and the form to check a draft.", List.of());
                return;
            }
            if (!mediaType(ex).equals("application/x-www-form-urlencoded")) {
                page(ex, 415, "", "", "The playground form posts application/x-www-form-urlencoded.", List.of());
                return;
            }
            String body = body(ex);
            if (body == null) {
                return;
            }
            Map<String, String> form = parseForm(body);
            String text = form.getOrDefault("text", "");
            String replyTo = form.getOrDefault("replyTo", "").strip();
            if (text.isBlank()) {
                page(ex, 400, text, replyTo, "Paste a draft to check.", List.of());
                return;
            }
            Draft.Builder b = Draft.builder(text);
            if (!replyTo.isEmpty()) {
                b.replyTo(replyTo);
            }
            CheckResult result = checker.check(b.build());
            page(ex, 200, text, replyTo, null, List.of(ReportedPost.of("your draft", text, result)));
        } catch (RuntimeException e) {
            internalError(ex, e);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private void page(HttpExchange ex, int status, String text, String replyTo, String problem,
            List<ReportedPost> posts)
            throws IOException {
        String form = "<section class=\"playground\">\n<form method=\"post\" action=\"/\">\n"
                + "<p><label for=\"text\">Draft post</label></p>\n"
                + "<textarea id=\"text\" name=\"text\" required maxlength=\"" + config.maxBodyBytes() / 4
                + "\" placeholder=\"Paste a draft post here\">" + HtmlReport.escape(text) + "</textarea>\n"
                + "<p><label>Replying to (optional handle) <input name=\"replyTo\" size=\"20\" value=\""
                + HtmlReport.escape(replyTo) + "\"></label> "
                + "<button type=\"submit\">Check</button></p>\n</form>\n"
                + (problem == null ? "" : "<p class=\"error\" role=\"alert\">" + HtmlReport.escape(problem) + "</p>\n")
                + "</section>";
        String html = HtmlReport.builder().title("Primum playground")
                .meta("Policy " + checker.policy().name() + ": " + checker.rules().size()
                        + " rules. Nothing you paste is stored.")
                .topHtml(form).summary(false).filters(false).build().render(posts);
        ex.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'");
        send(ex, status, "text/html; charset=utf-8", html);
    }

    /** The request body as UTF-8, or {@code null} after answering 413 or 400. */
    private String body(HttpExchange ex) throws IOException {
        int limit = config.maxBodyBytes();
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    error(ex, 413, "payload_too_large", "the body is larger than " + limit + " bytes");
                    return null;
                }
            } catch (NumberFormatException e) {
                error(ex, 400, "bad_request", "Content-Length is not a number");
                return null;
            }
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(Math.min(limit, 8192));
        try (InputStream in = ex.getRequestBody()) {
            byte[] chunk = new byte[8192];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                if (buf.size() + n > limit) {
                    error(ex, 413, "payload_too_large", "the body is larger than " + limit + " bytes");
                    return null;
                }
                buf.write(chunk, 0, n);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            error(ex, 400, "malformed_json", "the body is not valid UTF-8");
            return null;
        }
    }

    /** The request's media type, lower case, without parameters; empty when absent. */
    private static String mediaType(HttpExchange ex) {
        String ct = ex.getRequestHeaders().getFirst("Content-Type");
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> query(HttpExchange ex) {
        String q = ex.getRequestURI().getRawQuery();
        return q == null ? Map.of() : parseForm(q);
    }

    static Map<String, String> parseForm(String encoded) {
        Map<String, String> out = new HashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed %-escape: skip the pair
            }
        }
        return out;
    }

    private static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        ObjectNode o = JsonReport.MAPPER.createObjectNode();
        o.put("error", code);
        o.put("message", message);
        send(ex, status, "application/json; charset=utf-8", o.toString());
    }

    private static void internalError(HttpExchange ex, RuntimeException e) throws IOException {
        System.err.println("primum service: internal error: " + e); // no stack trace, no post text in logs
        try {
            error(ex, 500, "internal_error", "the check failed; see the service log");
        } catch (IOException | IllegalStateException ignored) {
            // headers already sent
        }
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Cache-Control", "no-store");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    // ---- main -------------------------------------------------------------------------------

    /** {@code [--host 127.0.0.1] [--port 8080] [--policy FILE] [--max-body BYTES]}; PORT also sets the port. */
    public static void main(String[] args) throws IOException {
        String host = "127.0.0.1";
        int port = System.getenv("PORT") != null ? Integer.parseInt(System.getenv("PORT")) : 8080;
        Policy policy = Policy.defaults();
        int maxBody = DEFAULT_MAX_BODY;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--policy" -> policy = Policy.load(Path.of(args[i + 1]));
                case "--max-body" -> maxBody = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PostChecker checker = PostChecker.builder().policy(policy).build();
        Config defaults = Config.defaults();
        CheckService service = start(new InetSocketAddress(host, port), checker, new Config(maxBody, defaults.threads()));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        System.out.println("primum service on " + service.uri() + " (playground at /, API at POST /v1/check)");
    }
}
