package id.baku.bench;

import id.baku.browser.BakuPages;
import id.baku.browser.Browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * People at their browsers for {@link SessionMemoryBenchmark}: Chromium driven by Playwright in a JVM of its
 * own, so that Playwright's objects (one per context, page, frame and request) stay out of the heap being
 * measured. The benchmark sends one command a line and waits for its answer.
 */
final class BrowserSessions implements AutoCloseable {

    private static final String ANSWER = "browser-sessions: ";

    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader answers;

    /** Starts the browser JVM against Baku on {@code port}, with the benchmark's own classpath and JDK. */
    BrowserSessions(int port) throws IOException {
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), BrowserSessions.class.getName(), String.valueOf(port))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        commands = new PrintWriter(process.outputWriter(), true);
        answers = process.inputReader();
    }

    /** Opens a browser context, signs {@code user} in and leaves them on {@code page}: inbox, sop or run. */
    void open(String user, String page, long id) {
        send("open " + user + " " + page + " " + id);
    }

    /** Closes every browser context (the server's sessions live on until they time out or are ended). */
    void closeAll() {
        send("close");
    }

    private void send(String command) {
        commands.println(command);
        try {
            for (String line = answers.readLine(); line != null; line = answers.readLine()) {
                if (line.startsWith(ANSWER)) {
                    String answer = line.substring(ANSWER.length());
                    if (!answer.equals("ok")) {
                        throw new IllegalStateException(command + ": " + answer);
                    }
                    return;
                }
                System.out.println(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("the browser JVM ended during: " + command);
    }

    @Override
    public void close() throws InterruptedException {
        commands.println("quit");
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The browser JVM: {@code open <user> inbox|sop|run <id>}, {@code close}, {@code quit}. */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        List<BakuPages> open = new ArrayList<>();
        try (Browser browser = new Browser();
             BufferedReader in = new BufferedReader(new java.io.InputStreamReader(System.in))) {
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                String[] c = line.split(" ");
                try {
                    if (c[0].equals("open")) {
                        BakuPages person = new BakuPages(browser.newPage(1440, 1000), port);
                        person.login(c[1], "baku-demo").waitForHome();
                        long id = Long.parseLong(c[3]);
                        switch (c[2]) {
                            case "inbox" -> person.openInbox();
                            case "sop" -> person.openSop(id);
                            case "run" -> person.openRun(id);
                            default -> throw new IllegalArgumentException("no page " + c[2]);
                        }
                        open.add(person);
                    } else if (c[0].equals("close")) {
                        open.forEach(p -> p.page().context().close());
                        open.clear();
                    } else {
                        throw new IllegalArgumentException("no command " + c[0]);
                    }
                    System.out.println(ANSWER + "ok");
                } catch (RuntimeException e) {
                    System.out.println(ANSWER + "error " + String.valueOf(e.getMessage()).replace('\n', ' '));
                }
            }
        }
    }
}
