package id.baku.bench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.execution.EffectiveSops;
import id.baku.execution.ExecutionService;
import id.baku.ratification.RatificationService;
import id.baku.testing.SignIn;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, benchmark 5: the server's heap per active Vaadin session. Baku runs on a random port in
 * production mode; Chromium opens sessions one browser context each, every one signed in as a demo user
 * and left on a page people keep open (Tugas saya, an SOP in the designer, a run). The heap retained after
 * full collections is compared with a baseline of no sessions, at two numbers of sessions, and the live
 * HTTP sessions, Vaadin sessions and UIs are counted at the moment of measurement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({SignIn.class, SessionMemoryBenchmark.LiveSessions.class})
@Tag("benchmark")
@TestPropertySource(properties = {"baku.data-dir=target/bench-db-sessions", "logging.level.id.baku=warn",
        "vaadin.productionMode=true", "server.tomcat.keep-alive-timeout=5s"})
class SessionMemoryBenchmark {

    /** Session counts measured, ascending: {@code -Dbench.sessions=10,30}. */
    private static final int[] SESSIONS = Arrays.stream(System.getProperty("bench.sessions", "10,30").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip())).sorted().toArray();
    private static final int WARMUP_SESSIONS = Integer.getInteger("bench.warmupSessions", 6);
    private static final int HEAP_SAMPLES = 3;
    private static final List<String> INBOX_USERS = List.of("subkor.dime.tangerang", "tenagaahli.dikp.tangerang",
            "staf.peliputan.tangerang", "penelaah.humas.tangerang", "kreator.kompim.tangerang");
    private static final List<String> DESIGNER_USERS = List.of("katim.kompim.tangerang", "kabag.prokopim.tangerang");
    private static final List<String> RUN_USERS = List.of("kabid.dikp.tangerang", "admin.tangerang");

    /** Every HTTP session the container holds, and the Vaadin service, to count what is alive. */
    static class LiveSessions implements HttpSessionListener, VaadinServiceInitListener {

        final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();
        volatile VaadinService service;

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            sessions.add(event.getSession());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            sessions.remove(event.getSession());
        }

        @Override
        public void serviceInit(ServiceInitEvent event) {
            service = event.getSource();
        }
    }

    /**
     * What is alive on the server: HTTP sessions, those signed in, Vaadin sessions, and by route the UIs, their
     * attached state nodes, and the nodes of components that the route's view and layout keep in fields but
     * have not attached (a dialog not open, a tab not shown), with those fields.
     */
    record Alive(int httpSessions, int signedIn, int vaadinSessions, Map<String, long[]> byRoute,
                 Set<String> detachedFields) {

        int uis() {
            return byRoute.values().stream().mapToInt(v -> (int) v[0]).sum();
        }

        String summary() {
            return httpSessions + " / " + signedIn + " / " + vaadinSessions + "; " + routes();
        }

        String routes() {
            StringBuilder text = new StringBuilder();
            byRoute.forEach((route, v) -> text.append(String.format(Locale.ROOT, "%s%s: %d UIs, %,d attached state "
                    + "nodes and %,d detached in fields each", text.isEmpty() ? "" : "; ", route, v[0], v[1] / v[0],
                    v[2] / v[0])));
            return text.append("; detached fields: ").append(detachedFields).toString();
        }
    }

    @LocalServerPort int port;
    @Autowired LiveSessions live;
    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired ExecutionService execution;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.boot.web.server.context.WebServerApplicationContext web;

    private int open;
    private long designerSopId;
    private long runId;

    @Test
    void heap_retained_per_signed_in_session() throws Exception {
        Bench bench = new Bench("session-memory");
        Map<String, String> machine = Bench.machine(jdbc);
        assertThat(getClass().getResource("/META-INF/VAADIN/webapp/index.html"))
                .as("the production frontend bundle in target/classes: ./mvnw -B -DskipTests package once").isNotNull();
        assertThat(live.service.getDeploymentConfiguration().isProductionMode()).as("Vaadin in production mode").isTrue();
        prepareData();
        int cycles = Bench.runs(2);
        List<List<String>> rows = new ArrayList<>();
        List<double[]> perSession = new ArrayList<>();
        Map<String, long[]> baseHistogram = null;
        Map<String, long[]> fullHistogram = null;
        try (BrowserSessions browser = new BrowserSessions(port)) {
            long warm = System.nanoTime();
            openUpTo(browser, WARMUP_SESSIONS);
            bench.note(String.format(Locale.ROOT, "Warm-up: %d sessions opened (%.1f s each) and ended, so that "
                    + "classes, caches and JIT are there before the baseline", WARMUP_SESSIONS,
                    (System.nanoTime() - warm) / 1e9 / WARMUP_SESSIONS));
            long opening = 0;
            int opened = 0;
            for (int cycle = 1; cycle <= cycles; cycle++) {
                endAll(browser);
                Alive none = alive();
                assertThat(none.httpSessions()).as("no session left before the baseline").isZero();
                double baseline = retainedHeapMb();
                boolean last = cycle == cycles;
                if (last) {
                    baseHistogram = histogram();
                }
                double[] heap = new double[SESSIONS.length];
                Alive at = none;
                for (int p = 0; p < SESSIONS.length; p++) {
                    opened += SESSIONS[p] - open;
                    long start = System.nanoTime();
                    openUpTo(browser, SESSIONS[p]);
                    opening += System.nanoTime() - start;
                    Thread.sleep(2000);
                    idleConnectionsClosed();
                    at = alive();
                    heap[p] = retainedHeapMb();
                    assertThat(at.signedIn()).as("signed-in HTTP sessions alive at measurement").isEqualTo(SESSIONS[p]);
                    assertThat(at.vaadinSessions()).as("Vaadin sessions alive at measurement").isEqualTo(SESSIONS[p]);
                    assertThat(at.uis()).as("UIs alive at measurement").isGreaterThanOrEqualTo(SESSIONS[p]);
                }
                if (last) {
                    fullHistogram = histogram();
                    if (Boolean.getBoolean("bench.explain")) {
                        explainDetachedNodes();
                    }
                    bench.note(String.format(Locale.ROOT, "Opening a session (sign-in and page) took %.1f s on average",
                            opening / 1e9 / opened));
                }
                String counts = at.httpSessions() + " / " + at.signedIn() + " / " + at.vaadinSessions() + " / " + at.uis();
                rows.add(row(cycle, baseline, heap, counts, perSession));
                System.out.printf("[bench] cycle %d: %s; %s%n", cycle, rows.getLast(), at.routes());
                if (last) {
                    bench.note("UIs alive at " + SESSIONS[SESSIONS.length - 1] + " sessions, by route: " + at.routes());
                }
            }
            endAll(browser);
        }
        List<String> header = new ArrayList<>(List.of("cycle", "baseline MB"));
        Arrays.stream(SESSIONS).forEach(s -> header.add("heap at " + s + " MB"));
        header.addAll(List.of("KB/session at " + SESSIONS[0], "KB/session at " + SESSIONS[SESSIONS.length - 1],
                "slope KB/session", "HTTP / signed in / Vaadin sessions / UIs"));
        rows.add(median(perSession));
        bench.table(header, rows);
        histogramTable(bench, baseHistogram, fullHistogram, SESSIONS[SESSIONS.length - 1]);
        bench.note("Retained heap: MemoryMXBean heap used after 3 × System.gc() (G1: full, compacting) with a "
                + "200 ms settle each, median of " + HEAP_SAMPLES + " such samples; KB/session = (heap at N − "
                + "baseline) / N, slope = between the two N. Measured once Tomcat has closed the browsers' idle "
                + "keep-alive connections (keep-alive timeout 5 s here; Tomcat's default is 60 s): each open one "
                + "holds its socket and request buffers, about 60 KB, which is the connection's cost, not the "
                + "session's. A page left open sends nothing until its heartbeat (every 5 minutes), and behind an "
                + "ingress Tomcat sees the proxy's few pooled connections, not one per browser.");
        bench.note("Vaadin production mode (vaadin.productionMode=true, the bundle the normal build puts in "
                + "target/classes). Sessions: one Chromium browser context each, signed in through the login form; "
                + "in turn on Tugas saya (" + String.join(", ", INBOX_USERS) + "), the draft SOP \"Peliputan dan "
                + "Publikasi\" in the designer (" + String.join(", ", DESIGNER_USERS) + ") and a run of its copy in "
                + "force (" + String.join(", ", RUN_USERS) + "). Playwright drives Chromium from a JVM of its own "
                + "(BrowserSessions), so only the server is in the measured heap.");
        bench.write(machine);
    }

    private static List<String> row(int cycle, double baseline, double[] heap, String counts, List<double[]> perSession) {
        int n = SESSIONS.length - 1;
        double first = (heap[0] - baseline) * 1024 / SESSIONS[0];
        double all = (heap[n] - baseline) * 1024 / SESSIONS[n];
        double slope = n == 0 ? all : (heap[n] - heap[0]) * 1024 / (SESSIONS[n] - SESSIONS[0]);
        perSession.add(new double[]{first, all, slope});
        List<String> row = new ArrayList<>(List.of(String.valueOf(cycle), mb(baseline)));
        Arrays.stream(heap).forEach(h -> row.add(mb(h)));
        row.addAll(List.of(kb(first), kb(all), kb(slope), counts));
        return row;
    }

    private static List<String> median(List<double[]> perSession) {
        List<String> row = new ArrayList<>(Collections.nCopies(2 + SESSIONS.length, ""));
        row.set(0, "median");
        for (int i = 0; i < 3; i++) {
            int k = i;
            double[] v = perSession.stream().mapToDouble(a -> a[k]).sorted().toArray();
            row.add(kb(v[(v.length - 1) / 2]));
        }
        row.add("");
        return row;
    }

    /**
     * Waits (up to a minute) until Tomcat has closed the browsers' idle keep-alive connections (5 s here instead
     * of 60 s, to keep the run short). One is always counted while the browsers are open.
     */
    private void idleConnectionsClosed() throws InterruptedException {
        var protocol = (org.apache.coyote.AbstractProtocol<?>) ((org.springframework.boot.tomcat.TomcatWebServer)
                web.getWebServer()).getTomcat().getConnector().getProtocolHandler();
        long until = System.nanoTime() + 60_000_000_000L;
        while (protocol.getConnectionCount() > 1 && System.nanoTime() < until) {
            Thread.sleep(500);
        }
        assertThat(protocol.getConnectionCount()).as("HTTP connections left open after a minute idle").isLessThanOrEqualTo(1);
    }

    /** An SOP in force with a run for the run pages; the seed draft for the designer pages. */
    private void prepareData() {
        long effective = EffectiveSops.peliputan(signIn, sops, ratification);
        signIn.as("admin.tangerang");
        try {
            designerSopId = sops.list(new SopQuery(null, "Peliputan dan Publikasi", null)).stream()
                    .filter(s -> s.sopId() != effective).findFirst().orElseThrow().sopId();
            signIn.as("kabid.dikp.tangerang");
            runId = execution.start(effective, "Peliputan HUT Kota Tangerang ke-32", null).id();
        } finally {
            SignIn.out();
        }
    }

    private void openUpTo(BrowserSessions browser, int sessions) {
        for (; open < sessions; open++) {
            int i = open;
            switch (i % 3) {
                case 0 -> browser.open(INBOX_USERS.get(i / 3 % INBOX_USERS.size()), "inbox", 0);
                case 1 -> browser.open(DESIGNER_USERS.get(i / 3 % DESIGNER_USERS.size()), "sop", designerSopId);
                default -> browser.open(RUN_USERS.get(i / 3 % RUN_USERS.size()), "run", runId);
            }
        }
    }

    /**
     * Closes every browser context, lets their last requests end, then ends every HTTP session on the server
     * (as their timeout would).
     */
    private void endAll(BrowserSessions browser) throws InterruptedException {
        browser.closeAll();
        open = 0;
        Thread.sleep(1000);
        live.sessions.forEach(s -> {
            try {
                s.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        });
        Thread.sleep(1000);
    }

    private Alive alive() {
        int http = 0;
        int signedIn = 0;
        int vaadin = 0;
        Map<String, long[]> uis = new TreeMap<>();
        Set<String> detachedFields = new java.util.TreeSet<>();
        for (HttpSession s : live.sessions) {
            List<Object> values = new ArrayList<>();
            try {
                Collections.list(s.getAttributeNames()).forEach(n -> values.add(s.getAttribute(n)));
            } catch (IllegalStateException invalidated) {
                continue;
            }
            http++;
            if (s.getAttribute("SPRING_SECURITY_CONTEXT") != null) {
                signedIn++;
            }
            for (Object v : values) {
                if (v instanceof VaadinSession vs) {
                    vaadin++;
                    vs.lock();
                    try {
                        for (UI ui : vs.getUIs()) {
                            String route = ui.getInternals().getActiveViewLocation().getPath().replaceAll("/\\d+$", "/{id}");
                            long[] nodes = {0};
                            ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
                            long[] counts = uis.computeIfAbsent(route.isEmpty() ? "(home)" : route, r -> new long[3]);
                            counts[0]++;
                            counts[1] += nodes[0];
                            counts[2] += detachedNodes(ui, detachedFields);
                        }
                    } finally {
                        vs.unlock();
                    }
                }
            }
        }
        return new Alive(http, signedIn, vaadin, uis, detachedFields);
    }

    /** {@code -Dbench.explain=true}: who holds the state nodes that are in no UI's tree, summed over sessions. */
    private void explainDetachedNodes() {
        Map<String, Integer> holders = new HashMap<>();
        Map<String, Integer> text = new HashMap<>();
        Map<String, Integer> byComponent = new TreeMap<>();
        for (HttpSession s : live.sessions) {
            for (Object v : Collections.list(s.getAttributeNames()).stream().map(s::getAttribute).toList()) {
                if (!(v instanceof VaadinSession)) {
                    NodeHolders.walk(v, v.getClass().getSimpleName(), Set.of(), text);
                }
                if (v instanceof VaadinSession vs) {
                    vs.lock();
                    try {
                        for (UI ui : vs.getUIs()) {
                            String route = ui.getInternals().getActiveViewLocation().getPath().replaceAll("/\\d+$", "");
                            ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> byComponent.merge(
                                    route + " " + (node.hasFeature(com.vaadin.flow.internal.nodefeature.ComponentMapping.class)
                                            ? node.getFeature(com.vaadin.flow.internal.nodefeature.ComponentMapping.class)
                                            .getComponent().map(c -> c.getClass().getSimpleName()).orElseGet(() -> elementOf(node))
                                            : "(not an element)"), 1, Integer::sum));
                        }
                        NodeHolders.of(vs, text).forEach((k, n) -> holders.merge(k, n, Integer::sum));
                    } finally {
                        vs.unlock();
                    }
                }
            }
        }
        holders.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                .forEach(e -> System.out.printf("[explain] %6d  %s%n", e.getValue(), e.getKey()));
        text.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(60)
                .forEach(e -> System.out.printf("[text] %8d  %s%n", e.getValue(), e.getKey()));
        byComponent.forEach((k, n) -> System.out.printf("[nodes] %6d  %s%n", n, k));
        System.out.printf("[text] %8d  in all%n", text.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** A node without component: its tag and the nearest component above it. */
    private static String elementOf(com.vaadin.flow.internal.StateNode node) {
        try {
            var element = com.vaadin.flow.dom.Element.get(node);
            var up = element;
            while (up != null && up.getComponent().isEmpty()) {
                up = up.getParent();
            }
            return "<" + (element.isTextNode() ? "#text" : element.getTag()) + "> in "
                    + (up == null ? "?" : up.getComponent().get().getClass().getSimpleName());
        } catch (RuntimeException e) {
            return "(element: " + e.getClass().getSimpleName() + ")";
        }
    }

    /** State nodes under components that Baku's view and layout classes hold in fields without attaching them. */
    private static long detachedNodes(UI ui, Set<String> fields) {
        long[] nodes = {0};
        for (var target : ui.getInternals().getActiveRouterTargetsChain()) {
            for (Class<?> c = target.getClass(); c.getName().startsWith("id.baku."); c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (java.lang.reflect.Modifier.isStatic(f.getModifiers())
                            || !com.vaadin.flow.component.Component.class.isAssignableFrom(f.getType())) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        var component = (com.vaadin.flow.component.Component) f.get(target);
                        if (component != null && !component.isAttached()) {
                            component.getElement().getNode().visitNodeTree(node -> nodes[0]++);
                            fields.add(c.getSimpleName() + "." + f.getName());
                        }
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        fields.add(c.getSimpleName() + "." + f.getName() + " (not readable: " + e + ")");
                    }
                }
            }
        }
        return nodes[0];
    }

    private static double retainedHeapMb() throws InterruptedException {
        long[] samples = new long[HEAP_SAMPLES];
        for (int i = 0; i < HEAP_SAMPLES; i++) {
            for (int gc = 0; gc < 3; gc++) {
                System.gc();
                Thread.sleep(200);
            }
            samples[i] = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        Arrays.sort(samples);
        return samples[HEAP_SAMPLES / 2] / (1024.0 * 1024);
    }

    /** {@code jcmd GC.class_histogram} of this JVM (live objects: it collects first): class → instances, bytes. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[]{null}, new String[]{String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                classes.merge(f[3], new long[]{Long.parseLong(f[1]), Long.parseLong(f[2])},
                        (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }

    /** The classes whose live bytes grew most from no sessions to {@code sessions}, per session. */
    private static void histogramTable(Bench bench, Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        List<List<String>> rows = after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[]{
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(25)
                .map(e -> List.of("`" + e.getKey() + "`", fmt((double) e.getValue()[0] / sessions),
                        fmt(e.getValue()[1] / 1024.0 / sessions)))
                .toList();
        bench.table(List.of("class (GC.class_histogram of live objects: " + sessions + " sessions minus none, last cycle)",
                "instances/session", "KB/session"), rows);
        // Which UIs and views stay alive: more UIs than sessions means closed ones are still referenced.
        List<List<String>> views = after.entrySet().stream()
                .filter(e -> e.getKey().startsWith("id.baku.") || e.getKey().equals(UI.class.getName())
                        || e.getKey().equals(VaadinSession.class.getName()))
                .map(e -> Map.entry(e.getKey(), e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0]))
                .filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> !e.getKey().startsWith("com.vaadin."))
                        .thenComparing(Map.Entry.<String, Long>comparingByValue().reversed()))
                .limit(22)
                .map(e -> List.of("`" + e.getKey() + "`", String.valueOf(e.getValue())))
                .toList();
        bench.table(List.of("UI, session and Baku classes (live objects, " + sessions + " sessions minus none)",
                "instances"), views);
    }

    private static String mb(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String kb(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }
}
