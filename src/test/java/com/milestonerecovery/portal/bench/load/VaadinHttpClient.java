package com.milestonerecovery.portal.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, spoken over HTTP the way Vaadin's client engine speaks it (learnt from real Chromium sessions:
 * {@link UidlRecorder}): the bootstrap page, then {@code ?v-r=init} (which returns the UI id, the UI's CSRF token
 * {@code Vaadin-Security-Key} and the push id), then UIDL POSTs {@code ?v-r=uidl&v-uiId=N} carrying
 * {@code csrfToken}, the last {@code syncId} the server sent and the {@code clientId} counter, with RPC invocations
 * ({@code ui-navigate}, {@code click}, {@code mSync} of a property followed by its {@code change} event),
 * heartbeats {@code ?v-r=heartbeat}, the {@code UNLOAD} beacon when a page is left, and optionally the
 * {@code @Push} WebSocket a browser keeps open. Sign-in is Spring Security's form login with the CSRF token from the
 * bootstrap page's {@code _csrf} meta tag, as the LoginForm web component posts it.
 *
 * <p>The UIDL responses are applied to a small model of the server's state tree (tag, attributes, properties, text,
 * children), so steps find node ids by element id or attribute instead of hard-coding them. Every server round
 * trip's wall time (request sent to response read) goes to an optional {@link Timing} listener.
 */
public final class VaadinHttpClient implements AutoCloseable {

    /** Told of every request the client makes. */
    public interface Timing {
        void request(String kind, long nanos, int status);
    }

    /** What the client knows of one state-tree node. */
    public static final class Node {
        final int id;
        String tag;
        Integer parent;
        final Map<String, Object> attributes = new HashMap<>();
        final Map<String, Object> properties = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<String> listeners = new ArrayList<>();
        String text;

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public String attribute(String name) {
            Object value = attributes.get(name);
            return value == null ? null : String.valueOf(value);
        }

        public Object property(String name) {
            return properties.get(name);
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int PUSH_CONFIGURATION = 5;
    private static final int TEXT = 7;

    private final URI base;
    private final HttpClient http;
    /** This tab's cookies (name to value): the shared HttpClient keeps none, so tabs never share a session. */
    private final Map<String, String> cookies = new HashMap<>();
    private final Timing timing;
    private final boolean push;

    private String springCsrf;
    private int uiId = -1;
    private String csrfToken;
    private String pushId;
    private int syncId;
    private int clientId;
    private String location;
    private Map<Integer, Node> nodes = new HashMap<>();
    private WebSocket pushSocket;
    private boolean endExpected;
    private String pushMode = "DISABLED";
    private final List<Integer> attachedNow = new ArrayList<>();
    private boolean sessionEnded;

    /**
     * @param base the application's address, e.g. {@code http://localhost:8080/}
     * @param push whether to open the {@code @Push} WebSocket for each page, as a browser does
     */
    public VaadinHttpClient(HttpClient http, URI base, boolean push, Timing timing) {
        this.http = http;
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.push = push;
        this.timing = timing == null ? (kind, nanos, status) -> { } : timing;
    }

    /** One HttpClient for many tabs (connections pooled, no cookie store: each tab keeps its own cookies). */
    public static HttpClient sharedHttp() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT)
                .build();
    }

    // ---- pages --------------------------------------------------------------------------------------------------

