import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.net.ssl.SSLContext;

/**
 * Run by src/image/smoke with the image's own Java, inside the image: the runtime things Baku needs
 * that a jlinked JDK and a bare root file system can silently lack. Exits non-zero on a failure.
 */
public class ImageCheck {
    public static void main(String[] args) throws Exception {
        var date = ZonedDateTime.of(2026, 8, 17, 10, 0, 0, 0, ZoneId.of("UTC"));
        var indonesian = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm z", Locale.forLanguageTag("id-ID"));
        String jakarta = date.withZoneSameInstant(ZoneId.of("Asia/Jakarta")).format(indonesian);
        String jayapura = date.withZoneSameInstant(ZoneId.of("Asia/Jayapura")).format(indonesian);
        String makassar = date.withZoneSameInstant(ZoneId.of("Asia/Makassar")).format(indonesian);
        System.out.println("id-ID: " + jakarta + " | " + makassar + " | " + jayapura);
        check(jakarta.startsWith("Senin, 17 Agustus 2026 17:00"), "id-ID date in Asia/Jakarta: " + jakarta);
        check(jayapura.contains("19:00"), "Asia/Jayapura is UTC+9: " + jayapura);

        System.setProperty("java.awt.headless", "true");
        var fonts = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        System.out.println("fonts: " + String.join(", ", fonts));
        check(fonts.length > 0, "at least one font");
        var image = new BufferedImage(200, 40, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        graphics.drawString("Standar Operasional Prosedur", 2, 20);
        check(graphics.getFontMetrics().stringWidth("SOP") > 0, "text metrics");

        var tls = SSLContext.getDefault().getDefaultSSLParameters();
        System.out.println("TLS: " + String.join(",", tls.getProtocols()));
        check(java.util.Arrays.asList(tls.getProtocols()).contains("TLSv1.3"), "TLS 1.3");
        System.out.println("user: " + System.getProperty("user.name") + " home " + System.getProperty("user.home")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, sun.jnu.encoding "
                + System.getProperty("sun.jnu.encoding"));
        check("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "UTF-8 file names (LANG=C.UTF-8)");
        var status = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"));
        var ids = status.stream().filter(l -> l.matches("(Uid|Gid|Groups):.*")).map(l -> l.replaceAll("\\s+", " ").trim()).toList();
        System.out.println(String.join(", ", ids));
        check(ids.contains("Uid: 10001 10001 10001 10001") && ids.contains("Gid: 10001 10001 10001 10001"), "runs as 10001:10001");
        check(ids.stream().noneMatch(l -> l.startsWith("Groups:") && l.matches(".*\\b0\\b.*")), "no root group");
        if (args.length > 0) { // the memory limit (MiB) the smoke test put the JVM under
            long limit = Long.parseLong(args[0]);
            long heap = Runtime.getRuntime().maxMemory() >> 20;
            check(heap <= limit * 3 / 4 && heap >= limit / 2,
                    "the heap (" + heap + " MiB) follows the memory limit (" + limit + " MiB) with MaxRAMPercentage=75");
        }
        System.out.println("ImageCheck OK");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            System.err.println("ImageCheck FAILED: " + what);
            System.exit(1);
        }
    }
}
