package id.baku.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Makes the DejaVu fonts of the Jasper font extension known to Java2D too. Jasper embeds them in
 * the PDF by itself; the flowchart's SVG labels are drawn by Batik through Java2D, which would
 * otherwise depend on the fonts of the server (a container may have none).
 */
final class SheetFonts {

    static final String FAMILY = "DejaVu Sans";
    private static final String[] FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};
    private static volatile boolean registered;

    private SheetFonts() {
    }

    static void register() {
        if (registered) {
            return;
        }
        synchronized (SheetFonts.class) {
            if (registered) {
                return;
            }
            GraphicsEnvironment graphics = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (String file : FILES) {
                try (InputStream in = SheetFonts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("jasperreports-fonts is missing " + file);
                    }
                    graphics.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException(e);
                }
            }
            registered = true;
        }
    }
}
