package org.jixiao.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.function.Supplier;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

import org.jixiao.index.query.IndexView;
import org.jixiao.model.Validate;

/**
 * The web server: the JSON API under /api, the pages and scripts from the jar, ECharts from its
 * webjar. Every answer carries a Content-Security-Policy that allows only this origin, so the
 * pages make no request elsewhere. Errors are JSON with a message; what went wrong inside is
 * written to the log, not sent.
 */
public final class JixiaoServer implements AutoCloseable {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    private static final String WEB = "/org/jixiao/serve/web";
    private final ServeOptions options;
    private final QueryApi query;
    private final CompareApi compare;
    private final ReportApi report;
    private final CheckApi check;
    private final Responses out;
    private final PageRenderer renderer;
    private final PrintWriter log;
    private Javalin app;

    public JixiaoServer(ServeOptions options, Supplier<IndexView> view, ReportStore store, PageRenderer renderer,
                        UploadChecker checker, PrintWriter log) {
        this(options, (ServedIndex.Source) () -> ServedIndex.of(view.get()), store, renderer, checker, log);
    }

    /** A server over any index: {@code index} says what to read at each request. */
    public JixiaoServer(ServeOptions options, ServedIndex.Source index, ReportStore store, PageRenderer renderer,
                        UploadChecker checker, PrintWriter log) {
        Validate.notNullParam(index, "index");
        Supplier<ServedIndex> view = index::current;
        this.options = Validate.notNullParam(options, "options");
        this.log = Validate.notNullParam(log, "log");
        this.renderer = Validate.notNullParam(renderer, "renderer");
        Views views = new Views();
        this.out = new Responses();
        this.query = new QueryApi(view, views, out, new ReportList());
        this.compare = new CompareApi(view, views, out);
        this.report = new ReportApi(view, store, renderer, views, out);
        this.check = new CheckApi(checker, out, options.maxUploadBytes());
    }

    /** Starts listening; {@link #port()} tells where. */
    public synchronized JixiaoServer start() {
        Validate.isTrue(app == null, "already started");
        long max = options.maxUploadBytes();
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = max + CheckApi.ENVELOPE;
            config.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(max + CheckApi.ENVELOPE, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = WEB;
                s.location = Location.CLASSPATH;
                s.headers = java.util.Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
                        "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY");
            });
            config.routes.before(JixiaoServer::securityHeaders);
            config.routes.get("/api/health", query::health);
            config.routes.get("/api/search", query::search);
            config.routes.get("/api/facts", query::facts);
            config.routes.get("/api/compare", compare::compare);
            config.routes.get("/api/findings", query::findings);
            config.routes.get("/api/reports", query::reports);
            config.routes.get("/api/reports/{id}", report::report);
            config.routes.get("/api/reports/{id}/pages/{page}", report::page);
            config.routes.post("/api/check", check::check);
            config.routes.get("/assets/echarts.min.js", JixiaoServer::echarts);
            config.routes.exception(ApiException.class, this::apiError);
            // the query classes refuse what they cannot run (an unparsable query) this way
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
            config.routes.exception(Exception.class, this::internalError);
            for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
                config.routes.error(status, "*", this::statusError);
            }
        });
        app.start(options.host(), options.port());
        renderer.warmUp();
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private void apiError(ApiException e, Context ctx) {
        send(ctx, e.status(), e.getMessage());
    }

    private void internalError(Exception e, Context ctx) {
        log.println("jixiao serve: " + ctx.method() + " " + ctx.path() + ": " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        log.flush();
        send(ctx, 500, "internal error; the server log has the details");
    }

    /** Errors Javalin or Jetty raise themselves (no route, wrong method, body too large) as JSON too. */
    private void statusError(Context ctx) {
        String body = ctx.result();
        if (body != null && body.startsWith("{\"error\"")) {
            return;
        }
        String message = switch (ctx.statusCode()) {
            case 404 -> "not found: " + ctx.path();
            case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
            case 413 -> "the request body is larger than the limit";
            case 415 -> "unsupported media type";
            case 400 -> "bad request";
            default -> "internal error";
        };
        send(ctx, ctx.statusCode(), message);
    }

    private void send(Context ctx, int status, String message) {
        try {
            out.json(ctx, status, Responses.error(message));
        } catch (IOException e) {
            ctx.status(status).result("{\"error\":\"internal error\"}");
        }
    }

    /** ECharts from its webjar, whatever version the build pinned. */
    private static void echarts(Context ctx) throws IOException {
        String version;
        try (InputStream in = JixiaoServer.class.getResourceAsStream("/META-INF/maven/org.webjars/echarts/pom.properties")) {
            if (in == null) {
                throw ApiException.notFound("the echarts webjar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            version = p.getProperty("version");
        }
        InputStream js = JixiaoServer.class.getResourceAsStream("/META-INF/resources/webjars/echarts/" + version
                + "/echarts.min.js");
        if (js == null) {
            throw ApiException.notFound("echarts.min.js is not in the webjar");
        }
        ctx.contentType("text/javascript; charset=utf-8");
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.result(js);
    }

    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