    /**
     * Opens a page as typing its address does: leaves the current one (UNLOAD), loads the bootstrap HTML, asks for
     * the UI ({@code v-r=init}) and sends the first navigation; follows server redirects (e.g. to the login).
     *
     * @param path without the leading slash, e.g. {@code "portal"} or {@code ""}
     */
    public void open(String path) throws IOException, InterruptedException {
        leave();
        String current = path;
        for (int hops = 0; ; hops++) {
            HttpResponse<String> page = send("bootstrap /" + current.split("\\?", 2)[0], HttpRequest.newBuilder(base.resolve(current)).GET()
                    .header("Accept", "text/html"), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() == 302 && hops < 5) {
                current = relative(page.headers().firstValue("Location").orElseThrow());
                continue;
            }
            expect(page, 200, "bootstrap " + current);
            Matcher csrf = SPRING_CSRF.matcher(page.body());
            springCsrf = csrf.find() ? csrf.group(1) : null;
            break;
        }
        String[] pathAndQuery = current.split("\\?", 2);
        location = pathAndQuery[0];
        String query = pathAndQuery.length > 1 ? pathAndQuery[1] : "";
        String init = "?v-r=init&location=" + encode(location) + "&query=" + encode(query)
                + "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-" + Math.random()
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
        HttpResponse<String> initResponse = send("init /" + location, HttpRequest.newBuilder(base.resolve(init)).GET()
                .header("Accept", "application/json"), HttpResponse.BodyHandlers.ofString());
        expect(initResponse, 200, "init " + location);
        JsonNode appConfig = JSON.readTree(initResponse.body()).path("appConfig");
        uiId = appConfig.path("v-uiId").asInt();
        JsonNode uidl = appConfig.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString(null);
        nodes = new HashMap<>();
        syncId = 0;
        clientId = 0;
        pushMode = "DISABLED";
        apply(uidl);
        navigate("/" + location, query, "");
    }

    /** A click on a router link (or anything that navigates inside the UI): one {@code ui-navigate} event. */
    public JsonNode navigate(String route, String query, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode()
                .put("route", route)
                .put("query", query == null ? "" : query)
                .put("appShellTitle", "Medication management");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", trigger);
        JsonNode response = rpc("navigate " + route.replaceFirst("^/?", "/"), event(1, "ui-navigate", data));
        initialEvents();
        return response;
    }

    /**
     * What the browser sends right after a view arrives: the web components fire their initial property-change
     * events ({@code checked-changed}, {@code value-changed}, {@code opened-changed} …) for the listeners the server
     * registered, in one round trip. Its (small) answer also replaces the large navigation answer that the server
     * keeps per UI for a resend.
     */
    private void initialEvents() throws IOException, InterruptedException {
        List<JsonNode> events = new ArrayList<>();
        for (Integer id : List.copyOf(attachedNow)) {
            Node node = nodes.get(id);
            if (node != null && node.tag != null) {
                node.listeners.stream().filter(name -> name.endsWith("-changed"))
                        .forEach(name -> events.add(event(id, name, JSON.createObjectNode())));
            }
        }
        if (!events.isEmpty()) {
            rpc("initial-events", events.toArray(JsonNode[]::new));
        }
    }

