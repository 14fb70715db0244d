package id.baku.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Writes printed PDFs and PNGs of their pages under target/sheets, to be looked at. */
final class SheetFiles {

    static final Path DIR = Path.of("target", "sheets");

    private SheetFiles() {
    }

    static Path write(String name, byte[] pdf) throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name + ".pdf");
        Files.write(file, pdf);
        // pdftoppm (poppler-utils) is installed by .ci/run; without it the PNGs are skipped, the PDF stays.
        try {
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "70", file.toString(),
                    DIR.resolve(name).toString()).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.err.println("pdftoppm not available: " + e.getMessage());
        }
        return file;
    }
}