    /** A mouse click on the node, with the event data the browser sends. */
    public JsonNode click(int node) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode()
                .put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1)
                .put("event.ctrlKey", false).put("event.clientX", 240).put("event.clientY", 480)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 580)
                .put("event.screenX", 250);
        return rpc("click", event(node, "click", data));
    }

    /** Typing into a field and leaving it: the property's new value, then the field's change event. */
    public JsonNode type(int node, String property, Object value, String changeEvent)
            throws IOException, InterruptedException {
        return rpc("sync", sync(node, property, value), event(node, changeEvent, JSON.createObjectNode()));
    }

    public ObjectNode sync(int node, String property, Object value) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", PROPERTIES)
                .put("property", property);
        switch (value) {
            case Boolean b -> sync.put("value", b);
            case Number n -> sync.put("value", n.doubleValue());
            case null -> sync.putNull("value");
            default -> sync.put("value", String.valueOf(value));
        }
        return sync;
    }

    public ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    public ObjectNode emptyData() {
        return JSON.createObjectNode();
    }

    /** One UIDL round trip with these invocations; applies the response to the tree and returns it. */
    public JsonNode rpc(String kind, JsonNode... invocations) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode rpc = body.putArray("rpc");
        for (JsonNode invocation : invocations) {
            rpc.add(invocation);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        HttpResponse<String> response = send(kind, HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                HttpResponse.BodyHandlers.ofString());
        expect(response, 200, "uidl " + kind);
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode json = JSON.readTree(text);
        if (json.isArray()) {
            json = json.get(0);
        }
        if (json.has("meta") && json.path("meta").has("sessionExpired")) {
            sessionEnded = true;
            if (!endExpected) {
                throw new IllegalStateException("session expired at " + location);
            }
        }
        apply(json);
        return json;
    }

    /**
     * Clicks the sign-out button: the server ends the session, so the answer is "session expired" (or a redirect
     * in the UIDL response); anything else is a failure.
     */
    public void signOut(int node) throws IOException, InterruptedException {
        endExpected = true;
        try {
            JsonNode response = click(node);
            if (!sessionEnded && !response.toString().contains("location")) {
                throw new IllegalStateException("sign-out did not end the session");
            }
        } finally {
            endExpected = false;
        }
        closePush();
        uiId = -1;
    }

    /** The heartbeat a browser tab sends every heartbeat interval (300 s by default) to keep its UI alive. */
    public void heartbeat() throws IOException, InterruptedException {
        HttpResponse<String> response = send("heartbeat", HttpRequest.newBuilder(
                base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofString());
        expect(response, 200, "heartbeat");
    }

    /** Leaving the page: the beacon that lets the server close the UI at once, and the push connection closed. */
    public void leave() throws IOException, InterruptedException {
        closePush();
        if (uiId < 0) {
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        body.putArray("rpc");
        body.put("UNLOAD", true);
        send("unload", HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                HttpResponse.BodyHandlers.discarding());
        uiId = -1;
    }

    // ---- sign-in ------------------------------------------------------------------------------------------------

    /**
     * Signs in through the login page as a browser does: open {@code /login}, post the form (username, password and
     * Spring Security's CSRF token from the page), then open where the server sends the browser (the role's start
     * page). Kept in one method on purpose: a second factor (TOTP) for staff would be added here.
     */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        open("login");
        String form = "_csrf=" + encode(springCsrf) + "&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> response = send("login", HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
        expect(response, 302, "login");
        String target = relative(response.headers().firstValue("Location").orElseThrow());
        if (target.contains("error")) {
            throw new IllegalStateException("sign-in refused for " + username);
        }
        open(target);
    }

    // ---- the tree -----------------------------------------------------------------------------------------------

    public Optional<Node> byId(String elementId) {
        return find(n -> elementId.equals(n.attribute("id")));
    }

    public Node requireId(String elementId) {
        return byId(elementId).orElseThrow(() -> new IllegalStateException("no #" + elementId + " at " + location));
    }

    public Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(n -> n.tag != null).filter(test).sorted(
                (a, b) -> Integer.compare(a.id, b.id)).findFirst();
    }

    public List<Node> findAll(Predicate<Node> test) {
        return nodes.values().stream().filter(n -> n.tag != null).filter(test)
                .sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    /** The text of the node and everything under it. */
    public String text(Node node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text);
        return text.toString();
    }

    /** Whether the node is (still) inside the other one. */
    public boolean isInside(Node node, Node ancestor) {
        Integer parent = node.parent;
        for (int depth = 0; parent != null && depth < 200; depth++) {
            if (parent == ancestor.id) {
                return true;
            }
            Node p = nodes.get(parent);
            parent = p == null ? null : p.parent;
        }
        return false;
    }

    /** Whether this tab has its push WebSocket open (the UI's push mode is on). */
    public boolean pushOpen() {
        return pushSocket != null;
    }

    public int nodeCount() {
        return nodes.size();
    }

    public String location() {
        return location;
    }

    /** For debugging a step: the tags, ids and texts of the tree. */
    public String dump() {
        StringBuilder out = new StringBuilder();
        nodes.values().stream().sorted((a, b) -> Integer.compare(a.id, b.id)).forEach(n -> out.append(n.id)
                .append(' ').append(n.tag).append(' ').append(n.attributes).append(' ')
                .append(n.text == null ? "" : n.text).append(" <- ").append(n.parent).append('\n'));
        return out.toString();
    }

    private void collectText(Node node, StringBuilder text) {
        if (node.text != null) {
            text.append(node.text);
        }
        for (Integer child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                collectText(c, text);
            }
        }
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        attachedNow.clear();
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            switch (type) {
                case "attach" -> {
                    nodes.computeIfAbsent(id, Node::new);
                    attachedNow.add(id);
                }
                case "detach" -> {
                    Node gone = nodes.remove(id);
                    if (gone != null && gone.parent != null && nodes.containsKey(gone.parent)) {
                        nodes.get(gone.parent).children.remove((Integer) id);
                    }
                }
                case "put" -> put(nodes.computeIfAbsent(id, Node::new), change);
                case "remove" -> {
                    Node node = nodes.get(id);
                    if (node != null) {
                        int feat = change.path("feat").asInt();
                        (feat == ATTRIBUTES ? node.attributes : node.properties).remove(change.path("key").asString());
                    }
                }
                case "clear" -> {
                    Node node = nodes.get(id);
                    if (node != null && change.path("feat").asInt() == CHILDREN) {
                        node.children.clear();
                    }
                }
                case "splice" -> splice(nodes.computeIfAbsent(id, Node::new), change);
                default -> { }
            }
        }
        // The browser opens the push connection when the UI's push mode is on, and closes it when it goes off.
        if (push && pushId != null && !"DISABLED".equals(pushMode) && pushSocket == null) {
            openPush();
        } else if ("DISABLED".equals(pushMode) && pushSocket != null) {
            closePush();
        }
    }

    private void put(Node node, JsonNode change) {
        int feat = change.path("feat").asInt();
        String key = change.path("key").asString();
        JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.get("value");
        Object plain = value == null || value.isNull() ? null
                : value.isString() ? value.asString() : value.isBoolean() ? value.asBoolean() : value.toString();
        switch (feat) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = String.valueOf(plain);
                }
            }
            case PROPERTIES -> node.properties.put(key, plain);
            case ATTRIBUTES -> node.attributes.put(key, plain);
            case LISTENERS -> node.listeners.add(key);
            case PUSH_CONFIGURATION -> {
                if ("pushMode".equals(key)) {
                    pushMode = String.valueOf(plain);
                }
            }
            case TEXT -> node.text = plain == null ? null : String.valueOf(plain);
            default -> { }
        }
    }

    private void splice(Node node, JsonNode change) {
        if (change.path("feat").asInt() != CHILDREN) {
            return;
        }
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        int at = Math.min(index, node.children.size());
        for (JsonNode added : change.path("addNodes")) {
            int child = added.asInt();
            node.children.add(at++, child);
            nodes.computeIfAbsent(child, Node::new).parent = node.id;
        }
    }

    // ---- push ---------------------------------------------------------------------------------------------------

    private void openPush() {
        String url = base.toString().replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.0.5.slf4jvaadin1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
        long started = System.nanoTime();
        try {
            pushSocket = http.newWebSocketBuilder().header("Cookie", cookieHeader()).connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(url), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                            socket.request(1);
                            return CompletableFuture.completedFuture(null);
                        }
                    }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            timing.request("push", System.nanoTime() - started, 101);
        } catch (Exception e) {
            timing.request("push", System.nanoTime() - started, 0);
            pushSocket = null;
        }
    }

    private void closePush() {
        if (pushSocket != null) {
            pushSocket.abort();
            pushSocket = null;
        }
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    private <T> HttpResponse<T> send(String kind, HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        request.timeout(TIMEOUT).header("Accept-Language", "en-US,en;q=0.9");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        long started = System.nanoTime();
        try {
            HttpResponse<T> response = http.send(request.build(), handler);
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = pair.substring(eq + 1);
                    if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                        cookies.remove(pair.substring(0, eq));
                    } else {
                        cookies.put(pair.substring(0, eq), value);
                    }
                }
            }
            timing.request(kind, System.nanoTime() - started, response.statusCode());
            return response;
        } catch (IOException e) {
            timing.request(kind, System.nanoTime() - started, 0);
            throw e;
        }
    }

    private String cookieHeader() {
        return String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static void expect(HttpResponse<?> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode());
        }
    }

    private String relative(String location) {
        URI resolved = base.resolve(location);
        String path = resolved.getRawPath().replaceFirst("^/", "");
        return resolved.getRawQuery() == null ? path : path + "?" + resolved.getRawQuery();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            leave();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the server may be gone already
        }
        closePush();
    }
}
